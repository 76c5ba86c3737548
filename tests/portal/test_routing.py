"""Remembered routes (portal.routing): a page is found from the folder above it, and
whatever changes the tree or who may see a page is seen at once."""

import time
from unittest import mock

import pytest
from wagtail.models import PageViewRestriction

from shops.models import ShopIndexPage, ShopPage
from tests.conftest import SharedData, the_shop_index
from tests.factories import (
    create_shop,
    create_shop_index,
    translate_everything,
    translations_by_language,
)


@SharedData.piece("shop")
def shop_pk(below):
    shop = create_shop(the_shop_index(below))
    translate_everything(shop)
    return shop.pk


@pytest.fixture
def shop(shop_index):
    """A French shop translated into nl, de and en."""
    return ShopPage.objects.get(pk=SharedData.built("shop"))


def rename(page, slug, committed):
    revision = page.get_latest_revision_as_object()
    revision.slug = slug
    with committed(execute=True):
        revision.save_revision().publish()


def test_every_shop_of_a_directory_is_found_and_a_made_up_address_is_not(client, shop):
    other = create_shop(ShopIndexPage.objects.get(pk=shop.get_parent().pk), title="Vélos Nimy")

    assert client.get(shop.url).status_code == 200
    assert "Vélos Nimy" in client.get(other.url).content.decode()  # not the remembered shop
    for made_up in (
        "/fr/commerces/pas-de-boutique/",
        "/fr/commerces/fleurs-du-beffroi/encore/plus/",
        "/fr/pas-de-dossier/fleurs-du-beffroi/",
    ):
        assert client.get(made_up).status_code == 404
    assert client.get(translations_by_language(shop)["nl"].url).status_code == 200


def test_a_renamed_directory_leaves_its_old_addresses_at_once(
    client, shop, django_capture_on_commit_callbacks
):
    old_url, old_dutch_url = shop.url, translations_by_language(shop)["nl"].url
    client.get(old_url)
    client.get(old_dutch_url)

    rename(
        ShopIndexPage.objects.get(pk=shop.get_parent().pk),
        "boutiques",
        django_capture_on_commit_callbacks,
    )

    moved = client.get(old_url)  # Wagtail's automatic redirect, not the remembered folder
    assert moved.status_code == 301
    assert moved["Location"] == "/fr/boutiques/fleurs-du-beffroi/"
    assert client.get(moved["Location"]).status_code == 200
    assert client.get(old_dutch_url).status_code == 200  # the Dutch folder kept its name


def test_a_deleted_directory_takes_its_shops_with_it(client, shop, home_pages):
    index = create_shop_index(home_pages["fr"], title="Marchés", slug="marches")
    stall = create_shop(index, title="Étal du marché")
    assert client.get(stall.url).status_code == 200

    ShopIndexPage.objects.get(pk=index.pk).delete()

    assert client.get(stall.url).status_code == 404
    assert client.get(shop.url).status_code == 200


def test_a_password_set_after_a_shop_was_read_protects_it_at_once(client, shop):
    assert shop.phone in client.get(shop.url).content.decode()

    PageViewRestriction.objects.create(
        page=shop.get_parent(), restriction_type=PageViewRestriction.PASSWORD, password="mons"
    )

    html = client.get(shop.url).content.decode()
    assert shop.phone not in html
    assert 'name="password"' in html


def test_an_alias_of_a_restricted_shop_is_restricted_too(client, shop, home_pages):
    elsewhere = create_shop_index(home_pages["fr"], title="Marchés", slug="marches")
    alias = shop.create_alias(parent=elsewhere, update_slug="fleurs-au-marche")
    assert shop.phone in client.get(alias.url).content.decode()

    PageViewRestriction.objects.create(
        page=shop, restriction_type=PageViewRestriction.PASSWORD, password="mons"
    )

    assert shop.phone not in client.get(alias.url).content.decode()


def test_an_alias_of_an_alias_of_a_restricted_shop_is_restricted_too(client, shop, home_pages):
    first = shop.create_alias(
        parent=create_shop_index(home_pages["fr"], title="Marchés", slug="marches"),
        update_slug="alias-un",
    )
    second = first.create_alias(
        parent=create_shop_index(home_pages["fr"], title="Halles", slug="halles"),
        update_slug="alias-deux",
    )
    assert shop.phone in client.get(second.url).content.decode()

    PageViewRestriction.objects.create(
        page=shop, restriction_type=PageViewRestriction.PASSWORD, password="mons"
    )

    assert shop.phone not in client.get(second.url).content.decode()


def test_a_restriction_whose_purge_failed_is_enforced_within_a_minute(client, shop):
    assert shop.phone in client.get(shop.url).content.decode()
    # Saved without a purge: by a bulk load, or while the cache server failed.
    PageViewRestriction.objects.bulk_create(
        [
            PageViewRestriction(
                page=shop, restriction_type=PageViewRestriction.PASSWORD, password="m"
            )
        ]
    )

    a_minute_later = time.time() + 61
    with mock.patch("django.core.cache.backends.locmem.time.time", return_value=a_minute_later):
        assert shop.phone not in client.get(shop.url).content.decode()


def test_without_a_shared_cache_nothing_is_remembered(client, settings, shop):
    """Production without Redis: a restriction saved by another process (a worker, a
    second gunicorn worker) is enforced at the next request."""
    settings.CACHES = {
        **settings.CACHES,
        "pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }
    assert shop.phone in client.get(shop.url).content.decode()
    PageViewRestriction.objects.bulk_create(
        [
            PageViewRestriction(
                page=shop, restriction_type=PageViewRestriction.PASSWORD, password="m"
            )
        ]
    )

    assert shop.phone not in client.get(shop.url).content.decode()


def test_pages_are_found_when_the_cache_server_is_down(client, shop):
    down = mock.Mock(**{"get.side_effect": ConnectionError("cache down")})
    with mock.patch("portal.routing.shared_cache", return_value=down):
        assert client.get(shop.url).status_code == 200
        assert client.get("/fr/commerces/pas-de-boutique/").status_code == 404
