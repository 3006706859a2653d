"""Real image files for upload tests, made with Pillow."""

from io import BytesIO

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def image_bytes(width=1200, height=800, image_format="JPEG", color=(180, 30, 40), exif=None):
    buffer = BytesIO()
    options = {"exif": exif} if exif is not None else {}
    Image.new("RGB", (width, height), color).save(buffer, format=image_format, **options)
    return buffer.getvalue()


def uploaded_image(name="anh.jpg", **kwargs):
    return SimpleUploadedFile(name, image_bytes(**kwargs), content_type="image/jpeg")


def photo_bytes(width=1600, height=1000, seed=0):
    """A JPEG that compresses like a photograph (light and shade, fine grain), not like a flat colour: what the
    weight budgets are measured with."""
    light = Image.radial_gradient("L").resize((width, height))
    grain = Image.effect_noise((width, height), 24 + seed % 8)
    blue = Image.linear_gradient("L").rotate(90).resize((width, height))
    picture = Image.merge(
        "RGB", (Image.blend(light, grain, 0.25), Image.blend(blue, grain, 0.4), Image.blend(blue, grain, 0.25))
    )
    buffer = BytesIO()
    picture.save(buffer, format="JPEG", quality=90)
    return buffer.getvalue()


def photo_file(name="anh.jpg", seed=0):
    """photo_bytes() as a file for an ImageField."""
    return ContentFile(photo_bytes(seed=seed), name=name)
