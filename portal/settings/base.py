"""Settings shared by every environment.

Environment overlays (dev, test, production) change only what differs; an optional
service (Redis, SMTP) is used only when its variable is set.
"""

import os
import sys
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

from portal import map_tiles
from portal.media_storage import media_origins, object_storage


BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "portal",
    "home",
    "shops",
    "campaign",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "csp",
    "django_tasks",
    "django_tasks_db",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "portal.middleware.SiteCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a page served from the cache costs no session or database work.
    "portal.page_cache.AnonymousPageCacheMiddleware",
    # A page missing pictures' renditions asks the task worker for them (one task).
    "portal.renditions.AskForMissingRenditionsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "portal.middleware.RejectNulBytesMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "portal.middleware.AdminSecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "portal.middleware.CityStaffOnlyAdminMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Pages found from the folder above them, remembered (one query instead of seven).
    "portal.routing.RememberedRoutesMiddleware",
    # Last, as django-axes asks: it answers a locked-out sign-in with the lockout page.
    "axes.middleware.AxesMiddleware",
]

# Uploads (images, renditions, documents): the local folder, or with
# AWS_STORAGE_BUCKET_NAME an S3-compatible bucket every app server shares
# (portal/media_storage.py; README "Several app servers").
MEDIA_STORAGE = object_storage(os.environ)
# Map tiles (portal/map_tiles.py, README "Maps"): the city's own tile server when
# MAP_TILES_URL is set; otherwise OpenStreetMap's, which a map loads only after the
# visitor asks for it. The policy below allows images from that one host.
MAP_TILES_URL = os.environ.get("MAP_TILES_URL", "").strip()
MAP_TILES_ATTRIBUTION = (
    os.environ.get("MAP_TILES_ATTRIBUTION", "").strip() or map_tiles.OPENSTREETMAP_ATTRIBUTION
)
try:
    MAP_TILES_ORIGIN = map_tiles.tile_origin(MAP_TILES_URL or map_tiles.OPENSTREETMAP_TILES)
except map_tiles.TileURLError as error:
    sys.exit(f"Vitrine refuses to start: {error}")  # an operator's mistake: one clear line

# Public pages load nothing from another host (DESIGN.md, "private by default"); the
# policy makes the browser hold us to it. The admin has its own policy, as strict as
# Wagtail's screens allow (portal.middleware.SiteCSPMiddleware). CSP_REPORT_ONLY=true
# sends both as Content-Security-Policy-Report-Only for a first deployment, reported to
# CSP_REPORT_URI when set.
PUBLIC_CSP_DIRECTIVES = {
    "default-src": [SELF],
    "script-src": [SELF],
    "style-src": [SELF],
    "img-src": [
        SELF,
        "data:",
        *media_origins(MEDIA_STORAGE),  # the city's own bucket or CDN
        *([MAP_TILES_ORIGIN] if MAP_TILES_ORIGIN else []),
    ],
    "font-src": [SELF],
    "connect-src": [SELF],
    "object-src": [NONE],
    "base-uri": [SELF],
    "form-action": [SELF],
    "frame-ancestors": [NONE],
}
# Wagtail 8's form widgets (choosers, date pickers, inline panels) still start with
# inline <script>s whose text varies per field, so no hash or nonce can cover them; every
# other directive stays as strict as on public pages (tests/e2e/test_admin_policy.py).
# wagtail-localize's translation editor sets style attributes in its markup.
ADMIN_CSP_DIRECTIVES = {
    **PUBLIC_CSP_DIRECTIVES,
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
}
if os.environ.get("CSP_REPORT_URI"):
    for directives in (PUBLIC_CSP_DIRECTIVES, ADMIN_CSP_DIRECTIVES):
        directives["report-uri"] = [os.environ["CSP_REPORT_URI"]]
SECURITY_POLICY_REPORT_ONLY = os.environ.get("CSP_REPORT_ONLY", "false").lower() == "true"
if SECURITY_POLICY_REPORT_ONLY:
    CONTENT_SECURITY_POLICY = None
    CONTENT_SECURITY_POLICY_REPORT_ONLY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
else:
    CONTENT_SECURITY_POLICY = {"DIRECTIVES": PUBLIC_CSP_DIRECTIVES}
ADMIN_CONTENT_SECURITY_POLICY = {"DIRECTIVES": ADMIN_CSP_DIRECTIVES}
# No page uses these browser features; nothing embedded may either.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "browsing-topics",
        "camera",
        "geolocation",
        "microphone",
        "payment",
        "usb",
        "interest-cohort",
    )
}

