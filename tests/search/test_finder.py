"""The shop finder: full text in the visitor's language, facets with counts, open now,
sorting, pagination, suggestions, and no failure on any input."""

import re
from datetime import time
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation

from shops.hours import BRUSSELS
from shops.models import OpeningException
from tests.factories import (
    CategoryFactory,
    DistrictFactory,
    catalogue,
    create_shop,
    create_story,
    create_story_index,
    product,
    translate_everything,
)


TUESDAY_10AM = timezone.datetime(2026, 11, 24, 10, 0, tzinfo=BRUSSELS)


def finder_url(lang="fr"):
    with translation.override(lang):
        return reverse("finder")


def titles(html):
    return re.findall(r'<h2 class="shop-card__title"><a href="[^"]+">([^<]+)</a>', html)


def count_of(html, name):
    match = re.search(rf'value="{name}"[^>]*>[^<]*<span class="count">\((\d+)\)</span>', html)
    return int(match.group(1))


@pytest.fixture
def shops(shop_index):
    bakery = CategoryFactory(name="Boulangerie", schema_type="Bakery")
    jemappes = DistrictFactory(name="Jemappes", postcode="7012")
    return {
        "florist": create_shop(
            shop_index,
            title="Fleurs du Beffroi",
            offers_delivery=True,
            joined_campaign="2025-01-10",
            body=[catalogue([product("Bouquet champêtre", "25.00")])],
        ),
        "bakery": create_shop(
            shop_index,
            title="Pain de Jemappes",
            category=bakery,
            district=jemappes,
            description="Pains au levain.",
            joined_campaign="2026-06-01",
            hours=[(1, time(6, 30), time(9, 30))],
        ),
        "cafe": create_shop(
            shop_index,
            title="Café des Arts",
            description="Petite restauration.",
            online_shop_url="https://cafe.example/",
            joined_campaign="2026-02-01",
        ),
    }


def test_the_finder_has_a_translated_address_in_each_language(client, shops):
    assert [finder_url(lang) for lang in ("fr", "nl", "de", "en")] == [
        "/fr/trouver-un-commerce/",
        "/nl/winkel-zoeken/",
        "/de/geschaeft-finden/",
        "/en/find-a-shop/",
    ]
    response = client.get(finder_url("de"))
    assert response.status_code == 200 and '<html lang="de">' in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("bouquet", ["Fleurs du Beffroi"]),
        ("cafe", ["Café des Arts"]),
        ("FLEURS", ["Fleurs du Beffroi"]),
        ("levain", ["Pain de Jemappes"]),
        ("zzz", []),
    ],
)
def test_full_text_finds_names_descriptions_and_products(client, shops, query, expected):
    html = client.get(finder_url(), {"q": query}).content.decode()

    assert titles(html) == expected


def test_full_text_searches_the_visitors_language_only(client, shops):
    translate_everything(shops["florist"], languages=("nl",))

    dutch = client.get(finder_url("nl"), {"q": "bouquet"}).content.decode()
    dutch_tag = client.get(finder_url("nl"), {"q": "nl"}).content.decode()
    french_tag = client.get(finder_url("fr"), {"q": "nl"}).content.decode()

    assert titles(dutch) == titles(dutch_tag) == ["Fleurs du Beffroi [nl]"]
    assert titles(french_tag) == []


def test_facets_filter_and_count(client, shops):
    html = client.get(finder_url(), {"category": "boulangerie"}).content.decode()

    assert titles(html) == ["Pain de Jemappes"]
    assert count_of(html, "boulangerie") == 1 and count_of(html, "fleuriste") == 2  # own facet
    services = client.get(finder_url(), {"service": "delivery"}).content.decode()
    assert titles(services) == ["Fleurs du Beffroi"]
    digital = client.get(finder_url(), {"digitalised": "1"}).content.decode()
    assert titles(digital) == ["Café des Arts", "Fleurs du Beffroi"]


def test_open_now_follows_the_hours_and_closures(client, shops):
    with mock.patch("django.utils.timezone.now", return_value=TUESDAY_10AM):
        html = client.get(finder_url(), {"open": "1"}).content.decode()
    assert titles(html) == ["Café des Arts", "Fleurs du Beffroi"]  # the bakery closed at 9:30

    OpeningException.objects.create(page=shops["cafe"], date=TUESDAY_10AM.date(), closed=True)
    with mock.patch("django.utils.timezone.now", return_value=TUESDAY_10AM):
        html = client.get(finder_url(), {"open": "1"}).content.decode()
    assert titles(html) == ["Fleurs du Beffroi"]


