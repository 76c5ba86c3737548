"""Merchants see who waits for their full times, and only for their own shop."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shops.booking import rules
from shops.booking.models import WaitingListEntry
from tests.booking_helpers import DAY, at


def wait_for(booking, email, language="fr"):
    entry, _ = rules.join_waiting_list(
        booking.service,
        DAY,
        booking.starts_at,
        name=email.split("@")[0].title(),
        email=email,
        language=language,
    )
    return entry


def test_merchant_sees_their_waiting_lists_and_not_another_shops(merchant_client, booked):
    mine, theirs = booked
    wait_for(mine, "anna@example.org")
    wait_for(theirs, "bram@example.org", language="nl")

    page = merchant_client.get(reverse("bookings:index"))
    assert reverse("bookings:waiting") in page.content.decode()
    listing = merchant_client.get(reverse("bookings:waiting")).content.decode()

    assert "anna@example.org" in listing and "Bouquet de mariée" in listing
    assert "bram@example.org" not in listing and "Réparation vélo" not in listing
    results = merchant_client.get(reverse("bookings:waiting_results"), {"p": "1"})
    assert "bram@example.org" not in results.content.decode()


def test_the_city_sees_every_list_and_anonymous_visitors_none(client, editor, booked):
    mine, theirs = booked
    wait_for(mine, "anna@example.org")
    wait_for(theirs, "bram@example.org")

    anonymous = client.get(reverse("bookings:waiting"))
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]
    client.force_login(editor)
    listing = client.get(reverse("bookings:waiting")).content.decode()
    assert "anna@example.org" in listing and "bram@example.org" in listing


def test_the_list_pages_a_long_waiting_list_without_a_query_per_entry(merchant_client, booked):
    mine, _theirs = booked

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert merchant_client.get(reverse("bookings:waiting")).status_code == 200
        return len(captured)

    def crowd(count, start):
        WaitingListEntry.objects.bulk_create(
            WaitingListEntry(
                shop=mine.shop,
                service=mine.service,
                day=DAY,
                starts_at=at(10),
                name=f"Resident {n}",
                email=f"resident{n}@example.org",
                language="fr",
            )
            for n in range(start, start + count)
        )

    crowd(2, 0)
    queries()  # warm the admin's caches
    few = queries()
    crowd(1000, 2)
    assert queries() == few
