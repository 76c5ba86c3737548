"""Local development: the embedded demo site on SQLite, emails printed to the console."""

from .base import *  # noqa: F403


DEBUG = True
SECRET_KEY = "dev-only-key-never-used-in-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