# Sign-in protection (django-axes): after 5 wrong passwords for one username from one
# address, that pair waits 15 minutes. Locking the username alone would let anyone lock
# the city's editors out; locking the address alone, a whole office behind one router.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# Failures are rows in the shared database, counted under a row lock: every app server
# sees the same count, and "Paused sign-ins" (portal/lockouts.py) and `axes_reset` can
# list and lift them. (Axes' cache handler would share counts through Redis too, but
# keeps no rows to list and cannot reset them all.)
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "portal.antispam.client_ip"  # proxies as for rate limits
# Failed attempts are kept (they expire with the pause); every sign-in is not.
AXES_DISABLE_ACCESS_LOG = True
AXES_LOCKOUT_TEMPLATE = "portal/locked_out.html"

# Second factor (django-otp, portal/second_factor.py): anyone with admin access may add
# an authenticator app; with OTP_REQUIRED_FOR_STAFF=true city editors and superusers
# must, before any other admin page. Wrong codes count as failed sign-ins above.
OTP_REQUIRED_FOR_STAFF = os.environ.get("OTP_REQUIRED_FOR_STAFF", "false").lower() == "true"
OTP_TOTP_ISSUER = "Vitrine Mons"

# Sessions are rows in the shared database: a sign-in on one app server holds on the
# others, and survives a Redis restart.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# SQLite is the embedded default; DATABASE_URL selects PostgreSQL (or anything
# dj-database-url understands).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Every transaction takes the write lock when it starts: SQLite's way to serialise
    # two bookings of the last seat (PostgreSQL locks the service row instead).
    DATABASES["default"].setdefault("OPTIONS", {}).update(transaction_mode="IMMEDIATE", timeout=20)
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # The site's queries are short; PostgreSQL's JIT spends 20–30 ms compiling the
    # finder's facet query for nothing (bench/search.py at 10,000 shops). A random read
    # costs about what a sequential one does on the SSDs and in the memory a database
    # runs from today: at the default cost (4, for spinning disks) PostgreSQL reads all
    # 40,000 shop rows of the four languages to count 10,000 (facets: 117 → 60 ms).
    # DATABASE_PG_OPTIONS replaces both for a server tuned otherwise.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", os.environ.get("DATABASE_PG_OPTIONS", "-c jit=off -c random_page_cost=1.1")
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, page cache and database connections (issue #14) -------------------------
# Redis when REDIS_URL is set: one store shared by every app server for rate limits,
# the menu and footer, and the anonymous page cache (portal/page_cache.py). The page
# cache has its own alias so that a flood of pages never evicts a rate-limit counter.
if os.environ.get("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": prefix,
        }
        for alias, prefix in (("default", "vitrine"), ("pages", "vitrine-pages"))
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
PAGE_CACHE_ALIAS = "pages"
PAGE_CACHE_ENABLED = os.environ.get("PAGE_CACHE", "true").lower() == "true"
# Seconds: browsers keep a page briefly (they cannot be purged); the local cache and a
# CDN keep it longer, purged on every publish; a CDN may serve a just-expired copy while
# it fetches a new one, except for pages that show opening hours.
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_S_MAXAGE = int(os.environ.get("PAGE_CACHE_S_MAXAGE", "600"))
PAGE_CACHE_STALE_WHILE_REVALIDATE = int(os.environ.get("PAGE_CACHE_STALE_WHILE_REVALIDATE", "60"))
# Parts of pages ({% fragment %}: header, footer, a shop's page) kept rendered in the
# same cache for the readers the page cache misses, until a purge, a time fact they show
# changes, midnight, or this many seconds (portal/fragments.py).
PAGE_FRAGMENTS_ENABLED = os.environ.get("PAGE_FRAGMENTS", "true").lower() == "true"
PAGE_FRAGMENTS_TIMEOUT = int(os.environ.get("PAGE_FRAGMENTS_TIMEOUT", str(24 * 3600)))
# A CDN or caching proxy in front is purged through wagtail.contrib.frontend_cache (not
# in INSTALLED_APPS: portal/cache_invalidation.py purges every language after commit).
WAGTAILFRONTENDCACHE = {}
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):  # Varnish, nginx or any HTTP PURGE
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
    }
if os.environ.get("CLOUDFLARE_BEARER_TOKEN"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": os.environ["CLOUDFLARE_BEARER_TOKEN"],
        "ZONEID": os.environ.get("CLOUDFLARE_ZONEID", ""),
    }
if os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):  # needs boto3
    WAGTAILFRONTENDCACHE["cloudfront"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
    }
