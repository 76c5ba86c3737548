"""Public pages for anonymous readers, from a shared cache (Redis in production).

A Wagtail page served to a reader who carries no session and no message is stored
whole (status, headers, body) and given to the next such reader without touching the
database. It is sent with ``Cache-Control: public, max-age, s-maxage,
stale-while-revalidate`` from settings, so that a CDN or proxy in front can keep it too;
``portal.cache_invalidation`` purges both on every publish.

Never cached: logged-in users and previews (they carry a session), pages showing
messages (a ``messages`` cookie), responses that set a cookie or use a CSRF token (forms,
the password form of a restricted page), anything but a 200, and views that are not
Wagtail pages (the finder, bookings, the admin). Those page responses get
``Cache-Control: private, no-cache`` instead.

Time-dependent facts ("open now", today's hours) are right in a cached page because a
page's lifetime ends when one of them next changes: whatever renders such a fact calls
``expire_no_later_than(request, moment)``, and the page is stored, and sent with
``max-age``/``s-maxage``, only until then, without ``stale-while-revalidate``.

Keys: each path has a version token, so a purge of a path drops it for every host and
query string at once; a global token drops everything (a menu change, a moved subtree).
"""

import hashlib
import logging
import math
import secrets
from datetime import timedelta
from urllib.parse import urlsplit

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control


logger = logging.getLogger(__name__)

MESSAGES_COOKIE = "messages"  # django.contrib.messages' cookie storage
GLOBAL_VERSION_KEY = "page:version"
MAX_QUERY_LENGTH = 256  # a longer query string is not worth a cache entry
NOT_PAGES = ("/admin/", "/static/", "/media/", "/documents/")


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def _path_version_key(path):
    return "page:version:" + hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()


def _entry_key(request, versions):
    variant = f"{request.scheme}://{request.get_host()}?{request.META.get('QUERY_STRING', '')}"
    digest = hashlib.md5(variant.encode(), usedforsecurity=False).hexdigest()
    return f"page:{versions[0]}:{versions[1]}:{digest}"


def may_use_cache(request):
    """Whether this request is one every anonymous reader would make the same way."""
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and MESSAGES_COOKIE not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_LENGTH
    )


def may_use_fragments(request):
    """Whether the parts of the page this request asks for may come from the cache
    (portal.fragments): any reader's, if it is a page (checked when it is served)."""
    return (
        settings.PAGE_FRAGMENTS_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(NOT_PAGES)
        and not request.META.get("QUERY_STRING")
    )


def mark_as_page(request):
    """Called when Wagtail serves a page: only pages are candidates for the cache."""
    request._vitrine_page = True


def expire_no_later_than(request, moment):
    """The page being rendered shows a fact that changes at ``moment`` (aware datetime)."""
    if request is None or moment is None:
        return
    current = getattr(request, "_vitrine_expires_at", None)
    if current is None or moment < current:
        request._vitrine_expires_at = moment


