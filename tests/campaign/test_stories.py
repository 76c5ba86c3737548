"""Stories: listing, topics, story pages, related content and feeds in every language."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaign.models import StoryIndexPage
from home.models import HomePage
from tests.conftest import SharedData
from tests.factories import (
    TestimonialFactory,
    TopicFactory,
    create_shop,
    create_story,
    create_story_index,
    translate_everything,
)


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a [^>]+>([^<]+)</a>', html)


@SharedData.piece("stories")
def stories_pk(below):
    index = create_story_index(HomePage.objects.get(pk=below["home_pages"]["fr"]))
    translate_everything(index)
    return index.pk


@pytest.fixture
def stories(home_pages):
    """The story index in four languages, shared by this module's tests."""
    return StoryIndexPage.objects.get(pk=SharedData.built("stories"))


def test_index_lists_newest_first_and_filters_by_topic(client, stories):
    booking = TopicFactory(name="Réservation")
    create_story(stories, title="Ancienne", date="2025-10-01", topics=[booking])
    create_story(stories, title="Récente", date="2026-10-01")

    assert card_titles(client.get(stories.url).content.decode()) == ["Récente", "Ancienne"]
    html = client.get(stories.url + "?topic=reservation").content.decode()
    assert card_titles(html) == ["Ancienne"]
    assert re.search(r'href="\?topic=reservation" aria-current="true">Réservation</a>', html)
    empty = client.get(stories.url + "?topic=nope").content.decode()
    assert card_titles(empty) == [] and "Aucune histoire" in empty


@pytest.mark.parametrize("page", ["2", "0", "-4", "x", "99999999999999999999"])
def test_index_pagination_never_fails(client, stories, page):
    for n in range(11):
        create_story(stories, title=f"Histoire {n}", date=f"2026-01-{n + 1:02d}")

    response = client.get(f"{stories.url}?page={page}")

    assert response.status_code == 200
    assert 1 <= len(card_titles(response.content.decode())) <= 9


def test_story_index_query_count_does_not_grow_with_the_stories(client, stories):
    create_story(stories, title="Une")
    client.get(stories.url)
    with CaptureQueriesContext(connection) as few:
        client.get(stories.url)
    for n in range(8):
        create_story(stories, title=f"Histoire {n}", topics=[TopicFactory(name=f"Sujet {n}")])
    client.get(stories.url)
    with CaptureQueriesContext(connection) as many:
        client.get(stories.url)

    assert len(many) == len(few)


def test_story_page_links_previous_next_and_related_stories(client, stories):
    topic = TopicFactory()
    first = create_story(stories, title="Première", date="2026-01-01", topics=[topic])
    middle = create_story(stories, title="Milieu", date="2026-02-01", topics=[topic])
    create_story(stories, title="Dernière", date="2026-03-01")

    html = client.get(middle.url).content.decode()

    assert re.search(rf'<a rel="prev" href="{first.url}">', html)
    assert re.search(r'<a rel="next" href="[^"]+">Dernière →</a>', html)
    related = html.split('id="related-stories"')[1]
    assert "Première" in related and "Dernière" not in related


def test_shop_teaser_and_related_shops_lead_to_the_shop_in_the_visitors_language(
    client, stories, shop_index
):
    shop = create_shop(shop_index)
    dutch_shop = translate_everything(shop)["nl"]
    teaser = {"type": "shop_teaser", "value": {"shop": shop.pk, "text": "Passez la voir."}}
    story = create_story(stories, body=[teaser], shops=[shop])
    dutch_story = translate_everything(story)["nl"]

    html = client.get(dutch_story.url).content.decode()

    assert html.count(f'href="{dutch_shop.url}"') == 2  # the teaser and the related shops
    assert f'href="{shop.url}"' not in html


def test_video_block_is_a_plain_link_with_no_embed(client, stories):
    video = {
        "type": "video",
        "value": {"url": "https://video.example/watch/123", "title": "Une journée à l’atelier"},
    }
    story = create_story(stories, body=[video])

    html = client.get(story.url).content.decode()

    assert '<a href="https://video.example/watch/123" rel="noopener">' in html
    assert "video.example" in html and "<iframe" not in html and "<embed" not in html


def test_testimonial_block_shows_the_quote_editors_entered(client, stories):
    testimonial = TestimonialFactory(
        quote="Je passe moins de temps au téléphone.", person_name="Nadia Fictive"
    )
    story = create_story(
        stories, body=[{"type": "testimonial", "value": {"testimonial": testimonial.pk}}]
    )

    html = client.get(story.url).content.decode()

    assert "Je passe moins de temps au téléphone." in html and "Nadia Fictive" in html


@pytest.mark.parametrize("lang", ["fr", "nl", "de", "en"])
def test_each_language_has_a_valid_rss_feed(client, stories, lang):
    story = create_story(stories, title="Le vélo cargo", date="2026-05-04")
    translate_everything(story)
    index = (
        stories
        if lang == "fr"
        else stories.get_translation(stories.locale.__class__.objects.get(language_code=lang))
    )

    response = client.get(index.url + "feed/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.find("language").text == lang
    (item,) = channel.findall("item")
    expected = "Le vélo cargo" if lang == "fr" else f"Le vélo cargo [{lang}]"
    assert item.find("title").text == expected
    assert item.find("link").text.startswith(f"http://testserver/{lang}/")
