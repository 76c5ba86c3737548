"""Parts of a page kept rendered between requests, for the pages the page cache misses.

A page is rendered when no cached copy may be served: the first reader after a publish,
a page whose lifetime ended at a closing time, a logged-in reader. Its parts marked
``{% fragment "name" %}…{% endfragment %}`` (``portal.templatetags.fragment_tags``) are
then taken from the pages cache as they were last rendered, when nothing they show has
changed since:

- Keys hold the page cache's version tokens of the path and of the site, read when the
  request arrived (``portal.page_cache``): every purge of the page, of a page it shows or
  of the whole site drops its parts too, and a part rendered from what was there before
  a purge is stored where nobody looks. Keys also hold the language, the host, the
  page's template and a digest of the code that renders them (``code_version``).
- A part that shows a time fact ("open now", today's hours) is kept only until that fact
  changes (``page_cache.expire_no_later_than`` during its render), and passes that moment
  on to the page around it each time it is reused, so the page cache and a CDN honour it
  too. No part outlives the day it was rendered on.
- Never kept: a part whose render used a CSRF token, previews, addresses with a query
  string, other requests than GET and HEAD of Wagtail pages. Without Redis in
  production the pages cache is a dummy and every part is rendered.
"""

import hashlib
import logging
import math
from collections import defaultdict
from datetime import datetime, time, timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from portal import page_cache
from portal.code_version import code_version


logger = logging.getLogger(__name__)


# {template name: names of its parts}, learnt as pages are rendered in this process.
_parts_seen = defaultdict(set)


def _may_keep(request):
    # The versions are there for the requests page_cache.may_use_fragments lets through.
    return (
        request is not None
        and getattr(request, "_vitrine_versions", None) is not None
        and getattr(request, "_vitrine_page", False)
        and not getattr(request, "is_preview", False)
    )


def _key(request, template, name):
    versions = request._vitrine_versions
    where = f"{request.scheme}://{request.get_host()}"
    digest = hashlib.md5(where.encode(), usedforsecurity=False).hexdigest()
    part = f"{template}:{name}:{get_language()}:{code_version()}:{digest}"
    return f"fragment:{versions[0]}:{versions[1]}:{part}"


def _next_midnight(now):
    today = timezone.localdate(now)
    return timezone.make_aware(datetime.combine(today + timedelta(days=1), time.min))


def kept(request, template, name):
    """The stored part ``name`` of this page's ``template`` ({"html", "until"}), or None."""
    if not _may_keep(request):
        return None
    found = getattr(request, "_vitrine_kept", None)
    if found is None:
        found = request._vitrine_kept = {}
    if name not in found:
        # Every part this page's template had last time, in one trip to the cache.
        seen = tuple(_parts_seen[template])  # a copy: other threads add to it
        names = {name} | {part for part in seen if part not in found}
        _parts_seen[template].add(name)
        keys = {_key(request, template, part): part for part in names}
        try:
            stored = page_cache.page_cache().get_many(list(keys))
        except Exception:  # the cache server is down: render, as without it
            logger.warning("Page cache unavailable", exc_info=True)
            stored = {}
        now = timezone.now()
        for key, part in keys.items():
            value = stored.get(key)
            found[part] = value if value is not None and value["until"] > now else None
    return found[name]


def render(request, template, name, render_part):
    """The part ``name`` of ``template``: as kept, or rendered by ``render_part()`` and
    kept."""
    stored = kept(request, template, name)
    if stored is not None:
        page_cache.expire_no_later_than(request, stored["until"])
        return mark_safe(stored["html"])  # noqa: S308 (our own rendered template)
    if not _may_keep(request):
        return render_part()
    outer_bound = getattr(request, "_vitrine_expires_at", None)
    request._vitrine_expires_at = None
    try:
        html = render_part()
    finally:
        bound = request._vitrine_expires_at
        request._vitrine_expires_at = outer_bound
        page_cache.expire_no_later_than(request, bound)
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return html  # a form's token belongs to one reader
    now = timezone.now()
    until = min(now + timedelta(seconds=settings.PAGE_FRAGMENTS_TIMEOUT), _next_midnight(now))
    if bound is not None:
        until = min(until, bound)
    lifetime = math.floor((until - now).total_seconds())
    if lifetime >= 1:
        try:
            page_cache.page_cache().set(
                _key(request, template, name), {"html": str(html), "until": until}, timeout=lifetime
            )
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
    return html