def test_sorting_by_name_newest_or_relevance(client, shops):
    by_name = titles(client.get(finder_url()).content.decode())
    newest = titles(client.get(finder_url(), {"sort": "newest"}).content.decode())

    assert by_name == ["Café des Arts", "Fleurs du Beffroi", "Pain de Jemappes"]
    assert newest == ["Pain de Jemappes", "Café des Arts", "Fleurs du Beffroi"]


def test_pagination_keeps_the_query_and_filters(client, shop_index):
    for n in range(22):
        create_shop(shop_index, title=f"Fleuriste {n:02d}", offers_delivery=True)

    html = client.get(finder_url(), {"q": "fleuriste", "service": "delivery"}).content.decode()

    assert len(titles(html)) == 20
    next_link = re.search(r'href="([^"]+)" rel="next"', html).group(1)
    assert "q=fleuriste" in next_link and "service=delivery" in next_link and "page=2" in next_link


def test_no_result_offers_to_remove_the_filters(client, shops):
    html = client.get(finder_url(), {"q": "bouquet", "district": "jemappes"}).content.decode()

    assert titles(html) == []
    assert "Aucun commerce ne correspond à votre recherche." in html
    assert f'<a href="{finder_url()}?q=bouquet">Retirer les filtres</a>' in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": ""},
        {"q": "a"},
        {"q": "x" * 10000},
        {"q": "Ünïcödé 🌷🥖"},
        {"q": '" * ( ) OR NEAR -'},
        {"q": "'; DROP TABLE shops; --"},
        {"q": "AND OR NOT"},
        {"category": "nope"},
        {"district": ["a", "b" * 500]},
        {"service": "teleportation"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"page": "deux"},
        {"sort": "price_desc"},
        {"open": "maybe"},
        {"digitalised": "<script>"},
    ],
)
def test_odd_input_gives_a_valid_page(client, shops, params):
    response = client.get(finder_url(), params)

    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1].split("</main>")[0]


# Searches, filters, a sorted second page and a corrected typo.
COUNTED_QUERIES = [
    {"q": "fleuriste"},
    {"q": "fleuriste", "sort": "name", "page": "2"},
    {"open": "1", "service": "delivery", "category": "fleuriste", "sort": "newest"},
    {"q": "fleuriste", "access": ["step_free", "hearing_loop"], "speaks": ["en", "nl"]},
    {"q": "fleuriset"},  # a typo: corrected, then searched again
]


def test_query_count_does_not_grow_with_results_or_shops(client, shop_index):
    for n in range(2):
        create_shop(shop_index, title=f"Fleuriste {n}", offers_delivery=True)

    def queries():
        counts = {}
        for params in COUNTED_QUERIES:
            client.get(finder_url(), params)  # warm the caches (site root paths)
            with CaptureQueriesContext(connection) as captured:
                client.get(finder_url(), params)
            counts[str(params)] = len(captured)
        return counts

    few = queries()
    for n in range(2, 30):
        create_shop(shop_index, title=f"Fleuriste {n}", offers_delivery=n % 2 == 0)
    assert queries() == few


def test_suggestions_list_categories_and_shops_for_a_prefix(client, shops):
    url = reverse("finder_suggestions")

    assert client.get(url, {"q": "f"}).json() == {"suggestions": []}
    suggestions = client.get(url, {"q": "fle"}).json()["suggestions"]
    assert suggestions[0] == {
        "label": "Fleuriste",
        "kind": "category",
        "kind_label": "Catégorie",
        "district": "",
        "url": f"{finder_url()}?category=fleuriste",
    }
    assert {
        "label": "Fleurs du Beffroi",
        "kind": "shop",
        "kind_label": "Commerce",
        "district": "Mons-centre",
        "url": shops["florist"].url,
    } in suggestions
    assert client.get(url, {"q": "caf"}).json()["suggestions"][-1]["label"] == "Café des Arts"
    assert len(client.get(url, {"q": "zz"}).json()["suggestions"]) == 0


