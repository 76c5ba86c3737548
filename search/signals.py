"""Keeps the typo vocabulary (``search.SearchWord``) growing with what is published,
and the finder's map (``search.map_points``) in step with the shops.

Words of a renamed or removed shop stay: a correction is only used when it finds shops.
``manage.py rebuild_search_words`` starts the vocabulary afresh."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from portal.cache_invalidation import purge_paths_on_commit
from search.map_points import points_paths
from search.spelling import add_words
from shops.models import Category, District, ShopPage


def add_shop_name(sender, instance, **kwargs):
    add_words([instance.title])


def add_category_words(sender, instance, **kwargs):
    add_words(instance.words())


def add_district_name(sender, instance, **kwargs):
    add_words([instance.name])


def purge_map_points(sender, **kwargs):
    """The finder's map lists every shop: its cached copies, here and on a CDN, are
    dropped once the change is committed (before, a reader could put the old points
    back in the cache)."""
    purge_paths_on_commit(points_paths())


def connect():
    for signal in (page_published, page_unpublished, post_delete):
        signal.connect(purge_map_points, sender=ShopPage, dispatch_uid="finder_map_points")
    page_published.connect(add_shop_name, sender=ShopPage, dispatch_uid="search_word_shop")
    post_save.connect(add_category_words, sender=Category, dispatch_uid="search_word_category")
    post_save.connect(add_district_name, sender=District, dispatch_uid="search_word_district")
