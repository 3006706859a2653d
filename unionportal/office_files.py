"""What an uploaded file must be: of an accepted type, by its content as well as its name, and of sane size.

Office documents (library papers, campaign plans) and scanned decisions use the same check.

A file that starts right but carries a web page in its first bytes (`%PDF-1.4\n<html><script>…`, a
polyglot) is refused too: a browser that guesses a file's type from its content would run it on the
portal's own address. nginx serves uploads with `nosniff`, office files as downloads and a CSP that runs
nothing (deploy/nginx/media-*.conf.template); this refusal is the same defence one step earlier.
"""

import re
from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

# How each kind of file starts. DOC and XLS are OLE2 containers; DOCX, XLSX, ODT are zip.
PDF = b"%PDF"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
JPEG = b"\xff\xd8\xff"
PNG = b"\x89PNG"

DOCUMENT_MAX_BYTES = 15 * 1024 * 1024
DOCUMENT_SIGNATURES = {".pdf": PDF, ".doc": OLE2, ".xls": OLE2, ".docx": ZIP, ".xlsx": ZIP, ".odt": ZIP}
SCAN_MAX_BYTES = 20 * 1024 * 1024
SCAN_SIGNATURES = {".pdf": PDF, ".jpg": JPEG, ".jpeg": JPEG, ".png": PNG}
NAME_MAX_BYTES = 180
# Where browsers look when they guess a type, and the tags that make a page or a script of a file.
# Five letters or more, so that the bytes of a real scan or document do not spell one by chance.
SNIFFED_BYTES = 1024
MARKUP = re.compile(rb"<(?:html|script|svg|!doctype|head|body|iframe|object|embed|meta)[\s/>]", re.IGNORECASE)


def validate_document(upload):
    """An office document staff and readers can open."""
    check_file(
        upload,
        DOCUMENT_SIGNATURES,
        DOCUMENT_MAX_BYTES,
        refused="Tệp %(name)s không được nhận: chỉ nhận văn bản PDF, DOC, DOCX, XLS, XLSX hoặc ODT.",
    )


def validate_scan(upload):
    """A scanned paper (a signed decision): PDF or a photo of it."""
    check_file(
        upload,
        SCAN_SIGNATURES,
        SCAN_MAX_BYTES,
        refused="Tệp %(name)s không được nhận: bản quét phải là PDF, JPG hoặc PNG.",
    )


def check_name(upload):
    """Refuse a name the disk cannot hold: a folder allows 255 bytes a name, and a Vietnamese letter takes up to
    three (Django only shortens names by letters); the storage may add 8 more to keep two files apart."""
    name = Path(upload.name).name
    if len(name.encode()) > NAME_MAX_BYTES:
        raise ValidationError(
            "Tên tệp quá dài; hãy đặt tên tệp ngắn hơn (dưới 60 chữ) rồi tải lên lại.", code="file_name_too_long"
        )


def check_file(upload, signatures, max_bytes, *, refused):
    """Refuse, with a message staff understand, a file whose name, size or first bytes are wrong."""
    check_name(upload)
    name = Path(upload.name).name
    extension = Path(upload.name).suffix.lower()
    if extension not in signatures:
        raise ValidationError(refused, code="file_extension", params={"name": name})
    if upload.size > max_bytes:
        raise ValidationError(
            "Tệp quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="file_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(max_bytes)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        head = upload.read(SNIFFED_BYTES)
    finally:
        upload.seek(position)
    if not head.startswith(signatures[extension]):
        raise ValidationError(
            "Tệp %(name)s không phải là tệp %(kind)s hợp lệ (có thể đã bị đổi đuôi hoặc bị hỏng).",
            code="file_invalid",
            params={"name": name, "kind": extension[1:].upper()},
        )
    if MARKUP.search(head):
        raise ValidationError(
            "Tệp %(name)s có chứa mã trang web (HTML, script) nên không được nhận. Hãy lưu lại tệp từ chương trình "
            "soạn thảo hoặc máy quét rồi tải lên.",
            code="file_markup",
            params={"name": name},
        )
