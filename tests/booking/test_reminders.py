"""Reminders that really fire (once, in the resident's language, never for a cancelled or
past appointment) and a notice after which changes go through the shop's phone."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from shops.booking import mail as booking_mail
from shops.booking import rules
from shops.hours import BRUSSELS
from shops.models import BookableService, Booking
from tests.booking_helpers import post_booking, slot_at
from tests.outbox_helpers import run_worker, skip_waiting


def brussels(day, hour, minute=0):
    return datetime.combine(day, time(hour, minute), tzinfo=BRUSSELS)


@pytest.mark.parametrize(
    ("reminder", "booked", "starts", "expected"),
    [
        # Booked days ahead: the day before at 09:00 Brussels time.
        ("day_before", ("2026-12-01", 15), ("2026-12-04", 10), ("2026-12-03", 9)),
        # Across the change to summer time, still 09:00 on the wall clock.
        ("day_before", ("2027-03-20", 12), ("2027-03-29", 8), ("2027-03-28", 9)),
        # Booked less than a day ahead: 2 hours before.
        ("day_before", ("2026-12-03", 18), ("2026-12-04", 11), ("2026-12-04", 9)),
        # The day before at 09:00 is past although a day ahead: 2 hours before.
        ("day_before", ("2026-12-03", 9, 30), ("2026-12-04", 16), ("2026-12-04", 14)),
        # Booked 90 minutes ahead: too late for any reminder.
        ("day_before", ("2026-12-04", 8, 30), ("2026-12-04", 10), None),
        ("2h", ("2026-12-01", 15), ("2026-12-04", 10), ("2026-12-04", 8)),
        ("none", ("2026-12-01", 15), ("2026-12-04", 10), None),
    ],
)
def test_the_reminder_is_due_when_the_service_says(reminder, booked, starts, expected):
    def moment(day, *clock):
        return brussels(datetime.fromisoformat(day).date(), *clock)

    service = BookableService(reminder=reminder)
    due = rules.reminder_time(service, moment(*starts), moment(*booked))
    assert due == (moment(*expected) if expected else None)


@pytest.fixture
def booked_in_dutch(client, service, queued_mail):
    assert post_booking(client, service, slot_at(days_ahead=4), language="nl").status_code == 302
    run_worker()  # the confirmation and the shop's notice
    mail.outbox.clear()
    return Booking.objects.get()


def reminders():
    return [m for m in mail.outbox if m.subject.startswith("Herinnering")]


def test_the_reminder_fires_once_in_the_residents_language_when_due(booked_in_dutch):
    assert run_worker() == 0  # not yet: due the day before
    assert booked_in_dutch.reminder_due_at.astimezone(BRUSSELS).time() == time(9)

    skip_waiting()  # the clock reaches the day before, 09:00
    run_worker()
    (reminder,) = reminders()
    assert reminder.to == ["noor@example.org"]
    assert "Salon Lucette" in reminder.subject and "10:00" in reminder.subject
    assert re.search(r"https?://\S+/cancel/\S+/", reminder.body)  # still free to cancel

    booking_mail.send_reminder.enqueue(  # a replayed task sends nothing twice
        booked_in_dutch.pk, booked_in_dutch.reminder_due_at.isoformat()
    )
    run_worker()
    assert len(reminders()) == 1


def test_no_reminder_for_a_cancelled_booking(client, booked_in_dutch):
    rules.cancel(booked_in_dutch, by=Booking.BY_RESIDENT)
    skip_waiting()
    run_worker()
    assert reminders() == []


def test_no_reminder_once_the_appointment_has_started(booked_in_dutch):
    Booking.objects.update(starts_at=booked_in_dutch.starts_at - timedelta(days=10))
    skip_waiting()
    run_worker()
    assert reminders() == []


def test_a_merchant_can_switch_reminders_off_for_a_service(client, service, queued_mail):
    BookableService.objects.filter(pk=service.pk).update(reminder=BookableService.REMINDER_NONE)
    post_booking(client, service, slot_at(days_ahead=4))
    skip_waiting()
    run_worker()
    assert Booking.objects.get().reminder_due_at is None
    assert not [m for m in mail.outbox if m.subject.startswith("Rappel")]


def test_within_the_notice_the_link_sends_residents_to_the_shops_phone(client, service):
    BookableService.objects.filter(pk=service.pk).update(change_notice_hours=24 * 5)
    post_booking(client, service, slot_at(days_ahead=4))
    booking = Booking.objects.get()
    (confirmation,) = [m for m in mail.outbox if m.to == ["noor@example.org"]]
    assert "/cancel/" not in confirmation.body  # already within the notice: phone instead
    assert "Merci de prévenir le commerce par téléphone." in confirmation.body

    with translation.override("fr"):
        link = reverse("booking_cancel", args=[booking_mail.cancel_token(booking)])
    page = client.get(link)
    assert page.status_code == 410
    html = page.content.decode()
    assert "Trop tard pour modifier en ligne" in html and booking.shop.phone in html
    assert client.post(link).status_code == 410
    assert Booking.objects.get().status == Booking.CONFIRMED

    assert rules.cancel(booking, by=Booking.BY_SHOP)  # the merchant still can, from the admin
