"""What a change makes stale, purged from the page cache and the CDN once it is committed.

A publish, unpublish, move or deletion of a page makes stale: that page in every
language, the pages above it (its index lists it, the home page counts and features
shops and stories) and the pages that link or feature it (Wagtail's reference index:
a story's related shops, the home page's picks), each in every language. The
republishes of translations done by ``portal.translation_sync`` send their own
``page_published`` and so are purged the same way. A snippet (category, district,
testimonial, offer) makes stale the pages that use it and the pages it points to; the
menu and footer are on every page, so a change to them, or a moved subtree, drops the
whole local page cache.

The URLs are collected when the change happens (before a move or a deletion, the page
still has its old URL) and purged after the transaction commits: purging earlier would
let a reader put the old content back in the cache before the new one is visible. The
local cache (``portal.page_cache``) is purged at once; a CDN or proxy configured in
``WAGTAILFRONTENDCACHE`` is purged through Wagtail's frontend-cache module.
"""

import logging
import threading

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.snippets.models import get_snippet_models

from portal import page_cache, routing
from portal.models import Navigation


logger = logging.getLogger(__name__)
_pending = threading.local()


def _schedule(urls=(), everything=False):
    """Purge these URLs (or everything) when the current transaction commits."""
    try:
        forget_site_wide_lookups()  # now and after the commit: it holds no page, only links
    except Exception:  # the cache server is down: the publish goes on
        logger.warning("Could not drop the cached navigation", exc_info=True)
    _pending.urls = getattr(_pending, "urls", set()) | set(urls)
    _pending.everything = getattr(_pending, "everything", False) or everything
    # The first of these callbacks to run purges everything collected, the others nothing.
    # robust: the publish is committed; a purge that fails is logged, not shown as an error.
    transaction.on_commit(_flush, robust=True)


def purge_paths_on_commit(paths):
    """Purge addresses that are not pages (the finder's map points) on every site, from
    the local cache and the CDN, with the rest of the change once it is committed."""
    roots = [site.root_url for site in Site.objects.all()]
    _schedule(urls={root + path for root in roots for path in paths})


def _flush():
    urls, everything = getattr(_pending, "urls", set()), getattr(_pending, "everything", False)
    _pending.__dict__.clear()
    if urls or everything:
        _purge(urls, everything)


def _purge(urls, everything, navigation=True):
    if navigation:
        forget_site_wide_lookups()
    if everything:
        page_cache.purge_everything()
    page_cache.purge_urls(urls)
    if getattr(settings, "WAGTAILFRONTENDCACHE", None):
        if everything:
            urls = urls | _urls_of(Page.objects.live().filter(depth__gt=1))
        PurgeBatch(urls).purge()


def forget_site_wide_lookups():
    """The menu and footer cached per language (portal_tags) and the remembered routes
    (portal.routing) are rebuilt."""
    cache.delete_many([navigation_cache_key(code) for code, _name in settings.LANGUAGES])
    routing.forget_routes()


def navigation_cache_key(language):
    return f"navigation:{language}"


def _urls_of(pages):
    batch = PurgeBatch()
    batch.add_pages(pages)
    return batch.urls


def _ancestor_paths(pages):
    steplen = Page.steplen
    return {
        page.path[:end] for page in pages for end in range(steplen * 2, len(page.path), steplen)
    }


def _references(model_objects):
    """ReferenceIndex rows pointing to any of these (model, [pks]) groups."""
    condition = Q()
    for model, pks in model_objects:
        condition |= Q(
            to_content_type=ReferenceIndex._get_base_content_type(model),
            to_object_id__in=[str(pk) for pk in pks],
        )
    return ReferenceIndex.objects.filter(condition)


def _page_ids(ids):
    # Reference ids are text: compared with page ids in Python (PostgreSQL would refuse).
    return [int(pk) for pk in ids if str(pk).isdigit()]


def _referring_pages(references):
    page_type = ReferenceIndex._get_base_content_type(Page)
    return _page_ids(
        references.filter(base_content_type=page_type).values_list("object_id", flat=True)
    )


def pages_showing(page):
    """The page in every language, its ancestors and the pages that link it, each in
    every language."""
    family = list(page.get_translations(inclusive=True).only("pk", "path", "translation_key"))
    references = _references([(Page, [p.pk for p in family])])
    if references.filter(
        base_content_type=ReferenceIndex._get_base_content_type(Navigation)
    ).exists():
        _schedule(everything=True)
    shown_on = Page.objects.filter(
        Q(pk__in=[p.pk for p in family])
        | Q(path__in=_ancestor_paths(family))
        | Q(pk__in=_referring_pages(references))
    ).values("translation_key")
    return Page.objects.filter(translation_key__in=shown_on)


def purge_page(page):
    _schedule(_urls_of(pages_showing(page)))


def purge_translations_of(page):
    """The page alone, in every language, once committed: a fact on it changed without a
    publish (its free booking days). The menus and other pages stay cached."""
    urls = _urls_of(page.get_translations(inclusive=True))
    transaction.on_commit(lambda: _purge(urls, everything=False, navigation=False), robust=True)


def page_changed(sender, instance, **kwargs):
    """page_published and page_unpublished (also sent for each translation republished
    by translation_sync)."""
    purge_page(instance)


def page_deleted(sender, instance, **kwargs):
    if not isinstance(instance, Page) or instance.depth <= 1:
        return
    if type(instance) is Page and instance.specific_class not in (None, Page):
        return  # the same deletion is also signalled for the specific page
    purge_page(instance)


def subtree_moves(sender, instance, **kwargs):
    """Before and after a move: the old and new URLs of the subtree and its listings."""
    _schedule(_urls_of(instance.get_descendants(inclusive=True)), everything=True)
    purge_page(instance)


def slug_changed(sender, instance, instance_before=None, **kwargs):
    # The descendants' old URLs are gone from the database by now: drop the local cache,
    # and give the CDN the old URLs of the page itself.
    _schedule(everything=True)
    if instance_before is not None:
        _schedule(_urls_of(Page.objects.filter(pk=instance_before.pk)))


def content_object_changed(sender, instance, raw=False, **kwargs):
    """A snippet or an image: the pages that use it and the pages it points to."""
    if raw or not (sender in get_snippet_models() or sender is get_image_model()):
        return
    if isinstance(instance, Navigation):
        _schedule(everything=True)
        return
    uses = _references([(sender, [instance.pk])])
    points_to = ReferenceIndex.get_references_for_object(instance).filter(
        to_content_type=ReferenceIndex._get_base_content_type(Page)
    )
    keys = Page.objects.filter(
        Q(pk__in=_referring_pages(uses))
        | Q(pk__in=_page_ids(points_to.values_list("to_object_id", flat=True)))
    ).values("translation_key")
    pages = Page.objects.filter(translation_key__in=keys)
    _schedule(_urls_of(pages) | _urls_of(Page.objects.filter(path__in=_ancestor_paths(pages))))


def structure_changed(sender, instance, raw=False, **kwargs):
    """Sites and view restrictions: what is served where, and to whom."""
    if not raw:
        _schedule(everything=True)
