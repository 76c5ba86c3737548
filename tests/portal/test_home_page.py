"""The campaign's home page: live figures, featured content, testimonials, bounded queries."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import HomeFeaturedShop, HomeFeaturedStory
from portal.translation import translate_from_french
from tests.factories import (
    ImageFactory,
    TestimonialFactory,
    create_shop,
    create_story,
    create_story_index,
    translate_everything,
)


def figures(html):
    return dict(re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", html))


def test_figures_are_computed_from_the_shops(client, shop_index, home_pages):
    create_shop(shop_index, title="En ligne", online_shop_url="https://a.example/")
    create_shop(shop_index, title="Pas encore")
    create_shop(shop_index, title="Fermé définitivement").unpublish()

    html = client.get("/fr/").content.decode()

    assert figures(html) == {
        "commerces référencés": "2",
        "commerces numériques": "1",
        "commerces avec réservation": "0",
    }


def test_latest_stories_and_shops_show_when_none_are_chosen(client, shop_index, home_pages):
    stories = create_story_index(home_pages["fr"])
    for day in range(1, 5):
        create_story(stories, title=f"Histoire {day}", date=f"2026-0{day}-01")
    create_shop(shop_index, title="Nouveau venu", joined_campaign="2026-11-01")

    html = client.get("/fr/").content.decode()

    assert re.findall(r'<h3 class="card__title"><a [^>]+>([^<]+)</a>', html) == [
        "Histoire 4",
        "Histoire 3",
        "Histoire 2",
    ]
    assert "Nouveau venu" in html


def test_chosen_stories_and_shops_are_shown_in_the_visitors_language(
    client, shop_index, home_pages
):
    stories = create_story_index(home_pages["fr"])
    translate_everything(stories)
    chosen = create_story(stories, title="Choisie", date="2025-01-01")
    create_story(stories, title="Plus récente", date="2026-06-01")
    shop = create_shop(shop_index, title="Mis en avant")
    translate_everything(chosen)
    translate_everything(shop)
    home = home_pages["fr"]
    home.featured_stories = [HomeFeaturedStory(story=chosen)]
    home.featured_shops = [HomeFeaturedShop(shop=shop)]
    home.save_revision().publish()
    dutch_home = home_pages["nl"].specific
    dutch_home.featured_stories = [HomeFeaturedStory(story=chosen)]  # the French story
    dutch_home.featured_shops = [HomeFeaturedShop(shop=shop)]
    dutch_home.save_revision().publish()

    french = client.get("/fr/").content.decode()
    dutch = client.get("/nl/").content.decode()

    assert "Choisie" in french and "Plus récente" not in french
    assert "Mis en avant" in french
    assert "Choisie [nl]" in dutch and "Mis en avant [nl]" in dutch


def test_testimonials_strip_shows_this_languages_testimonials(client, home_pages, shop_index):
    shop = create_shop(shop_index)
    TestimonialFactory(quote="La réservation en ligne a tout changé.", shop=shop)

    html = client.get("/fr/").content.decode()

    assert "La réservation en ligne a tout changé." in html
    assert f'href="{shop.url}"' in html


def test_search_box_sends_to_the_shop_directory(client, shop_index, home_pages):
    html = client.get("/fr/").content.decode()

    form = re.search(r'<form class="search-box" role="search" action="([^"]+)" method="get">', html)
    assert form.group(1) == "/fr/trouver-un-commerce/"
    assert '<label for="home-search">' in html


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_shops_stories_or_testimonials(
    client, shop_index, home_pages
):
    stories = create_story_index(home_pages["fr"])
    create_story(stories, title="Une")
    create_shop(shop_index, title="Un")
    TestimonialFactory()
    few = count_queries(client, "/fr/")

    for n in range(8):
        create_story(stories, title=f"Histoire {n}")
        create_shop(shop_index, title=f"Commerce {n}")
        TestimonialFactory()

    assert count_queries(client, "/fr/") == few


def test_the_hero_image_is_described_in_the_readers_language(client, home_pages):
    home = home_pages["fr"]
    home.hero_image = ImageFactory()
    home.hero_alt = "Le beffroi de Mons au-dessus des vitrines de la rue de la Chaussée"
    home.save_revision().publish()
    described = {
        "nl": "Het belfort van Bergen boven de etalages",
        "de": "Der Belfried von Mons über den Schaufenstern",
        "en": "The belfry of Mons above the shop windows",
    }
    translate_from_french(home, {home.hero_alt: described})

    dutch = client.get(home_pages["nl"].url).content.decode()
    french = client.get(home.url).content.decode()

    assert re.search(r'<img[^>]*alt="Het belfort van Bergen boven de etalages"', dutch)
    assert re.search(r'<img[^>]*alt="Le beffroi de Mons au-dessus des vitrines', french)
