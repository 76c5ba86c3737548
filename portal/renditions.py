"""Pictures' renditions are made by the task worker, never in a resident's request.

Encoding every AVIF, WebP and JPEG width of a shop page's pictures takes seconds (AVIF
above all), so nothing a visitor opens encodes: the templates only read renditions
(``portal.images.picture_html``) and this module has them made in the database task
queue (``manage.py db_worker``):

- when a page is published, or a snippet saved, that shows pictures: its ``pictures()``
  lists them as (image, kind), the kinds being names of ``portal.images.PICTURES``, the
  same names its templates ask for;
- when an image's file or focal point changes (Wagtail then deletes its renditions):
  the pictures of it that the live pages and snippets using it show;
- when a page finds one missing all the same (content older than this, a kind whose
  sizes changed in a template): the page asks for it.

An (image, kind) that a task waiting in the queue holds is not queued again, so
publishing twice, the translations that ``translation_sync`` republishes with their
source, or a page viewed a hundred times before the worker ran, queue nothing more; and
a task only encodes what is still missing, so running one twice costs a query per
image.
"""

import logging
import threading
from collections import defaultdict
from contextlib import contextmanager
from datetime import timedelta

from django.db.models import prefetch_related_objects
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.backend import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model
from wagtail.images.models import Picture, SourceImageIOError
from wagtail.models import Page, ReferenceIndex
from wagtail.snippets.models import get_snippet_models

from portal.images import PICTURES, existing_renditions, filter_specs, format_of
from portal.page_cache import expire_no_later_than


logger = logging.getLogger(__name__)
_held = threading.local()

# How long the page cache and a CDN keep a page shown with missing renditions.
INCOMPLETE_PAGE_LIFETIME = timedelta(seconds=30)
# Below the outbox's mail (priority 0): a confirmation email does not wait behind a
# gallery's AVIF.
PRIORITY = -10
# Fallback format first (the page shows it as soon as it exists), AVIF, the slowest, last.
FORMAT_ORDER = [None, *(f.name for f in reversed(Picture.source_format_order))]


def waiting_in_queue():
    """(image id, kind) pairs of the rendition tasks waiting in the database queue (the
    queue's index of waiting tasks finds them); none with another backend (the tests'
    immediate one)."""
    if not isinstance(make_renditions.get_backend(), DatabaseBackend):
        return set()
    tasks = DBTaskResult.objects.filter(
        status=TaskResultStatus.READY, task_path=make_renditions.module_path
    )
    return {
        (int(pk), kind)
        for arguments in tasks.values_list("args_kwargs", flat=True)
        for pk, kind in arguments["args"][0]
    }


def ask_for(pictures, waiting=None):
    """Queue, in one task, the renditions of these (image, kind) pairs, but for those a
    task in the queue already holds (``waiting``, else ``waiting_in_queue()``). Returns
    how many pairs were queued."""
    if getattr(_held, "active", False):
        return 0
    wanted = {(image.pk, kind) for image, kind in pictures if image is not None and image.pk}
    if not wanted:
        return 0
    queued = sorted(wanted - (waiting_in_queue() if waiting is None else waiting))
    if queued:
        make_renditions.enqueue([list(pair) for pair in queued])
    return len(queued)


@contextmanager
def held():
    """Nothing is queued inside: for a bulk load, which asks for what is missing once at
    the end (``make_every_shown``, ``manage.py make_renditions``)."""
    _held.active = True
    try:
        yield
    finally:
        _held.active = False


@task(priority=PRIORITY)
def make_renditions(pictures):
    """Make the renditions of [[image id, kind], …] that are missing."""
    return make(pictures)


def make(pictures):
    """Make the missing renditions of (image id, kind) pairs; returns how many."""
    specs = defaultdict(list)
    for pk, kind in pictures:
        if kind not in PICTURES:  # queued before a release that dropped it
            logger.warning("No picture kind %r: nothing to make", kind)
            continue
        specs[int(pk)] += [spec for spec in filter_specs(kind) if spec not in specs[int(pk)]]
    made = 0
    for image in get_image_model().objects.filter(pk__in=specs):  # deleted ones are gone
        made += make_for_image(image, specs[image.pk])
    return made


