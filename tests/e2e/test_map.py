"""The maps in Chromium: nothing leaves the site before the visitor asks for the map,
OpenStreetMap's tiles after the click (a local stand-in here: nothing leaves the
machine), keyboard access to the shops, a tile server that is down, and the merchant's
pin in the editor. Screenshots go to build/screenshots/."""

import io
import re
from decimal import Decimal
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image, ImageDraw
from playwright.sync_api import expect

from portal import demo
from portal.roles import ensure_roles
from shops.merchants import grant_shop
from shops.models import ShopPage
from tests.e2e.test_merchant_update import PASSWORD, make_user
from tests.factories import CategoryFactory, create_shop, create_shop_index


SCREENSHOTS = Path(settings.BASE_DIR) / "build" / "screenshots"
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 800)}
SHOW_MAP = "Afficher la carte (charge des tuiles depuis openstreetmap.org)"
FINDER = "/fr/trouver-un-commerce/"


def stand_in_tile():
    """A pale 256 px tile with a grid: what every tile request gets here."""
    image = Image.new("RGB", (256, 256), (236, 232, 224))
    draw = ImageDraw.Draw(image)
    for at in range(0, 256, 64):
        draw.line([(at, 0), (at, 256)], fill=(212, 205, 196))
        draw.line([(0, at), (256, at)], fill=(212, 205, 196))
    png = io.BytesIO()
    image.save(png, "PNG")
    return png.getvalue()


TILE = stand_in_tile()


@pytest.fixture
def shops(transactional_db):
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    bikes = CategoryFactory(name="Vélos", schema_type="BikeStore")
    at = {
        "Fleurs du Beffroi": ("50.45401", "3.95204"),
        "Pralines du Singe": ("50.45901", "3.95787"),
        "Cycles du Grand Large": ("50.46012", "3.93577"),
        # Two shops on one corner: a cluster until the map zooms in.
        "Librairie du Coin": ("50.44801", "3.95950"),
        "Café du Coin": ("50.44831", "3.95980"),
    }
    made = {
        title: create_shop(
            index,
            title=title,
            latitude=Decimal(lat),
            longitude=Decimal(lng),
            **({"category": bikes} if title.startswith("Cycles") else {}),
        )
        for title, (lat, lng) in at.items()
    }
    made["Sans adresse"] = create_shop(index, title="Sans adresse", latitude=None, longitude=None)
    return made


def sized(page, viewport):
    page.set_viewport_size(dict(zip(("width", "height"), VIEWPORTS[viewport], strict=True)))


def keep_on_this_machine(page, tiles_status=200):
    """Tiles asked of openstreetmap.org get the local stand-in; anything else from
    another host is refused (and recorded in page.requested_urls all the same)."""

    def answer(route):
        if urlsplit(route.request.url).hostname == "tile.openstreetmap.org":
            if tiles_status == 200:
                route.fulfill(status=200, content_type="image/png", body=TILE)
            else:
                route.fulfill(status=tiles_status, body="down")
        else:
            route.abort()

    page.route(re.compile(r"^https?://(?!127\.0\.0\.1|localhost)"), answer)


def hosts(page, live_server):
    own = urlsplit(live_server.url).netloc
    return {urlsplit(url).netloc for url in page.requested_urls} - {own, ""}


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png")


def remembers_nothing(page):
    assert page.context.cookies() == []
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_finder_map_loads_nothing_from_elsewhere_before_the_click(
    page, live_server, shops, viewport
):
    sized(page, viewport)
    keep_on_this_machine(page)
    page.goto(live_server.url + FINDER)
    page.wait_for_load_state("networkidle")

    assert hosts(page, live_server) == set()
    # Not even Leaflet is loaded before the map is asked for.
    assert not any("/vendor/leaflet" in url for url in page.requested_urls)
    button = page.get_by_role("button", name=SHOW_MAP)
    button.scroll_into_view_if_needed()
    shot(page, f"map-finder-before-click-{viewport}")

    button.click()
    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    expect(page.locator("[data-shop-map] [data-map-status]")).to_have_text(
        "Commerces sur la carte : 5"
    )
    assert hosts(page, live_server) == {"tile.openstreetmap.org"}
    expect(page.get_by_role("button", name=SHOW_MAP)).to_have_count(0)
    expect(page.locator(".leaflet-container")).to_be_focused()
    page.locator("[data-shop-map]").scroll_into_view_if_needed()
    shot(page, f"map-finder-after-click-{viewport}")
    remembers_nothing(page)

    page.reload()
    expect(page.get_by_role("button", name=SHOW_MAP)).to_be_visible()
    expect(page.locator(".leaflet-container")).to_have_count(0)


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_shop_page_shows_its_pin_after_the_click_only(page, live_server, shops, viewport):
    shop = shops["Fleurs du Beffroi"]
    sized(page, viewport)
    keep_on_this_machine(page)
    page.goto(live_server.url + shop.url)
    page.wait_for_load_state("networkidle")

    assert hosts(page, live_server) == set()
    page.get_by_role("button", name=SHOW_MAP).click()

    pin = page.get_by_role("button", name="Fleurs du Beffroi, Rue de la Chaussée 41, 7000 Mons")
    expect(pin).to_be_visible()
    # The pin can be drawn before the first tile is asked for: wait for a tile.
    expect(page.locator(".leaflet-tile-loaded").first).to_be_attached()
    assert hosts(page, live_server) == {"tile.openstreetmap.org"}
    page.locator("[data-shop-map]").scroll_into_view_if_needed()
    shot(page, f"map-shop-{viewport}")
    remembers_nothing(page)


