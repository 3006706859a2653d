"""Views of the deployment itself: the load balancer's health check and the server-error page."""

import logging
import sys

from botocore.exceptions import ConnectionError as BucketConnectionError
from botocore.exceptions import HTTPClientError as BucketHTTPError
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django_redis.exceptions import ConnectionInterrupted as RedisConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

# What an absent database, cache or media bucket raises: the request may succeed in a moment, so
# readers are told to try again (503 with Retry-After) rather than shown a server error.
UNAVAILABLE = (
    OperationalError,
    InterfaceError,
    RedisConnectionError,
    RedisConnectionInterrupted,
    RedisTimeoutError,
    BucketConnectionError,
    BucketHTTPError,
)
RETRY_AFTER_SECONDS = 10


def server_error(request):
    """handler500: a 503 "try again in a moment" while a service is away, else the 500 page.

    Rendered with no context processors, so it needs neither the database nor the cache.
    """
    error = sys.exc_info()[1]
    if isinstance(error, UNAVAILABLE):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        response["Cache-Control"] = "no-store"
        return response
    return HttpResponseServerError(render_to_string("500.html"))


@never_cache
def health(request):
    """For the load balancer: "ok" when the database, the cache and the media storage all answer.

    Which one failed goes to the log, never to the caller.
    """
    failed = [name for name, check in CHECKS.items() if not passes(name, check)]
    if failed:
        return HttpResponse("fail", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")


def passes(name, check):
    try:
        check()
    except Exception:
        logger.exception("Health check failed: %s", name)
        return False
    return True


def database_answers():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise DatabaseError("SELECT 1 did not answer 1")


def cache_answers():
    key, value = f"health:{get_random_string(12)}", get_random_string(12)
    cache.set(key, value, timeout=10)
    if cache.get(key) != value:
        raise RuntimeError("the cache did not keep a value")
    cache.delete(key)


def media_storage_answers():
    name = default_storage.save("health/probe.txt", ContentFile(b"ok"))
    default_storage.delete(name)


CHECKS = {"database": database_answers, "cache": cache_answers, "media storage": media_storage_answers}
