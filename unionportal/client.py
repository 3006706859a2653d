"""Where a request comes from, for the limits that count people (poll votes, article reads)."""

from django.conf import settings


def client_address(request):
    """The reader's network address.

    REMOTE_ADDR is the peer of the connection. Behind a reverse proxy that is the proxy itself,
    and every reader would share one address: then the proxy passes the reader's address in a
    header it alone sets (nginx: `proxy_set_header X-Real-IP $remote_addr;`) and
    CLIENT_ADDRESS_HEADER names it. X-Forwarded-For is never read as it comes: any client can
    write it.
    """
    header = settings.CLIENT_ADDRESS_HEADER
    if header:
        return request.headers.get(header, "") or request.META.get("REMOTE_ADDR", "")
    return request.META.get("REMOTE_ADDR", "")
