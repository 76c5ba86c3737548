"""Booking from the resident's side: pages, emails with calendar files, cancelling,
retrying mail, purging, abuse limits and bad input."""

import re
from datetime import datetime, time, timedelta

import pytest
from django.core import mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import escape
from django.utils.translation import gettext
from icalendar import Calendar

from portal.models import OutgoingEmail
from portal.outbox import deliver_email
from shops.booking import mail as booking_mail
from shops.booking.links import VIEW_SALT, booking_from_token, cancel_token, view_token
from shops.hours import BRUSSELS, brussels_today
from shops.models import BookableService, Booking, ShopPage
from tests.booking_helpers import booking_data, post_booking, slot_at
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop
from tests.outbox_helpers import run_worker, skip_waiting


def book_url(service, language="fr", **query):
    with translation.override(language):
        url = reverse("booking_service", args=[service.pk])
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def slots_of_day(client, service, day):
    response = client.get(
        reverse("booking_slots", args=[service.pk]),
        {"from": day.isoformat(), "to": day.isoformat()},
    )
    assert response.status_code == 200
    return response.json()["days"][0]


def free_starts(client, service, day):
    return [s["start"] for s in slots_of_day(client, service, day)["slots"]]


def calendar_of(message):
    (attachment,) = [a for a in message.attachments if a[0].endswith(".ics")]
    return Calendar.from_ical(attachment[1]), attachment[2]


def cancel_link(message):
    return re.search(r"https?://\S+/cancel/\S+/", message.body).group(0)


def test_shop_page_in_dutch_offers_the_translated_service_and_days(client, service):
    dutch = ShopPage.objects.get(
        translation_key=service.page.translation_key, locale__language_code="nl"
    )
    assert dutch.takes_bookings
    response = client.get(dutch.url)
    html = response.content.decode()
    assert "Coupe et brushing [nl]" in html
    assert book_url(service, "nl") in html
    # The Dutch copy shares the French calendar: its links name the French service.
    dutch_service = BookableService.objects.get(page=dutch)
    assert dutch_service.translation_key == service.translation_key
    assert book_url(dutch_service, "nl") not in html


