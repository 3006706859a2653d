"""Abstract models several apps' models share (no tables of their own)."""

from django.db import models
from django.db.models import Q

from unionportal.querysets import TimeWindowQuerySet


class ShownWithinWindow(models.Model):
    """Shown to readers from one moment to another, either left open: a banner slide, a running-line slogan."""

    active_from = models.DateTimeField("hiện từ", null=True, blank=True)
    active_until = models.DateTimeField("hiện đến", null=True, blank=True, help_text="Để trống nếu không hẹn ngày gỡ.")

    objects = TimeWindowQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(active_from__isnull=True)
                | Q(active_until__isnull=True)
                | Q(active_until__gt=models.F("active_from")),
                name="%(app_label)s_%(class)s_window_in_order",
                violation_error_message="Thời điểm kết thúc phải sau thời điểm bắt đầu.",
            )
        ]
