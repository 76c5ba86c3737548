"""Anonymous readers get public pages from the cache; a publish, in any form, shows at
once in every language; editors, previews, forms and messages never see a cached page;
"open now" is right on a cached page across a closing time."""

from datetime import timedelta
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from portal.models import Navigation
from shops.hours import BRUSSELS
from shops.models import ShopIndexPage, ShopPage
from tests.admin_forms import shop_form_data
from tests.conftest import SharedData, the_shop_index
from tests.factories import (
    add_service,
    create_coaching_page,
    create_shop,
    create_shop_index,
    translate_everything,
    translations_by_language,
)


TUESDAY_NOON = timezone.datetime(2026, 11, 24, 12, 0, tzinfo=BRUSSELS)  # closes 12:30
FIVE_BEFORE_CLOSING = TUESDAY_NOON.replace(minute=25)


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.PAGE_FRAGMENTS_ENABLED = True  # pages are rendered from their kept parts
    settings.PAGE_CACHE_MAX_AGE = 60
    settings.PAGE_CACHE_S_MAXAGE = 600
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 30


@SharedData.piece("shop")
def shop_pk(below):
    shop = create_shop(the_shop_index(below))
    translate_everything(shop)
    return shop.pk


@pytest.fixture
def shop(shop_index):
    """A French shop translated into nl, de and en."""
    return ShopPage.objects.get(pk=SharedData.built("shop"))


def queries_for(client, url, **extra):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    return response, len(queries)


def publish(page, committed, **changes):
    """Publish a revision of the page with these field changes, then commit."""
    revision = page.get_latest_revision_as_object()
    for name, value in changes.items():
        setattr(revision, name, value)
    with committed(execute=True):
        revision.save_revision().publish()


def test_an_anonymous_second_request_is_served_from_the_cache_without_a_query(client, shop):
    first, first_queries = queries_for(client, shop.url)
    second, second_queries = queries_for(client, shop.url)

    assert first.status_code == second.status_code == 200
    assert first_queries > 0
    assert second_queries == 0
    assert second.content == first.content
    cache_control = second["Cache-Control"]
    assert (
        "public" in cache_control and "s-maxage=" in cache_control and "max-age=" in cache_control
    )
    assert "Cookie" not in second.get("Vary", "") and "Accept-Language" not in second.get(
        "Vary", ""
    )
    assert "Content-Security-Policy" in second  # the site's headers are still sent


def test_a_page_without_opening_hours_may_be_served_stale_while_it_is_refreshed(
    client, legal_notice
):
    client.get(legal_notice["nl"].url)
    response, queries = queries_for(client, legal_notice["nl"].url)

    assert queries == 0
    assert "Uitgever: Stad Bergen." in response.content.decode()
    assert "max-age=60" in response["Cache-Control"]
    assert "s-maxage=" in response["Cache-Control"]
    assert "stale-while-revalidate=30" in response["Cache-Control"]


def test_other_cookies_do_not_split_the_cache_but_a_session_or_a_message_bypasses_it(client, shop):
    client.get(shop.url)
    client.cookies["csrftoken"] = "x" * 32
    assert queries_for(client, shop.url)[1] == 0

    client.cookies["messages"] = "anything"
    response, queries = queries_for(client, shop.url)
    assert queries > 0
    del client.cookies["messages"]
    client.cookies["sessionid"] = "not-a-session"
    assert queries_for(client, shop.url)[1] > 0


def test_a_publish_shows_the_new_content_at_once_in_every_language(
    client, shop, django_capture_on_commit_callbacks
):
    pages = translations_by_language(shop)
    for page in pages.values():
        client.get(page.url)
        client.get(page.get_parent().url)

    publish(shop, django_capture_on_commit_callbacks, phone="+32 65 99 99 99")

    for lang, page in pages.items():
        response, queries = queries_for(client, page.url)
        assert queries > 0, lang
        assert 'href="tel:+3265999999"' in response.content.decode(), lang
        assert queries_for(client, page.url)[1] == 0, lang  # cached again


def test_a_new_shop_shows_at_once_in_the_directory_and_on_the_home_page(
    client, shop_index, home_pages, django_capture_on_commit_callbacks
):
    client.get(shop_index.url)
    client.get(home_pages["fr"].url)

    with django_capture_on_commit_callbacks(execute=True):
        create_shop(shop_index, title="Cycles du Grand Large")

    assert "Cycles du Grand Large" in client.get(shop_index.url).content.decode()
    assert queries_for(client, home_pages["fr"].url)[1] > 0


