"""When the public pages change by the clock alone, for the page cache (unionportal/pagecache.py).

Every rule here mirrors a `published()` or `showing()` that compares with the time of the request:
a page rendered now is good until the first of these moments after now.
"""

import datetime

from django.db.models import Min, Q
from django.utils import timezone

from news.models import Article, Pin
from polls.models import Poll
from portal.models import Announcement, Slide


def next_page_change(now):
    """The first moment after `now` at which some public page shows something else without anyone saving."""
    moments = [
        # A scheduled article appears (Article.objects.published()).
        Article.objects.filter(status=Article.Status.PUBLISHED, published_at__gt=now).aggregate(at=Min("published_at"))[
            "at"
        ],
        # A pin ends (Pin.objects.showing()).
        Pin.objects.filter(ends_at__gt=now).aggregate(at=Min("ends_at"))["at"],
        *Poll.objects.filter(is_published=True)
        .aggregate(
            opens=Min("opens_at", filter=Q(opens_at__gt=now)),
            closes=Min("closes_at", filter=Q(closes_at__gt=now)),
        )
        .values(),
        *_window_changes(Slide, now),
        *_window_changes(Announcement, now),
        # The running line words its anniversaries for the day, and dates of the day turn.
        _next_midnight(now),
    ]
    return min((moment for moment in moments if moment), default=None)


def _window_changes(model, now):
    """When a row shown within a window (unionportal.models.ShownWithinWindow) next comes or goes."""
    return model.objects.aggregate(
        starts=Min("active_from", filter=Q(active_from__gt=now)),
        ends=Min("active_until", filter=Q(active_until__gt=now)),
    ).values()


def _next_midnight(now):
    tomorrow = timezone.localtime(now).date() + datetime.timedelta(days=1)
    return timezone.make_aware(datetime.datetime.combine(tomorrow, datetime.time()))
