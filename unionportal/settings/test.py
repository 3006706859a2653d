"""Tests: SQLite by default or the DATABASE_URL given, fast hashing, a throwaway media folder."""

import tempfile
from pathlib import Path

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="unionportal-test-media-"))
# The replica that tests of the read-replica router turn it on for: a second connection to the
# test database. Nothing reads from it while DATABASE_ROUTERS is empty.
DATABASES["replica"] = DATABASES["default"] | {"TEST": {"MIRROR": "default"}}  # noqa: F405
# Reads are written only when a test flushes them, so no page view writes behind a query count.
NEWS_READS_FLUSH_EVERY = 1_000_000
NEWS_READS_FLUSH_AFTER = 24 * 60 * 60
# The page cache is off but for the tests of it (tests/unionportal/test_page_cache.py): other tests
# change rows inside a transaction that never commits, and would be shown the page from before.
PAGE_CACHE_SECONDS = 0
# Each test sees a change at once: no process trusts a generation it read earlier (pagecache.NearCopies).
PAGE_CACHE_NEAR_SECONDS = 0
