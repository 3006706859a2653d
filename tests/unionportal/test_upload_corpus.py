"""Hostile uploads through every way a file comes in: documents, decision scans, photos, spreadsheets (finding 8)."""

import io
import struct
import zipfile
import zlib
from pathlib import PurePosixPath

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from library.models import Document
from news.models import Photo
from tests.corpora import HOSTILE_DOCUMENTS, HTML, SVG, pdf_bytes
from tests.images import image_bytes
from unionportal.images import validate_photo
from unionportal.office_files import DOCUMENT_MAX_BYTES, validate_document, validate_scan

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("name", "content"), HOSTILE_DOCUMENTS)
def test_a_hostile_document_is_refused(name, content):
    with pytest.raises(ValidationError):
        validate_document(ContentFile(content, name=name))


@pytest.mark.parametrize(
    ("name", "content"),
    [
        *HOSTILE_DOCUMENTS,
        ("quyet-dinh.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF<script>alert(1)</script>"),
        ("quyet-dinh.png", SVG),
    ],
)
def test_a_hostile_scan_is_refused(name, content):
    with pytest.raises(ValidationError):
        validate_scan(ContentFile(content, name=name))


def test_a_name_the_disk_cannot_hold_is_refused_in_vietnamese(client, publisher):
    name = "kế-hoạch-tháng-công-nhân-" + "dài-" * 80 + ".pdf"
    with pytest.raises(ValidationError, match="Tên tệp quá dài"):
        validate_document(ContentFile(pdf_bytes(), name=name))
    with pytest.raises(ValidationError, match="Tên tệp quá dài"):
        validate_photo(ContentFile(image_bytes(), name=name.replace(".pdf", ".jpg")))


def test_too_large_a_document_is_refused_before_it_is_read():
    with pytest.raises(ValidationError, match="quá lớn"):
        validate_document(ContentFile(pdf_bytes() + b" " * DOCUMENT_MAX_BYTES, name="lon.pdf"))


def test_the_polyglot_is_refused_in_the_admin_in_vietnamese(client, publisher):
    response = client.post(
        reverse("admin:library_document_add"),
        {
            "kind": "ke_hoach",
            "number": "",
            "issued_on": "10/04/2026",
            "issuing_body": "Ban Thường vụ",
            "title": "Kế hoạch",
            "file": SimpleUploadedFile("ke-hoach.pdf", b"%PDF-1.4\n<html><script>alert(1)</script>"),
            "campaign": "",
        },
    )
    assert response.status_code == 200
    assert "có chứa mã trang web (HTML, script)" in response.content.decode()
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    "name",
    [
        "../../../../etc/kế-hoạch.pdf",
        "..\\..\\windows\\ke-hoach.pdf",
        "ke hoach; rm -rf .pdf",
        "<script>alert(1)</script>.pdf",
        ".htaccess.pdf",
    ],
)
def test_an_odd_name_is_kept_inside_the_documents_folder(client, publisher, name):
    response = client.post(
        reverse("admin:library_document_add"),
        {
            "kind": "ke_hoach",
            "issued_on": "10/04/2026",
            "title": "Kế hoạch",
            "file": SimpleUploadedFile(name, pdf_bytes()),
            "campaign": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    stored = PurePosixPath(Document.objects.get().file.name)
    assert stored.parts[0] == "documents" and ".." not in stored.parts and len(stored.parts) == 3
    assert stored.suffix == ".pdf"
    assert not set(stored.name) & set("<>;\\ ")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("anh.png", SVG),
        ("anh.jpg", HTML),
        ("anh.gif", b"GIF89a<script>alert(1)</script>"),
        ("anh.jpg", image_bytes()[:200]),  # cut short
        ("anh.pdf", pdf_bytes()),
    ],
)
def test_a_file_that_is_not_a_photo_is_refused(name, content):
    with pytest.raises(ValidationError):
        validate_photo(ContentFile(content, name=name))


def png_claiming(width, height):
    """A PNG whose header claims `width` × `height` pixels: what a decompression bomb looks like before decoding."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    rows = zlib.compress(b"\x00" * (width + 1) * 8)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", rows) + chunk(b"IEND", b"")


@pytest.mark.parametrize(("width", "height"), [(30_000, 30_000), (8_000, 6_000)])
def test_a_decompression_bomb_is_refused(width, height):
    # 900 million pixels (2.7 GB decoded) in a few kilobytes; 48 million, over the portal's own limit.
    bomb = png_claiming(width, height)
    assert len(bomb) < 300 * 1024
    with pytest.raises(ValidationError):
        validate_photo(ContentFile(bomb, name="bom.png"))


@pytest.mark.parametrize(("name", "image_format", "kept_as"), [("x.pdf", "PNG", ".png"), ("anh.gif", "JPEG", ".jpg")])
def test_a_photo_uploaded_under_another_name_is_kept_under_its_own_type(client, publisher, name, image_format, kept_as):
    upload = SimpleUploadedFile(name, image_bytes(400, 300, image_format=image_format))
    response = client.post(reverse("admin:news_photo_upload"), {"file": upload})
    assert response.status_code == 200
    stored = PurePosixPath(Photo.objects.get().image.name)
    assert stored.suffix == kept_as
    assert stored.stem.startswith(PurePosixPath(name).stem)


def zip_bomb():
    """An XLSX-shaped zip of a few kilobytes that unpacks to 200 MB."""
    content = io.BytesIO()
    with zipfile.ZipFile(content, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            for _ in range(200):
                sheet.write(b" " * (1024 * 1024))
    return content.getvalue()


def test_a_zip_bomb_is_refused_by_the_member_import(client, officer):
    client.force_login(officer)
    bomb = zip_bomb()
    assert len(bomb) < 1024 * 1024
    response = client.post(
        reverse("admin:members_member_import"),
        {"resource": "0", "format": "0", "import_file": SimpleUploadedFile("doan-vien.xlsx", bomb)},
    )
    assert response.status_code == 200
    assert "quá nhiều dữ liệu" in response.content.decode()


def test_a_zip_bomb_is_refused_by_the_decision_import(client, emulation_office):
    from tests.awards.factories import DecisionFactory

    decision = DecisionFactory()
    client.force_login(emulation_office)
    response = client.post(
        reverse("awards_staff:decision_import", args=[decision.pk]),
        {"file": SimpleUploadedFile("danh-sach.xlsx", zip_bomb())},
    )
    assert response.status_code == 200
    assert "quá nhiều dữ liệu" in response.content.decode()
