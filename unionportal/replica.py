"""Public reads from the read replica; everything else from the primary.

Switched on by listing `PublicReadsRouter` in DATABASE_ROUTERS, which production settings do
when DATABASE_REPLICA_URL names a replica (docs/deploy.md). A replica lags the primary by a
moment, so only a reader who cannot have written anything may read from it: a GET or HEAD
from a browser with no session cookie that has not just sent a form. Everyone signed in
(staff in the admin, signed-in readers) carries a session cookie and reads their own writes
from the primary, as does every POST, every management command and migration, and anything a
request reads after it has written or inside a transaction on the primary.

The session cookie is the cheapest sure sign of a signed-in browser: it costs no query, where
asking AuthenticationMiddleware's lazy user would read the session and the user (from the
primary, since a session just written may not have reached the replica yet). The few anonymous
browsers that hold a session anyway read from the primary too, which is merely slower. The
CSRF cookie says nothing about who is reading and is ignored.
"""

import contextlib
import contextvars
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import MiddlewareNotUsed
from django.db import DEFAULT_DB_ALIAS, connections, router

REPLICA = "replica"
READ_METHODS = {"GET", "HEAD"}
# After a form is sent (a poll vote), its browser reads from the primary for this long, so the
# page it is sent back to shows its own vote whatever the replica's lag.
PIN_COOKIE = "cdyt_primary"
PIN_SECONDS = 15


@dataclass
class RequestReads:
    # Changed in place by the router, so the change holds for the rest of the request even
    # where part of it runs in a copy of the context (asgiref's sync_to_async).
    from_replica: bool


# The reads of the request being served. Unset outside a request (commands, migrations, the
# shell) and in any thread the request starts, so those read from the primary.
_request_reads = contextvars.ContextVar("request_reads", default=None)


class PublicReadsRouter:
    def db_for_read(self, model, **hints):
        reads = _request_reads.get()
        # A transaction on the primary reads its own rows and holds its locks there.
        if reads and reads.from_replica and not connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return REPLICA
        return DEFAULT_DB_ALIAS

    def db_for_write(self, model, **hints):
        reads = _request_reads.get()
        if reads:
            # Asked also for reads that decide a write (get_or_create, select_for_update): from
            # here on the request may read what it wrote, which only the primary has for sure.
            reads.from_replica = False
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # The same rows on both: an article read from the replica may name a section read from the primary.
        if {obj1._state.db, obj2._state.db} <= {DEFAULT_DB_ALIAS, REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, **hints):
        # The replica is changed only by replaying the primary's changes.
        return db == DEFAULT_DB_ALIAS


@contextlib.contextmanager
def reads_from_primary():
    """Inside the block a public read reads from the primary: for what is read once and kept for
    everyone (the pages' chrome, portal/chrome.py), which a replica that has not yet replayed the
    change that asked for it would keep stale until the next change."""
    token = _request_reads.set(None)
    try:
        yield
    finally:
        _request_reads.reset(token)


class PublicReadsMiddleware:
    """Tells the router which requests are public reads; not used when the router is not.

    Listed first, so that nothing reads before the request is marked. The mark is reset when
    the response is returned: a streamed response's body, read after that, reads from the primary.
    """

    def __init__(self, get_response):
        if not any(isinstance(each, PublicReadsRouter) for each in router.routers):
            raise MiddlewareNotUsed
        self.get_response = get_response

    def __call__(self, request):
        token = _request_reads.set(RequestReads(from_replica=is_public_read(request)))
        try:
            response = self.get_response(request)
        finally:
            _request_reads.reset(token)
        if request.method not in READ_METHODS:
            response.set_cookie(
                PIN_COOKIE, "1", max_age=PIN_SECONDS, secure=request.is_secure(), httponly=True, samesite="Lax"
            )
        return response


def is_public_read(request):
    return (
        request.method in READ_METHODS
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and PIN_COOKIE not in request.COOKIES
    )
