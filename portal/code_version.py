"""What the running code is, for what is cached across deploys (Redis outlives them)."""

import functools
import hashlib
from pathlib import Path

import django
import wagtail
from django.conf import settings


# What renders pages and defines their models: the project's Python code, templates and
# compiled catalogues.
CODE_FOLDERS = ("portal", "home", "shops", "campaign", "search", "templates", "locale")
CODE_SUFFIXES = (".py", ".html", ".mo")


@functools.cache
def code_version():
    """A digest of the code: a deploy that changes it finds none of the rendered parts
    (portal.fragments) and remembered pages (portal.routing) of the code before."""
    versions = f"{django.__version__} {wagtail.__version__}"
    digest = hashlib.md5(versions.encode(), usedforsecurity=False)
    root = Path(settings.BASE_DIR)
    files = sorted(
        path
        for folder in CODE_FOLDERS
        for path in (root / folder).rglob("*")
        if path.suffix in CODE_SUFFIXES
    )
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
