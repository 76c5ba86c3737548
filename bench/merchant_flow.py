#!/usr/bin/env python
"""Merchant effort: log in, change Saturday's closing time and one price, submit.

Drives Chromium (Playwright) against a live server on a throwaway test database and
prints the clicks, keystrokes, scroll distance (in pixels and desktop screens) and
seconds the flow takes, and the height of the editor's first tab in desktop screens.

    .venv/bin/python bench/merchant_flow.py [--products 24] [--width 1280 --height 800]
"""

import argparse
import os
import sys
import time as clock
from datetime import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's loop, ORM setup

import django  # noqa: E402


django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.staticfiles.testing import StaticLiveServerTestCase  # noqa: E402
from django.test.utils import setup_databases, teardown_databases  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from portal.demo import ensure_translated_home_pages  # noqa: E402
from portal.roles import ensure_roles  # noqa: E402
from shops.merchants import grant_shop  # noqa: E402
from tests.factories import catalogue, create_shop, create_shop_index, product  # noqa: E402


PASSWORD = "bench-password-1"  # noqa: S105 - a throwaway test database
# Counts every scroll of the page, by the user or by the browser bringing a field into view.
SCROLL_COUNTER = """
window.__scrolled = 0;
const last = new WeakMap();
document.addEventListener("scroll", (event) => {
  const box = event.target === document ? document.scrollingElement : event.target;
  window.__scrolled += Math.abs(box.scrollTop - (last.get(box) || 0));
  last.set(box, box.scrollTop);
}, {capture: true, passive: true});
"""


class Effort:
    def __init__(self, page):
        self.page = page
        self.clicks = self.keystrokes = self.scrolled = 0

    def click(self, locator):
        self.clicks += 1
        locator.click()

    def type(self, locator, text, replace=True):
        self.clicks += 1  # into the field
        if replace:
            locator.click()
            locator.press("Control+a")
            self.keystrokes += 1
        else:  # a time field: a click on its hours, then typing fills hours and minutes
            locator.click(position={"x": 12, "y": 10})
        locator.press_sequentially(text)
        self.keystrokes += len(text)

    def key(self, name):
        self.keystrokes += 1
        self.page.keyboard.press(name)

    def note_scroll(self):
        self.scrolled += self.page.evaluate("window.__scrolled || 0")


def product_toggle(page, title):
    """The button that opens a collapsed product, named by the product's title."""
    heading = page.locator("[data-panel-heading-text]", has_text=title)
    return page.locator(".w-panel__header", has=heading).locator("button[data-panel-toggle]")


def build_shop(products):
    ensure_roles()
    home = ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    items = [product(f"Bouquet n° {n}", f"{20 + n}.00") for n in range(products)]
    hours = [(d, time(9), time(18, 30)) for d in range(1, 7)]
    shop = create_shop(index, body=[catalogue(items)], hours=hours)
    user = get_user_model().objects.create_user("camille", "camille@fleurs.example", PASSWORD)
    grant_shop(user, shop)
    return shop


def run(base, shop, width, height):
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu"],
        )
        page = browser.new_page(viewport={"width": width, "height": height}, locale="fr-BE")
        page.add_init_script(SCROLL_COUNTER)
        effort = Effort(page)
        started = clock.monotonic()

        page.goto(f"{base}/admin/login/")
        effort.type(page.locator("#id_username"), "camille")
        effort.type(page.locator("#id_password"), PASSWORD)
        effort.click(page.locator("button[type=submit]"))
        page.wait_for_url(f"{base}/admin/")
        effort.click(page.get_by_role("link", name="Modifier").last)
        page.wait_for_url(f"{base}/admin/pages/{shop.pk}/edit/")
        first_tab = page.evaluate(
            "document.querySelector('[role=tabpanel]:not([hidden])').scrollHeight"
        )
        effort.type(page.locator("input[name='week_hours-5-0-closes']"), "1700", replace=False)
        effort.click(product_toggle(page, "Bouquet n° 0 · 20.00 €"))
        effort.type(page.locator("input[name='body-0-value-products-0-value-price']"), "27.50")
        effort.note_scroll()  # the actions stay in the footer: no scroll from here
        effort.click(page.get_by_role("button", name="Soumettre à Validation par la Ville"))
        page.wait_for_url(f"{base}/admin/")
        seconds = clock.monotonic() - started
        draft = type(shop).objects.get(pk=shop.pk).get_latest_revision_as_object()
        saturday = [h for h in draft.opening_hours.all() if h.weekday == 5]
        sent = "Envoyé à la Ville pour validation" in page.locator(".messages").inner_text()
        browser.close()

    print(f"viewport                 {width}×{height}")
    print(f"sent for approval        {'yes' if sent else 'NO'}")
    print(f"Saturday in the draft    {[f'{h.opens:%H:%M}–{h.closes:%H:%M}' for h in saturday]}")
    print(f"clicks                   {effort.clicks}")
    print(f"keystrokes               {effort.keystrokes}")
    print(f"scroll distance          {effort.scrolled} px = {effort.scrolled / height:.2f} screens")
    print(f"first tab height         {first_tab} px = {first_tab / height:.2f} screens")
    print(f"seconds                  {seconds:.1f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--products", type=int, default=24)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    args = parser.parse_args()
    old_config = setup_databases(verbosity=0, interactive=False, keepdb=False)
    try:
        shop = build_shop(args.products)
        StaticLiveServerTestCase.setUpClass()
        try:
            run(StaticLiveServerTestCase.live_server_url, shop, args.width, args.height)
        finally:
            StaticLiveServerTestCase.tearDownClass()
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
