"""Tests: same stack as production, with fast hashing and Django's mail outbox.

DATABASE_URL (read in base) switches the suite from SQLite to PostgreSQL.
"""

from .base import *  # noqa: F403


DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Mail still goes through the outbox (tests/conftest.py puts EMAIL_BACKEND back after
# Django's test setup), delivered at once to Django's mail outbox; the outbox tests
# switch to the database queue and run the worker themselves.
OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = BASE_DIR / "build" / "test-media"  # noqa: F405
# --- Cache (issue #14): in-process even when REDIS_URL is set; tests/conftest.py
# clears both caches before each test.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
WAGTAILFRONTENDCACHE = {}
# Off except in tests/portal/test_page_cache.py: other tests change content in a
# transaction that never commits, and purges run after the commit. Their query counts
# measure a page's render, not a cache hit.
PAGE_CACHE_ENABLED = False
PAGE_FRAGMENTS_ENABLED = False  # the same, for parts of pages (tests/portal/test_fragments.py)
# --- end of cache settings
WAGTAILADMIN_BASE_URL = "http://testserver"
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
