"""A merchant changes their hours and a price; a city editor approves; the public sees it,
in French and in Dutch, with no further step."""

from datetime import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

from portal import demo
from portal.roles import CITY_EDITORS, ensure_roles
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
    page.fill("input[name='opening_hours-0-closes']", "13:00")
    page.keyboard.press("Escape")
    page.fill("input[name='body-0-value-products-0-value-price']", "27.50")
    page.get_by_role("button", name="Plus d'actions").click()
    page.get_by_role("button", name="Soumettre à Validation par la Ville").click()
    page.wait_for_load_state()
    assert "soumise pour modération" in page.locator(".messages").inner_text()

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
    tuesday = public.get_by_role("row", name="mardi")
    assert tuesday.locator(".hours__range").all_inner_texts() == ["09:00–13:00", "13:30–18:30"]

    dutch = ShopPage.objects.get(translation_key=shop.translation_key, locale__language_code="nl")
    public.goto(f"{base}{dutch.url}")
    assert public.locator("html").get_attribute("lang") == "nl"
    assert public.locator(".product__price").first.inner_text() == "27,50\xa0€"
    assert "Bouquet de saison [nl]" in public.locator(".shop__main").inner_text()
    dinsdag = public.get_by_role("row", name="dinsdag")
    assert dinsdag.locator(".hours__range").all_inner_texts() == ["09:00–13:00", "13:30–18:30"]
    public.close()
