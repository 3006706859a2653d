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


def pdf_bytes():
    """A real one-page PDF, as a scanner or a word processor writes one (structure from PDF 1.4)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    pdf, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(pdf)
    pdf += b"xref\n0 4\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return pdf + b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref


SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'
HTML = b"<!doctype html><html><body><script>alert(document.cookie)</script></body></html>"

# Office documents (the library, a decision's scan) that must be refused: (name, content).
HOSTILE_DOCUMENTS = [
    ("polyglot.pdf", b"%PDF-1.4\n<html><script>alert(1)</script></html>"),
    ("polyglot-svg.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n<svg/onload=alert(1)>"),
    ("polyglot-doctype.pdf", b"%PDF-1.5\n<!DOCTYPE html><p>x</p>"),
    ("trang.pdf", HTML),
    ("hinh.pdf", SVG),
    ("hinh.svg", SVG),
    ("trang.html", HTML),
    ("ke-hoach.pdf.html", pdf_bytes()),
    ("chuong-trinh.docx", b"MZ\x90\x00\x03\x00\x00\x00"),
    ("bang.xlsx", b"PK\x03\x04" + b"<script>alert(1)</script>"),
    ("van-ban.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1<iframe src=x>"),
    ("khong-duoi", pdf_bytes()),
    ("rong.pdf", b""),
]
