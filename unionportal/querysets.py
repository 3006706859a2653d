"""QuerySet rules that several apps' models share, each written once."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from unionportal.text import fold


class TimeWindowQuerySet(models.QuerySet):
    """Rows shown between `active_from` and `active_until`, either of which may be left open."""

    def published(self, now=None):
        """What readers see now: rows whose window includes this moment."""
        now = now or timezone.now()
        return self.filter(Q(active_from__isnull=True) | Q(active_from__lte=now)).filter(
            Q(active_until__isnull=True) | Q(active_until__gt=now)
        )


class FoldedSearchQuerySet(models.QuerySet):
    """Search by words, with or without marks, in a field that keeps the text folded (`folded_field`)."""

    folded_field = None

    def search(self, text):
        """Rows whose folded text holds every word of `text`; none for a text without words."""
        words = fold(text).split()
        if not words:
            return self.none()
        rows = self
        for word in words:
            rows = rows.filter(**{f"{self.folded_field}__contains": word})
        return rows
