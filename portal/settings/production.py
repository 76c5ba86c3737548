"""Production: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS (comma-separated). Usual: DATABASE_URL, REDIS_URL,
CSRF_TRUSTED_ORIGINS, EMAIL_URL (smtp://user:password@host:587/?tls=True),
DEFAULT_FROM_EMAIL, WAGTAILADMIN_BASE_URL.
"""

import os
import sys

import dj_email_url

from .base import *  # noqa: F403


def _require(name):
    value = os.environ.get(name, "").strip()
    if not value:
        # One clear line instead of a traceback: this is an operator's mistake, not a bug.
        sys.exit(f"Vitrine refuses to start: the environment variable {name} is not set.")
    return value


def _list(name):
    return [item.strip() for item in os.environ.get(name, "").split(",") if item.strip()]


DEBUG = False
SECRET_KEY = _require("SECRET_KEY")
ALLOWED_HOSTS = _list("ALLOWED_HOSTS") or _require("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = _list("CSRF_TRUSTED_ORIGINS")

# TLS ends at the reverse proxy, which says so with X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1"))
SECURE_SSL_REDIRECT = os.environ.get("SECURE_SSL_REDIRECT", "true").lower() == "true"
# The container health check talks plain HTTP to the app itself.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(365 * 24 * 3600)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = os.environ.get("SECURE_HSTS_INCLUDE_SUBDOMAINS", "true") == "true"
SECURE_HSTS_PRELOAD = os.environ.get("SECURE_HSTS_PRELOAD", "true") == "true"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"

# --- Cache and database connections (issue #14) -------------------------------------
# Without Redis each gunicorn worker would keep its own copy of the pages, and a purge
# would reach only one of them: pages then go only to the CDN (headers are still sent).
if not os.environ.get("REDIS_URL"):
    CACHES["pages"] = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}  # noqa: F405
# Each worker thread keeps its database connection for a minute (checked before reuse)
# instead of opening one per request. PostgreSQL must allow workers × threads of them.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("CONN_MAX_AGE", "60"))  # noqa: F405
# --- end of cache settings -----------------------------------------------------------

if os.environ.get("EMAIL_URL"):
    # Sets EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER, EMAIL_USE_TLS … and the backend the
    # worker delivers through (requests only write to the outbox).
    email_config = dj_email_url.parse(os.environ["EMAIL_URL"])
    OUTBOX_DELIVERY_BACKEND = email_config.pop("EMAIL_BACKEND")
    globals().update(email_config)
# A mail server that accepts the connection and never answers must not hold a request
# (and a worker) forever: seconds, from ?timeout= in EMAIL_URL or EMAIL_TIMEOUT.
EMAIL_TIMEOUT = globals().get("EMAIL_TIMEOUT") or int(os.environ.get("EMAIL_TIMEOUT", "10"))

WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0].lstrip('.')}"
)
