"""Request hygiene every page shares, ahead of the views."""

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
