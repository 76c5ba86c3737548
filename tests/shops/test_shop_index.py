"""The shop directory: filters as plain links, pagination, bounded queries."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CategoryFactory,
    DistrictFactory,
    ImageFactory,
    catalogue,
    create_shop,
    product,
)


def titles(html):
    return re.findall(r'<h2 class="shop-card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def shops(shop_index):
    bakery = CategoryFactory(name="Boulangerie", schema_type="Bakery")
    jemappes = DistrictFactory(name="Jemappes", postcode="7012")
    return [
        create_shop(shop_index, title="Fleurs du Beffroi"),
        create_shop(shop_index, title="Pain de Jemappes", category=bakery, district=jemappes),
        create_shop(shop_index, title="Fournil du Centre", category=bakery),
    ]


def test_directory_lists_live_shops_with_category_and_district(client, shops, shop_index):
    shops[0].unpublish()

    html = client.get(shop_index.url).content.decode()

    assert titles(html) == ["Fournil du Centre", "Pain de Jemappes"]
    assert "2 commerces" in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?category=boulangerie", ["Fournil du Centre", "Pain de Jemappes"]),
        ("?district=jemappes", ["Pain de Jemappes"]),
        ("?category=boulangerie&district=mons-centre", ["Fournil du Centre"]),
        ("?category=unknown", []),
    ],
)
def test_filters_are_plain_links(client, shops, shop_index, query, expected):
    html = client.get(shop_index.url + query).content.decode()

    assert titles(html) == expected
    if not expected:
        assert "Aucun commerce ne correspond encore à ces filtres." in html


def test_filter_links_keep_the_other_filter_and_mark_the_current_one(client, shops, shop_index):
    html = client.get(shop_index.url + "?district=jemappes").content.decode()

    assert 'href="?district=jemappes&amp;category=boulangerie"' in html
    assert re.search(r'href="\?district=jemappes" aria-current="true">Jemappes</a>', html)


@pytest.mark.parametrize("page", ["2", "999", "-1", "abc", "1e9"])
def test_pagination_never_fails(client, shop_index, page):
    for number in range(5):
        create_shop(shop_index, title=f"Commerce {number}")
    shop_index.specific.__class__.page_size = 2
    try:
        response = client.get(f"{shop_index.url}?page={page}")
    finally:
        shop_index.specific.__class__.page_size = 24

    assert response.status_code == 200
    assert len(titles(response.content.decode())) in (1, 2)


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_query_count_does_not_grow_with_the_number_of_shops(client, shop_index):
    create_shop(shop_index, title="Premier")
    few = count_queries(client, shop_index.url)
    for number in range(12):
        create_shop(shop_index, title=f"Commerce {number}")

    assert count_queries(client, shop_index.url) == few


def test_query_count_does_not_grow_with_the_number_of_shop_logos(client, shop_index):
    create_shop(shop_index, title="Premier", logo=ImageFactory())
    few = count_queries(client, shop_index.url)
    for number in range(6):
        create_shop(shop_index, title=f"Commerce {number}", logo=ImageFactory())

    html = client.get(shop_index.url).content.decode()
    assert html.count('type="image/avif"') == 7  # each logo a <picture> with its sources
    assert count_queries(client, shop_index.url) == few


def test_search_box_finds_shops_by_name_description_or_product(client, shop_index):
    create_shop(
        shop_index,
        title="Fleurs du Beffroi",
        body=[catalogue([product("Bouquet champêtre", "25.00")])],
    )
    create_shop(
        shop_index,
        title="Cycles du Grand Large",
        short_description="Réparation vélo",
        description="Vélos de ville et pneus.",
    )

    assert titles(client.get(shop_index.url + "?q=bouquet").content.decode()) == [
        "Fleurs du Beffroi"
    ]
    assert titles(client.get(shop_index.url + "?q=r%C3%A9paration").content.decode()) == [
        "Cycles du Grand Large"
    ]
    html = client.get(shop_index.url + "?q=introuvable").content.decode()
    assert titles(html) == [] and 'value="introuvable"' in html


@pytest.mark.parametrize("query", ['"', "*", "( OR NEAR -", "x" * 5000, "🌷", "' OR 1=1 --"])
def test_odd_search_input_gives_a_page(client, shop_index, query):
    create_shop(shop_index)

    assert client.get(shop_index.url, {"q": query}).status_code == 200


@pytest.mark.parametrize("query", ["cafe", "CAFÉ", "Café des arts"])
def test_search_ignores_accents_and_case(client, shop_index, query):
    create_shop(shop_index, title="Café des Arts", description="Petite restauration.")
    create_shop(shop_index, title="Fleurs du Beffroi", description="Fleurs de saison.")

    assert titles(client.get(shop_index.url, {"q": query}).content.decode()) == ["Café des Arts"]
