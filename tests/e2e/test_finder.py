"""A resident finds an open florist in Jemappes with the finder, in Chromium."""

import re
from datetime import time
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from portal import demo
from tests.factories import CategoryFactory, DistrictFactory, create_shop, create_shop_index


# Open at any hour of any day, so "open now" never depends on when the test runs
# (two ranges: one range may not run from midnight to midnight).
ALWAYS_OPEN = [(day, time(0), time(12)) for day in range(7)] + [
    (day, time(12), time(0)) for day in range(7)
]
NEVER_OPEN = []
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def shops(transactional_db):
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    florist = CategoryFactory(name="Fleuriste")
    bikes = CategoryFactory(name="Vélos", schema_type="BikeStore")
    centre = DistrictFactory(name="Mons-centre")
    jemappes = DistrictFactory(name="Jemappes", postcode="7012")
    for title, category, district, hours in [
        ("Fleurs du Beffroi", florist, jemappes, ALWAYS_OPEN),
        ("Fleuriste du Parc", florist, jemappes, NEVER_OPEN),
        ("Fleurs de Nimy", florist, centre, ALWAYS_OPEN),
        ("Cycles du Grand Large", bikes, jemappes, ALWAYS_OPEN),
    ]:
        create_shop(index, title=title, category=category, district=district, hours=hours)
    return index


def results(page):
    return page.locator("#finder-results .shop-card__title")


def params(page):
    return parse_qs(urlsplit(page.url).query)


def test_resident_picks_a_suggestion_filters_and_reaches_an_open_shop(page, live_server, shops):
    page.goto(live_server.url + "/fr/trouver-un-commerce/")
    page.evaluate("window.sameDocument = true")  # gone if a filter reloaded the page

    box = page.get_by_role("combobox", name="Commerce, produit ou service")
    box.press_sequentially("fleu", delay=50)
    suggestions = page.get_by_role("listbox", name="Suggestions")
    expect(suggestions.get_by_role("option").first).to_have_text("Fleuriste, Catégorie")
    expect(box).to_have_attribute("aria-expanded", "true")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "finder-suggestions-0")
    box.press("Enter")

    page.wait_for_url(re.compile(r"category=fleuriste"))
    expect(results(page)).to_have_text(["Fleuriste du Parc", "Fleurs de Nimy", "Fleurs du Beffroi"])
    expect(page.locator("#finder-status")).to_have_text("3 commerces")

    open_now = page.get_by_role("checkbox", name=re.compile("Ouvert maintenant"))
    open_now.focus()
    page.keyboard.press("Space")
    page.wait_for_url(re.compile(r"open=1"))
    expect(results(page)).to_have_text(["Fleurs de Nimy", "Fleurs du Beffroi"])
    expect(page.locator("#finder-status")).to_have_text("2 commerces")
    focused = page.locator(":focus")
    expect(focused).to_have_attribute("name", "open")  # focus stays on the new checkbox
    expect(focused).to_be_checked()

    page.get_by_role("checkbox", name=re.compile("Jemappes")).click()
    page.wait_for_url(re.compile(r"district=jemappes"))
    expect(results(page)).to_have_text(["Fleurs du Beffroi"])
    expect(page.locator("#finder-status")).to_have_text("1 commerce")
    assert params(page) == {"category": ["fleuriste"], "open": ["1"], "district": ["jemappes"]}
    dutch = page.locator(".language-switcher a[hreflang=nl]").get_attribute("href")
    assert urlsplit(dutch).path == "/nl/winkel-zoeken/"
    assert parse_qs(urlsplit(dutch).query) == params(page)  # the same search in Dutch
    violations = Axe().run(page, options=WCAG_AA).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []

    page.go_back()  # the previous filters come back with their results
    page.wait_for_url(lambda url: "district=" not in url)
    expect(results(page)).to_have_text(["Fleurs de Nimy", "Fleurs du Beffroi"])
    expect(page.get_by_role("checkbox", name=re.compile("Jemappes"))).not_to_be_checked()
    page.go_forward()
    expect(results(page)).to_have_text(["Fleurs du Beffroi"])
    assert page.evaluate("window.sameDocument") is True

    results(page).get_by_role("link", name="Fleurs du Beffroi").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Fleurs du Beffroi")
    own_host = urlsplit(live_server.url).netloc
    assert [url for url in page.requested_urls if urlsplit(url).netloc != own_host] == []


def test_without_javascript_the_filters_still_work(browser, live_server, shops):
    context = browser.new_context(java_script_enabled=False, locale="fr-BE")
    page = context.new_page()
    page.set_default_timeout(15_000)
    try:
        page.goto(live_server.url + "/fr/trouver-un-commerce/")
        filters = page.locator("summary", has_text="Filtres")
        expect(filters).to_have_text("Filtres")
        filters.click()  # a <details>: it opens without a script
        page.get_by_role("checkbox", name=re.compile("Fleuriste")).check()
        page.get_by_role("checkbox", name=re.compile("Jemappes")).check()
        page.get_by_role("button", name="Appliquer les filtres").click()

        page.wait_for_url(re.compile(r"district=jemappes"))
        expect(results(page)).to_have_text(["Fleuriste du Parc", "Fleurs du Beffroi"])
        assert params(page) == {"category": ["fleuriste"], "district": ["jemappes"]}
        expect(filters).to_have_text("Filtres (2)")
    finally:
        context.close()


def test_the_home_page_search_box_suggests_categories_and_shops(page, live_server, shops):
    page.goto(live_server.url + "/fr/")

    box = page.get_by_role("combobox", name="Trouver un commerce local")
    box.press_sequentially("fleu", delay=50)
    options = page.get_by_role("listbox", name="Suggestions").get_by_role("option")
    expect(options).to_have_text(
        [
            "Fleuriste, Catégorie",
            "Fleuriste du Parc, Commerce, Jemappes",
            "Fleurs de Nimy, Commerce, Mons-centre",
            "Fleurs du Beffroi, Commerce, Jemappes",
        ]
    )
    expect(box).to_have_attribute("aria-expanded", "true")
    violations = Axe().run(page, options=WCAG_AA).response["violations"]
    assert [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in violations] == []

    box.press("ArrowDown")
    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", "home-suggestions-1")
    expect(options.nth(1)).to_have_attribute("aria-selected", "true")
    box.press("Escape")
    expect(box).to_have_attribute("aria-expanded", "false")

    box.press_sequentially(" n", delay=50)  # "fleu n": the last word as a prefix
    expect(options).to_have_text(["Fleurs de Nimy, Commerce, Mons-centre"])
    box.press("ArrowDown")
    box.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text("Fleurs de Nimy")


def test_the_home_page_search_box_still_searches_without_a_suggestion(page, live_server, shops):
    page.goto(live_server.url + "/fr/")

    box = page.get_by_role("combobox", name="Trouver un commerce local")
    box.fill("velo")
    box.press("Enter")

    page.wait_for_url(re.compile(r"/fr/trouver-un-commerce/\?q=velo"))
    expect(results(page)).to_have_text(["Cycles du Grand Large"])
