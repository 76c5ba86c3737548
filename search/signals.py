"""Keeps the typo vocabulary (``search.SearchWord``) growing with what is published.

Words of a renamed or removed shop stay: a correction is only used when it finds shops.
``manage.py rebuild_search_words`` starts the vocabulary afresh."""

from django.db.models.signals import post_save
from wagtail.signals import page_published

from search.spelling import add_words
from shops.models import Category, District, ShopPage


def add_shop_name(sender, instance, **kwargs):
    add_words([instance.title])


def add_category_words(sender, instance, **kwargs):
    add_words(instance.words())


def add_district_name(sender, instance, **kwargs):
    add_words([instance.name])


def connect():
    page_published.connect(add_shop_name, sender=ShopPage, dispatch_uid="search_word_shop")
    post_save.connect(add_category_words, sender=Category, dispatch_uid="search_word_category")
    post_save.connect(add_district_name, sender=District, dispatch_uid="search_word_district")
