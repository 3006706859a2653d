"""Settings shared by every environment; see dev.py, production.py and test.py."""

import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.templatetags.static import static
from django.urls import reverse_lazy
from django.utils.functional import lazy

BASE_DIR = Path(__file__).resolve().parent.parent.parent
# Local state of a checkout: the development database, uploads and the demo's logins.
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def database_from_env(default_url=None, variable="DATABASE_URL"):
    """The database named by DATABASE_URL (or `variable`), with persistent, health-checked connections.

    A new PostgreSQL connection per request made a list page 2.7x slower here, so
    connections are kept for ten minutes and checked before reuse.
    """
    url = os.environ.get(variable) or default_url
    if not url:
        raise ImproperlyConfigured(f"{variable} must be set.")
    return dj_database_url.parse(url, conn_max_age=600, conn_health_checks=True)


def cache_from_env():
    """Redis when REDIS_URL names one (shared by every node), else a cache private to this process.

    Never a folder on disk: a file cache in /tmp is shared by every instance on the host and
    outlives the media folder it describes.
    """
    url = os.environ.get("REDIS_URL")
    if url:
        return {
            "default": {
                # django-redis keeps one client a process (Django's own backend builds one per call,
                # which costs more than the round trip to Redis) and reads replies with hiredis.
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": url,
                # Several portals (or a test) may share one Redis.
                "KEY_PREFIX": os.environ.get("REDIS_KEY_PREFIX", "unionportal"),
            }
        }
    return {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}


def media_storage_from_env():
    """The S3-compatible bucket AWS_STORAGE_BUCKET_NAME names (shared by every node), else the MEDIA_ROOT folder.

    The bucket's address and region come from AWS_S3_ENDPOINT_URL and AWS_S3_REGION_NAME; boto3
    reads the keys (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY) from the environment itself.
    """
    bucket = os.environ.get("AWS_STORAGE_BUCKET_NAME")
    if bucket:
        return {
            "BACKEND": "unionportal.storage.MediaBucketStorage",
            "OPTIONS": {
                "bucket_name": bucket,
                "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL"),
                "region_name": os.environ.get("AWS_S3_REGION_NAME"),
            },
        }
    return {"BACKEND": "django.core.files.storage.FileSystemStorage"}


# PORTAL_DEMO=1 installs the demo app in production and lets it load where DEBUG is off (the deploy check
# and the benchmark).
PORTAL_DEMO = env_bool("PORTAL_DEMO", False)


INSTALLED_APPS = [
    "unionportal",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "crispy_forms",
    "crispy_bootstrap5",
    "imagekit",
    "tinymce",
    "import_export",
    "reversion",
    "portal",
    "news",
    "emulation",
    "awards",
    "members",
    "polls",
    "library",
    "albums",
    "notifications",
]

MIDDLEWARE = [
    # Steps aside unless public reads go to a read replica (unionportal/replica.py).
    "unionportal.replica.PublicReadsMiddleware",
    # Before everything that follows: a page from the cache skips it, and is served with the headers
    # they gave it when it was kept (unionportal/pagecache.py). SecurityMiddleware's redirect of plain
    # HTTP still applies: a page is kept under its scheme, and only a 200 is kept.
    "unionportal.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "unionportal.security.RefuseNulMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After the two above: whether the session passed its second factor, and where to say why it ended.
    "unionportal.accounts.StaffSessionMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its page.
    "axes.middleware.AxesMiddleware",
]

# django-axes counts failed sign-ins before the password is even checked.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]

ROOT_URLCONF = "unionportal.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.site_chrome",
            ],
        },
    },
]