def test_stories_and_pages_are_found_in_their_own_section(client, shops, home_pages, legal_notice):
    create_story(create_story_index(home_pages["fr"]), title="Le bouquet du dimanche")

    html = client.get(finder_url(), {"q": "bouquet"}).content.decode()
    section = html.split('id="finder-pages"')[1]

    assert titles(html) == ["Fleurs du Beffroi"]
    assert "Le bouquet du dimanche" in section
    mentions = client.get(finder_url(), {"q": "mentions"}).content.decode()
    assert "Mentions légales" in mentions.split('id="finder-pages"')[1]


def test_relevance_puts_the_best_match_first_on_every_page(client, shop_index):
    for n in range(21):
        create_shop(
            shop_index,
            title=f"Épicerie {n:02d}",
            description="Produits locaux, et quelques fleurs en bouquet le samedi.",
        )
    create_shop(shop_index, title="Bouquet Bouquet", description="Bouquets et bouquet du jour.")

    first = titles(client.get(finder_url(), {"q": "bouquet"}).content.decode())
    second = titles(client.get(finder_url(), {"q": "bouquet", "page": 2}).content.decode())

    assert first[0] == "Bouquet Bouquet"
    assert len(first) == 20 and len(second) == 2 and not set(first) & set(second)


def test_a_chosen_filter_without_results_stays_listed_so_it_can_be_unticked(client, shops):
    params = {"district": "jemappes", "service": "delivery"}
    html = client.get(finder_url(), params).content.decode()

    assert titles(html) == []  # the bakery in Jemappes does not deliver
    assert re.search(r'value="jemappes" checked>\s*Jemappes <span class="count">\(0\)', html)
    assert count_of(html, "mons-centre") == 1  # the district's own facet ignores itself


def test_facet_counts_combine_open_now_services_and_places(client, shops):
    params = {"open": "1", "service": "delivery", "district": "mons-centre"}
    with mock.patch("django.utils.timezone.now", return_value=TUESDAY_10AM):
        html = client.get(finder_url(), params).content.decode()

    assert titles(html) == ["Fleurs du Beffroi"]
    open_now = r'name="open" value="1" checked> Ouvert maintenant <span class="count">\(1\)'
    assert re.search(open_now, html)
    assert count_of(html, "delivery") == 1  # the café, open there too, does not deliver
    assert count_of(html, "click_and_collect") == 0
    assert 'value="jemappes"' not in html  # the bakery there is closed at 10:00
    assert count_of(html, "mons-centre") == 1


def test_the_script_gets_the_facets_and_results_without_the_page_around(client, shops):
    url = finder_url()
    response = client.get(url, {"q": "bouquet"}, headers={"X-Finder-Fragment": "results"})
    html = response.content.decode()

    assert response.status_code == 200 and "X-Finder-Fragment" in response["Vary"]
    assert "<html" not in html and 'id="finder-facets"' in html
    assert titles(html) == ["Fleurs du Beffroi"]
    assert "1 commerce" in html.split('id="finder-count"')[1]
    whole = client.get(url, {"q": "bouquet"}).content.decode()
    assert '<html lang="fr">' in whole and 'role="status"' in whole


def test_the_filters_fold_into_a_disclosure_that_needs_no_script(client, shops):
    """On a phone the results come first: the filters are in a closed <details>, whose
    summary counts the filters chosen (the query text and the order are not filters)."""
    html = client.get(
        finder_url(), {"q": "fleurs", "sort": "name", "open": "1", "category": "fleuriste"}
    ).content.decode()

    disclosure = re.search(r"<details class=\"finder__filters\"[^>]*>(.*?)</details>", html, re.S)
    assert disclosure and " open" not in disclosure.group(0).split(">")[0]
    summary = re.search(r"<summary>(.*?)</summary>", disclosure.group(1), re.S).group(1)
    assert re.sub(r"<[^>]+>", "", summary).strip() == "Filtres (2)"
    assert 'id="finder-facets"' in disclosure.group(1)
    assert html.index("</details>") < html.index('id="finder-count"')  # results after it
    nothing_chosen = client.get(finder_url(), {"q": "fleurs"}).content.decode()
    assert '<span id="finder-filter-count">Filtres</span>' in nothing_chosen
    # The script's fragment carries the new count for the summary.
    fragment = client.get(
        finder_url("nl"), {"district": "jemappes"}, headers={"X-Finder-Fragment": "results"}
    ).content.decode()
    assert '<span id="finder-filter-count">Filters (1)</span>' in fragment
