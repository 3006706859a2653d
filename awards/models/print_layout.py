from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

SHIFT_LIMIT_MM = Decimal(30)
FONT_SCALE_RANGE = (70, 140)


class PrintLayout(models.Model):
    """How certificates line up with the office's pre-printed forms and printer; one row for the portal.

    The text fields sit at fixed millimetre positions (static/awards/certificate.css); these
    values move them all together, because what differs between offices is how their printer
    feeds the paper, not where the form's blanks are.
    """

    SINGLETON_ID = 1

    shift_right_mm = models.DecimalField(
        "dịch sang phải (mm)",
        max_digits=3,
        decimal_places=1,
        default=Decimal(0),
        validators=[MinValueValidator(-SHIFT_LIMIT_MM), MaxValueValidator(SHIFT_LIMIT_MM)],
        help_text="Số âm để dịch sang trái.",
    )
    shift_down_mm = models.DecimalField(
        "dịch xuống (mm)",
        max_digits=3,
        decimal_places=1,
        default=Decimal(0),
        validators=[MinValueValidator(-SHIFT_LIMIT_MM), MaxValueValidator(SHIFT_LIMIT_MM)],
        help_text="Số âm để dịch lên.",
    )
    font_scale = models.PositiveSmallIntegerField(
        "cỡ chữ (%)",
        default=100,
        validators=[MinValueValidator(FONT_SCALE_RANGE[0]), MaxValueValidator(FONT_SCALE_RANGE[1])],
        help_text="100 là cỡ chữ chuẩn; giảm nếu thành tích dài tràn ô.",
    )
    place = models.CharField("địa danh", max_length=60, blank=True, help_text="Ghi trước ngày tháng, ví dụ: Bắc Kạn.")
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    class Meta:
        verbose_name = "căn lề in giấy khen"
        verbose_name_plural = "căn lề in giấy khen"
        constraints = [
            models.CheckConstraint(condition=Q(id=1), name="awards_printlayout_single_row"),
            models.CheckConstraint(
                condition=Q(shift_right_mm__gte=-SHIFT_LIMIT_MM, shift_right_mm__lte=SHIFT_LIMIT_MM)
                & Q(shift_down_mm__gte=-SHIFT_LIMIT_MM, shift_down_mm__lte=SHIFT_LIMIT_MM),
                name="awards_printlayout_shift_range",
            ),
            models.CheckConstraint(
                condition=Q(font_scale__gte=FONT_SCALE_RANGE[0], font_scale__lte=FONT_SCALE_RANGE[1]),
                name="awards_printlayout_font_scale_range",
            ),
        ]

    def __str__(self):
        return f"Dịch phải {self.shift_right_mm} mm, dịch xuống {self.shift_down_mm} mm, cỡ chữ {self.font_scale}%"

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_ID
        super().save(*args, **kwargs)

    @classmethod
    def current(cls):
        """The saved layout, or the defaults until someone saves one (a GET page writes nothing)."""
        return cls.objects.filter(pk=cls.SINGLETON_ID).first() or cls()

    @property
    def version(self):
        """Changes whenever the layout is saved, so the stylesheet URL does too and caches stay right."""
        return f"{self.updated_at:%Y%m%d%H%M%S%f}" if self.updated_at else "0"

    def as_css(self):
        """The layout as CSS custom properties, read by static/awards/certificate.css."""
        return (
            ":root {\n"
            f"  --cert-shift-x: {self.shift_right_mm}mm;\n"
            f"  --cert-shift-y: {self.shift_down_mm}mm;\n"
            f"  --cert-scale: {self.font_scale / 100};\n"
            "}\n"
        )
