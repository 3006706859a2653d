"""Request hygiene every page shares, ahead of the views."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import BadRequest

NUL = "\x00"


class RefuseNulMiddleware:
    """A NUL character in the address or its query string answers 400.

    PostgreSQL can neither store nor compare text holding one: it reached a query through a search box,
    an admin list's filter or the admin's autocomplete and made a server error. No real link carries
    one. Form fields are checked by Django's forms themselves (ProhibitNullCharactersValidator).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if NUL in request.path or "%00" in query or NUL in query:
            raise BadRequest("NUL character in the address")
        return self.get_response(request)


def is_same_origin(request):
    """Whether a form was sent from a page of this site (or of CSRF_TRUSTED_ORIGINS).

    For a form that carries no CSRF token, so that the pages it is on set no cookie: browsers send
    `Origin` with every POST, and `Referer` where an old one does not. A request with neither, or
    with `Origin: null` (a sandboxed frame, a file), is not known to come from here.
    """
    origin = request.headers.get("Origin")
    if origin is None:
        referer = urlsplit(request.headers.get("Referer", ""))
        origin = f"{referer.scheme}://{referer.netloc}" if referer.scheme and referer.netloc else "null"
    if origin == "null":
        return False
    return origin == f"{request.scheme}://{request.get_host()}" or origin in settings.CSRF_TRUSTED_ORIGINS
