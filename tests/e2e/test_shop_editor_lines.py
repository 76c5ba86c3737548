"""The shop editor's first tab reads as lines: each product "name · price · availability"
and each saved closure its dates, until the merchant opens one, with the keyboard too;
on a phone the week grid fits the screen."""

from datetime import date

import pytest

from portal import demo
from portal.roles import ensure_roles
from shops.merchants import grant_shop
from shops.models import OpeningException
from tests.e2e.test_merchant_update import log_in, make_user
from tests.factories import catalogue, create_shop, create_shop_index, product


@pytest.fixture
def shop(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    products = [
        product("Bouquet de saison", "25.00"),
        product("Orchidée en pot", "32.00", availability="out_of_stock"),
    ]
    shop = create_shop(index, body=[catalogue(products)])
    OpeningException.objects.create(
        page=shop, date=date(2099, 8, 1), end_date=date(2099, 8, 21), reason="holidays"
    )
    grant_shop(make_user("camille", "fr"), shop)
    return shop


def open_editor(page, base, shop):
    log_in(page, base, "camille")
    page.goto(f"{base}/admin/pages/{shop.pk}/edit/")


def test_products_and_closures_are_lines_that_open_from_the_keyboard(page, live_server, shop):
    open_editor(page, live_server.url, shop)

    lines = page.locator(".catalogue-products [data-panel-heading-text]")
    assert lines.all_inner_texts() == [
        "Bouquet de saison · 25.00 € · En stock",
        "Orchidée en pot · 32.00 € · En rupture de stock",
    ]
    price = page.locator("input[name='body-0-value-products-1-value-price']")
    assert not price.is_visible()

    orchid_line = page.locator("[data-panel-heading-text]", has_text="Orchidée en pot")
    orchid = page.locator(".w-panel__header", has=orchid_line)
    orchid.locator("button[data-panel-toggle]").focus()
    page.keyboard.press("Enter")
    price.fill("29.00")
    orchid.locator("button[data-panel-toggle]").focus()
    page.keyboard.press("Enter")  # closed again, the line says the new price
    assert not price.is_visible()
    assert lines.nth(1).inner_text() == "Orchidée en pot · 29.00 € · En rupture de stock"

    closure = page.locator("#id_opening_exceptions-FORMS [data-panel-heading-text]")
    assert closure.all_inner_texts() == ["1–21 août 2099 · fermé · Congés"]
    first_day = page.locator("input[name='opening_exceptions-0-date']")
    assert not first_day.is_visible()
    summer = page.locator("[data-panel-heading-text]", has_text="1–21 août 2099")
    page.locator(".w-panel__header", has=summer).locator("button[data-panel-toggle]").focus()
    page.keyboard.press("Enter")
    assert first_day.is_visible() and first_day.input_value() == "2099-08-01"


def test_on_a_phone_the_week_grid_fits_the_screen_and_keeps_its_labels(page, live_server, shop):
    page.set_viewport_size({"width": 390, "height": 844})
    open_editor(page, live_server.url, shop)

    grid = page.locator("[data-week-hours]")
    assert grid.evaluate("grid => grid.scrollWidth <= grid.clientWidth")
    saturday_closes = page.locator("input[name='week_hours-5-0-closes']")
    box = saturday_closes.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert page.get_by_label("Samedi : ferme à").evaluate("input => input.name") == (
        "week_hours-5-0-closes"
    )
    # The column headings are gone: each range says what it is.
    after_lunch = page.locator("tr[data-week-day='5'] .week-hours__range-name").nth(1)
    assert after_lunch.is_visible() and after_lunch.inner_text() == "Après la pause de midi"
