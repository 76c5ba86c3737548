"""A resident looks at a shop's photos: large in a dialog, with the keyboard; and the shop
page on a phone and on a laptop, captured in build/screenshots/ for a person to look at."""

from pathlib import Path

import pytest

from portal import demo
from portal.demo import pictures
from portal.demo.shops import save_picture
from portal.roles import ensure_roles
from tests.factories import catalogue, create_shop, create_shop_index, product


SCREENSHOTS = Path(__file__).resolve().parents[2] / "build" / "screenshots"
PHOTO_ALTS = ["Un bouquet de saison", "Une plante verte en pot", "Un bouquet champêtre"]


@pytest.fixture
def shop(transactional_db, settings):
    settings.ROOT_URLCONF = "tests.e2e.urls_with_media"
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    kinds = ["bouquet", "plant", "bouquet"]
    storefront = save_picture(
        pictures.draw_storefront("Fleurs du Beffroi", 0, kinds), "Devanture", "Devanture"
    )
    photos = [
        save_picture(pictures.draw_product(kind, alt, n), alt, alt)
        for n, (kind, alt) in enumerate(zip(kinds, PHOTO_ALTS, strict=True))
    ]
    gallery = [
        {"type": "photo", "value": {"image": p.pk, "decorative": False, "alt_text": p.title}}
        for p in photos
    ]
    products = [product(f"Bouquet n° {n}", "25.00", image=p) for n, p in enumerate(photos, 1)]
    return create_shop(
        create_shop_index(home),
        logo=save_picture(pictures.draw_logo("Fleurs du Beffroi", 0), "Logo", "Logo"),
        storefront=storefront,
        storefront_alt="La devanture de Fleurs du Beffroi",
        gallery=gallery,
        body=[catalogue(products)],
    )


def test_photos_open_large_and_the_keyboard_moves_through_them(page, live_server, shop):
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(f"{live_server.url}{shop.url}")
    lead = page.get_by_role("link", name="La devanture de Fleurs du Beffroi")

    lead.click()
    dialog = page.locator("dialog.lightbox")
    assert dialog.is_visible() and dialog.get_attribute("aria-label") == "Photo 1 sur 4"
    viewer = dialog.locator(".lightbox__image")
    assert viewer.get_attribute("alt") == "La devanture de Fleurs du Beffroi"
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Fermer"
    page.wait_for_function("img => img.complete && img.naturalWidth", arg=viewer.element_handle())
    assert viewer.evaluate("img => img.naturalWidth") == 1200  # the large picture

    page.keyboard.press("ArrowRight")
    assert dialog.get_attribute("aria-label") == "Photo 2 sur 4"
    assert viewer.get_attribute("alt") == PHOTO_ALTS[0]
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert dialog.get_attribute("aria-label") == "Photo 4 sur 4"

    # Focus stays in the dialog: Tab goes round its three buttons.
    names = []
    for _ in range(4):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.getAttribute('aria-label')"))
    assert names == ["Photo précédente", "Photo suivante", "Fermer", "Photo précédente"]
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / "shop-photo-viewer-1280x800.png")

    page.keyboard.press("Escape")
    assert not dialog.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") is None
    assert page.evaluate("document.activeElement.className") == "gallery__link"
    assert "La devanture" in page.evaluate("document.activeElement.querySelector('img').alt")
    page.screenshot(path=SCREENSHOTS / "shop-page-1280x800.png", full_page=True)


def test_on_a_phone_the_photos_fit_the_screen_and_load_in_a_modern_format(page, live_server, shop):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}{shop.url}")
    page.wait_for_load_state("networkidle")

    lead = page.locator(".gallery__item--lead img")
    lead.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=lead.element_handle())
    chosen = lead.evaluate("img => img.currentSrc")
    assert chosen.endswith(".avif")  # Chromium picks the first source it can show
    box = lead.bounding_box()
    assert box["width"] <= 390 and box["height"] > 100
    natural = lead.evaluate("img => img.naturalWidth")
    assert natural <= 390 * 2  # sized for the viewport, not the 1600-pixel original
    no_overflow = "document.documentElement.scrollWidth <= window.innerWidth"
    assert page.evaluate(no_overflow)
    images = page.locator("main img")
    for n in range(images.count()):
        image = images.nth(n)
        assert image.get_attribute("width") and image.get_attribute("height")
    page.screenshot(path=SCREENSHOTS / "shop-page-390x844.png", full_page=True)

    page.get_by_role("link", name="La devanture de Fleurs du Beffroi").click()
    page.keyboard.press("ArrowRight")
    assert page.locator("dialog.lightbox").get_attribute("aria-label") == "Photo 2 sur 4"
    page.screenshot(path=SCREENSHOTS / "shop-photo-viewer-390x844.png")
