"""Development: zero configuration, SQLite under var/, DEBUG on."""

import os

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, VAR_DIR, database_from_env, env_list

DEBUG = True
SERVE_MEDIA = True
# A fixed key for local development only; production.py refuses to start without its own.
SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production"  # noqa: S105
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")
# `manage.py demo` fills the portal with sample content (`make run` loads it).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

# Whitenoise serves from the finders in development but expects STATIC_ROOT to exist.
(VAR_DIR / "staticfiles").mkdir(parents=True, exist_ok=True)
DATABASES = {"default": database_from_env(f"sqlite:///{VAR_DIR / 'portal.sqlite3'}")}

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