def test_a_keyboard_reaches_each_shop_and_opens_it(page, live_server, shops):
    sized(page, "desktop")
    keep_on_this_machine(page)
    page.goto(live_server.url + FINDER)
    page.get_by_role("button", name=SHOW_MAP).click()
    expect(page.locator(".leaflet-container")).to_be_focused()
    expect(page.locator("[data-map-status]")).to_have_text("Commerces sur la carte : 5")
    # Leaflet's controls speak the page's language.
    expect(page.get_by_role("button", name="Zoomer", exact=True)).to_be_visible()
    expect(page.get_by_role("button", name="Dézoomer", exact=True)).to_be_visible()

    def tab_to(name):
        for _press in range(30):
            page.keyboard.press("Tab")
            label = page.evaluate(
                "(document.activeElement.querySelector('.visually-hidden') || {}).textContent"
            )
            if label == name:
                return
        raise AssertionError(f"{name!r} cannot be reached with Tab")

    # The two shops on one corner are a cluster: Enter zooms in until they are apart.
    tab_to("2 commerces ici : zoomer")
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Café du Coin")).to_be_visible()
    expect(page.locator(".leaflet-container")).to_be_focused()
    expect(page.locator(".marker-cluster")).to_have_count(0)  # the zoom has settled

    tab_to("Café du Coin")
    page.keyboard.press("Enter")
    link = page.locator(".leaflet-popup").get_by_role("link", name="Café du Coin")
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + shops["Café du Coin"].url)


def test_a_tile_server_that_is_down_leaves_the_list_and_filters_working(page, live_server, shops):
    sized(page, "phone")
    keep_on_this_machine(page, tiles_status=503)
    page.goto(live_server.url + FINDER)
    page.get_by_role("button", name=SHOW_MAP).click()

    problem = page.locator("[data-shop-map] [data-map-problem]")
    expect(problem).to_have_text(re.compile("Les tuiles de la carte n’ont pas pu être chargées"))
    expect(page.locator("#finder-results .shop-card__title")).to_have_count(6)
    page.locator("[data-shop-map]").scroll_into_view_if_needed()
    shot(page, "map-finder-tiles-down-phone")

    # The filters still apply, to the list and to the map's pins (folded on a phone).
    page.locator("summary", has_text="Filtres").click()
    page.get_by_role("checkbox", name=re.compile("Vélos")).check()
    page.wait_for_url(re.compile(r"category=velos"))
    expect(page.locator("#finder-results .shop-card__title")).to_have_text(
        ["Cycles du Grand Large"]
    )
    expect(page.get_by_role("button", name="Cycles du Grand Large")).to_be_attached()
    expect(page.locator(".leaflet-marker-pane [role=button]")).to_have_count(1)


def test_a_city_tile_server_shows_the_map_at_once(page, live_server, shops, settings):
    # A path on the site itself: 'self' in the policy already allows it.
    settings.MAP_TILES_URL = "/tuiles-test/{z}/{x}/{y}.png"
    sized(page, "desktop")
    page.route(
        re.compile(r"/tuiles-test/"),
        lambda route: route.fulfill(status=200, content_type="image/png", body=TILE),
    )
    page.goto(live_server.url + shops["Pralines du Singe"].url)

    expect(page.get_by_role("button", name=re.compile("Pralines du Singe, "))).to_be_visible()
    expect(page.get_by_role("button", name=SHOW_MAP)).to_have_count(0)
    assert any("/tuiles-test/" in url for url in page.requested_urls)
    assert hosts(page, live_server) == set()


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_the_merchant_drags_the_pin_and_the_saved_position_follows(
    page, live_server, shops, viewport
):
    shop = shops["Fleurs du Beffroi"]
    ensure_roles()
    grant_shop(make_user("camille", "fr"), shop)
    sized(page, viewport)
    keep_on_this_machine(page)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "camille")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/pages/{shop.pk}/edit/")
    page.get_by_role("tab", name="Adresse et contact").click()
    assert hosts(page, live_server) == set()

    page.get_by_role("button", name=SHOW_MAP).click()
    pin = page.get_by_role(
        "button",
        name="Votre commerce : faites-le glisser, ou déplacez-le avec les flèches du clavier",
    )
    expect(pin).to_be_visible()
    pin.scroll_into_view_if_needed()
    box = pin.bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    page.mouse.move(x, y)
    page.mouse.down()
    page.mouse.move(x + 40, y - 30, steps=8)
    page.mouse.move(x + 80, y - 60, steps=8)
    page.mouse.up()

    latitude, longitude = page.locator("#id_latitude"), page.locator("#id_longitude")
    expect(latitude).not_to_have_value("50.45401")
    moved = Decimal(latitude.input_value()), Decimal(longitude.input_value())
    # Dragged up and to the right: north and east of where it was, still in Mons.
    assert moved[0] > Decimal("50.45401") and moved[1] > Decimal("3.95204")
    assert moved[0] - Decimal("50.45401") < Decimal("0.01")
    shot(page, f"map-editor-pin-{viewport}")

    # Without a mouse: the focused pin moves with the arrow keys, and the fields follow.
    dragged = moved
    pin.focus()
    page.keyboard.press("Shift+ArrowUp")
    page.keyboard.press("ArrowLeft")
    expect(latitude).not_to_have_value(str(dragged[0]))
    moved = Decimal(latitude.input_value()), Decimal(longitude.input_value())
    assert moved[0] > dragged[0] and moved[1] < dragged[1]  # north, then a little west
    assert moved[0] - dragged[0] < Decimal("0.01")
    expect(pin).to_be_focused()

    page.get_by_role("button", name="Plus d'actions").click()  # sending to the city comes first
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.locator(".messages")).to_contain_text("a été mise à jour")
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert (draft.latitude, draft.longitude) == moved
