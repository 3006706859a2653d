"""The running line (dòng chữ chạy): announcements and anniversaries worded each year."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from unionportal.links import safe_link_constraint, validate_link
from unionportal.models import ShownWithinWindow


class Announcement(ShownWithinWindow):
    """A greeting or slogan typed by staff, shown while its window is open."""

    text = models.CharField(
        "nội dung",
        max_length=300,
        help_text="Ví dụ: Nhiệt liệt chào mừng Đại hội Công đoàn ngành Y tế lần thứ XV, nhiệm kỳ 2023 - 2028",
    )
    link = models.CharField("liên kết", max_length=500, blank=True, validators=[validate_link])
    order = models.PositiveSmallIntegerField("thứ tự", default=0)

    class Meta(ShownWithinWindow.Meta):
        ordering = ["order", "-id"]
        verbose_name = "khẩu hiệu / thông báo chạy"
        verbose_name_plural = "khẩu hiệu / thông báo chạy"
        constraints = [*ShownWithinWindow.Meta.constraints, safe_link_constraint("link", name="announcement_link_safe")]

    def __str__(self):
        return self.text


class AnniversaryQuerySet(models.QuerySet):
    def due(self, today=None):
        """Anniversaries to show today, soonest first (a handful of rows: sorted in Python)."""
        today = today or timezone.localdate()
        due = [anniversary for anniversary in self.filter(is_enabled=True) if anniversary.is_due(today)]
        return sorted(due, key=lambda anniversary: anniversary.next_occurrence(today))


class Anniversary(models.Model):
    """A commemoration kept once; the portal words it each year ("Kỷ niệm 97 năm …")."""

    name = models.CharField("tên ngày kỷ niệm", max_length=200, help_text="Ví dụ: Ngày thành lập Công đoàn Việt Nam")
    original_date = models.DateField("ngày gốc", help_text="Ngày diễn ra sự kiện lần đầu, ví dụ 28/07/1929.")
    days_before = models.PositiveSmallIntegerField(
        "hiện trước (ngày)", default=30, help_text="Số ngày trước ngày kỷ niệm mà dòng chữ bắt đầu hiện."
    )
    link = models.CharField("liên kết", max_length=500, blank=True, validators=[validate_link])
    is_enabled = models.BooleanField("đang dùng", default=True)

    objects = AnniversaryQuerySet.as_manager()

    class Meta:
        ordering = ["original_date__month", "original_date__day"]
        verbose_name = "ngày kỷ niệm"
        verbose_name_plural = "ngày kỷ niệm"
        constraints = [safe_link_constraint("link", name="anniversary_link_safe")]

    def __str__(self):
        return f"{self.name} ({self.original_date:%d/%m/%Y})"

    def clean(self):
        if self.original_date and self.original_date > timezone.localdate():
            raise ValidationError({"original_date": "Ngày gốc phải là một ngày trong quá khứ."})

    def occurrence_in(self, year):
        try:
            return self.original_date.replace(year=year)
        except ValueError:  # 29 February in a common year
            return datetime.date(year, 2, 28)

    def next_occurrence(self, today):
        """The anniversary's date today or after `today`."""
        occurrence = self.occurrence_in(today.year)
        return occurrence if occurrence >= today else self.occurrence_in(today.year + 1)

    def years_on(self, occurrence):
        return occurrence.year - self.original_date.year

    def is_due(self, today):
        occurrence = self.next_occurrence(today)
        return self.years_on(occurrence) > 0 and (occurrence - today).days <= self.days_before

    def wording(self, today):
        """'Kỷ niệm 97 năm Ngày thành lập Công đoàn Việt Nam (28/07/1929 - 28/07/2026)'."""
        occurrence = self.next_occurrence(today)
        return (
            f"Kỷ niệm {self.years_on(occurrence)} năm {self.name} "
            f"({self.original_date:%d/%m/%Y} - {occurrence:%d/%m/%Y})"
        )
