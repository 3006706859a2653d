"""Tests: SQLite by default or the DATABASE_URL given, fast hashing, a throwaway media folder."""

import tempfile
from pathlib import Path

from .dev import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
MEDIA_ROOT = Path(tempfile.mkdtemp(prefix="unionportal-test-media-"))
# Reads are written only when a test flushes them, so no page view writes behind a query count.
NEWS_READS_FLUSH_EVERY = 1_000_000
NEWS_READS_FLUSH_AFTER = 24 * 60 * 60