def test_an_approved_merchant_change_shows_at_once_in_every_language(
    merchant_client, client, two_merchants, editor, django_capture_on_commit_callbacks
):
    merchant, shop = two_merchants["a"]
    pages = translations_by_language(shop)
    anonymous = type(client)()
    for page in pages.values():
        assert "+32 65 00 01 23" in anonymous.get(page.url).content.decode()
    data = shop_form_data(shop, phone="+32 65 00 07 77", **{"action-submit": "submit"})
    merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)
    assert "+32 65 00 07 77" not in anonymous.get(pages["nl"].url).content.decode()

    task_state = ShopPage.objects.get(pk=shop.pk).current_workflow_state.current_task_state
    client.force_login(editor)
    approve = reverse(
        "wagtailadmin_pages:workflow_action", args=[shop.pk, "approve", task_state.pk]
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(approve, {"comment": ""})

    for lang, page in pages.items():
        assert "+32 65 00 07 77" in anonymous.get(page.url).content.decode(), lang


def test_an_unpublished_or_deleted_page_is_gone_at_once(
    client, shop, django_capture_on_commit_callbacks
):
    dutch = translations_by_language(shop)["nl"]
    client.get(shop.url)
    client.get(dutch.url)
    assert queries_for(client, shop.url)[1] == 0

    with django_capture_on_commit_callbacks(execute=True):
        ShopPage.objects.get(pk=shop.pk).unpublish()
    assert client.get(shop.url).status_code == 404

    with django_capture_on_commit_callbacks(execute=True):
        ShopPage.objects.get(pk=dutch.pk).delete()
    assert client.get(dutch.url).status_code == 404


def test_a_moved_page_leaves_its_old_address_at_once(
    client, shop, home_pages, django_capture_on_commit_callbacks
):
    old_url = shop.url
    client.get(old_url)
    other_index = create_shop_index(home_pages["fr"], title="Marchés", slug="marches")

    with django_capture_on_commit_callbacks(execute=True):
        ShopPage.objects.get(pk=shop.pk).move(
            ShopIndexPage.objects.get(pk=other_index.pk), pos="last-child"
        )

    moved = client.get(old_url)  # Wagtail's automatic redirect, not the cached page
    assert moved.status_code == 301
    assert moved["Location"] == "/fr/marches/fleurs-du-beffroi/"
    assert client.get(moved["Location"]).status_code == 200


def test_a_menu_change_shows_on_every_cached_page(
    client, shop, home_pages, django_capture_on_commit_callbacks
):
    client.get(shop.url)
    navigation = Navigation.objects.get_or_create(locale=home_pages["fr"].locale)[0]
    navigation.menu = [("link", {"label": "Agenda du marché", "url": "https://mons.example/"})]

    with django_capture_on_commit_callbacks(execute=True):
        navigation.save()

    assert "Agenda du marché" in client.get(shop.url).content.decode()


def test_a_logged_in_editor_never_gets_or_leaves_a_cached_page(client, shop, editor):
    anonymous = type(client)()
    anonymous.get(shop.url)
    client.force_login(editor)

    response, queries = queries_for(client, shop.url)

    assert queries > 0
    assert "wagtail-userbar" in response.content.decode()
    assert response["Cache-Control"] == "private, no-cache"
    anonymous_html = anonymous.get(shop.url).content.decode()
    assert "wagtail-userbar" not in anonymous_html


def test_a_preview_is_never_cached_nor_served_to_readers(
    client, shop, editor, django_capture_on_commit_callbacks
):
    anonymous = type(client)()
    anonymous.get(shop.url)
    draft = ShopPage.objects.get(pk=shop.pk)
    draft.phone = "+32 65 11 11 11"
    draft.save_revision(user=editor)
    client.force_login(editor)

    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[shop.pk]))

    assert "+32 65 11 11 11" in preview.content.decode()
    assert "public" not in preview.get("Cache-Control", "")
    assert "+32 65 11 11 11" not in anonymous.get(shop.url).content.decode()


def test_forms_with_a_csrf_token_are_never_cached(client, home_pages):
    coaching = create_coaching_page(home_pages["fr"])["fr"]

    client.get(coaching.url)
    response, queries = queries_for(client, coaching.url)

    assert queries > 0
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert response["Cache-Control"] == "private, no-cache"


def test_booking_pages_are_never_cached(client, shop):
    service = add_service(ShopPage.objects.get(pk=shop.pk))
    url = reverse("booking_service", args=[service.pk])

    client.get(url)
    response, queries = queries_for(client, url)

    assert response.status_code == 200
    assert queries > 0
    assert "public" not in response.get("Cache-Control", "")