def test_resident_books_in_dutch_gets_mail_with_ics_and_merchant_is_told(
    client, service, django_capture_on_commit_callbacks
):
    slot = slot_at()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(client, service, slot, language="nl")
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert (booking.language, booking.starts_at, booking.shop_id) == ("nl", slot, service.page_id)
    assert booking.service_name == "Coupe et brushing"  # the merchant's name for it

    done = client.get(response["Location"])
    assert "noor@example.org" in done.content.decode()

    resident, merchant = sorted(mail.outbox, key=lambda m: m.to != ["noor@example.org"])
    assert resident.to == ["noor@example.org"]
    assert "Coupe et brushing [nl]" in resident.body
    calendar, content_type = calendar_of(resident)
    assert "method=REQUEST" in content_type
    assert calendar["METHOD"] == "REQUEST"
    (event,) = calendar.walk("VEVENT")
    assert event["UID"] == f"booking-{booking.reference}@vitrine.mons.be"
    assert event["SEQUENCE"] == 0
    assert event.decoded("DTSTART") == slot
    assert event["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert merchant.to == [service.page.email]
    assert resident.reply_to == [service.page.email] and merchant.reply_to == ["noor@example.org"]
    assert "Noor Peeters" in merchant.body and "0470 12 34 56" in merchant.body
    assert not OutgoingEmail.objects.exclude(status=OutgoingEmail.SENT).exists()


def test_the_booked_slot_is_no_longer_offered_in_any_language(client, service):
    slot = slot_at()
    assert slot.astimezone(BRUSSELS).isoformat() in free_starts(client, service, slot.date())
    assert slots_of_day(client, service, slot.date())["taken_slots"] == 0
    post_booking(client, service, slot, language="de")
    assert slot.astimezone(BRUSSELS).isoformat() not in free_starts(client, service, slot.date())
    # The page's script offers that day's waiting list from this count.
    assert slots_of_day(client, service, slot.date())["taken_slots"] == 1
    again = post_booking(client, service, slot, language="nl", email="other@example.org")
    assert again.status_code == 409
    assert Booking.objects.count() == 1
    html = again.content.decode()
    # Nearest free ones are offered as choices right away.
    nearest = (slot + timedelta(minutes=30)).isoformat()
    assert f'value="{nearest}"' in html


def test_cancel_link_asks_first_then_frees_the_seat_and_withdraws_the_event(
    client, service, django_capture_on_commit_callbacks
):
    slot = slot_at()
    with django_capture_on_commit_callbacks(execute=True):
        post_booking(client, service, slot, language="nl")
    confirmation = next(m for m in mail.outbox if m.to == ["noor@example.org"])
    link = cancel_link(confirmation)
    mail.outbox.clear()

    # A mail scanner opening the link cancels nothing.
    page = client.get(link)
    assert page.status_code == 200
    assert Booking.objects.get().status == Booking.CONFIRMED
    assert '<form method="post"' in page.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(link)
    assert response.status_code == 200
    booking = Booking.objects.get()
    assert (booking.status, booking.cancelled_by) == (Booking.CANCELLED, Booking.BY_RESIDENT)
    assert slot.astimezone(BRUSSELS).isoformat() in free_starts(client, service, slot.date())

    resident = next(m for m in mail.outbox if m.to == ["noor@example.org"])
    calendar, content_type = calendar_of(resident)
    (event,) = calendar.walk("VEVENT")
    assert calendar["METHOD"] == "CANCEL" and "method=CANCEL" in content_type
    assert event["UID"] == f"booking-{booking.reference}@vitrine.mons.be"
    assert event["SEQUENCE"] == 1
    assert any(m.to == [service.page.email] for m in mail.outbox)

    # Replaying the link changes nothing and sends nothing.
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        replay = client.post(link)
    assert replay.status_code == 200 and mail.outbox == []


def test_tampered_or_foreign_tokens_cancel_nothing(client, service):
    post_booking(client, service, slot_at())
    booking = Booking.objects.get()

    token = cancel_token(booking)
    for forged in (token[:-2] + "xx", view_token(booking), "nonsense", "a" * 300):
        with translation.override("fr"):
            url = reverse("booking_cancel", args=[forged])
        assert client.post(url).status_code == 404
    assert Booking.objects.get().status == Booking.CONFIRMED


def test_cancel_link_expires_once_the_appointment_has_started(client, service):
    post_booking(client, service, slot_at())
    booking = Booking.objects.get()
    Booking.objects.filter(pk=booking.pk).update(starts_at=timezone.now() - timedelta(minutes=5))

    with translation.override("fr"):
        url = reverse("booking_cancel", args=[cancel_token(booking)])
    assert client.post(url).status_code == 410
    assert Booking.objects.get().status == Booking.CONFIRMED


def test_a_mail_outage_loses_no_booking_and_the_retry_sends_each_mail_once(
    client, service, settings, queued_mail
):
    settings.OUTBOX_DELIVERY_BACKEND = "tests.booking.test_booking.BrokenMailBackend"
    response = post_booking(client, service, slot_at())
    assert response.status_code == 302
    assert Booking.objects.count() == 1
    assert run_worker() == 2
    pending = OutgoingEmail.objects.filter(status=OutgoingEmail.PENDING)
    assert pending.count() == 2
    assert all("Connection refused" in row.last_error for row in pending)

    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    skip_waiting(deliver_email)
    assert run_worker() == 2
    assert len(mail.outbox) == 2
    assert run_worker() == 0
    assert len(mail.outbox) == 2


def test_an_email_that_cannot_be_built_fails_at_once_and_the_booking_stands(
    client, service, monkeypatch, django_capture_on_commit_callbacks
):
    def broken_template(booking, kind):
        raise ValueError("template missing")

    monkeypatch.setattr(booking_mail, "build_message", broken_template)
    assert post_booking(client, service, slot_at()).status_code == 302
    assert Booking.objects.count() == 1

    rows = OutgoingEmail.objects.all()
    assert [(row.status, row.attempts) for row in rows] == [(OutgoingEmail.FAILED, 1)] * 2
    assert all("template missing" in row.last_error for row in rows)
    assert mail.outbox == []


def test_emails_about_an_appointment_that_is_over_are_no_longer_tried(
    client, service, settings, queued_mail
):
    settings.OUTBOX_DELIVERY_BACKEND = "tests.booking.test_booking.BrokenMailBackend"
    assert post_booking(client, service, slot_at()).status_code == 302
    run_worker()
    Booking.objects.update(ends_at=timezone.now() - timedelta(minutes=1))
    OutgoingEmail.objects.update(expires_at=timezone.now() - timedelta(minutes=1))

    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    skip_waiting(deliver_email)
    run_worker()

    assert mail.outbox == []
    assert set(OutgoingEmail.objects.values_list("status", "attempts")) == {
        (OutgoingEmail.EXPIRED, 1)
    }


def test_a_confirmation_still_waiting_is_not_sent_after_the_cancellation(
    client, service, queued_mail
):
    post_booking(client, service, slot_at())
    booking = Booking.objects.get()
    with translation.override("fr"):
        assert (
            client.post(reverse("booking_cancel", args=[cancel_token(booking)])).status_code == 200
        )
    run_worker()

    to_resident = [m for m in mail.outbox if m.to == ["noor@example.org"]]
    assert len(to_resident) == 1
    assert calendar_of(to_resident[0])[1].startswith("text/calendar; method=CANCEL")
    assert OutgoingEmail.objects.get(topic__contains=":confirmation:").status == "withdrawn"


class BrokenMailBackend(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("Connection refused")


def test_purge_deletes_personal_data_after_the_retention_period(service):
    now = timezone.now()

    def booking(days_ago, email):
        start = now - timedelta(days=days_ago)
        return Booking.objects.create(
            shop=service.page,
            service=service,
            service_name="Coupe",
            starts_at=start,
            ends_at=start + timedelta(minutes=30),
            busy_until=start + timedelta(minutes=30),
            name="Ancien client",
            email=email,
            language="fr",
        )

    booking(120, "old@example.org")
    booking(10, "recent@example.org")
    call_command("purge_bookings", "--days", "90")
    assert list(Booking.objects.values_list("email", flat=True)) == ["recent@example.org"]
    call_command("purge_bookings", "--days", "5")
    assert Booking.objects.count() == 0


def test_purge_refuses_a_negative_retention_with_an_error_exit(service):
    with pytest.raises(CommandError, match="--days must be 0 or more"):
        call_command("purge_bookings", "--days", "-1")


def test_honeypot_rate_limit_and_daily_limit_answer_with_a_message(client, service, settings):
    bot = post_booking(client, service, slot_at(), homepage="http://spam.example")
    assert bot.status_code == 400 and Booking.objects.count() == 0

    for hour in (10, 11, 12):
        assert post_booking(client, service, slot_at(hour=hour)).status_code == 302
    fourth = post_booking(client, service, slot_at(hour=13))
    assert fourth.status_code == 429
    with translation.override("fr"):
        message = gettext(
            "You have already made several bookings today with this email address. "
            "Please contact the shop directly."
        )
    assert escape(message) in fourth.content.decode()
    assert Booking.objects.count() == 3

    settings.BOOKING_RATE_LIMIT = (1, 3600)
    from django.core.cache import cache

    cache.clear()
    post_booking(client, service, slot_at(hour=14), email="a@example.org")
    flood = post_booking(client, service, slot_at(hour=15), email="b@example.org")
    assert flood.status_code == 429


@pytest.mark.parametrize(
    "overrides, status",
    [
        ({"consent": ""}, 400),
        ({"name": "x" * 101}, 400),
        ({"email": "not-an-email"}, 400),
        ({"phone": "call me"}, 400),
        ({"note": "n" * 1001}, 400),
        ({"slot": "tomorrow"}, 400),
        ({"slot": "2026-13-45T10:00"}, 400),
        ({"slot": "2030-01-01T10:00"}, 400),  # no time zone
        ({"slot": "2020-01-01T10:00:00+00:00"}, 400),  # years away: not a slot
        ({"slot": "2099-01-01T10:00:00+00:00"}, 400),
        ({"slot": "YESTERDAY"}, 409),  # in the past
        ({"slot": "IN-90-DAYS"}, 409),  # beyond the 60-day horizon
        ({"slot": "SLOT+7"}, 409),  # off the grid: 10:07
    ],
)
def test_bad_booking_input_gets_a_message_not_a_booking(client, service, overrides, status):
    computed = {
        "SLOT+7": slot_at() + timedelta(minutes=7),
        "YESTERDAY": slot_at(days_ahead=-1),
        "IN-90-DAYS": slot_at(days_ahead=90),
    }
    if overrides.get("slot") in computed:
        overrides["slot"] = computed[overrides["slot"]].isoformat()
    response = post_booking(client, service, slot_at(), **overrides)
    assert response.status_code == status
    assert Booking.objects.count() == 0
    assert 'role="alert"' in response.content.decode()


def test_html_in_every_field_is_kept_as_text(client, service):
    script = "<script>alert(1)</script>"
    response = post_booking(client, service, slot_at(), name=script, note=script)
    assert response.status_code == 302
    assert Booking.objects.get().name == script
    assert script not in client.get(response["Location"]).content.decode()


def test_forged_paused_or_unknown_services_are_not_bookable(client, service, shop_index):
    other_shop = create_shop(shop_index, title="Vélos Hainaut", hours=EVERY_DAY_HOURS)
    paused = add_service(other_shop, name="Réparation", is_active=False)
    for service_id in (paused.pk, 999999):
        url = book_url(service, "fr").replace(f"/{service.pk}/", f"/{service_id}/")
        assert client.get(url).status_code == 404
        assert client.post(url, booking_data(slot_at())).status_code == 404
        json_url = reverse("booking_slots", args=[service_id])
        assert client.get(json_url).status_code == 404
    assert Booking.objects.count() == 0


@pytest.mark.parametrize(
    "query",
    [
        {"day": "not-a-date"},
        {"day": "2020-01-01"},
        {"day": "9999-12-31"},
        {"from": "2026-02-30", "day": "x"},
        {"day": "0001-01-01", "from": "9999-12-31"},
    ],
)
def test_malformed_days_still_show_a_booking_page(client, service, query):
    assert client.get(book_url(service, **query)).status_code == 200


@pytest.mark.parametrize(
    "query",
    [
        {"from": "yesterday"},
        {"from": "2026-05-01", "to": "2026-04-01"},
        {"from": "2026-01-01", "to": "2027-01-01"},
    ],
)
def test_slots_endpoint_rejects_bad_ranges_with_400(client, service, query):
    response = client.get(reverse("booking_slots", args=[service.pk]), query)
    assert response.status_code == 400
    assert "error" in response.json()


def test_booking_page_lists_free_slots_as_radio_buttons_without_javascript(client, service):
    day = slot_at().astimezone(BRUSSELS).date()
    html = client.get(book_url(service, day=day.isoformat())).content.decode()
    assert f'value="{slot_at().isoformat()}"' in html
    assert 'type="radio" name="slot"' in html
    assert f"?day={day.isoformat()}" in html


def test_slot_endpoint_query_count_does_not_grow_with_bookings(client, service):
    day = brussels_today() + timedelta(days=2)
    url = reverse("booking_slots", args=[service.pk])
    query = {"from": day.isoformat(), "to": (day + timedelta(days=30)).isoformat()}

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url, query).status_code == 200
        return len(queries)

    few = count()
    start = datetime.combine(day, time(9), tzinfo=BRUSSELS)
    Booking.objects.bulk_create(
        Booking(
            shop=service.page,
            service=service,
            service_name="Coupe",
            starts_at=start + timedelta(days=n),
            ends_at=start + timedelta(days=n, minutes=30),
            busy_until=start + timedelta(days=n, minutes=30),
            name=f"Client {n}",
            email=f"c{n}@example.org",
            language="fr",
        )
        for n in range(25)
    )
    assert count() == few


def booked_by(response):
    """The booking whose confirmation page a booking POST redirected to."""
    token = response["Location"].rstrip("/").rsplit("/", 1)[1]
    booking = booking_from_token(token, VIEW_SALT)
    assert booking is not None, response["Location"]
    return booking


def test_a_double_submit_makes_one_booking_and_one_confirmation(
    client, service, django_capture_on_commit_callbacks
):
    BookableService.objects.filter(pk=service.pk).update(capacity=3)
    form = client.get(book_url(service)).content.decode()
    key = re.search(r'name="submission" value="([^"]+)"', form).group(1)
    with django_capture_on_commit_callbacks(execute=True):
        first = post_booking(client, service, slot_at(), submission=key)
        second = post_booking(client, service, slot_at(), submission=key)
    assert first.status_code == second.status_code == 302
    assert booked_by(first) == booked_by(second)
    assert Booking.objects.count() == 1
    assert len([m for m in mail.outbox if m.to == ["noor@example.org"]]) == 1

    # The same form sent back for another time is a new booking, not the first one.
    third = post_booking(client, service, slot_at(hour=11), submission=key)
    assert third.status_code == 302 and booked_by(third) != booked_by(first)
    assert Booking.objects.count() == 2


def test_shop_page_queries_do_not_grow_with_services_or_bookings(client, service):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    dutch = ShopPage.objects.get(
        translation_key=service.page.translation_key, locale__language_code="nl"
    )

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(dutch.url).status_code == 200
        return len(captured)

    client.get(dutch.url)
    before = queries()
    add_service(service.page, name="Couleur", capacity=2)
    for hour in (10, 11, 12):
        post_booking(client, service, slot_at(hour=hour), email=f"n{hour}@example.org")
    assert queries() == before
