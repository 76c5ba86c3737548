"""Wagtail's own screens work under the admin's Content-Security-Policy.

The `page` fixture fails a test on any console report of a blocked script, style,
image, connection or frame, in the admin as on public pages; these tests walk through
the screens an editor uses, the preview iframe and the two-step sign-in.
"""

import binascii
import re

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import totp

from portal import demo
from portal.roles import ensure_roles
from tests.factories import catalogue, create_shop, create_shop_index, product, translate_everything


PASSWORD = "e2e-password-1"


@pytest.fixture
def shop(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    translate_everything(index, languages=("nl",))
    shop = create_shop(index, body=[catalogue([product("Bouquet de saison", "25.00")])])
    translate_everything(shop, languages=("nl",))
    get_user_model().objects.create_superuser("dominique", "dominique@mons.example", PASSWORD)
    return shop


def sign_in(page, base):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "dominique")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def visit(page, url):
    page.goto(url)
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").count() or page.locator("header").count()


def test_an_editors_screens_and_the_preview_run_under_the_policy(page, live_server, shop):
    base = live_server.url
    sign_in(page, base)
    page.wait_for_url(f"{base}/admin/")
    dutch = shop.get_translations().get(locale__language_code="nl")

    for path in (
        "/admin/",
        "/admin/pages/",
        f"/admin/pages/{shop.get_parent().pk}/",
        f"/admin/pages/{shop.pk}/history/",
        f"/admin/pages/{dutch.pk}/edit/",  # wagtail-localize's translation editor
        "/admin/images/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/snippets/shops/category/",
        "/admin/bookings/",
        "/admin/forms/",
        "/admin/reports/site-history/",
        "/admin/reports/translations-to-review/",
        "/admin/users/",
        "/admin/workflows/list/",
        "/admin/account/",
        "/admin/account/two-factor/",
        "/admin/paused-sign-ins/",
    ):
        visit(page, f"{base}{path}")

    visit(page, f"{base}/admin/pages/{shop.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    assert preview.locator(".product__name").first.inner_text() == "Bouquet de saison"
    page.locator("[data-side-panel-toggle='checks']").click()
    page.wait_for_load_state("networkidle")
    page.get_by_role("tab", name="À propos du commerce").click()  # the logo is on this tab
    page.locator("[data-chooser-action-choose]:visible").first.click()  # the image chooser modal
    page.wait_for_selector(".modal-content")
    page.wait_for_load_state("networkidle")


def test_setting_up_and_using_the_second_factor_in_the_browser(page, live_server, shop):
    base = live_server.url
    sign_in(page, base)
    page.wait_for_url(f"{base}/admin/")
    page.goto(f"{base}/admin/account/two-factor/")
    assert page.locator(".second-factor-qr svg").count() == 1
    key = binascii.unhexlify(page.locator("code").first.inner_text())
    page.fill("#id_code", f"{totp(key):06d}")
    page.get_by_role("button", name="Activer la connexion en deux étapes").click()
    page.wait_for_selector(".second-factor-codes code")  # the page after the POST
    backup_codes = page.locator(".second-factor-codes code").all_inner_texts()
    assert len(backup_codes) == 10

    sign_in(page, base)
    page.wait_for_url(re.compile(r".*/admin/login/code/$"))
    page.fill("#id_code", backup_codes[0])
    page.get_by_role("button", name="Se connecter").click()
    page.wait_for_url(f"{base}/admin/")
