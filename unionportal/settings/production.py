"""Production: everything comes from the environment; missing secrets stop the start."""

import os
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, PORTAL_DEMO, database_from_env, env_bool, env_list

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if len(SECRET_KEY) < 32:
    raise ImproperlyConfigured("SECRET_KEY must be set to a random string of 32 characters or more.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS or "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must list the portal's real host names.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", ",".join(f"https://{h}" for h in ALLOWED_HOSTS))

DATABASES = {"default": database_from_env()}
if os.environ.get("DATABASE_REPLICA_URL"):
    # A streaming replica of the default database, for public reads (unionportal/replica.py).
    DATABASES["replica"] = database_from_env(variable="DATABASE_REPLICA_URL") | {"TEST": {"MIRROR": "default"}}
    DATABASE_ROUTERS = ["unionportal.replica.PublicReadsRouter"]

# Mail goes out through the SMTP server the environment names. Without EMAIL_HOST no mail leaves the
# portal (the notices are still listed under Thư thông báo), so a deployment without mail still runs.
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.dummy.EmailBackend"
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
# A slow mail server must not hold a staff member's request for long after their step is saved.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))
PORTAL_URL = os.environ.get("PORTAL_URL", f"https://{ALLOWED_HOSTS[0]}")

# The demo, for the deploy check and the benchmark; never on a real server.
if PORTAL_DEMO:
    INSTALLED_APPS = [*INSTALLED_APPS, "demo"]

# Uploads go to a bucket when AWS_STORAGE_BUCKET_NAME names one (see media_storage_from_env), else to a folder.
if not os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    if "MEDIA_ROOT" not in os.environ:
        raise ImproperlyConfigured(
            "MEDIA_ROOT must name the folder where uploaded photos are kept, or AWS_STORAGE_BUCKET_NAME a bucket."
        )
    MEDIA_ROOT = Path(os.environ["MEDIA_ROOT"])
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", STATIC_ROOT))  # noqa: F405

# Behind a reverse proxy that terminates TLS and sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Browsers keep to HTTPS for a year once they have seen the portal over it (README, "Security": how to turn
# it off). A host name under the portal's own is covered too; preloading is the domain owner's choice.
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 60 * 60)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
# `check --deploy` must pass without warnings (deploy/release), so the two HSTS choices an operator makes
# on purpose are not warned about: preloading commits the whole domain, every subdomain, for a long time,
# which only the domain's owner can decide; SECURE_HSTS_SECONDS=0 turns HSTS off where the proxy sends it.
SILENCED_SYSTEM_CHECKS = [
    *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    *([] if SECURE_HSTS_SECONDS else ["security.W004"]),
]
CLIENT_ADDRESS_HEADER = os.environ.get("CLIENT_ADDRESS_HEADER", "")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
