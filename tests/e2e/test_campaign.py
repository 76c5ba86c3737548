"""A resident follows the campaign from the home page to a shop; a merchant asks, in German,
for coaching and is answered in German."""

import pytest

from portal import demo
from portal.roles import ensure_roles
from tests.factories import (
    create_coaching_page,
    create_shop,
    create_shop_index,
    create_story,
    create_story_index,
)


@pytest.fixture
def site(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    shop = create_shop(create_shop_index(home))
    teaser = {"type": "shop_teaser", "value": {"shop": shop.pk, "text": "Passez la voir."}}
    story = create_story(create_story_index(home), body=[teaser])
    return {"home": home, "shop": shop, "story": story, "coaching": create_coaching_page(home)}


def test_resident_goes_from_the_home_page_to_a_story_and_its_shop(page, live_server, site):
    page.goto(f"{live_server.url}/fr/")

    page.get_by_role("link", name="Le vélo cargo de Camille").click()
    page.wait_for_url(f"**{site['story'].url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Le vélo cargo de Camille"

    page.get_by_role("complementary", name="Fleurs du Beffroi").get_by_role("link").click()
    page.wait_for_url(f"**{site['shop'].url}")
    assert page.get_by_role("heading", level=1).inner_text() == "Fleurs du Beffroi"


def test_merchant_asks_for_coaching_in_german(page, live_server, site, mailoutbox):
    page.goto(f"{live_server.url}{site['coaching']['de'].url}")

    page.get_by_label("Name Ihres Geschäfts").fill("Fahrradwerkstatt Jonas")
    page.get_by_label("Kontaktperson").fill("Jonas Fiktiv")
    page.get_by_label("E-Mail-Adresse").fill("jonas@werkstatt.example")
    page.get_by_label("Ortsteil").select_option("jemappes")
    page.get_by_label("Einen Onlineshop").check()
    page.get_by_role("checkbox", name="Ich bin damit einverstanden").check()
    page.get_by_role("button", name="Coaching anfragen").click()

    status = page.get_by_role("status")
    assert status.get_by_role("heading").inner_text() == "Coaching"
    assert "Danke, wir rufen Sie bald an." in status.inner_text()
    acknowledgement = next(m for m in mailoutbox if m.to == ["jonas@werkstatt.example"])
    assert acknowledgement.subject == "Ihre Coaching-Anfrage"
