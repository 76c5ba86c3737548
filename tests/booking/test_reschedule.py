"""Moving a booking without phoning: a signed link shows the free times (a GET moves
nothing), a POST moves it under the booking lock, the calendar event follows."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from icalendar import Calendar

from shops.booking import rules
from shops.booking.links import cancel_token, reschedule_token
from shops.hours import BRUSSELS
from shops.models import BookableService, Booking
from tests.booking_helpers import booking_state, post_booking, slot_at, url
from tests.outbox_helpers import run_worker, skip_waiting


@pytest.fixture
def booking(client, service):
    assert post_booking(client, service, slot_at(days_ahead=4), language="nl").status_code == 302
    mail.outbox.clear()
    return Booking.objects.get()


def move_link(booking):
    return url("booking_reschedule", reschedule_token(booking), language="nl")


def calendar_event(message):
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    calendar = Calendar.from_ical(attachment[1])
    return calendar, next(c for c in calendar.walk() if c.name == "VEVENT")


def test_the_confirmation_carries_a_link_that_shows_free_times_and_moves_nothing(client, service):
    post_booking(client, service, slot_at(days_ahead=4), language="nl")
    (confirmation,) = [m for m in mail.outbox if m.to == ["noor@example.org"]]
    link = re.search(r"https?://\S+/move/\S+/", confirmation.body).group(0)
    before = booking_state()

    page = client.get(link.replace("http://testserver", ""))

    assert page.status_code == 200
    html = page.content.decode()
    assert "Verplaats uw afspraak" in html and 'name="slot"' in html
    assert booking_state() == before


def test_moving_frees_the_old_seat_takes_the_new_and_updates_the_calendar(client, service, booking):
    old_start = booking.starts_at
    new_start = old_start + timedelta(hours=2)

    response = client.post(move_link(booking), {"slot": new_start.isoformat()})

    assert response.status_code == 200
    booking.refresh_from_db()
    assert (booking.starts_at, booking.sequence, booking.moved_from) == (new_start, 1, old_start)
    resident = next(m for m in mail.outbox if m.to == ["noor@example.org"])
    calendar, event = calendar_event(resident)
    assert str(calendar["method"]) == "REQUEST" and event["sequence"] == 1
    assert str(event["uid"]) == f"booking-{booking.reference}@vitrine.mons.be"
    assert event.decoded("dtstart") == new_start.astimezone(BRUSSELS)
    shop = next(m for m in mail.outbox if m.to == [service.page.email])
    assert old_start.astimezone(BRUSSELS).strftime("%H:%M") in shop.body
    # The old time is free again for someone else, the new one is taken.
    assert post_booking(client, service, old_start, email="other@example.org").status_code == 302
    third = post_booking(client, service, new_start, email="third@example.org")
    assert third.status_code == 409


def test_a_taken_time_is_refused_with_the_nearest_free_ones(client, service, booking):
    taken = booking.starts_at + timedelta(hours=1)
    post_booking(client, service, taken, email="other@example.org")

    response = client.post(move_link(booking), {"slot": taken.isoformat()})

    assert response.status_code == 409
    assert "Dit tijdstip is niet meer vrij." in response.content.decode()
    booking.refresh_from_db()
    assert booking.sequence == 0 and booking.moved_from is None


@pytest.mark.parametrize(
    "slot", ["", "tomorrow", "2026-13-40T10:00", "2026-12-10T10:00", "9999-01-01T10:00+01:00"]
)
def test_bad_times_are_refused_without_a_500(client, booking, slot):
    before = booking_state()
    response = client.post(move_link(booking), {"slot": slot})
    assert response.status_code == 409
    assert booking_state() == before


def test_within_the_notice_or_once_cancelled_nothing_moves(client, service, booking):
    BookableService.objects.filter(pk=service.pk).update(change_notice_hours=24 * 7)
    later = (booking.starts_at + timedelta(hours=2)).isoformat()
    assert client.get(move_link(booking)).status_code == 410
    assert client.post(move_link(booking), {"slot": later}).status_code == 410

    BookableService.objects.filter(pk=service.pk).update(change_notice_hours=0)
    rules.cancel(booking, by=Booking.BY_RESIDENT)
    page = client.post(move_link(booking), {"slot": later})
    assert page.status_code == 200 and "geannuleerd" in page.content.decode()
    booking.refresh_from_db()
    assert booking.sequence == 1 and booking.moved_from is None  # the cancellation only


def test_a_forged_or_cancel_link_cannot_move_a_booking(client, booking):
    later = (booking.starts_at + timedelta(hours=2)).isoformat()
    forged = move_link(booking).replace("/move/", "/move/x")
    assert client.post(forged, {"slot": later}).status_code == 404
    other_salt = url("booking_reschedule", cancel_token(booking))
    assert client.post(other_salt, {"slot": later}).status_code == 404
    booking.refresh_from_db()
    assert booking.moved_from is None


def test_after_a_move_the_reminder_follows_the_new_time(client, service, queued_mail):
    post_booking(client, service, slot_at(days_ahead=4), language="nl")
    booking = Booking.objects.get()
    new_start = booking.starts_at + timedelta(days=1)
    client.post(move_link(booking), {"slot": new_start.isoformat()})
    run_worker()
    mail.outbox.clear()

    skip_waiting()  # both reminder tasks are due: the old one must stand down
    run_worker()
    (reminder,) = [m for m in mail.outbox if m.subject.startswith("Herinnering")]
    assert f" {new_start.astimezone(BRUSSELS).day} " in reminder.subject  # the new day
