"""Finding the page of a public address in one query instead of seven.

Wagtail walks the tree on every request: the Site, the site's root page, the active
Locale, the root's translation and its specific row, then for each step of the path the
child and its specific row, and the page's view restrictions in two more queries (none
here while no page is restricted: ``ViewRestrictionsIfAny``). All but the last step of
the path is the same for every request to the same folder (the 24 shops of a directory
share their directory), so the page above the last step, "the parent", is remembered
per host, language and folder in the pages cache (Redis in production; a dummy without
it, as a purge in one process would not reach the others), with the Site it belongs to.
A request then lets the remembered parent route the last step as Wagtail would: the
parent's own ``route()`` decides, so a shop directory still finds its shop in one query
and a story index still serves its feed.

Remembered entries sit under a version token that every purge drops
(``portal.cache_invalidation`` calls ``forget_routes``): a publish, a move, a renamed
slug, a deleted page, a site or a view restriction; they also expire on their own
(``ENTRY_TIMEOUT``, a minute for "no page is restricted"), should a purge fail. Walks
through a page with routes of its own (a ``RoutablePageMixin``) are not remembered: its
sub-paths are not pages.
"""

import hashlib
import logging
import secrets

from django.http import Http404
from django.utils.translation import get_language
from wagtail.models import Page, PageViewRestriction, Site

from portal.code_version import code_version
from portal.page_cache import page_cache as shared_cache


logger = logging.getLogger(__name__)

VERSION_KEY = "routes:version"
ENTRY_TIMEOUT = 3600
NO_RESTRICTION_TIMEOUT = 60  # a restriction missed by a failed purge is enforced soon
UNDECIDED = object()  # let Wagtail walk the tree
NOT_FOUND = object()


def forget_routes():
    shared_cache().delete(VERSION_KEY)


def _version():
    cache = shared_cache()
    version = cache.get(VERSION_KEY)
    if version is None:
        version = secrets.token_hex(8)
        if not cache.add(VERSION_KEY, version, timeout=None):
            # Set by another request meanwhile, or already purged again: then what this
            # request finds is stored under a version nobody reads.
            version = cache.get(VERSION_KEY) or secrets.token_hex(8)
    return version


def _entry_key(version, request, folder):
    where = f"{request.get_host()}|{request.get_port()}|{get_language()}|{'/'.join(folder)}"
    digest = hashlib.md5(where.encode(), usedforsecurity=False).hexdigest()
    return f"routes:{version}:{code_version()}:{digest}"


def _walk_to_parent(request, folder):
    """Wagtail's own walk, stopped above the last step: {"site", "parent"}, NOT_FOUND
    where Wagtail would answer 404, or UNDECIDED."""
    site = Site.find_for_request(request)
    if site is None:
        return NOT_FOUND
    page = site.root_page.localized.specific
    for slug in folder:
        if type(page).route is not Page.route:
            return UNDECIDED  # this page decides what the rest of the path means
        try:
            page = page.get_children().get(slug=slug).specific
        except Page.DoesNotExist:
            return NOT_FOUND
    return {"site": site, "parent": page}


def route(request, path):
    """Wagtail's RouteResult for ``path``, None for a 404, or UNDECIDED."""
    components = [component for component in path.split("/") if component]
    folder, last = components[:-1], components[-1:]
    try:
        # The version is read before the walk: a purge during it drops what it finds.
        key = _entry_key(_version(), request, folder)
        entry = shared_cache().get(key)
    except Exception:  # the cache server is down: Wagtail routes as without it
        logger.warning("Route cache unavailable", exc_info=True)
        return UNDECIDED
    if entry is None:
        entry = _walk_to_parent(request, folder)
        if entry is UNDECIDED:
            return UNDECIDED
        if entry is NOT_FOUND:
            return None
        try:
            shared_cache().set(key, entry, timeout=ENTRY_TIMEOUT)
        except Exception:
            logger.warning("Route cache unavailable", exc_info=True)
    request._wagtail_site = entry["site"]  # what Site.find_for_request remembers
    try:
        return entry["parent"].route(request, last)
    except Http404:
        return None


class RememberedRoutesMiddleware:
    """Gives Wagtail's page view the route found by ``route`` (Wagtail reads
    ``request._wagtail_route_for_request`` before walking the tree itself)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from wagtail import views as wagtail_views  # it loads the page model on import

        if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        found = route(request, view_kwargs.get("path", view_args[0] if view_args else ""))
        if found is not UNDECIDED:
            request._wagtail_route_for_request = found
        return None


def may_have_view_restrictions():
    """Whether any page is restricted (password, sign-in, groups): remembered with the
    routes, dropped with them when a restriction is saved or deleted, and asked again
    every minute whatever happens."""
    try:
        cache = shared_cache()
        key = f"routes:{_version()}:restrictions"
        found = cache.get(key)
        if found is None:
            found = PageViewRestriction.objects.exists()
            cache.set(key, found, timeout=ENTRY_TIMEOUT if found else NO_RESTRICTION_TIMEOUT)
        return found
    except Exception:  # the cache server is down: ask the database
        logger.warning("Route cache unavailable", exc_info=True)
        return True


class ViewRestrictionsIfAny:
    """Page mixin: no query for the page's view restrictions while no page of any site
    is restricted; Wagtail's own ``get_view_restrictions`` (two queries) otherwise."""

    def get_view_restrictions(self):
        if not may_have_view_restrictions():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
