"""A resident books on the Dutch page of a demo shop, cancels by the emailed link, and
the merchant sees both in the admin."""

import re
from datetime import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.urls import reverse
from django.utils import translation

from portal import demo
from portal.demo import shops as shop_demo
from portal.roles import ensure_roles
from shops.merchants import grant_shop
from shops.models import BookableService, Booking, ShopPage
from tests.e2e.test_merchant_update import log_in, make_user


WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


@pytest.fixture
def hairdresser(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    shop_demo.ensure_taxonomy()
    index = shop_demo.ensure_shop_index(home)
    shop = shop_demo.ensure_shops(index, slugs={"atelier-bertaimont"})["atelier-bertaimont"]
    grant_shop(make_user("coiffeuse", "fr"), shop)
    return shop


def test_resident_books_in_dutch_cancels_by_email_and_merchant_sees_it(
    page, live_server, hairdresser
):
    base = live_server.url
    dutch = ShopPage.objects.get(
        translation_key=hairdresser.translation_key, locale__language_code="nl"
    )
    page.goto(base + dutch.url)
    block = page.locator(".booking-block")
    assert "Knippen en brushen" in block.inner_text()
    block.locator(".booking-service").first.locator(".day-list a").nth(1).click()
    page.wait_for_url(re.compile(r"/nl/.+\?day="))

    # JavaScript changes the day without a reload; the URL follows.
    days = page.locator("a[data-day]:not(.day-list__day--full)")
    target = days.nth(2)
    day = target.get_attribute("data-day")
    target.click()
    page.wait_for_url(re.compile(rf"day={day}"))
    first_slot = page.locator("[data-slot-list] input[type=radio]").first
    slot_value = first_slot.get_attribute("value")
    first_slot.check()
    page.locator("#id_name").fill("Jonas Vermeulen")
    page.locator("#id_email").fill("jonas@example.org")
    page.locator("#id_consent").check()
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.locator("form.booking__form button[type=submit]").click()
    page.wait_for_url(re.compile("/done/"))
    assert "jonas@example.org" in page.inner_text("main")

    booking = Booking.objects.get()
    assert booking.language == "nl" and booking.starts_at == datetime.fromisoformat(slot_value)
    confirmation = next(m for m in mail.outbox if m.to == ["jonas@example.org"])
    (ics,) = [a for a in confirmation.attachments if a[0].endswith(".ics")]
    assert "METHOD:REQUEST" in ics[1]
    link = re.search(r"https?://\S+/cancel/\S+/", confirmation.body).group(0)

    page.goto(re.sub(r"^https?://[^/]+", base, link))
    assert Booking.objects.get().status == Booking.CONFIRMED  # opening the link is not enough
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert Booking.objects.get().status == Booking.CANCELLED
    service = BookableService.objects.get(pk=booking.service_id)
    with translation.override("nl"):
        slots_url = reverse("booking_slots", args=[service.pk])
    slots = page.request.get(f"{base}{slots_url}?from={day}&to={day}").json()
    free = {datetime.fromisoformat(s["start"]) for s in slots["days"][0]["slots"]}
    assert datetime.fromisoformat(slot_value) in free  # the seat is free again

    log_in(page, base, "coiffeuse")
    page.goto(f"{base}/admin/bookings/")
    listing = page.inner_text("main")
    with translation.override("fr"):
        cancelled = str(dict(Booking.STATUS_CHOICES)[Booking.CANCELLED])
    assert "Jonas Vermeulen" in listing and cancelled.upper() in listing.upper()
    assert "Coupe et coiffage" in listing  # the merchant reads the French service name
    assert all(url.startswith(base) for url in page.requested_urls)
