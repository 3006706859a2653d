"""Hostile inputs the tests push through every way in: kept here, once, so each app's tests use the same lists."""

# Spreadsheet cells that Excel or LibreOffice would run as a formula (CSV injection).
FORMULA_PAYLOADS = [
    "=1+1",
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    '=cmd|" /C calc"!A0',
    '=HYPERLINK("http://x.example/","BV")',
    "\t=1+1",
    "\r=1+1",
]

# Text that would run as script if a page printed it without escaping, in text, in an attribute or in a URL.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "'><svg onload=alert(1)>",
    "</textarea><script>alert(1)</script>",
    "javascript:alert(1)",
    "{{ request.user.password }}{% debug %}",
    '<a href="javascript:alert(1)">x</a>',
]