def _may_store(request, response):
    user = getattr(request, "user", None)
    return (
        getattr(request, "_vitrine_page", False)
        and not getattr(request, "is_preview", False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (user is not None and user.is_authenticated)
        and not response.has_header("Cache-Control")
    )


def _set_public_headers(response, lifetime, time_bound):
    directives = {
        "public": True,
        "max_age": min(settings.PAGE_CACHE_MAX_AGE, lifetime),
        "s_maxage": lifetime,
    }
    if not time_bound and settings.PAGE_CACHE_STALE_WHILE_REVALIDATE:
        # Never for a page with an "open now": a stale copy would say "open" after closing.
        directives["stale_while_revalidate"] = settings.PAGE_CACHE_STALE_WHILE_REVALIDATE
    response.headers.pop("Cache-Control", None)
    patch_cache_control(response, **directives)


def _versions(request):
    """(global token, path token), creating the missing ones."""
    cache = page_cache()
    path_key = _path_version_key(request.path)
    found = cache.get_many([GLOBAL_VERSION_KEY, path_key])
    versions = []
    for key in (GLOBAL_VERSION_KEY, path_key):
        if key not in found:
            token = secrets.token_hex(8)
            if not cache.add(key, token, timeout=None):
                # Set by another request meanwhile, or already purged again: then this
                # render is stored under a token nobody reads, never under "None".
                token = cache.get(key) or secrets.token_hex(8)
            found[key] = token
        versions.append(found[key])
    return versions


def _versions_or_none(request):
    try:
        return _versions(request)
    except Exception:  # the cache server is down: render, as without a cache
        logger.warning("Page cache unavailable", exc_info=True)
        return None


def _lookup(request, versions):
    stored = page_cache().get(_entry_key(request, versions))
    if stored is None:
        return None
    now = timezone.now()
    if now >= stored["expires_at"]:
        return None
    response = HttpResponse(stored["content"], status=stored["status"])
    for name, value in stored["headers"]:
        response.headers[name] = value
    lifetime = math.floor((stored["expires_at"] - now).total_seconds())
    _set_public_headers(response, lifetime, stored["time_bound"])
    response.headers["Age"] = str(max(0, math.floor((now - stored["stored_at"]).total_seconds())))
    return response


def _store(request, response, versions):
    now = timezone.now()
    lifetime = settings.PAGE_CACHE_S_MAXAGE
    bound = getattr(request, "_vitrine_expires_at", None)
    # Bound by a time fact that changes before the copy, stale or not, would be dropped.
    time_bound = (
        bound is not None
        and (bound - now).total_seconds() < lifetime + settings.PAGE_CACHE_STALE_WHILE_REVALIDATE
    )
    if time_bound:
        lifetime = min(lifetime, math.floor((bound - now).total_seconds()))
    expires_at = now + timedelta(seconds=lifetime)
    if lifetime <= 0:
        response.headers["Cache-Control"] = "private, no-cache"
        return
    # The same copy serves every anonymous reader, whatever other cookie they carry; a
    # request with a session cookie never gets it (CDN: bypass on that cookie, README).
    vary = [v.strip() for v in response.headers.get("Vary", "").split(",") if v.strip()]
    vary = [v for v in vary if v.lower() != "cookie"]
    if vary:
        response.headers["Vary"] = ", ".join(vary)
    else:
        response.headers.pop("Vary", None)
    _set_public_headers(response, lifetime, time_bound)
    entry = {
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k not in ("Cache-Control", "Age")],
        "content": response.content,
        "stored_at": now,
        "expires_at": expires_at,
        "time_bound": time_bound,
    }
    page_cache().set(_entry_key(request, versions), entry, timeout=lifetime)


class AnonymousPageCacheMiddleware:
    """Serves and stores anonymous readers' pages (see the module docstring).

    Sits before the session middleware: a cached page costs no session or database work.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not may_use_cache(request):
            if may_use_fragments(request):
                request._vitrine_versions = _versions_or_none(request)
            response = self.get_response(request)
            self._keep_private(request, response)
            return response
        # Read before rendering: a purge during the render drops these tokens, so a page
        # (or a part of it, portal.fragments) rendered from what was there before is
        # stored where nobody looks.
        versions = _versions_or_none(request)
        try:
            cached = None if versions is None else _lookup(request, versions)
        except Exception:  # the cache server is down: render, as without a cache
            logger.warning("Page cache unavailable", exc_info=True)
            versions = cached = None
        if may_use_fragments(request):
            request._vitrine_versions = versions
        if cached is not None:
            return cached
        response = self.get_response(request)
        if versions is not None and _may_store(request, response):
            try:
                _store(request, response, versions)
            except Exception:
                logger.warning("Page cache unavailable", exc_info=True)
                response.headers.pop("Cache-Control", None)
        if not response.has_header("Cache-Control"):
            self._keep_private(request, response)
        return response

    @staticmethod
    def _keep_private(request, response):
        if getattr(request, "_vitrine_page", False) and not response.has_header("Cache-Control"):
            response.headers["Cache-Control"] = "private, no-cache"


def purge_paths(paths):
    """Drop the cached copies of these paths (any host, any query string)."""
    keys = [_path_version_key(path) for path in set(paths)]
    if keys:
        page_cache().delete_many(keys)


def purge_urls(urls):
    purge_paths(urlsplit(url).path for url in urls)


def purge_everything():
    page_cache().delete(GLOBAL_VERSION_KEY)
