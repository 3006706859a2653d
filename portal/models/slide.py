from django.db import models

from unionportal.images import prepare_photo, rendition, validate_photo
from unionportal.links import safe_link_constraint, validate_link
from unionportal.models import ShownWithinWindow


class Slide(ShownWithinWindow):
    """A banner photo: of the home page's slideshow, and (the first shown) the slim banner of other pages."""

    title = models.CharField("tiêu đề", max_length=200)
    image = models.ImageField(
        "ảnh", upload_to="slides/%Y/", validators=[validate_photo], help_text="Ảnh ngang, rộng ít nhất 1600 điểm ảnh."
    )
    alt_text = models.CharField("mô tả ảnh", max_length=200, blank=True, help_text="Để trống thì dùng tiêu đề.")
    link = models.CharField(
        "liên kết",
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text="Địa chỉ mở ra khi bấm vào ảnh, ví dụ /tin-tuc/ten-bai-viet/ hoặc https://…",
    )
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    banner_small = rendition("image", 800, 300)
    banner_large = rendition("image", 1600, 600)
    # The slim banner of the pages other than the home page: a band cut from the middle of the photo.
    strip_small = rendition("image", 800, 60)
    strip_large = rendition("image", 1600, 120)

    class Meta(ShownWithinWindow.Meta):
        ordering = ["order", "-id"]
        verbose_name = "ảnh băng rôn"
        verbose_name_plural = "ảnh băng rôn (slideshow)"
        constraints = [*ShownWithinWindow.Meta.constraints, safe_link_constraint("link", name="slide_link_safe")]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        prepare_photo(self.image)
        super().save(*args, **kwargs)

    @property
    def description(self):
        return self.alt_text or self.title
