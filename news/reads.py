"""Counting reads without a database write per page view.

A view is counted when a person (not a bot) opens a published article, once per browser and
article in `REPEAT_WINDOW` (reloads and back-and-forth do not count again). Counts wait in a
per-process buffer and go to ReadCount in one batch every `FLUSH_EVERY` views or
`FLUSH_AFTER` seconds, whichever comes first. A worker that dies loses at most one batch:
the price of not writing on every view.
"""

import hashlib
import re
import threading
import time
from collections import Counter

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from news.models import ReadCount
from unionportal.client import client_address

REPEAT_WINDOW = 30 * 60  # seconds
BOT_PATTERN = re.compile(
    r"bot|crawl|spider|slurp|fetch|preview|facebookexternalhit|zalo|headless|lighthouse|"
    r"curl|wget|python|java/|go-http|httpclient|okhttp|scrapy|monitor|uptime",
    re.IGNORECASE,
)

_lock = threading.Lock()
_pending = Counter()  # (article_id, day) -> reads not yet written
_last_flush = time.monotonic()


def is_bot(user_agent):
    """Crawlers, link previews, scripts and headless browsers; an empty user agent too."""
    return not user_agent or bool(BOT_PATTERN.search(user_agent))


def count_read(request, article):
    """Count one read of `article` by this request's reader, if it is a person's first in the window."""
    return count_read_of(request, article.pk)


def count_cached_read(request, note, **kwargs):
    """An article page served from the page cache is a read too (unionportal.pagecache)."""
    if "read_article" in note:
        count_read_of(request, note["read_article"])


def count_read_of(request, article_id):
    user_agent = request.headers.get("User-Agent", "")
    if is_bot(user_agent):
        return False
    reader = hashlib.sha256(f"{settings.SECRET_KEY}|{client_address(request)}|{user_agent}".encode()).hexdigest()[:32]
    if not cache.add(f"read:{article_id}:{reader}", 1, timeout=REPEAT_WINDOW):
        return False
    with _lock:
        _pending[(article_id, timezone.localdate())] += 1
        due = sum(_pending.values()) >= settings.NEWS_READS_FLUSH_EVERY or (
            time.monotonic() - _last_flush >= settings.NEWS_READS_FLUSH_AFTER
        )
    if due:
        flush()
    return True


def flush():
    """Write the buffered reads: one UPDATE per article and day, an INSERT for a first read."""
    global _last_flush
    with _lock:
        batch = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    for (article_id, day), reads in batch.items():
        _add(article_id, day, reads)
    return sum(batch.values())


def pending():
    """Reads waiting in this process's buffer (for tests and the shell)."""
    with _lock:
        return sum(_pending.values())


def discard():
    """Forget the buffered reads: each test starts with an empty buffer."""
    with _lock:
        _pending.clear()


def _add(article_id, day, reads):
    rows = ReadCount.objects.filter(article_id=article_id, day=day)
    if rows.update(count=F("count") + reads):
        return
    try:
        with transaction.atomic():
            ReadCount.objects.create(article_id=article_id, day=day, count=reads)
    except IntegrityError:
        # Another process wrote the first read of the day in between.
        rows.update(count=F("count") + reads)
