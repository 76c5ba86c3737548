"""What a phone (390 × 844) and a laptop (1280 × 800) show before any scrolling.

Set E2E_SCREENSHOTS to a folder to keep a screenshot of each first screen.
"""

import os
import re
from datetime import time
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from portal import demo
from tests.factories import (
    CategoryFactory,
    DistrictFactory,
    add_service,
    catalogue,
    create_shop,
    create_shop_index,
    product,
)


VIEWPORTS = {"phone": {"width": 390, "height": 844}, "laptop": {"width": 1280, "height": 800}}
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
EVERY_DAY = [(day, time(9), time(12, 30)) for day in range(7)] + [
    (day, time(13, 30), time(18)) for day in range(7)
]


@pytest.fixture
def shops(transactional_db):
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    florist = CategoryFactory(name="Fleuriste")
    jemappes = DistrictFactory(name="Jemappes", postcode="7012")
    products = [product(f"Bouquet n° {n}", "12.50") for n in range(12)]
    shop = create_shop(
        index,
        title="Fleurs et Plantes du Beffroi de Mons",  # a long name, on two lines
        category=florist,
        district=jemappes,
        hours=EVERY_DAY,
        online_shop_url="https://boutique.fleurs-du-beffroi.example/",
        body=[catalogue(products)],
    )
    add_service(shop)
    for n in range(7):
        create_shop(index, title=f"Fleuriste n° {n}", category=florist, district=jemappes)
    return {"shop": shop, "index": index}


@pytest.fixture(params=list(VIEWPORTS))
def screen(request, browser, live_server):
    """A French browser tab of the given size that records every request."""
    context = browser.new_context(
        viewport=VIEWPORTS[request.param], locale="fr-BE", has_touch=request.param == "phone"
    )
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    tab.requested_urls = []
    tab.on("request", lambda r: tab.requested_urls.append(r.url))
    tab.size_name = request.param
    yield tab
    context.close()


def keep_screenshot(tab, name):
    folder = os.environ.get("E2E_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(Path(folder) / f"{name}-{tab.size_name}.png"))


def assert_on_first_screen(tab, locator):
    """The element is shown whole inside the viewport, the page not scrolled."""
    expect(locator).to_be_visible()
    box = locator.bounding_box()
    view = tab.viewport_size
    assert box is not None
    assert 0 <= box["x"] and box["x"] + box["width"] <= view["width"], locator
    assert 0 <= box["y"] and box["y"] + box["height"] <= view["height"], (locator, box)


def test_the_shop_page_answers_on_the_first_screen(screen, live_server, shops):
    shop = shops["shop"]
    screen.goto(live_server.url + shop.url)
    assert screen.evaluate("window.scrollY") == 0
    header = screen.locator(".shop__header")
    keep_screenshot(screen, "shop-page")

    call = header.get_by_role("link", name=re.compile("^Appeler"))
    directions = header.get_by_role("link", name=re.compile("^Itinéraire"))
    book = header.get_by_role("link", name=re.compile("^Réserver"))
    online = header.get_by_role("link", name=re.compile("^Boutique en ligne"))
    more = header.get_by_role("link", name="Tous les horaires, l’adresse et le contact")
    for fact in (
        screen.get_by_role("heading", level=1, name="Fleurs et Plantes du Beffroi de Mons"),
        header.locator(".opening-status"),
        header.get_by_text("Aujourd’hui : 09:00–12:30, 13:30–18:00"),
        call,
        directions,
        book,
        online,
        more,
    ):
        assert_on_first_screen(screen, fact)
    expect(header.locator(".opening-status")).to_have_text(re.compile(r"^\s*(Ouvert|Fermé)"))
    expect(call).to_have_attribute("href", "tel:+3265000123")
    expect(directions).to_have_attribute(
        "href", "https://www.openstreetmap.org/directions?route=%3B50.45401%2C3.95204"
    )
    expect(online).to_have_attribute("href", "https://boutique.fleurs-du-beffroi.example/")
    # Directions is a link: before a tap, the page asks nothing of another site.
    assert all(url.startswith(live_server.url) for url in screen.requested_urls)
    assert Axe().run(screen, options=WCAG_AA).response["violations"] == []

    book.click()  # one tap to the booking block, far down the page
    assert_on_first_screen(screen, screen.get_by_role("heading", name="Prendre rendez-vous"))

    screen.evaluate("window.scrollTo(0, 0)")
    more.click()  # one tap to the full hours, the address and the contact
    assert_on_first_screen(screen, screen.get_by_role("heading", name="Heures d’ouverture"))


def test_the_finder_shows_results_first_with_the_filters_one_tap_away(screen, live_server, shops):
    screen.goto(live_server.url + "/fr/trouver-un-commerce/?category=fleuriste&district=jemappes")
    keep_screenshot(screen, "finder")
    filters = screen.locator("summary", has_text="Filtres")
    expect(filters).to_have_text("Filtres (2)")

    assert_on_first_screen(screen, screen.locator("#finder-count"))
    assert_on_first_screen(screen, screen.locator("#finder-results .shop-card").first)
    assert_on_first_screen(screen, filters)
    open_now = screen.get_by_role("checkbox", name=re.compile("Ouvert maintenant"))
    if screen.size_name == "phone":
        expect(open_now).to_be_hidden()  # folded away, below the summary
        filters.click()
    expect(open_now).to_be_visible()  # on a laptop, open beside the results
    assert Axe().run(screen, options=WCAG_AA).response["violations"] == []

    open_now.check()
    screen.wait_for_url(re.compile(r"open=1"))
    expect(filters).to_have_text("Filtres (3)")
    expect(open_now).to_be_visible()  # the disclosure stays open while filtering
