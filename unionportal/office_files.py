"""What an uploaded file must be: of an accepted type, by its content as well as its name, and of sane size.

Office documents (library papers, campaign plans) and scanned decisions use the same check.
"""

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


def check_file(upload, signatures, max_bytes, *, refused):
    """Refuse, with a message staff understand, a file whose name, size or first bytes are wrong."""
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
        head = upload.read(len(signatures[extension]))
    finally:
        upload.seek(position)
    if head != signatures[extension]:
        raise ValidationError(
            "Tệp %(name)s không phải là tệp %(kind)s hợp lệ (có thể đã bị đổi đuôi hoặc bị hỏng).",
            code="file_invalid",
            params={"name": name, "kind": extension[1:].upper()},
        )
