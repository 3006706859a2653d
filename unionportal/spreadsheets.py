"""Text cells of the spreadsheets (XLSX, CSV) the portal writes for staff and reads back from them.

Excel and LibreOffice run a cell that starts with =, +, -, @, a tab or a carriage return as a
formula: a member named `=HYPERLINK("http://x.example/","BV")` or `=cmd|" /C calc"!A0` would act
when the list is opened. Such a cell is written with a leading apostrophe, as OWASP advises for CSV
injection: it shows as text and runs nothing. Reading a file back takes the apostrophe off again,
so a phone number "+84 …" survives an export, an edit in Excel and an import.
"""

import re

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
# Control characters an XLSX file cannot hold: openpyxl refuses the whole file for one of them.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def inert(value):
    """A cell's value as written: text that a spreadsheet would run is quoted; numbers and dates are kept."""
    if not isinstance(value, str):
        return value
    value = CONTROL_CHARACTERS.sub("", value)
    return f"'{value}" if value.startswith(FORMULA_TRIGGERS) else value


def inert_row(row):
    return [inert(value) for value in row]


def read_cell(text):
    """A text cell as read from a file: without control characters (a NUL byte cannot be stored) and
    without the apostrophe `inert` put before a formula's first character."""
    text = CONTROL_CHARACTERS.sub("", text)
    return text[1:] if text.startswith("'") and text[1:].startswith(FORMULA_TRIGGERS) else text
