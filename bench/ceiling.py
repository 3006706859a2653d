"""The ceiling the portal's pages are measured against: the least a Django view can do.

A Django 5.2 project of one view, with no middleware, no database and no template, returning a page
built in advance of BENCH_CEILING_BYTES bytes (the size of the portal's home page), served by the
same gunicorn configuration as the portal:

    BENCH_CEILING_BYTES=40000 gunicorn -c deploy/gunicorn.conf.py bench.ceiling:application
"""

import os

from django.conf import settings

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=os.environ.get("ALLOWED_HOSTS", "localhost").split(","),
    ROOT_URLCONF=__name__,
    MIDDLEWARE=[],
    SECRET_KEY=os.environ.get("SECRET_KEY", ""),
)

from django.core.wsgi import get_wsgi_application  # noqa: E402 - after the settings it reads
from django.http import HttpResponse  # noqa: E402
from django.urls import path  # noqa: E402

_SIZE = int(os.environ.get("BENCH_CEILING_BYTES", "40000"))
_HEAD = '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Trần</title></head><body><p>'
_TAIL = "</p></body></html>"
PAGE = (_HEAD + "x" * max(0, _SIZE - len(_HEAD.encode()) - len(_TAIL)) + _TAIL).encode()


def page(request):
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path("", page)]
application = get_wsgi_application()