def make_for_image(image, specs):
    found = existing_renditions(image, specs)
    missing = [spec for spec in specs if spec not in found]
    by_format = defaultdict(list)
    for spec in missing:
        by_format[format_of(spec)].append(spec)
    try:
        for name in FORMAT_ORDER:
            if by_format.get(name):
                image.get_renditions(*by_format[name])
    except SourceImageIOError:  # the file is gone: pages keep showing what they can
        logger.warning("Image %s has no file: its renditions cannot be made", image.pk)
        return 0
    return len(missing)


def shown_by_source():
    """(page or snippet, its pictures) for every live page and snippet that shows
    pictures, the pages in tree order: the home page first."""
    for page in Page.objects.live().specific().order_by("path"):
        if hasattr(page, "pictures"):
            yield page, page.pictures()
    for model in get_snippet_models():
        if hasattr(model, "pictures"):
            for snippet in model.objects.order_by("pk"):
                yield snippet, snippet.pictures()


def missing(pictures):
    """Those of these (image, kind) pairs with renditions still to make; one query."""
    images = {id(image): image for image, _ in pictures}
    prefetch_related_objects(list(images.values()), "renditions")
    return [
        (image, kind)
        for image, kind in pictures
        if len(existing_renditions(image, filter_specs(kind))) < len(filter_specs(kind))
    ]


def make_every_shown(now=False):
    """The missing renditions of every picture the live pages and snippets show: made
    here and now, or queued in one task per page (the home page's first). Returns how
    many renditions were made, or how many pictures were queued."""
    if now:
        pictures = [(image.pk, kind) for _, shown in shown_by_source() for image, kind in shown]
        return make(pictures)
    waiting, queued = waiting_in_queue(), 0
    for _, shown in shown_by_source():
        pictures = missing(shown)
        queued += ask_for(pictures, waiting)
        waiting |= {(image.pk, kind) for image, kind in pictures}
    return queued


def pictures_of(image):
    """(image, kind) for each kind in which the live pages and snippets using the image
    show it (Wagtail's reference index)."""
    kinds = []
    for source, _references in ReferenceIndex.get_references_to(image).group_by_source_object():
        if isinstance(source, Page):
            source = source.specific
            if not source.live:
                continue
        if hasattr(source, "pictures"):
            kinds += [kind for shown, kind in source.pictures() if shown.pk == image.pk]
    return [(image, kind) for kind in dict.fromkeys(kinds)]


def page_published(sender, instance, **kwargs):
    if hasattr(instance, "pictures"):
        ask_for(instance.pictures())


def snippet_saved(sender, instance, raw=False, **kwargs):
    if not raw and sender in get_snippet_models() and hasattr(instance, "pictures"):
        ask_for(instance.pictures())


def image_changed(image):
    """After a new file or focal point (the image form): its pictures again, even those
    a waiting task holds (one may have started on the old file since)."""
    ask_for(pictures_of(image), waiting=set())


def shown_before_made(request, pictures):
    """A page is showing these (image, kind) pairs without all their renditions: ask for
    them (once per request, ``AskForMissingRenditionsMiddleware``), and let the page be
    cached only briefly, so that its next readers get the renditions soon after the
    worker made them."""
    if request is None:
        ask_for(pictures)
        return
    request._vitrine_missing_pictures = [
        *getattr(request, "_vitrine_missing_pictures", []),
        *pictures,
    ]
    expire_no_later_than(request, timezone.now() + INCOMPLETE_PAGE_LIFETIME)


class AskForMissingRenditionsMiddleware:
    """The renditions a page missed are asked for in one task, after it is rendered."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        pictures = getattr(request, "_vitrine_missing_pictures", None)
        if pictures:
            ask_for(pictures)
        return response
