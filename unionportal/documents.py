"""What a document upload must be: an office file staff and readers can open (library papers, campaign plans)."""

from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

DOCUMENT_MAX_BYTES = 15 * 1024 * 1024
# Extension -> how the file starts. DOC and XLS are OLE2 containers; DOCX, XLSX, ODT are zip.
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
SIGNATURES = {".pdf": b"%PDF", ".doc": OLE2, ".xls": OLE2, ".docx": ZIP, ".xlsx": ZIP, ".odt": ZIP}
ACCEPTED = "PDF, DOC, DOCX, XLS, XLSX hoặc ODT"


def validate_document(upload):
    """Refuse files that are not office documents of sane size, with a message staff understand."""
    extension = Path(upload.name).suffix.lower()
    if extension not in SIGNATURES:
        raise ValidationError(
            "Tệp %(name)s không được nhận: chỉ nhận văn bản %(accepted)s.",
            code="document_extension",
            params={"name": Path(upload.name).name, "accepted": ACCEPTED},
        )
    if upload.size > DOCUMENT_MAX_BYTES:
        raise ValidationError(
            "Tệp quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="document_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(DOCUMENT_MAX_BYTES)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        head = upload.read(len(SIGNATURES[extension]))
    finally:
        upload.seek(position)
    if head != SIGNATURES[extension]:
        raise ValidationError(
            "Tệp %(name)s không phải là văn bản %(kind)s hợp lệ (có thể đã bị đổi đuôi hoặc bị hỏng).",
            code="document_invalid",
            params={"name": Path(upload.name).name, "kind": extension[1:].upper()},
        )
