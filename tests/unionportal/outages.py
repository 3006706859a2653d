"""A database or cache that is away, as a restart or a network fault leaves it."""

from contextlib import contextmanager
from unittest import mock

from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper

# Nothing listens on port 1 of this machine.
CLOSED_REDIS = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}


@contextmanager
def database_away():
    """Every query fails as it does while PostgreSQL restarts."""
    refused = OperationalError("connection to server at 127.0.0.1, port 5432 failed: Connection refused")
    with mock.patch.object(BaseDatabaseWrapper, "ensure_connection", side_effect=refused):
        yield
