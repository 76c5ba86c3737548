"""A cancellation, a reschedule into the seat it frees and the claim of the person waiting
for that seat, at the same moment: exactly one of them gets the seat, never both.

The freed seat is held for the first one waiting, under the lock bookings take, in the
cancellation's own transaction: a move can never slip in between. The claim comes from
the offer email, so after the cancellation; the move races both.

On PostgreSQL the requests really run in parallel (threads). SQLite runs each
transaction as BEGIN IMMEDIATE, one after the other, so every race there is one of the
orders below; each order is run on both databases.
"""

import threading
from datetime import UTC, datetime, time, timedelta

import pytest
from django.db import connection, connections
from django.test import Client

from shops.booking import rules
from shops.booking.links import cancel_token, claim_token, reschedule_token
from shops.booking.models import WaitingListEntry
from shops.hours import BRUSSELS, brussels_today
from shops.models import Booking
from tests.booking_helpers import url
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop


@pytest.fixture
def contested_seat(shop_index, settings):
    """A one-seat 11:00 held by one resident, another booked at 12:00 who wants 11:00,
    and a third on the waiting list of 11:00."""
    settings.BOOKING_RATE_LIMIT = (1000, 3600)
    shop = create_shop(shop_index, title="Optique du Rivage", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Examen de la vue", capacity=1)
    day = brussels_today() + timedelta(days=5)
    seat = datetime.combine(day, time(11), tzinfo=BRUSSELS).astimezone(UTC)
    holder = rules.book(service, seat, name="Holder", email="holder@example.org", language="fr")
    mover = rules.book(
        service, seat + timedelta(hours=1), name="Mover", email="mover@example.org", language="nl"
    )
    entry, _ = rules.join_waiting_list(
        service, day, seat, name="Waiting", email="waiting@example.org", language="de"
    )
    return {"seat": seat, "holder": holder, "mover": mover, "entry": entry}


def cancel(contested):
    response = Client().post(url("booking_cancel", cancel_token(contested["holder"])))
    return response.status_code == 200


def move(contested):
    response = Client().post(
        url("booking_reschedule", reschedule_token(contested["mover"]), language="nl"),
        {"slot": contested["seat"].isoformat()},
    )
    assert response.status_code in (200, 409)
    return response.status_code == 200


def claim(contested):
    entry = WaitingListEntry.objects.get(pk=contested["entry"].pk)  # the offer email's link
    response = Client().post(url("waiting_list_claim", claim_token(entry), language="de"))
    assert response.status_code in (302, 410)
    return response.status_code == 302


ACTIONS = {"cancel": cancel, "move": move, "claim": claim}


def assert_exactly_one_got_the_seat(contested, won):
    seat_bookings = Booking.objects.filter(starts_at=contested["seat"], status=Booking.CONFIRMED)
    assert seat_bookings.count() == 1  # capacity one: never overbooked
    assert won["cancel"]
    assert [won["move"], won["claim"]].count(True) == 1
    # The seat was freed for the waiting list: the person waiting has it.
    assert won["claim"] and seat_bookings.get().email == "waiting@example.org"
    mover = Booking.objects.get(pk=contested["mover"].pk)
    assert mover.starts_at == contested["seat"] + timedelta(hours=1)
    assert WaitingListEntry.objects.get().status == WaitingListEntry.BOOKED


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "order", [("cancel", "move", "claim"), ("cancel", "claim", "move"), ("move", "cancel", "claim")]
)
def test_in_every_order_exactly_one_gets_the_freed_seat(contested_seat, order):
    won = {name: ACTIONS[name](contested_seat) for name in order}
    assert_exactly_one_got_the_seat(contested_seat, won)


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="parallel transactions need PostgreSQL"
)
def test_at_the_same_moment_exactly_one_gets_the_freed_seat(contested_seat):
    barrier = threading.Barrier(2)
    cancelled = threading.Event()
    won, errors = {}, []

    def run(name, wait):
        try:
            wait()
            won[name] = ACTIONS[name](contested_seat)
        except Exception as error:  # noqa: BLE001 — reported as a failure below
            errors.append(f"{name}: {error!r}")
        finally:
            if name == "cancel":
                cancelled.set()
            connections.close_all()

    threads = [
        threading.Thread(target=run, args=("cancel", barrier.wait)),
        threading.Thread(target=run, args=("move", barrier.wait)),
        # The person waiting clicks the offer as soon as it is sent.
        threading.Thread(target=run, args=("claim", lambda: cancelled.wait(timeout=60))),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert_exactly_one_got_the_seat(contested_seat, won)
