"""Fixtures of the booking tests: a bookable service, and one booking at each merchant."""

import pytest
from django.core import mail

from shops.booking import rules
from tests.booking_helpers import at
from tests.factories import EVERY_DAY_HOURS, add_service, create_shop, translate_everything


@pytest.fixture
def service(shop_index):
    """A one-seat service on a shop open every day, translated into Dutch."""
    shop = create_shop(shop_index, title="Salon Lucette", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Coupe et brushing", duration_minutes=30, capacity=1)
    translate_everything(shop, languages=("nl",))
    return service


@pytest.fixture
def booked(two_merchants, django_capture_on_commit_callbacks):
    """One booking at merchant A's shop, one at merchant B's shop."""
    (_, shop_a), (_, shop_b) = two_merchants["a"], two_merchants["b"]
    service_a = add_service(shop_a, name="Bouquet de mariée")
    service_b = add_service(shop_b, name="Réparation vélo")
    with django_capture_on_commit_callbacks(execute=True):
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
    mail.outbox.clear()
    return mine, theirs
