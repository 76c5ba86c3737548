from urllib.parse import urlsplit

import pytest

from portal import demo


@pytest.fixture
def site(transactional_db):
    return demo.ensure_translated_home_pages()


def test_visitor_switches_to_dutch_and_nothing_leaves_the_site(page, live_server, site):
    page.goto(live_server.url + "/")

    assert urlsplit(page.url).path == "/fr/"
    assert page.locator("html").get_attribute("lang") == "fr"

    page.get_by_role("navigation", name="Langue").get_by_role("link", name="Nederlands").click()
    page.wait_for_url("**/nl/")

    assert page.locator("html").get_attribute("lang") == "nl"
    assert (
        page.get_by_role("heading", level=1).inner_text() == "Vitrine: de winkels van Bergen online"
    )
    current = page.get_by_role("navigation", name="Taal").locator("[aria-current=true]")
    assert current.inner_text() == "Nederlands"

    own_host = urlsplit(live_server.url).netloc
    foreign = [url for url in page.requested_urls if urlsplit(url).netloc != own_host]
    assert foreign == []
    assert any(url.endswith("/static/css/vitrine.css") for url in page.requested_urls)


def test_skip_link_is_the_first_stop_of_the_keyboard(page, live_server, site):
    page.goto(live_server.url + "/fr/")

    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    assert focused == "Aller au contenu principal"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
