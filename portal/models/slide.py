from django.db import models
from django.db.models import Q

from unionportal.images import prepare_photo, rendition, validate_photo
from unionportal.links import safe_link_constraint, validate_link
from unionportal.querysets import TimeWindowQuerySet


class Slide(models.Model):
    """A banner photo of the slideshow at the top of every page."""

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
    active_from = models.DateTimeField("hiện từ", null=True, blank=True)
    active_until = models.DateTimeField("hiện đến", null=True, blank=True, help_text="Để trống nếu không hẹn ngày gỡ.")

    banner_small = rendition("image", 800, 300)
    banner_large = rendition("image", 1600, 600)

    objects = TimeWindowQuerySet.as_manager()

    class Meta:
        ordering = ["order", "-id"]
        verbose_name = "ảnh băng rôn"
        verbose_name_plural = "ảnh băng rôn (slideshow)"
        constraints = [
            models.CheckConstraint(
                condition=Q(active_from__isnull=True)
                | Q(active_until__isnull=True)
                | Q(active_until__gt=models.F("active_from")),
                name="slide_window_in_order",
                violation_error_message="Thời điểm kết thúc phải sau thời điểm bắt đầu.",
            ),
            safe_link_constraint("link", name="slide_link_safe"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        prepare_photo(self.image)
        super().save(*args, **kwargs)

    @property
    def description(self):
        return self.alt_text or self.title
