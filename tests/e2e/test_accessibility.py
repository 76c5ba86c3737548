"""WCAG 2.1 A/AA checks by axe-core (shipped inside axe-playwright-python) on every page type."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from campaign.models import PartnerOffersPage
from portal import demo
from portal.roles import ensure_roles
from tests.factories import (
    PartnerOfferFactory,
    TestimonialFactory,
    TopicFactory,
    catalogue,
    create_coaching_page,
    create_shop,
    create_shop_index,
    create_story,
    create_story_index,
    product,
)


WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def pages(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    shop = create_shop(
        index, body=[catalogue([product("Bouquet", "12.50", buy_url="https://a.example/b")])]
    )
    TestimonialFactory(shop=shop)
    teaser = {"type": "shop_teaser", "value": {"shop": shop.pk, "text": "Passez la voir."}}
    quote = {"type": "quote", "value": {"text": "On gagne du temps.", "attribution": "Camille"}}
    stories = create_story_index(home)
    story = create_story(stories, body=[quote, teaser], topics=[TopicFactory()], shops=[shop])
    PartnerOfferFactory()
    offers = home.add_child(
        instance=PartnerOffersPage(title="Offres", slug="offres", locale=home.locale)
    )
    offers.save_revision().publish()
    coaching = create_coaching_page(home)
    return [
        "/fr/",
        "/nl/",
        index.url,
        index.url + "?category=nope",
        shop.url,
        stories.url,
        story.url,
        offers.url,
        coaching["de"].url,
        "/fr/page-introuvable/",
    ]


def test_public_pages_have_no_wcag_aa_violations(page, live_server, pages):
    axe = Axe()
    problems = {}
    for url in pages:
        page.goto(live_server.url + url)
        violations = axe.run(page, options=WCAG_AA).response["violations"]
        if violations:
            problems[url] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations]

    assert problems == {}


def test_coaching_form_with_errors_stays_accessible(page, live_server, pages):
    page.goto(live_server.url + pages[-2])
    page.get_by_role("button", name="Coaching anfragen").click()

    violations = Axe().run(page, options=WCAG_AA).response["violations"]

    assert [v["id"] for v in violations] == []
    assert page.locator("[aria-invalid=true]").count() >= 4
