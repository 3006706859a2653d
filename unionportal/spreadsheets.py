"""Text cells of the spreadsheets (XLSX, CSV) the portal writes for staff and reads back from them.

Excel and LibreOffice run a cell that starts with =, +, -, @, a tab or a carriage return as a
formula: a member named `=HYPERLINK("http://x.example/","BV")` or `=cmd|" /C calc"!A0` would act
when the list is opened. Such a cell is written with a leading apostrophe, as OWASP advises for CSV
injection: it shows as text and runs nothing. Reading a file back takes the apostrophe off again,
so a phone number "+84 …" survives an export, an edit in Excel and an import.
"""

import io
import re
import zipfile

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

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


# An XLSX file is a zip of XML: a few megabytes can unpack to gigabytes (a zip bomb) and take a node's
# memory with them. Real member and award lists unpack to a few megabytes.
WORKBOOK_MAX_UNPACKED_BYTES = 100 * 1024 * 1024


def check_workbook(content):
    """Refuse, before any spreadsheet library opens it, an XLSX file that unpacks too large.

    A file that is no zip at all is left to the reader, which refuses it in its own words.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            unpacked = sum(entry.file_size for entry in archive.infolist())
    except (zipfile.BadZipFile, ValueError):
        return
    if unpacked > WORKBOOK_MAX_UNPACKED_BYTES:
        raise ValidationError(
            "Tệp Excel chứa quá nhiều dữ liệu (%(size)s khi giải nén, tối đa %(limit)s). Hãy chia thành nhiều tệp.",
            code="xlsx_too_large",
            params={"size": filesizeformat(unpacked), "limit": filesizeformat(WORKBOOK_MAX_UNPACKED_BYTES)},
        )
