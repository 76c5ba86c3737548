"""A link shared on a social network or found by a search engine shows the right summary,
picture and language: description, canonical link, Open Graph and Twitter card tags,
icons and the web app manifest."""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file

from tests.factories import (
    ImageFactory,
    create_shop,
    create_story,
    create_story_index,
    translate_everything,
)


def head(response):
    """{name or property: content} of the page's <meta>, plus its canonical link."""
    soup = BeautifulSoup(response.content, "html.parser")
    tags = {}
    for meta in soup.head.find_all("meta"):
        key = meta.get("property") or meta.get("name")
        if key:
            tags.setdefault(key, []).append(meta.get("content"))
    tags = {key: values[0] if len(values) == 1 else values for key, values in tags.items()}
    canonical = soup.head.find("link", rel="canonical")
    tags["canonical"] = canonical["href"] if canonical else None
    return tags


@pytest.fixture
def story(home_pages):
    """A French story with a hero picture, translated into Dutch."""
    hero = ImageFactory(
        description="La vitrine de Camille", file=get_test_image_file(size=(1600, 1000))
    )
    story = create_story(
        create_story_index(home_pages["fr"]),
        hero_image=hero,
        intro="Comment une fleuriste du centre a gagné du temps.",
    )
    translate_everything(story.get_parent(), languages=("nl",))
    return {"fr": story, **translate_everything(story, languages=("nl",))}


def test_a_story_shares_its_intro_and_hero_in_each_language(client, story, settings):
    settings.PAGE_CACHE_ENABLED = True  # what a reader gets, cached page included
    client.get(story["fr"].url)  # the French page, now in the cache
    french = head(client.get(story["fr"].url))
    dutch = head(client.get(story["nl"].url))

    assert french["description"] == "Comment une fleuriste du centre a gagné du temps."
    assert dutch["description"] == "Comment une fleuriste du centre a gagné du temps. [nl]"
    assert french["og:description"] == french["twitter:description"] == french["description"]
    assert french["og:title"] == "Le vélo cargo de Camille"
    assert dutch["og:title"] == "Le vélo cargo de Camille [nl]"
    assert french["canonical"] == french["og:url"] == "http://testserver" + story["fr"].url
    assert dutch["canonical"] == dutch["og:url"] == "http://testserver" + story["nl"].url
    assert (french["og:locale"], french["og:locale:alternate"]) == ("fr_BE", "nl_BE")
    assert (dutch["og:locale"], dutch["og:locale:alternate"]) == ("nl_BE", "fr_BE")
    # The hero, as a 1200 × 630 JPEG rendition, by its absolute address.
    assert french["og:image"].startswith("http://testserver/media/images/")
    assert french["og:image"].endswith(".jpg")
    assert (french["og:image:width"], french["og:image:height"]) == ("1200", "630")
    assert french["og:image:alt"] == "La vitrine de Camille"
    assert french["twitter:card"] == "summary_large_image"
    assert french["twitter:image"] == dutch["og:image"] == french["og:image"]
    assert "robots" not in french


def test_the_search_description_wins_over_the_short_description(client, shop_index):
    plain = create_shop(shop_index, title="Fleurs du Beffroi")
    described = create_shop(
        shop_index, title="Cycles du Grand Large", search_description="Vélos réparés en un jour."
    )

    assert head(client.get(plain.url))["description"] == "Fleuriste artisanal au pied du beffroi."
    assert head(client.get(described.url))["description"] == "Vélos réparés en un jour."


def test_a_page_without_a_picture_shares_the_campaign_picture(client, legal_notice):
    tags = head(client.get(legal_notice["nl"].url))

    assert tags["description"] == "Uitgever: Stad Bergen."  # the start of its text
    assert tags["og:image"] == "http://testserver/static/img/share-default.png"
    assert tags["og:image:alt"] == "Logo van Vitrine Mons: een winkelpui"
    assert tags["og:locale"] == "nl_BE"
    assert finders.find("img/share-default.png")


def test_search_results_are_not_indexed_and_keep_one_canonical_address(client, shop_index):
    finder = reverse("finder")

    for url in (finder, finder + "?q=fleurs", shop_index.url + "?q=fleurs"):
        tags = head(client.get(url))
        assert tags["robots"] == "noindex", url
        assert tags["canonical"] == "http://testserver" + url.split("?")[0], url
    listing = head(client.get(shop_index.url))
    assert "robots" not in listing
    assert listing["description"]


def test_the_finder_is_described_in_the_readers_language(client, shop_index):
    tags = head(client.get("/de/geschaeft-finden/"))

    assert tags["og:title"] == "Ein Geschäft vor Ort finden"
    assert tags["description"].startswith("Vitrine ist die Kampagne der Stadt Mons")
    assert tags["og:locale"] == "de_BE"


def test_a_missing_page_has_no_canonical_address(client, home_pages):
    tags = head(client.get("/fr/page-introuvable/"))

    assert tags["canonical"] is None
    assert tags["robots"] == "noindex"


@pytest.mark.parametrize(
    ("language", "name"),
    [
        ("fr", "Vitrine Mons : les commerces locaux en ligne"),
        ("nl", "Vitrine Mons: lokale winkels online"),
        ("de", "Vitrine Mons: lokale Geschäfte online"),
        ("en", "Vitrine Mons: local shops online"),
    ],
)
def test_the_web_app_manifest_speaks_the_readers_language(client, home_pages, language, name):
    html = client.get(f"/{language}/").content.decode()
    assert f'<link rel="manifest" href="/{language}/manifest.webmanifest">' in html

    response = client.get(f"/{language}/manifest.webmanifest")

    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert (manifest["name"], manifest["lang"], manifest["start_url"]) == (
        name,
        language,
        f"/{language}/",
    )
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    for icon in manifest["icons"]:
        assert finders.find(icon["src"].removeprefix("/static/")), icon["src"]


def test_icons_are_linked_and_favicon_ico_finds_one(client, home_pages):
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    icons = [link["href"] for link in soup.find_all("link", rel=["icon", "apple-touch-icon"])]

    assert icons == [
        "/static/img/favicon.svg",
        "/static/img/favicon-32.png",
        "/static/img/apple-touch-icon.png",
    ]
    for href in icons:
        assert finders.find(href.removeprefix("/static/")), href
    assert client.get("/favicon.ico")["Location"] == "/static/img/favicon-32.png"
