import json
import re
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from news.models import Photo
from tests.factories import StaffFactory
from tests.images import image_bytes, uploaded_image
from tests.news.factories import ArticleFactory, SectionFactory
from tests.news.test_admin import article_form

pytestmark = pytest.mark.django_db


def exif_with_location_and_rotation():
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to display
    exif[0x010F] = "Canon EOS"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 2.0), 3: "E", 4: (105.0, 50.0, 3.0)}
    return exif


def upload_to_editor(client, upload):
    return client.post(reverse("admin:news_photo_upload"), {"file": upload})


class TestCoverPhotoUpload:
    def test_a_real_photo_is_kept_with_renditions(self, client, publisher):
        form = article_form(SectionFactory()) | {"cover_image": uploaded_image(width=2000, height=1250)}
        assert client.post(reverse("admin:news_article_add"), form).status_code == 302
        article = ArticleFactory._meta.model.objects.get()
        with Image.open(article.cover_image.path) as original:
            assert original.size == (2000, 1250)
        with Image.open(article.cover_small.path) as small:
            assert (small.format, small.size) == ("WEBP", (400, 250))
        with Image.open(article.cover_large.path) as large:
            assert large.size == (1200, 750) == article.cover_large_size
        with Image.open(article.cover_share.path) as share:
            assert (share.format, share.size) == ("JPEG", (1200, 630))

    def test_a_photo_taken_on_its_side_is_measured_upright(self, client, publisher):
        sideways = SimpleUploadedFile(
            "doc.jpg", image_bytes(1600, 1200, exif=exif_with_location_and_rotation()), content_type="image/jpeg"
        )
        client.post(reverse("admin:news_article_add"), article_form(SectionFactory()) | {"cover_image": sideways})
        article = ArticleFactory._meta.model.objects.get()
        assert (article.cover_width, article.cover_height) == (1200, 1600)
        with Image.open(article.cover_large.path) as large:
            assert large.size == article.cover_large_size == (1200, 1600)

    def test_a_text_file_named_jpg_is_refused_and_the_form_keeps_what_was_typed(self, client, publisher):
        fake = SimpleUploadedFile("anh.jpg", b"day khong phai la anh", content_type="image/jpeg")
        form = article_form(SectionFactory(), title="Tiêu đề đã gõ") | {"cover_image": fake}
        response = client.post(reverse("admin:news_article_add"), form)
        assert response.status_code == 200
        page = response.content.decode()
        assert "ảnh" in str(response.context["adminform"].form.errors["cover_image"]).lower()
        assert 'value="Tiêu đề đã gõ"' in page
        assert not ArticleFactory._meta.model.objects.exists()

    def test_an_oversized_file_is_refused(self, client, publisher, settings):
        settings.PHOTO_MAX_BYTES = 50_000
        big = uploaded_image(width=3000, height=3000)
        response = client.post(reverse("admin:news_article_add"), article_form(SectionFactory()) | {"cover_image": big})
        errors = response.context["adminform"].form.errors["cover_image"]
        assert "Ảnh quá lớn" in errors[0]
        assert "Dung lượng tối đa là 48,8\xa0KB" in errors[0]

    def test_too_many_pixels_is_refused(self, client, publisher, settings):
        settings.PHOTO_MAX_PIXELS = 1_000_000
        response = client.post(
            reverse("admin:news_article_add"),
            article_form(SectionFactory()) | {"cover_image": uploaded_image(width=1500, height=1000)},
        )
        errors = response.context["adminform"].form.errors["cover_image"]
        assert "1500×1000" in errors[0]


class TestEditorPhotoUpload:
    def test_returns_the_address_of_the_web_copy(self, client, publisher):
        response = upload_to_editor(client, uploaded_image(width=3000, height=2000))
        assert response.status_code == 200
        location = response.json()["location"]
        photo = Photo.objects.get()
        assert location == photo.web.url
        assert photo.uploaded_by == publisher
        with Image.open(photo.web.path) as web:
            assert (web.format, web.size) == ("WEBP", (1000, 667))

    def test_refuses_a_non_image_with_a_vietnamese_message(self, client, publisher):
        response = upload_to_editor(client, SimpleUploadedFile("x.png", b"<html>", content_type="image/png"))
        assert response.status_code == 400
        assert "không phải là hình ảnh" in json.loads(response.content)["error"]["message"]
        assert not Photo.objects.exists()

    def test_only_staff_allowed_to_add_photos_may_upload(self, client):
        client.force_login(StaffFactory(username="khach"))
        assert upload_to_editor(client, uploaded_image()).status_code == 403

    def test_location_is_stripped_and_renditions_are_upright(self, client, publisher):
        upload = SimpleUploadedFile(
            "gps.jpg", image_bytes(600, 400, exif=exif_with_location_and_rotation()), content_type="image/jpeg"
        )
        upload_to_editor(client, upload)
        photo = Photo.objects.get()
        with Image.open(photo.image.path) as original:
            exif = original.getexif()
            assert 0x8825 not in exif
            assert exif[0x010F] == "Canon EOS"
            assert original.size == (600, 400)
        with Image.open(photo.web.path) as web:
            assert web.size == (400, 600)
            assert not web.getexif()


class TestMissingRenditions:
    """The cache says a rendition exists; its file is gone (a restored or moved media folder)."""

    def test_a_page_remakes_a_rendition_whose_file_was_deleted(self, client):
        article = ArticleFactory(with_cover=True)
        rendition = Path(article.cover_large.path)
        assert rendition.exists()
        rendition.unlink()

        page = client.get(article.get_absolute_url()).content.decode()

        assert article.cover_large.url in page
        with Image.open(rendition) as remade:
            assert remade.size == article.cover_large_size

    def test_every_photo_the_home_page_names_is_there_after_its_renditions_were_deleted(self, client, settings):
        article = ArticleFactory(with_cover=True, is_featured=True)
        for rendition in Path(settings.MEDIA_ROOT, "renditions").rglob("*.*"):
            rendition.unlink()

        page = client.get(reverse("portal:home")).content.decode()

        named = set(re.findall(r"/media/(renditions/[^\s\"]+)", page))
        assert article.cover_medium.url.removeprefix("/media/") in named
        assert all(Path(settings.MEDIA_ROOT, name).exists() for name in named)
