"""Fixtures of the booking tests: a bookable service, and one booking at each merchant.
Both are shared by consecutive tests (see SharedData in tests/conftest.py)."""

import pytest

from shops.booking import rules
from shops.models import BookableService, Booking, ShopPage
from tests.booking_helpers import at
from tests.conftest import SharedData, the_shop_index
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop, translate_everything


@SharedData.piece("service")
def service_pk(below):
    shop = create_shop(the_shop_index(below), title="Salon Lucette", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Coupe et brushing", duration_minutes=30, capacity=1)
    translate_everything(shop, languages=("nl",))
    return service.pk


@pytest.fixture
def service(shop_index):
    """A one-seat service on a shop open every day, translated into Dutch."""
    return BookableService.objects.get(pk=SharedData.built("service"))


@SharedData.piece("booked")
def booked_pks(below):
    pks = below["two_merchants"]
    shops = ShopPage.objects.in_bulk([shop for _, shop in pks.values()])
    service_a = add_service(shops[pks["a"][1]], name="Bouquet de mariée")
    service_b = add_service(shops[pks["b"][1]], name="Réparation vélo")
    mine = rules.book(
        service_a,
        at(10),
        name="Alice Mine",
        email="alice@example.org",
        phone="0470 11 11 11",
        language="fr",
    )
    theirs = rules.book(
        service_b,
        at(10),
        name="Bob Theirs",
        email="bob@example.org",
        phone="0499 99 99 99",
        note="Secret note of Bob",
        language="nl",
    )
    return mine.pk, theirs.pk


@pytest.fixture
def booked(two_merchants):
    """One booking at merchant A's shop, one at merchant B's shop: (mine, theirs)."""
    return tuple(Booking.objects.get(pk=pk) for pk in SharedData.built("booked"))
