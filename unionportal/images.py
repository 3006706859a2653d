"""Photos: what an upload must be, what the original keeps, and the renditions readers get."""

from io import BytesIO
from pathlib import PurePosixPath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.template.defaultfilters import filesizeformat
from imagekit.cachefiles.backends import CacheFileState, Simple
from imagekit.cachefiles.namers import source_name_as_path
from imagekit.cachefiles.strategies import JustInTime
from imagekit.models import ImageSpecField
from imagekit.processors import ResizeToFill, ResizeToFit, Transpose
from PIL import Image, UnidentifiedImageError

from unionportal.office_files import check_name

# Each accepted format, and the extension a photo of it is kept under.
EXTENSIONS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}
GPS_IFD = 0x8825
ORIENTATION_TAG = 0x0112
# A shape-keeping rendition is at most this many times as tall as it is wide.
FIT_HEIGHT_LIMIT = 4
# Rendition names a process remembers (see rendition_name): a few MB at most.
RENDITION_NAMES_KEPT = 20_000
_rendition_names = {}


def validate_photo(upload):
    """Refuse anything that is not a real photo of sane size, with a message staff understand."""
    check_name(upload)
    if upload.size > settings.PHOTO_MAX_BYTES:
        raise ValidationError(
            "Ảnh quá lớn (%(size)s). Dung lượng tối đa là %(limit)s.",
            code="photo_too_large",
            params={"size": filesizeformat(upload.size), "limit": filesizeformat(settings.PHOTO_MAX_BYTES)},
        )
    position = upload.tell() if hasattr(upload, "tell") else 0
    try:
        upload.seek(0)
        # Pillow raises DecompressionBombError itself for images far above MAX_IMAGE_PIXELS.
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError) as error:
        raise ValidationError(
            "Tệp tải lên không phải là ảnh hợp lệ (chỉ nhận JPEG, PNG, WebP, GIF) hoặc ảnh bị hỏng.",
            code="photo_invalid",
        ) from error
    finally:
        upload.seek(position)
    if image_format not in EXTENSIONS:
        raise ValidationError(
            "Định dạng ảnh %(format)s không được hỗ trợ; hãy dùng JPEG, PNG, WebP hoặc GIF.",
            code="photo_format",
            params={"format": image_format},
        )
    if width * height > settings.PHOTO_MAX_PIXELS:
        raise ValidationError(
            "Ảnh có kích thước %(width)s×%(height)s điểm ảnh, vượt quá giới hạn %(limit)s triệu điểm ảnh.",
            code="photo_too_many_pixels",
            params={"width": width, "height": height, "limit": settings.PHOTO_MAX_PIXELS // 1_000_000},
        )


def prepare_photo(field_file):
    """A new upload as it is kept: named for what it is, and without the place it was taken.

    A PNG sent as "bao-cao.pdf" is kept as "bao-cao.png": the name, not the bytes, decides how the
    web server labels the file, and a photo must never be served as something else. GPS coordinates
    are removed, keeping the pixels and other metadata; renditions never carry EXIF at all.
    """
    if not field_file or field_file._committed:
        return
    field_file.seek(0)
    with Image.open(field_file) as image:
        name = str(PurePosixPath(field_file.name).with_suffix(EXTENSIONS[image.format]))
        exif = image.getexif()
        if GPS_IFD in exif:
            del exif[GPS_IFD]
            buffer = BytesIO()
            options = {"quality": "keep"} if image.format == "JPEG" else {}
            image.save(buffer, format=image.format, exif=exif, **options)
            field_file.file = ContentFile(buffer.getvalue(), name=name)
    field_file.name = name
    field_file.seek(0)


def upright_size(field_file):
    """(width, height) of a photo as shown, after its EXIF orientation turns it upright."""
    field_file.seek(0)
    with Image.open(field_file) as image:
        width, height = image.size
        turned = image.getexif().get(ORIENTATION_TAG) in {5, 6, 7, 8}
    field_file.seek(0)
    return (height, width) if turned else (width, height)


def rendition(source, width, height=None, image_format="WEBP"):
    """A resized copy for readers: EXIF orientation applied, metadata dropped, WebP by default.

    With a height the photo is cropped to fill the box (cards, banner); without, it keeps
    its shape (article pages) and is never enlarged: see `fitted_size`.
    """
    resize = ResizeToFill(width, height) if height else ResizeToFit(width, FIT_HEIGHT_LIMIT * width, upscale=False)
    return ImageSpecField(source=source, processors=[Transpose(), resize], format=image_format, options={"quality": 80})


def fitted_size(width, height, box_width):
    """The size `rendition(source, box_width)` gives an upright photo of `width`×`height`."""
    scale = min(1, box_width / width, FIT_HEIGHT_LIMIT * box_width / height)
    return round(width * scale), round(height * scale)


class MadeOnSaveCheckedOnUse(JustInTime):
    """Renditions are made as soon as a photo is saved, and made again when a page needs one
    whose file is gone (a media folder restored from a backup, moved, or pruned by hand)."""

    def on_source_saved(self, file):
        file.generate()


class StorageCheckedRenditions(Simple):
    """Asks the storage, never a cache, whether a rendition's file is there.

    imagekit keeps "this rendition exists" in the shared cache, which outlives the media folder
    it describes and is shared by instances that do not share a folder: a page then pointed at
    a photo that was not there. A stat per rendition costs microseconds on a local disk.
    """

    def get_state(self, file, check_if_unknown=True):
        return CacheFileState.EXISTS if self._exists(file) else CacheFileState.DOES_NOT_EXIST

    def set_state(self, file, state):
        """Nothing to remember: the storage is asked every time."""


def rendition_name(spec):
    """imagekit's own name for a rendition (source_name_as_path), remembered by the process.

    The name hashes the pickled spec, pickled in pure Python on every call: about 0.2 ms a photo,
    dozens of photos a page. A spec's processors, format and options belong to its class (one
    per `rendition(...)` field), so the class and the photo's name decide the name.
    """
    key = (type(spec), spec.source.name)
    name = _rendition_names.get(key)
    if name is None:
        if len(_rendition_names) >= RENDITION_NAMES_KEPT:
            _rendition_names.clear()
        name = _rendition_names[key] = source_name_as_path(spec)
    return name
