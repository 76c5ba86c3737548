"""A shop's bookings in the merchant's phone calendar: a private, signed address shown
in the admin, revocable, and never another shop's data whatever token is tried."""

import re

import pytest
from django.core import signing
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from icalendar import Calendar

from shops.booking import links, rules
from shops.booking.models import CalendarFeed
from shops.models import Booking
from tests.booking_helpers import at, url


def feed_address(merchant_client):
    page = merchant_client.get(reverse("bookings:calendar")).content.decode()
    found = re.findall(r'value="https?://[^/"]+(/[^"]+\.ics)"', page)
    return found[0] if found else None


@pytest.fixture
def address(merchant_client, booked):
    assert feed_address(merchant_client) is None  # none until the merchant asks for one
    shop_a = booked[0].shop
    response = merchant_client.post(reverse("bookings:calendar"), {"shop": shop_a.pk})
    assert response.status_code == 302
    return feed_address(merchant_client)


def events(response):
    calendar = Calendar.from_ical(response.content)
    return [component for component in calendar.walk() if component.name == "VEVENT"]


def test_the_merchant_subscribes_to_their_upcoming_confirmed_bookings(
    client, merchant_client, booked, address
):
    mine, _theirs = booked
    cancelled = rules.book(
        mine.service, at(11), name="Annulé", email="gone@example.org", language="fr"
    )
    rules.cancel(cancelled, by=Booking.BY_RESIDENT)

    response = client.get(address)  # a calendar app: no session

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert "no-store" in response["Cache-Control"]
    (event,) = events(response)
    assert str(event["summary"]) == "Bouquet de mariée — Alice Mine"
    assert str(event["uid"]) == f"booking-{mine.reference}@vitrine.mons.be"
    assert event.decoded("dtstart") == mine.starts_at
    assert "0470 11 11 11" in str(event["description"])
    assert b"Bob Theirs" not in response.content


def test_a_new_address_revokes_the_old_one(client, merchant_client, booked, address):
    merchant_client.post(reverse("bookings:calendar"), {"shop": booked[0].shop_id})
    new_address = feed_address(merchant_client)

    assert new_address != address
    assert client.get(address).status_code == 404
    assert client.get(new_address).status_code == 200


def test_forged_and_other_shops_tokens_get_a_404_and_no_data(client, booked, address):
    _mine, theirs = booked
    theirs_feed = rules.renew_calendar_feed(theirs.shop)
    token = address.rsplit("/", 1)[1].removesuffix(".ics")
    mine_feed = CalendarFeed.objects.get(shop=booked[0].shop)
    forged = [
        token[:-2] + "xx",  # tampered signature
        signing.dumps([theirs.shop_id, mine_feed.secret], salt=links.FEED_SALT),  # swapped
        signing.dumps([theirs.shop_id, "guess"], salt=links.FEED_SALT),
        signing.dumps(str(theirs.reference), salt=links.FEED_SALT),  # wrong shape
        links.cancel_token(theirs),  # another link's token
        signing.dumps([theirs.shop_id, theirs_feed.secret], salt="another.salt"),
        "nothing",
    ]
    for value in forged:
        response = client.get(url("shop_calendar_feed", value))
        assert response.status_code == 404, value
        assert b"Bob Theirs" not in response.content


def test_a_merchant_cannot_create_or_replace_another_shops_address(merchant_client, booked):
    _mine, theirs = booked
    feed = rules.renew_calendar_feed(theirs.shop)
    calendar = reverse("bookings:calendar")
    # A 404, which LocaleMiddleware turns into a redirect first outside i18n_patterns.
    refused = (302, f"/fr{calendar}")

    response = merchant_client.post(calendar, {"shop": theirs.shop_id})

    assert (response.status_code, response["Location"]) == refused
    assert merchant_client.post(calendar, {"shop": theirs.shop_id}, follow=True).status_code == 404
    assert CalendarFeed.objects.get(shop=theirs.shop).secret == feed.secret
    assert links.feed_token(feed) not in merchant_client.get(calendar).content.decode()
    for value in ("", "abc", "-1", "9" * 30):
        response = merchant_client.post(calendar, {"shop": value})
        assert (response.status_code, response["Location"]) == refused
    assert not CalendarFeed.objects.filter(shop=booked[0].shop).exists()


def test_anonymous_visitors_get_the_login_page(client, booked):
    response = client.get(reverse("bookings:calendar"))
    assert response.status_code == 302 and "/login/" in response["Location"]
    response = client.post(reverse("bookings:calendar"), {"shop": booked[0].shop_id})
    assert response.status_code == 302 and not CalendarFeed.objects.exists()


def test_the_feed_costs_the_same_queries_for_many_bookings(client, booked, address):
    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        return len(captured)

    few = queries()
    service = booked[0].service
    for hour in (11, 12):
        rules.book(service, at(hour), name="Autre", email=f"o{hour}@example.org", language="fr")
    assert queries() == few