def test_open_now_is_right_across_a_closing_time_on_a_cached_page(client, shop):
    url = translations_by_language(shop)["de"].url
    with mock.patch("django.utils.timezone.now", return_value=FIVE_BEFORE_CLOSING):
        first = client.get(url)
    assert "Jetzt geöffnet, bis 12:30" in first.content.decode()
    # The page lives until the closing time, and no CDN may serve it stale after it.
    assert "s-maxage=300" in first["Cache-Control"]
    assert "stale-while-revalidate" not in first["Cache-Control"]

    with mock.patch(
        "django.utils.timezone.now", return_value=FIVE_BEFORE_CLOSING + timedelta(minutes=4)
    ):
        cached, queries = queries_for(client, url)
    assert queries == 0
    assert "Jetzt geöffnet, bis 12:30" in cached.content.decode()
    assert "s-maxage=60" in cached["Cache-Control"]

    after_closing = TUESDAY_NOON.replace(minute=30)
    with mock.patch("django.utils.timezone.now", return_value=after_closing):
        closed = client.get(url).content.decode()
    assert "Jetzt geöffnet" not in closed
    assert "Geschlossen, öffnet heute um 13:30" in closed


def test_todays_row_moves_at_midnight_on_a_cached_page(client, shop):
    evening = TUESDAY_NOON.replace(hour=23)
    with mock.patch("django.utils.timezone.now", return_value=evening):
        tuesday = client.get(shop.url)
    assert "Fermé, ouvre demain à 09:00" in tuesday.content.decode()
    assert "s-maxage=600" in tuesday["Cache-Control"]
    late = evening.replace(minute=55)
    with mock.patch("django.utils.timezone.now", return_value=late):
        assert "s-maxage=300" in client.get(shop.url)["Cache-Control"]

    with mock.patch("django.utils.timezone.now", return_value=evening + timedelta(hours=1)):
        wednesday = client.get(shop.url).content.decode()
    assert wednesday != tuesday.content.decode()
    assert "Fermé, ouvre aujourd’hui à 09:00" in wednesday


class RecordingBackend(BaseBackend):
    """A CDN that remembers what it was asked to purge."""

    purged = []

    def purge(self, url):
        self.purged.append(url)


def test_a_publish_purges_the_cdn_in_every_language(
    settings, shop, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"cdn": {"BACKEND": f"{__name__}.RecordingBackend"}}
    RecordingBackend.purged.clear()

    publish(shop, django_capture_on_commit_callbacks, phone="+32 65 99 99 99")

    paths = {urlsplit(url).path for url in RecordingBackend.purged}
    for page in translations_by_language(shop).values():
        assert page.url in paths
        assert page.get_parent().url in paths  # the directory lists it
        assert page.get_parent().get_parent().url in paths  # the home page counts it
    for language in ("fr", "nl", "de", "en"):
        with translation.override(language):
            assert reverse("finder_points") in paths  # the finder's map shows it
    assert len(RecordingBackend.purged) == len(paths)  # each URL once


def test_a_not_found_page_is_not_cached(client, shop_index):
    client.get("/fr/commerces/nothing-here/")
    response, queries = queries_for(client, "/fr/commerces/nothing-here/")
    assert response.status_code == 404
    assert queries > 0


def test_each_query_string_is_its_own_copy_and_a_long_one_is_not_kept(client, shop_index):
    for number in range(3):
        create_shop(shop_index, title=f"Commerce {number}")
    ShopIndexPage.page_size = 2
    try:
        first = client.get(f"{shop_index.url}?page=1").content
        second, queries = queries_for(client, f"{shop_index.url}?page=2")
        long_query = f"{shop_index.url}?{'x' * 300}=1"
        client.get(long_query)
        long_queries = queries_for(client, long_query)[1]
    finally:
        ShopIndexPage.page_size = 24
    assert queries > 0 and second.content != first
    assert long_queries > 0


def test_pages_are_still_served_when_the_cache_server_is_down(
    client, settings, shop, django_capture_on_commit_callbacks
):
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        },
    }

    first = client.get(shop.url)
    with django_capture_on_commit_callbacks(execute=True):
        ShopPage.objects.get(pk=shop.pk).save_revision().publish()  # the purge fails, logged
    second = client.get(shop.url)

    assert first.status_code == second.status_code == 200
    assert second["Cache-Control"] == "private, no-cache"
