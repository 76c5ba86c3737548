"""Saving many objects at once (the demo loader) without a queue of index updates.

Every save of an indexed object queues a task that updates the search index, and one
that updates Wagtail's reference index ("Usage" in the admin): loading the demo queued
over 2,300 of them, for about 500 objects, and the finder found nothing until the task
worker had run them all, minutes after ``make run`` had opened the site.
"""

from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from modelsearch.tasks import insert_or_update_object_task
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.tasks import update_reference_index_task


def _search_indexed_models():
    return {
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    }


@contextmanager
def indexes_updated_at_the_end():
    """Inside this block, saves queue no index task; when it ends, each object saved in
    it and still there gets the updates the task worker would have made, once, here.

    Meant for a management command: the search index's signal handlers are disconnected
    for the whole process while the block runs."""
    searched = _search_indexed_models()
    saved = {}  # (model, pk) of each object saved, in the order of their first save

    def remember(sender, instance, raw=False, **kwargs):
        if not raw:
            saved[(type(instance), instance.pk)] = True

    def forget(sender, instance, **kwargs):
        saved.pop((type(instance), instance.pk), None)

    for model in searched:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False)
    post_delete.connect(forget, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(remember)
        post_delete.disconnect(forget)
        for model in searched:
            post_save.connect(post_save_signal_handler, sender=model)
    referenced = set(ReferenceIndex.tracked_models)
    with transaction.atomic():
        for model, pk in saved:
            args = (model._meta.app_label, model._meta.model_name, str(pk))
            if model in searched:
                insert_or_update_object_task.call(*args)
            if model in referenced:
                update_reference_index_task.call(*args)
