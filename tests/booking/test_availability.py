"""Availability before clicking: the shop page offers only days with a free place, the
booking page marks full days full, and neither asks the database once per day."""

import re
from datetime import time, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from shops.booking import rules
from shops.hours import brussels_today
from shops.models import Booking
from tests.booking_helpers import at, url
from tests.factories import add_service, create_shop, translate_everything


# Two 30-minute slots a day, every day: 09:00 and 09:30.
SHORT_HOURS = [(day, time(9, 0), time(10, 0)) for day in range(7)]


@pytest.fixture
def small_service(shop_index):
    shop = create_shop(shop_index, title="Atelier Retouche", hours=SHORT_HOURS)
    return add_service(shop, name="Ourlet", duration_minutes=30, capacity=1)


def day_ahead(days):
    return brussels_today() + timedelta(days=days)


def book_seat(service, day, hour, minute=0):
    start = at(hour, minute, day)
    Booking.objects.create(
        shop=service.page,
        service=service,
        service_name=service.name,
        starts_at=start,
        ends_at=start + timedelta(minutes=30),
        busy_until=start + timedelta(minutes=30),
        name="Client",
        email="client@example.org",
        language="fr",
    )


def offered_days(html):
    return re.findall(r"\?day=(\d{4}-\d{2}-\d{2})#slots", html)


def test_the_shop_page_offers_no_full_day_and_says_when_few_places_remain(client, small_service):
    full, half = day_ahead(3), day_ahead(4)
    book_seat(small_service, full, 9)
    book_seat(small_service, full, 9, 30)
    book_seat(small_service, half, 9)

    html = client.get(small_service.page.url).content.decode()

    assert full.isoformat() not in offered_days(html)
    assert half.isoformat() in offered_days(html)
    assert "Plus qu’une place" in html  # the half-booked day


def test_the_booking_page_marks_a_full_day_full_without_a_link(client, small_service):
    full = day_ahead(3)
    book_seat(small_service, full, 9)
    book_seat(small_service, full, 9, 30)

    html = client.get(url("booking_service", small_service.pk)).content.decode()

    assert f'data-day="{full.isoformat()}"' not in html
    assert "Complet" in html


def test_a_service_fully_booked_for_weeks_says_so(client, small_service):
    for days in range(0, 22):
        for minute in (0, 30):
            book_seat(small_service, day_ahead(days), 9, minute)
    html = client.get(small_service.page.url).content.decode()
    assert offered_days(html) == []
    assert "Aucun créneau libre dans les trois prochaines semaines." in html


def test_the_shop_page_query_count_does_not_grow_with_bookings(client, small_service):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(small_service.page.url).status_code == 200
        return len(captured)

    client.get(small_service.page.url)  # warm the caches every page shares
    few = queries()
    for days in range(3, 15):
        book_seat(small_service, day_ahead(days), 9)
    assert queries() == few


def test_a_booking_refreshes_the_cached_shop_page_in_every_language(
    client, small_service, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_ENABLED = True
    page = small_service.page
    translate_everything(page, languages=("nl",))
    dutch = page.get_translations().get(locale__language_code="nl")
    day = day_ahead(3)
    for address in (page.url, dutch.url):
        assert day.isoformat() in offered_days(client.get(address).content.decode())
        with CaptureQueriesContext(connection) as cached:
            client.get(address)
        assert len(cached) == 0  # served from the page cache

    with django_capture_on_commit_callbacks(execute=True):
        for minute, email in ((0, "a@example.org"), (30, "b@example.org")):
            rules.book(small_service, at(9, minute, day), name="N", email=email, language="fr")

    for address in (page.url, dutch.url):
        assert day.isoformat() not in offered_days(client.get(address).content.decode())