WSGI_APPLICATION = "unionportal.wsgi.application"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "vi"
# Vietnamese only, whatever a browser asks for: no LocaleMiddleware, so no page varies by Accept-Language
# and a proxy keeps one copy of each.
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["unionportal.formats"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

STATIC_URL = "static/"
STATIC_ROOT = VAR_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Django itself serves uploads in development and tests; a reverse proxy does in production.
SERVE_MEDIA = False

STORAGES = {
    "default": media_storage_from_env(),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploaded photos: refused above these limits (see unionportal.images).
PHOTO_MAX_BYTES = 15 * 1024 * 1024
PHOTO_MAX_PIXELS = 40_000_000
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 20 * 1024 * 1024

CACHES = cache_from_env()

# The page cache (unionportal/pagecache.py): whole public pages kept for anonymous readers in the
# default cache, dropped on every node the moment anything of PAGE_CACHE_APPS is saved or deleted, and
# never kept past the next scheduled change (PAGE_CACHE_SCHEDULE). PAGE_CACHE_SECONDS=0 turns it off.
# Without Redis each process keeps its own pages and hears only of its own saves, so they are kept for a
# few seconds only.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if os.environ.get("REDIS_URL") else "5"))
PAGE_CACHE_URL_NAMESPACES = ["portal", "news", "emulation", "awards", "polls", "library", "albums"]
PAGE_CACHE_URL_NAMES = ["sitemap_index", "django.contrib.sitemaps.views.sitemap", "robots_txt"]
# Whose rows show on public pages; members' own rows never do (an award line keeps the name it gave).
PAGE_CACHE_APPS = ["portal", "news", "emulation", "awards", "polls", "library", "albums"]
# Rows of those apps that no public page shows (or shows only to the browser that wrote them: votes).
PAGE_CACHE_IGNORED_MODELS = ["news.ReadCount", "news.AuditEntry", "news.PreviewLink", "polls.PollVote"]
PAGE_CACHE_SCHEDULE = "portal.schedule.next_page_change"
# A browser holding one of these gets its own page: signed in (session), a poll's voter (results),
# a message waiting. Neither the page cache nor nginx's micro-cache serves it (deploy/nginx).
PAGE_CACHE_BYPASS_COOKIES = ["sessionid", "cdyt_voter", "messages"]
# Cache-Control of public pages to anonymous readers: browsers and proxies (nginx's micro-cache) keep
# them this long, then may show them this much longer while they fetch them again.
PUBLIC_CACHE_SECONDS = int(os.environ.get("PUBLIC_CACHE_SECONDS", "5"))
PUBLIC_CACHE_STALE_SECONDS = 10
# Pieces of pages kept between changes even with the page cache off (the chrome, {% kept %}): the
# longest one is kept. A change drops them at once; this bounds the copies a change leaves behind
# in Redis, and without Redis, what a process that did not hear of a change keeps showing.
PAGE_PIECES_SECONDS = int(os.environ.get("PAGE_PIECES_SECONDS", "3600" if os.environ.get("REDIS_URL") else "60"))
# Each process serves what it last read from Redis for this long without asking again, up to this much
# memory (pagecache.NearCopies): a change made on another node reaches its readers that much later.
PAGE_CACHE_NEAR_SECONDS = float(os.environ.get("PAGE_CACHE_NEAR_SECONDS", "1" if os.environ.get("REDIS_URL") else "0"))
PAGE_CACHE_NEAR_BYTES = 32 * 1024 * 1024

# Renditions are made when a photo is saved and remade whenever their file is missing (see
# unionportal.images): whether one exists is asked of the storage, never of a cache.
IMAGEKIT_DEFAULT_CACHEFILE_STRATEGY = "unionportal.images.MadeOnSaveCheckedOnUse"
IMAGEKIT_DEFAULT_CACHEFILE_BACKEND = "unionportal.images.StorageCheckedRenditions"
IMAGEKIT_CACHEFILE_DIR = "renditions"
IMAGEKIT_SPEC_CACHEFILE_NAMER = "unionportal.images.rendition_name"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGIN_URL = reverse_lazy("admin:login")

TINYMCE_JS_URL = "tinymce/tinymce.min.js"
TINYMCE_EXTRA_MEDIA = {"js": ["news/admin/editor-upload.js"]}
TINYMCE_DEFAULT_CONFIG = {
    "license_key": "gpl",
    "language": "vi",
    "height": 560,
    "menubar": "edit insert format table",
    "plugins": "autolink lists link image table code fullscreen wordcount",
    "toolbar": (
        "undo redo | blocks | bold italic underline | bullist numlist | "
        "blockquote link image table | removeformat code fullscreen"
    ),
    "block_formats": "Đoạn văn=p; Tiêu đề 2=h2; Tiêu đề 3=h3; Tiêu đề 4=h4",
    "image_caption": True,
    "image_advtab": False,
    "image_dimensions": False,
    "automatic_uploads": True,
    "images_upload_url": reverse_lazy("admin:news_photo_upload"),
    "entity_encoding": "raw",
    "images_upload_handler": "unionPortalImageUpload",
    "images_file_types": "jpg,jpeg,png,webp,gif",
    "relative_urls": False,
    "remove_script_host": True,
    "convert_urls": False,
    "paste_data_images": False,
    "promotion": False,
    "branding": False,
    "content_css": lazy(static, str)("news/admin/editor-content.css"),
}

# Article reads are buffered per process and written in batches (news/reads.py).
NEWS_READS_FLUSH_EVERY = 50  # reads
NEWS_READS_FLUSH_AFTER = 60  # seconds
# "Đọc nhiều" covers this many days.
NEWS_MOST_READ_DAYS = 7

# How many days a new preview link for a draft stays open unless staff choose otherwise (1, 3 or 7).
NEWS_PREVIEW_LINK_DAYS = 3

# The request header a trusted reverse proxy puts the reader's address in (e.g. "X-Real-IP");
# empty: the connection's own address (see unionportal/client.py).
CLIENT_ADDRESS_HEADER = ""

# Mail to staff about the steps that concern them (notifications/): sent after the step commits.
EMAIL_SUBJECT_PREFIX = "[Công đoàn ngành Y tế] "
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Cổng Công đoàn ngành Y tế <khongtraloi@localhost>")
# The portal's address, for the links in those mails.
PORTAL_URL = os.environ.get("PORTAL_URL", "http://127.0.0.1:8000")

# Content-Security-Policy on every response, public and admin, enforced (django-csp 4). Django 6's own
# CSP needs Python 3.12 and the portal runs on 3.11; django-csp is the maintained package Django's was
# modelled on. No nonces: the pages have no inline script at all, so a cached page stays valid.
# Bootstrap's form controls draw their arrows and ticks with data: SVG images. The article editor
# (TinyMCE) needs style attributes; its admin pages allow those alone (news.admin.article).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Features no page of the portal uses are switched off for it and anything it might frame; the share
# buttons copy a link (clipboard-write) and the editor may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "camera": [],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "browsing-topics": [],
    "clipboard-write": ["self"],
    "fullscreen": ["self"],
}

# Signing in (unionportal/accounts.py). Five wrong passwords (or second-factor codes) lock the account
# name, and separately the address they came from, for 15 minutes; the sector union's administrator
# unlocks sooner in the admin (README, "Security"). Attempts are kept in the database, which every node shares.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "unionportal.accounts.locked_out"
AXES_CLIENT_IP_CALLABLE = "unionportal.client.client_address"
# Accounts that can see members' personal data or record award decisions must sign in with a second
# factor (superusers too); the emulation office, sector staff and base-union officers hold these.
SECOND_FACTOR_PERMISSIONS = ["members.view_member", "awards.add_decision", "awards.change_decision"]
# Their sessions end after this many minutes without a request.
SESSION_IDLE_MINUTES = int(os.environ.get("SESSION_IDLE_MINUTES", "30"))
# The name authenticator apps show beside the code.
OTP_TOTP_ISSUER = "Cổng CĐ ngành Y tế"
