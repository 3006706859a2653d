"""The portal served as in production for the budgets (weight, Lighthouse): static files collected by the
production storage (whitenoise's compressed manifest) and served by whitenoise with far-future caching, pages
gzipped as nginx gzips them (deploy/nginx/unionportal.conf.template), DEBUG off."""

from contextlib import contextmanager

from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test import override_settings
from django.test.testcases import LiveServerThread

# The admin's and the editor's files are not on public pages; leaving them out keeps collectstatic quick.
NOT_PUBLIC = ["admin", "tinymce", "import_export", "django_tinymce"]


@contextmanager
def served_as_in_production(static_root):
    """Yields the address of a server of the test database with production's static files and compression."""
    with override_settings(
        DEBUG=False,
        STATIC_ROOT=static_root,
        STORAGES={
            **settings.STORAGES,
            "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
        },
        WHITENOISE_USE_FINDERS=False,
        WHITENOISE_AUTOREFRESH=False,
        MIDDLEWARE=["django.middleware.gzip.GZipMiddleware", *settings.MIDDLEWARE],
    ):
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=NOT_PUBLIC)
        # The live server's thread shares the test's in-memory SQLite connection, as pytest-django's does.
        shared = {
            alias: connections[alias]
            for alias in connections
            if connections[alias].vendor == "sqlite" and connections[alias].is_in_memory_db()
        }
        for connection in shared.values():
            connection.inc_thread_sharing()
        # Every request goes to Django, whose whitenoise middleware serves the collected files.
        server = LiveServerThread("localhost", lambda handler: handler, connections_override=shared)
        server.daemon = True
        server.start()
        server.is_ready.wait()
        if server.error:
            raise server.error
        try:
            yield f"http://localhost:{server.port}"
        finally:
            server.terminate()
            for connection in shared.values():
                connection.dec_thread_sharing()
