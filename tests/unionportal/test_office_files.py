import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from unionportal.office_files import DOCUMENT_MAX_BYTES, validate_document, validate_scan


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("ke-hoach.pdf", b"%PDF-1.7"),
        ("huong-dan.docx", b"PK\x03\x04rest"),
        ("bang.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"),
    ],
)
def test_office_documents_are_accepted(name, content):
    validate_document(ContentFile(content, name=name))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("anh.jpg", b"\xff\xd8\xff", "chỉ nhận văn bản PDF, DOC, DOCX, XLS, XLSX hoặc ODT"),
        ("virus.pdf", b"MZ\x90\x00", "không phải là tệp PDF hợp lệ"),
    ],
)
def test_other_files_are_refused_with_a_clear_message(name, content, message):
    with pytest.raises(ValidationError) as error:
        validate_document(ContentFile(content, name=name))
    assert message in error.value.messages[0]


def test_too_large_is_refused():
    upload = ContentFile(b"%PDF" + b"0" * DOCUMENT_MAX_BYTES, name="lon.pdf")
    with pytest.raises(ValidationError, match="quá lớn"):
        validate_document(upload)


@pytest.mark.parametrize(
    ("name", "content", "accepted"),
    [
        ("quyet-dinh.pdf", b"%PDF-1.7", True),
        ("quyet-dinh.jpg", b"\xff\xd8\xff\xe0", True),
        ("quyet-dinh.png", b"\x89PNG\r\n", True),
        ("quyet-dinh.docx", b"PK\x03\x04", False),
        ("quyet-dinh.jpg", b"%PDF-1.7", False),
    ],
)
def test_a_scanned_decision_is_a_pdf_or_a_photo(name, content, accepted):
    if accepted:
        validate_scan(ContentFile(content, name=name))
    else:
        with pytest.raises(ValidationError):
            validate_scan(ContentFile(content, name=name))
