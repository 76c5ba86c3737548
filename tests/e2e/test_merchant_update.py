"""A merchant changes their hours on the week grid, adds a closure period and a price; a
city editor approves; the public sees it, in French and in Dutch, with no further step."""

from datetime import time, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from portal import demo
from portal.roles import CITY_EDITORS, ensure_roles
from shops.hours import brussels_today
from shops.merchants import grant_shop
from shops.models import ShopPage
from tests.factories import (
    catalogue,
    create_shop,
    create_shop_index,
    product,
    translate_everything,
)


PASSWORD = "e2e-password-1"


def make_user(username, language, group=None):
    user = get_user_model().objects.create_user(username, f"{username}@mons.example", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


@pytest.fixture
def shop(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    translate_everything(index, languages=("nl",))
    shop = create_shop(
        index,
        body=[catalogue([product("Bouquet de saison", "25.00")])],
        hours=[(1, time(9), time(12, 30)), (1, time(13, 30), time(18, 30))],
    )
    translate_everything(shop, languages=("nl",))
    grant_shop(make_user("camille", "fr"), shop)
    make_user("dominique", "fr", group=CITY_EDITORS)
    return shop


def log_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_merchant_change_is_published_after_the_editors_approval(page, live_server, shop):
    base = live_server.url
    edit_url = f"{base}/admin/pages/{shop.pk}/edit/"

    log_in(page, base, "camille")
    page.get_by_role("link", name="Modifier").last.click()  # "Mon commerce" on the dashboard
    page.wait_for_url(edit_url)
    # Tuesday's morning now ends at 13:00, and the rest of the week follows Tuesday.
    page.fill("input[name='week_hours-1-0-closes']", "13:00")
    page.locator("tr[data-week-day='1'] [data-week-copy]").click()
    assert page.input_value("input[name='week_hours-4-0-closes']") == "13:00"
    for weekend_day in (5, 6):
        page.check(f"input[name='week_hours-{weekend_day}-closed']")
    assert page.input_value("input[name='week_hours-5-0-opens']") == ""
    # A two-week closure is one row.
    first = brussels_today() + timedelta(days=20)
    page.click("#id_opening_exceptions-ADD")
    page.fill("input[name='opening_exceptions-0-date']", first.isoformat())
    page.keyboard.press("Escape")
    page.fill("input[name='opening_exceptions-0-end_date']", (first + timedelta(13)).isoformat())
    page.keyboard.press("Escape")
    page.select_option("select[name='opening_exceptions-0-reason']", "works")
    # Products are collapsed to "name · price" lines; the merchant opens the one to change.
    heading = page.locator("[data-panel-heading-text]", has_text="Bouquet de saison · 25.00 €")
    page.locator(".w-panel__header", has=heading).locator("button[data-panel-toggle]").click()
    page.fill("input[name='body-0-value-products-0-value-price']", "27.50")
    page.get_by_role("button", name="Soumettre à Validation par la Ville").click()  # main button
    page.wait_for_url(f"{base}/admin/")
    assert "Envoyé à la Ville pour validation" in page.locator(".messages").inner_text()

    public = page.context.browser.new_page()
    public.goto(f"{base}{shop.url}")
    price = public.locator(".product__price").first
    assert price.inner_text() == "25,00\xa0€"  # not live before approval

    log_in(page, base, "dominique")
    page.goto(edit_url)
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Approuver et publier", exact=True).click()
    page.wait_for_load_state()

    public.goto(f"{base}{shop.url}")
    assert price.inner_text() == "27,50\xa0€"
    for day in ("mardi", "vendredi"):
        row = public.get_by_role("row", name=day)
        assert row.locator(".hours__range").all_inner_texts() == ["09:00–13:00", "13:30–18:30"]
    assert "Fermé" in public.get_by_role("row", name="samedi").inner_text()
    closures = public.locator(".hours__exceptions").inner_text()
    assert "fermé (Travaux)" in closures and closures.count("fermé") == 1

    dutch = ShopPage.objects.get(translation_key=shop.translation_key, locale__language_code="nl")
    public.goto(f"{base}{dutch.url}")
    assert public.locator("html").get_attribute("lang") == "nl"
    assert public.locator(".product__price").first.inner_text() == "27,50\xa0€"
    assert "Bouquet de saison [nl]" in public.locator(".shop__main").inner_text()
    dinsdag = public.get_by_role("row", name="dinsdag")
    assert dinsdag.locator(".hours__range").all_inner_texts() == ["09:00–13:00", "13:30–18:30"]
    public.close()
