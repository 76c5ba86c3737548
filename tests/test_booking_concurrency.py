"""Never overbooked: 20 residents click "book" on the last seat at the same moment.

Runs on PostgreSQL, where requests really run in parallel. The same test with the
lock switched off (and a pause that widens the race) must overbook: that proves the
lock is what prevents it.
"""

import threading
from datetime import UTC, datetime, time, timedelta

import pytest
from django.db import connection, connections

from shops import bookings
from shops.hours import BRUSSELS, brussels_today
from shops.models import Booking
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop


pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="parallel transactions need PostgreSQL"
    ),
]

REQUESTS = 20


def race_for_last_seat(service, starts_at):
    """REQUESTS threads book the same slot at once; returns (booked, refused, errors)."""
    barrier = threading.Barrier(REQUESTS)
    outcomes = []

    def attempt(n):
        try:
            barrier.wait()
            bookings.book(
                service,
                starts_at,
                name=f"Resident {n}",
                email=f"resident{n}@example.org",
                language="fr",
            )
            outcomes.append("booked")
        except bookings.SlotUnavailable:
            outcomes.append("refused")
        except Exception as error:  # noqa: BLE001 — any other error fails the test below
            outcomes.append(repr(error))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(REQUESTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (
        outcomes.count("booked"),
        outcomes.count("refused"),
        [o for o in outcomes if o not in ("booked", "refused")],
    )


@pytest.fixture
def last_seat(shop_index):
    shop = create_shop(shop_index, title="Optique du Rivage", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Examen de la vue", capacity=2)
    day = brussels_today() + timedelta(days=5)
    starts_at = datetime.combine(day, time(11), tzinfo=BRUSSELS).astimezone(UTC)
    bookings.book(service, starts_at, name="First", email="first@example.org", language="fr")
    return service, starts_at


def test_twenty_simultaneous_requests_for_the_last_seat_book_it_once(last_seat):
    service, starts_at = last_seat
    booked, refused, errors = race_for_last_seat(service, starts_at)
    assert errors == []
    assert (booked, refused) == (1, REQUESTS - 1)
    assert Booking.objects.filter(starts_at=starts_at, status=Booking.CONFIRMED).count() == 2


def test_without_the_lock_the_same_race_overbooks(last_seat, settings):
    settings.BOOKING_LOCKING = False
    settings.BOOKING_TEST_PAUSE_SECONDS = 0.3
    service, starts_at = last_seat
    booked, _refused, errors = race_for_last_seat(service, starts_at)
    assert errors == []
    assert booked > 1
    assert Booking.objects.filter(starts_at=starts_at, status=Booking.CONFIRMED).count() > 2
