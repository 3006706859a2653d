"""QuerySet rules that several apps' models share, each written once."""

from django.db import models
from django.db.models import Q
from django.db.models.expressions import RawSQL
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


def rows_of_each(model, parts):
    """The rows of several short lists in one query: `parts` are sliced querysets of `model` (the newest
    few articles of each section…). Each part is still read on its own from its own index, their ids
    joined by UNION ALL, so one query costs what the parts did; the rows come unordered.

    Django cannot slice the members of a union on SQLite, hence SQL written here: each part becomes
    `SELECT id FROM (part) AS partN`, which both SQLite and PostgreSQL read as the part alone.
    """
    selects, params = [], []
    for number, part in enumerate(parts):
        sql, part_params = part.values("pk").query.sql_with_params()
        selects.append(f"SELECT * FROM ({sql}) AS part{number}")  # noqa: S608 - Django's SQL; values stay params
        params.extend(part_params)
    if not selects:
        return model.objects.none()
    return model.objects.filter(pk__in=RawSQL(" UNION ALL ".join(selects), params))  # noqa: S611 - as above
