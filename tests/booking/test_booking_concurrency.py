"""Never overbooked: 20 residents click "book" on the last seat at the same moment.

Runs on PostgreSQL, where requests really run in parallel. The same test with the
lock switched off (and a pause that widens the race) must overbook: that proves the
lock is what prevents it.
"""

import threading
from datetime import UTC, datetime, time, timedelta
from time import sleep

import pytest
from django.db import connection, connections
from django.test import Client
from django.urls import reverse

from shops.booking import rules
from shops.booking.models import BookableService, Booking
from shops.booking.slots import slots_between
from shops.hours import BRUSSELS, brussels_today
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop


pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel transactions need PostgreSQL"
    ),
]

REQUESTS = 20


def post_at_once(requests):
    """Post every (url, data) at the same moment from its own thread; the statuses."""
    barrier = threading.Barrier(len(requests))
    statuses = []

    def attempt(url, data):
        try:
            barrier.wait()
            statuses.append(Client().post(url, data).status_code)
        except Exception as error:  # noqa: BLE001 — reported as a failure below
            statuses.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=request) for request in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(statuses, key=str)


def race_for_last_seat(service, starts_at):
    """REQUESTS browsers post the booking form for the same slot at once.

    Returns the HTTP status codes: 302 (booked) or 409 (taken), never anything else."""
    url = reverse("booking_service", args=[service.pk])
    return post_at_once(
        [
            (
                url,
                {
                    "slot": starts_at.isoformat(),
                    "name": f"Resident {n}",
                    "email": f"resident{n}@example.org",
                    "consent": "on",
                },
            )
            for n in range(REQUESTS)
        ]
    )


@pytest.fixture
def last_seat(shop_index, settings):
    settings.BOOKING_RATE_LIMIT = (1000, 3600)  # all requests come from one address here
    shop = create_shop(shop_index, title="Optique du Rivage", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Examen de la vue", capacity=2)
    day = brussels_today() + timedelta(days=5)
    starts_at = datetime.combine(day, time(11), tzinfo=BRUSSELS).astimezone(UTC)
    rules.book(service, starts_at, name="First", email="first@example.org", language="fr")
    return service, starts_at


def test_twenty_simultaneous_requests_for_the_last_seat_book_it_once(last_seat):
    service, starts_at = last_seat
    statuses = race_for_last_seat(service, starts_at)
    assert statuses == [302] + [409] * (REQUESTS - 1)
    assert Booking.objects.filter(starts_at=starts_at, status=Booking.CONFIRMED).count() == 2


def test_without_the_lock_the_same_race_overbooks(last_seat, monkeypatch):
    def unlocked(service):
        return BookableService.objects.select_related("page").get(pk=service.pk)

    def slow_slots_between(*args, **kwargs):
        found = slots_between(*args, **kwargs)
        sleep(0.3)  # every request reads the free seat before any of them writes
        return found

    monkeypatch.setattr(rules, "locked", unlocked)
    monkeypatch.setattr(rules, "slots_between", slow_slots_between)
    service, starts_at = last_seat
    statuses = race_for_last_seat(service, starts_at)
    assert set(statuses) <= {302, 409}
    assert statuses.count(302) > 1
    assert Booking.objects.filter(starts_at=starts_at, status=Booking.CONFIRMED).count() > 2


@pytest.fixture
def ten_services(shop_index, settings):
    settings.BOOKING_RATE_LIMIT = (1000, 3600)
    settings.BOOKING_MAX_PER_EMAIL_PER_DAY = 3
    day = brussels_today() + timedelta(days=5)
    starts_at = datetime.combine(day, time(11), tzinfo=BRUSSELS).astimezone(UTC)
    data = {"slot": starts_at.isoformat(), "name": "Eve", "email": "eve@example.org"}
    requests = []
    for n in range(10):  # ten shops: no lock on a service or a page is shared
        shop = create_shop(shop_index, title=f"Bien-être {n}", hours=EVERY_DAY_HOURS)
        service = add_service(shop, name="Soin", capacity=5)
        requests.append((reverse("booking_service", args=[service.pk]), {**data, "consent": "on"}))
    return requests


def test_the_daily_limit_per_email_holds_when_ten_bookings_arrive_at_once(ten_services):
    statuses = post_at_once(ten_services)

    assert statuses == [302] * 3 + [429] * 7
    assert Booking.objects.filter(email="eve@example.org").count() == 3


def test_without_the_email_lock_the_same_burst_passes_the_limit(ten_services, monkeypatch):
    def slow_count(email, now):
        found = Booking.objects.filter(email__iexact=email).count()
        sleep(0.3)  # every request counts before any of them writes
        return found

    monkeypatch.setattr(rules, "lock_email", lambda email: None)
    monkeypatch.setattr(rules, "bookings_today_for", slow_count)

    statuses = post_at_once(ten_services)

    assert set(statuses) <= {302, 429}
    assert Booking.objects.filter(email="eve@example.org").count() > 3
