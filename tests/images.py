"""Real image files for upload tests, made with Pillow."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(width=1200, height=800, image_format="JPEG", color=(180, 30, 40), exif=None):
    buffer = BytesIO()
    options = {"exif": exif} if exif is not None else {}
    Image.new("RGB", (width, height), color).save(buffer, format=image_format, **options)
    return buffer.getvalue()


def uploaded_image(name="anh.jpg", **kwargs):
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type="image/jpeg")