# Each language's own URL is purged (slugs are translated): no /fr/ → /nl/ rewriting.
WAGTAILFRONTENDCACHE_LANGUAGES = []
# --- end of cache settings -------------------------------------------------------------

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the source; every URL carries its language.
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# "Translate this page" makes a draft: a page goes live in another language only when a
# translator publishes it, never full of French text under /nl/.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Machine translation in the translation editor, off unless configured: a self-hosted
# LibreTranslate (the city's data stays in house) or DeepL. Pages show readers a notice
# while machine-translated text is on them.
if os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"].rstrip("/"),
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
            "TIMEOUT": 10,
        },
    }
elif os.environ.get("DEEPL_AUTH_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"], "TIMEOUT": 10},
    }

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = os.environ.get("SERVE_MEDIA", "false").lower() == "true"
STORAGES = {
    "default": MEDIA_STORAGE or {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Documents go through the app, which checks a collection's privacy, never by a redirect
# to a bucket URL that anyone holding it could open.
WAGTAILDOCS_SERVE_METHOD = "serve_view"

# Complex page editors (catalogues, opening hours) post many fields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Every email goes through the outbox (portal.outbox): a row and a task written in the
# transaction that causes it, sent by `manage.py db_worker` through the delivery backend.
EMAIL_BACKEND = "portal.outbox.QueuedEmailBackend"
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.console.EmailBackend"
OUTBOX_MAX_ATTEMPTS = int(os.environ.get("OUTBOX_MAX_ATTEMPTS", "8"))
OUTBOX_FIRST_RETRY_SECONDS = int(os.environ.get("OUTBOX_FIRST_RETRY_SECONDS", "60"))
OUTBOX_RETENTION_DAYS = int(os.environ.get("OUTBOX_RETENTION_DAYS", "30"))
# Mail and Wagtail's background work (reference index, image focal points, cache purges)
# run in the database queue: durable, and no extra service to operate.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Vitrine <noreply@vitrine.mons.invalid>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

WAGTAIL_SITE_NAME = "Vitrine"
# Approvals are the city editors' work (their group's task); superusers are mailed only
# when they are in it. Otherwise Wagtail mails a superuser twice for each submission.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# No autosave: each autosaved draft of a change under review would have to restart the
# city's review (and mail the editors) at every pause in typing. An explicit save does.
WAGTAIL_AUTOSAVE_INTERVAL = 0
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "portal.VitrineImage"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# AVIF renditions (portal/images.py): 0 smallest and slowest, 10 fastest.
AVIF_ENCODER_SPEED = int(os.environ.get("AVIF_ENCODER_SPEED", "8"))
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
# "simple": PostgreSQL neither stems nor drops words; portal.fulltext stems in the page's
# and the visitor's language, the same way as on SQLite. Changing it needs update_index.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
}
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Reverse proxies in front of the app that append to X-Forwarded-For (rate limits
# count per visitor address): none in development, one (the TLS proxy) in production.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Bookings (shops.booking).
BOOKING_MAX_PER_EMAIL_PER_DAY = int(os.environ.get("BOOKING_MAX_PER_EMAIL_PER_DAY", "3"))
BOOKING_RATE_LIMIT = (20, 3600)  # booking attempts per address per hour
BOOKING_RETENTION_DAYS = int(os.environ.get("BOOKING_RETENTION_DAYS", "90"))
# How long a seat freed on a full slot is held for the first one on its waiting list.
WAITING_LIST_CLAIM_HOURS = int(os.environ.get("WAITING_LIST_CLAIM_HOURS", "2"))
# Merchants confirm their hours and catalogue every this many months (shops.confirmations);
# a shop unconfirmed for twice that long drops out of the finder's "open now".
MERCHANT_CONFIRM_MONTHS = int(os.environ.get("MERCHANT_CONFIRM_MONTHS", "3"))
# Coaching requests are personal data; the privacy notice promises deletion after two years.
COACHING_RETENTION_DAYS = int(os.environ.get("COACHING_RETENTION_DAYS", "730"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "portal": {"level": os.environ.get("LOG_LEVEL", "INFO")},
        "shops": {"level": os.environ.get("LOG_LEVEL", "INFO")},
        "campaign": {"level": os.environ.get("LOG_LEVEL", "INFO")},
    },
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no third-party avatar requests from the admin
WAGTAIL_ENABLE_UPDATE_CHECK = False  # nor a call to releases.wagtail.org on the dashboard
WAGTAILIMAGES_IMAGE_FORM_BASE = "portal.forms.VitrineImageForm"
