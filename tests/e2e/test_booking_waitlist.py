"""In Chromium: a resident moves an appointment by the emailed link, and another joins the
waiting list of a taken time, gets the freed seat offered by email and claims it."""

import re
from datetime import datetime, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from shops.booking import rules
from shops.booking.models import BookableService, WaitingListEntry
from shops.booking.slots import slots_between
from shops.hours import brussels_today
from shops.models import Booking
from tests.booking_helpers import url
from tests.e2e.test_booking import WCAG_AA, hairdresser  # noqa: F401 — a shared fixture


@pytest.fixture
def one_seat(hairdresser):  # noqa: F811
    """The demo hairdresser's first service, one seat per slot; two free times a day apart."""
    service = BookableService.objects.filter(page=hairdresser).order_by("sort_order").first()
    BookableService.objects.filter(pk=service.pk).update(capacity=1, change_notice_hours=0)
    service.refresh_from_db()
    first = brussels_today() + timedelta(days=3)
    days = slots_between(service, first, first + timedelta(days=10))
    free = [slot for slots in days.values() for slot in slots if slot.is_free]
    return service, free


def link_in(message, kind):
    return re.search(rf"https?://\S+/{kind}/\S+/", message.body).group(0)


def local(base, link):
    return re.sub(r"^https?://[^/]+", base, link)


def test_a_resident_moves_the_appointment_by_the_emailed_link(page, live_server, one_seat):
    service, free = one_seat
    booking = rules.book(
        service, free[0].starts_at, name="Inès Daout", email="ines@example.org", language="fr"
    )
    confirmation = next(m for m in mail.outbox if m.to == ["ines@example.org"])
    mail.outbox.clear()

    page.goto(local(live_server.url, link_in(confirmation, "move")))
    assert Booking.objects.get(pk=booking.pk).sequence == 0  # opening the link moves nothing
    later_day = page.locator("a[data-day]").nth(1)
    day = later_day.get_attribute("data-day")
    later_day.click()
    page.wait_for_url(re.compile(rf"day={day}"))
    slot = page.locator("[data-slot-list] input[type=radio]").first
    new_start = slot.get_attribute("value")
    slot.check()
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.locator("form.booking__form button[type=submit]").click()
    page.wait_for_load_state()

    assert "Votre rendez-vous est déplacé" in page.inner_text("main")
    booking.refresh_from_db()
    assert booking.starts_at == datetime.fromisoformat(new_start) and booking.sequence == 1
    moved = next(m for m in mail.outbox if m.to == ["ines@example.org"])
    (ics,) = [a for a in moved.attachments if a[0].endswith(".ics")]
    assert "METHOD:REQUEST" in ics[1] and "SEQUENCE:1" in ics[1]
    assert all(url.startswith(live_server.url) for url in page.requested_urls)


def test_a_resident_waits_for_a_taken_time_and_claims_the_freed_seat(page, live_server, one_seat):
    base = live_server.url
    service, free = one_seat
    taken = free[0]
    holder = rules.book(
        service, taken.starts_at, name="Marc Holder", email="marc@example.org", language="fr"
    )
    day = brussels_today(taken.starts_at).isoformat()

    page.goto(f"{base}{url('booking_service', service.pk)}?day={day}")
    page.get_by_role("link", name=re.compile("liste d’attente")).first.click()
    page.wait_for_url(re.compile("/wait/"))
    page.locator(f"input[name=slot][value='{taken.starts_at.isoformat()}']").check()
    page.locator("#id_name").fill("Sofia Lambert")
    page.locator("#id_email").fill("sofia@example.org")
    page.locator("#id_consent").check()
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "Vous êtes sur la liste d’attente" in page.inner_text("main")
    assert Booking.objects.filter(email="sofia@example.org").count() == 0

    rules.cancel(holder, by=Booking.BY_RESIDENT)  # the seat frees: Sofia is offered it
    offer = next(m for m in mail.outbox if m.to == ["sofia@example.org"] and "/claim/" in m.body)
    page.goto(local(base, link_in(offer, "claim")))
    assert "Une place est libre pour vous" in page.inner_text("main")
    assert Booking.objects.filter(email="sofia@example.org").count() == 0
    results = Axe().run(page, options=WCAG_AA)
    assert results.violations_count == 0, results.generate_report()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile("/done/"))

    booking = Booking.objects.get(email="sofia@example.org")
    assert booking.starts_at == taken.starts_at and booking.status == Booking.CONFIRMED
    assert WaitingListEntry.objects.get().status == WaitingListEntry.BOOKED
    page.goto(local(base, link_in(offer, "claim")))  # the link used again books nothing
    assert "Vous avez déjà réservé cette place" in page.inner_text("main")
    assert Booking.objects.filter(email="sofia@example.org").count() == 1
    assert all(url.startswith(base) for url in page.requested_urls)


def test_the_waiting_list_offered_follows_the_day_chosen(page, live_server, one_seat):
    service, free = one_seat
    taken = free[0]
    rules.book(
        service, taken.starts_at, name="Marc Holder", email="marc@example.org", language="fr"
    )
    taken_day = brussels_today(taken.starts_at)
    days = [brussels_today(slot.starts_at) for slot in free]
    other_day = next(day for day in days if day != taken_day)
    page.goto(
        f"{live_server.url}{url('booking_service', service.pk)}"
        f"?day={other_day.isoformat()}&from={taken_day.isoformat()}"
    )
    waiting = page.locator("[data-waiting]")
    assert waiting.is_hidden()  # nothing is taken on the day shown

    page.locator(f"a[data-day='{taken_day.isoformat()}']").click()
    page.wait_for_url(re.compile(rf"day={taken_day.isoformat()}"))
    waiting.wait_for(state="visible")
    link = waiting.locator("a")
    assert f"day={taken_day.isoformat()}" in link.get_attribute("href")
    assert str(taken_day.day) in link.inner_text()

    page.locator(f"a[data-day='{other_day.isoformat()}']").click()
    page.wait_for_url(re.compile(rf"day={other_day.isoformat()}"))
    waiting.wait_for(state="hidden")
