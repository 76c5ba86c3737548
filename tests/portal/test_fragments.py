"""Parts of pages kept rendered (portal.fragments), for the readers the page cache misses:
the same page as rendered whole, in fewer queries, and never out of date."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core.cache import caches
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from portal import page_cache
from shops.hours import BRUSSELS
from shops.models import ShopPage
from tests.booking_helpers import DAY, post_booking
from tests.booking_helpers import at as at_hour
from tests.conftest import SharedData, the_shop_index
from tests.factories import (
    add_service,
    create_full_shop,
    create_shop,
    translate_everything,
    translations_by_language,
)


TUESDAY_NOON = timezone.datetime(2026, 11, 24, 12, 0, tzinfo=BRUSSELS)  # closes 12:30
FIVE_BEFORE_CLOSING = TUESDAY_NOON.replace(minute=25)
# Between two booking slots: at a slot's limit the booking offer changes at once, and no
# part showing it is kept.
TUESDAY_LATE_MORNING = TUESDAY_NOON.replace(minute=10)
LANGUAGES = ("fr", "nl", "de", "en")


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.PAGE_FRAGMENTS_ENABLED = True


@pytest.fixture
def at():
    """at(moment): the clock of the site, as a context manager."""
    return lambda moment: mock.patch("django.utils.timezone.now", return_value=moment)


def build_shop(index, title, products, photos):
    shop = create_full_shop(index, title, products, photos)
    translate_everything(ShopPage.objects.get(pk=shop.pk))
    return shop.pk


@SharedData.piece("shop")
def small_shop_pk(below):
    return build_shop(the_shop_index(below), "Petit Comptoir", products=2, photos=1)


@SharedData.piece("large_shop")
def large_shop_pk(below):
    return build_shop(the_shop_index(below), "Grand Comptoir", products=60, photos=10)


@pytest.fixture
def shop(shop_index):
    """A French shop with all a page can show, translated into nl, de and en."""
    return ShopPage.objects.get(pk=SharedData.built("shop"))


@pytest.fixture
def large_shop(shop_index):
    return ShopPage.objects.get(pk=SharedData.built("large_shop"))


def queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, len(queries)


def test_a_page_from_its_kept_parts_is_the_page_rendered_whole(client, settings, shop, at):
    with at(TUESDAY_LATE_MORNING):
        for language, page in translations_by_language(shop).items():
            client.get(page.url)  # renditions made, parts kept
            settings.PAGE_FRAGMENTS_ENABLED = False
            whole = client.get(page.url).content
            settings.PAGE_FRAGMENTS_ENABLED = True
            kept = client.get(page.url).content
            assert kept == whole, language


def test_kept_parts_take_a_few_queries_whatever_the_shop_shows(client, shop, large_shop, at):
    with at(TUESDAY_LATE_MORNING):
        counts = {}
        for name, page in (("small", shop), ("large", large_shop)):
            for language in ("fr", "nl"):
                url = translations_by_language(page)[language].url
                client.get(url)
                _, rendered_whole_again = queries_for(client, url)  # nothing changed: kept
                counts[name, language] = rendered_whole_again

    assert counts["small", "fr"] == counts["large", "fr"]
    assert counts["small", "nl"] == counts["large", "nl"]
    assert counts["large", "fr"] <= 2  # the shop, from its remembered directory
    assert counts["large", "nl"] <= 2


def test_open_now_turns_to_closed_at_closing_time_on_kept_parts(client, shop, at):
    url = translations_by_language(shop)["de"].url
    with at(FIVE_BEFORE_CLOSING):
        assert "Jetzt geöffnet, bis 12:30" in client.get(url).content.decode()
    with at(FIVE_BEFORE_CLOSING + timedelta(minutes=4)):
        still_open, queries = queries_for(client, url)
    assert "Jetzt geöffnet, bis 12:30" in still_open.content.decode()
    assert queries <= 4  # kept until closing time

    with at(TUESDAY_NOON.replace(minute=30)):
        closed = client.get(url).content.decode()
    assert "Jetzt geöffnet" not in closed
    assert "Geschlossen, öffnet heute um 13:30" in closed


def test_todays_row_moves_at_midnight_on_kept_parts(client, shop, at):
    url = translations_by_language(shop)["fr"].url
    with at(TUESDAY_NOON.replace(hour=23, minute=50)):
        tuesday = client.get(url).content.decode()
    with at(TUESDAY_NOON.replace(hour=23, minute=59)):
        client.get(url)
    with at(TUESDAY_NOON + timedelta(hours=12, minutes=5)):  # Wednesday 00:05
        wednesday = client.get(url).content.decode()

    assert "Fermé, ouvre demain à 09:00" in tuesday and todays_row(tuesday) == "mardi"
    assert "Fermé, ouvre aujourd’hui à 09:00" in wednesday and todays_row(wednesday) == "mercredi"


def todays_row(html):
    return re.search(r'aria-current="date">\s*<th scope="row">(\w+)', html).group(1)


def test_a_publish_shows_at_once_in_every_language(
    client, shop, editor, django_capture_on_commit_callbacks
):
    client.force_login(editor)  # the page cache never serves an editor: parts do
    for page in translations_by_language(shop).values():
        client.get(page.url)
    revision = shop.get_latest_revision_as_object()
    revision.phone = "+32 65 99 99 99"

    with django_capture_on_commit_callbacks(execute=True):
        revision.save_revision().publish()

    for language, page in translations_by_language(shop).items():
        assert "+32 65 99 99 99" in client.get(page.url).content.decode(), language


def test_a_day_booked_full_leaves_the_kept_shop_part_at_once(
    client, shop_index, django_capture_on_commit_callbacks
):
    shop = create_shop(shop_index, title="Atelier Couture")
    service = add_service(shop, name="Retouche longue", duration_minutes=300)  # 13:30-18:30
    day_link = f"?day={DAY.isoformat()}"
    assert day_link in client.get(shop.url).content.decode()
    assert day_link in client.get(shop.url).content.decode()  # from the kept part

    with django_capture_on_commit_callbacks(execute=True):
        assert post_booking(client, service, at_hour(13, 30)).status_code == 302

    assert day_link not in client.get(shop.url).content.decode()


def test_todays_free_places_go_down_as_slots_pass_on_kept_parts(client, shop_index, at):
    shop = create_shop(shop_index, title="Barbier du Parc")
    add_service(shop, name="Coupe", duration_minutes=60, min_notice_hours=0)
    three_o_clock = TUESDAY_NOON.replace(hour=15, minute=10)  # free: 15:30, 16:30, 17:30
    with at(three_o_clock):
        client.get(shop.url)
        before = todays_places(client.get(shop.url).content.decode())  # from the kept part
    with at(three_o_clock + timedelta(minutes=25)):  # 15:30 is past
        after = todays_places(client.get(shop.url).content.decode())

    assert before == "Plus que 3 places"
    assert after == "Plus que 2 places"


def todays_places(html):
    pattern = r'day=2026-11-24#slots">.*?<span class="day-list__count">(.*?)</span>'
    return re.search(pattern, html, re.S).group(1).strip()


def test_each_reader_gets_their_own_userbar_around_the_same_parts(client, shop, editor):
    anonymous = type(client)()
    anonymous_html = anonymous.get(shop.url).content.decode()
    client.force_login(editor)

    editor_html = client.get(shop.url).content.decode()

    assert "wagtail-userbar" in editor_html
    assert "wagtail-userbar" not in anonymous.get(shop.url).content.decode()
    article = anonymous_html[anonymous_html.index("<article") : anonymous_html.index("</article>")]
    assert article in editor_html


def test_a_preview_shows_the_draft_and_never_leaves_it_to_readers(client, shop, editor):
    anonymous = type(client)()
    anonymous.get(shop.url)
    draft = ShopPage.objects.get(pk=shop.pk)
    draft.phone = "+32 65 11 11 11"
    draft.save_revision(user=editor)
    client.force_login(editor)

    preview = client.get(reverse("wagtailadmin_pages:view_draft", args=[shop.pk]))

    assert "+32 65 11 11 11" in preview.content.decode()
    assert "+32 65 11 11 11" not in anonymous.get(shop.url).content.decode()
    assert "+32 65 11 11 11" not in client.get(shop.url).content.decode()


def test_a_part_with_a_form_token_is_never_kept(db):
    template = Template(
        "{% load fragment_tags %}{% fragment 'form' %}{% csrf_token %}{% endfragment %}"
    )

    def render():
        request = RequestFactory().get("/fr/formulaire/")
        request._vitrine_page = True
        request._vitrine_versions = page_cache._versions(request)
        return template.render(Context({"request": request, "csrf_token": _token(request)}))

    assert render() != render()


def _token(request):
    from django.middleware.csrf import get_token

    return get_token(request)


def test_an_address_with_a_query_is_rendered_for_it_and_leaves_nothing_kept(client, shop):
    client.cookies["sessionid"] = "made-up"  # a reader the page cache does not serve
    pages = caches["pages"]
    client.get(shop.url)
    entries = len(pages._cache)

    for number in range(20):
        html = client.get(shop.url, {"x": number}).content.decode()
        # Rendered for its own query: the language links keep it.
        assert f'{translations_by_language(shop)["nl"].url}?x={number}"' in html

    assert len(pages._cache) == entries


def test_a_purge_during_the_first_request_never_mixes_two_pages(client, shop, large_shop):
    """A path's token purged between its creation and its reading: the parts are stored
    under a token of their own, not under one every page shares."""
    real = page_cache.page_cache()
    racy = mock.Mock(wraps=real)
    racy.get.side_effect = lambda key, *args, **kwargs: (
        None if key.startswith("page:version:") else real.get(key, *args, **kwargs)
    )
    racy.add.return_value = False  # another request created it, then a purge dropped it
    with mock.patch("portal.page_cache.page_cache", return_value=racy):
        client.get(shop.url)
        html = client.get(large_shop.url).content.decode()

    assert "Grand Comptoir" in html and "Petit Comptoir" not in html


def test_pages_are_rendered_whole_when_the_cache_server_is_down(client, shop, at):
    with at(TUESDAY_NOON):
        client.get(shop.url)
        down = mock.Mock(**{"get.side_effect": ConnectionError, "set.side_effect": ConnectionError})
        with mock.patch("portal.page_cache.page_cache", return_value=down):
            response = client.get(shop.url)
    assert response.status_code == 200
    assert shop.phone in response.content.decode()
