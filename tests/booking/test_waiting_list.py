"""A waiting list for a full time or a full day: the first one waiting is offered a freed
seat, held for them until they claim it or the offer lapses; nobody is booked without
claiming, and no list, however long, costs a query per person."""

import re
from datetime import time, timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from shops.booking import rules
from shops.booking.links import claim_token, leave_token
from shops.booking.models import WaitingListEntry
from shops.models import BookableService, Booking
from tests.booking_helpers import DAY, at, booking_state, post_booking, url
from tests.conftest import SharedData, the_shop_index
from tests.factories import add_service, create_shop, translate_everything
from tests.outbox_helpers import run_worker, skip_waiting


# Two 30-minute slots a day, every day: 09:00 and 09:30.
SHORT_HOURS = [(day, time(9, 0), time(10, 0)) for day in range(7)]


@SharedData.piece("small_service")
def small_service_pk(below):
    shop = create_shop(the_shop_index(below), title="Atelier Retouche", hours=SHORT_HOURS)
    service = add_service(shop, name="Ourlet", duration_minutes=30, capacity=1)
    translate_everything(shop, languages=("nl",))
    return service.pk


@pytest.fixture
def small_service(shop_index):
    """One seat at 09:00 and one at 09:30, every day; the shop also speaks Dutch."""
    return BookableService.objects.get(pk=SharedData.built("small_service"))


def book(service, hour, minute=0, email="first@example.org", day=DAY):
    return rules.book(service, at(hour, minute, day), name="Client", email=email, language="fr")


@pytest.fixture
def full_day(small_service):
    """DAY is fully booked; returns the two bookings."""
    return book(small_service, 9), book(small_service, 9, 30, email="second@example.org")


def join(client, service, slot="", language="fr", **overrides):
    data = {
        "day": DAY.isoformat(),
        "slot": slot.isoformat() if hasattr(slot, "isoformat") else slot,
        "name": "Noor Peeters",
        "email": "noor@example.org",
        "consent": "on",
        **overrides,
    }
    return client.post(url("waiting_list_join", service.pk, language=language), data)


def waiting(service, email, slot=None, language="fr", day=DAY):
    entry, _ = rules.join_waiting_list(
        service, day, slot, name=email.split("@")[0], email=email, language=language
    )
    return entry


def mails_to(address):
    return [message for message in mail.outbox if message.to == [address]]


def claim_link(message):
    return re.search(r"https?://\S+/claim/\S+/", message.body).group(0).split("testserver")[1]


def test_a_full_day_links_to_its_waiting_list_and_a_dutch_resident_joins_it(
    client, small_service, full_day
):
    page = client.get(url("booking_service", small_service.pk, language="nl")).content.decode()
    join_url = url("waiting_list_join", small_service.pk, language="nl")
    assert f"{join_url}?day={DAY.isoformat()}" in page
    form = client.get(f"{join_url}?day={DAY.isoformat()}")
    assert form.status_code == 200
    assert "Wachtlijst" in form.content.decode() and 'value=""' in form.content.decode()
    mail.outbox.clear()

    response = join(client, small_service, language="nl")

    assert response.status_code == 200
    assert "U staat op de wachtlijst" in response.content.decode()
    entry = WaitingListEntry.objects.get()
    assert (entry.day, entry.starts_at, entry.language) == (DAY, None, "nl")
    (joined,) = mails_to("noor@example.org")
    assert "wachtlijst" in joined.subject
    assert "/leave/" in joined.body
    assert Booking.objects.filter(email="noor@example.org").count() == 0
    # The same address joining again stays one entry.
    assert join(client, small_service, language="nl").status_code == 200
    assert WaitingListEntry.objects.count() == 1


def test_a_time_taken_on_a_day_with_free_times_has_its_own_waiting_list(client, small_service):
    book(small_service, 9)
    taken = post_booking(client, small_service, at(9), email="late@example.org")
    assert taken.status_code == 409
    assert url("waiting_list_join", small_service.pk) in taken.content.decode()

    assert join(client, small_service, slot=at(9)).status_code == 200
    assert WaitingListEntry.objects.get().starts_at == at(9)


@pytest.mark.parametrize(
    ("slot", "overrides"),
    [
        ("", {}),  # any time of a day that still has a free time
        (at(9, 30), {}),  # a free time: book it
        (at(11), {}),  # not a time of the service
        ("2026-13-40T10:00", {}),
        (at(9), {"consent": ""}),
        (at(9), {"email": "not an address"}),
        (at(9), {"day": "yesterday"}),
    ],
)
def test_bad_or_needless_waiting_requests_get_a_message_and_no_entry(
    client, small_service, slot, overrides
):
    book(small_service, 9)
    response = join(client, small_service, slot=slot, **overrides)
    assert response.status_code in (400, 409)
    assert 'role="alert"' in response.content.decode()
    assert WaitingListEntry.objects.count() == 0


def test_joining_a_time_freed_meanwhile_says_book_it(client, small_service):
    booking = book(small_service, 9)
    page = client.get(f"{url('waiting_list_join', small_service.pk)}?day={DAY.isoformat()}")
    assert at(9).isoformat() in page.content.decode()
    rules.cancel(booking, by=Booking.BY_RESIDENT)

    response = join(client, small_service, slot=at(9))

    assert response.status_code == 409
    assert "Une place est libre à ce moment" in response.content.decode()
    assert WaitingListEntry.objects.count() == 0


def test_a_freed_seat_is_offered_to_the_first_waiting_in_their_language_and_held(
    client, small_service, full_day
):
    first = waiting(small_service, "eerste@example.org", at(9), language="nl")
    waiting(small_service, "deuxieme@example.org", at(9))
    mail.outbox.clear()

    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)

    (offer,) = mails_to("eerste@example.org")
    assert offer.subject.startswith("Er is een plaats vrij")
    assert "/claim/" in offer.body and "/leave/" in offer.body
    assert mails_to("deuxieme@example.org") == []
    first.refresh_from_db()
    assert first.status == WaitingListEntry.OFFERED and first.offered_starts_at == at(9)
    assert Booking.objects.filter(email="eerste@example.org").count() == 0
    # The seat is held: nobody else books it, the booking page does not offer it.
    assert post_booking(client, small_service, at(9), email="x@example.org").status_code == 409
    page = client.get(f"{url('booking_service', small_service.pk)}?day={DAY.isoformat()}")
    assert f'value="{at(9).isoformat()}"' not in page.content.decode()


def test_the_claim_link_shows_on_get_books_on_post_and_cannot_be_replayed(
    client, small_service, full_day
):
    waiting(small_service, "eerste@example.org", at(9), language="nl")
    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)
    link = claim_link(mails_to("eerste@example.org")[-1])
    before = booking_state()

    shown = client.get(link)

    assert shown.status_code == 200 and "Boek deze plaats" in shown.content.decode()
    assert booking_state() == before
    mail.outbox.clear()

    claimed = client.post(link)

    assert claimed.status_code == 302 and "/done/" in claimed["Location"]
    booking = Booking.objects.get(email="eerste@example.org", status=Booking.CONFIRMED)
    assert (booking.starts_at, booking.language) == (at(9), "nl")
    assert WaitingListEntry.objects.get(email="eerste@example.org").booking == booking
    (confirmation,) = mails_to("eerste@example.org")
    assert any(name.endswith(".ics") for name, *_ in confirmation.attachments)
    assert mails_to(small_service.page.email)  # the shop hears of its new booking
    replay = client.post(link)
    assert replay.status_code == 410
    assert "U hebt deze plaats al geboekt" in replay.content.decode()
    assert Booking.objects.filter(email="eerste@example.org").count() == 1


def test_an_unclaimed_offer_lapses_and_goes_to_the_next_one_waiting(
    client, small_service, full_day, queued_mail
):
    first = waiting(small_service, "eerste@example.org", at(9), language="nl")
    waiting(small_service, "deuxieme@example.org")  # any time of the day
    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)
    run_worker()
    link = claim_link(mails_to("eerste@example.org")[-1])
    assert mails_to("deuxieme@example.org")[-1].subject.startswith("Vous êtes sur la liste")

    # Two hours later (WAITING_LIST_CLAIM_HOURS): the offer has run out.
    first.refresh_from_db()
    assert timezone.now() + timedelta(hours=1, minutes=59) < first.offer_expires_at
    WaitingListEntry.objects.filter(pk=first.pk).update(
        offer_expires_at=timezone.now() - timedelta(seconds=1)
    )
    assert skip_waiting(rules.end_lapsed_offer) == 1
    run_worker()

    first.refresh_from_db()
    assert first.status == WaitingListEntry.LAPSED
    assert mails_to("deuxieme@example.org")[-1].subject.startswith("Une place est libre")
    late = client.post(link)
    assert late.status_code == 410 and "Dit aanbod is afgelopen" in late.content.decode()
    assert (
        Booking.objects.filter(email__in=["eerste@example.org", "deuxieme@example.org"]).count()
        == 0
    )
    # Nobody is ever booked without claiming: the seat waits for the second one.
    assert post_booking(client, small_service, at(9), email="x@example.org").status_code == 409


def test_an_offer_lapsed_without_its_task_frees_the_seat_all_the_same(
    client, small_service, full_day
):
    first = waiting(small_service, "eerste@example.org", at(9))
    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)
    link = claim_link(mails_to("eerste@example.org")[-1])
    WaitingListEntry.objects.filter(pk=first.pk).update(
        offer_expires_at=timezone.now() - timedelta(seconds=1)
    )

    assert client.post(link).status_code == 410
    assert post_booking(client, small_service, at(9), email="x@example.org").status_code == 302


@pytest.mark.parametrize("how", ["moved away", "cancelled by the shop"])
def test_a_move_away_or_a_shop_cancellation_offers_the_seat(small_service, full_day, how):
    waiting(small_service, "eerste@example.org", at(9))
    mail.outbox.clear()
    booking = full_day[0]
    if how == "moved away":
        rules.reschedule(booking, at(9, 30, DAY + timedelta(days=1)))
    else:
        rules.cancel(booking, by=Booking.BY_SHOP, reason="Fermé pour maladie")

    assert mails_to("eerste@example.org")[0].subject.startswith("Une place est libre")


def test_leaving_the_list_by_its_link_passes_a_held_seat_on(client, small_service, full_day):
    first = waiting(small_service, "eerste@example.org", at(9))
    waiting(small_service, "deuxieme@example.org", at(9))
    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)
    leave = url("waiting_list_leave", leave_token(first))

    assert client.get(leave).status_code == 200
    first.refresh_from_db()
    assert first.status == WaitingListEntry.OFFERED  # opening the link leaves nothing
    assert client.post(leave).status_code == 200

    first.refresh_from_db()
    assert first.status == WaitingListEntry.LEFT
    assert mails_to("deuxieme@example.org")[-1].subject.startswith("Une place est libre")
    stale = client.post(url("waiting_list_claim", claim_token(first)))
    assert stale.status_code == 410
    assert Booking.objects.filter(email="eerste@example.org").count() == 0


def test_forged_and_crossed_links_claim_and_leave_nothing(client, small_service, full_day):
    first = waiting(small_service, "eerste@example.org", at(9))
    rules.cancel(full_day[0], by=Booking.BY_RESIDENT)
    claim = url("waiting_list_claim", claim_token(first))
    before = booking_state()

    assert client.post(claim.replace("/claim/", "/claim/x")).status_code == 404
    assert client.post(url("waiting_list_claim", leave_token(first))).status_code == 404
    assert client.post(url("waiting_list_leave", claim_token(first))).status_code == 404
    assert client.post(url("waiting_list_claim", "not-a-token")).status_code == 404
    assert booking_state() == before
    first.refresh_from_db()
    assert first.status == WaitingListEntry.OFFERED


def test_a_waiting_list_of_a_thousand_costs_no_query_per_person(client, small_service, full_day):
    def queries(action):
        with CaptureQueriesContext(connection) as captured:
            action()
        return len(captured)

    def crowd(count, start):
        WaitingListEntry.objects.bulk_create(
            WaitingListEntry(
                shop=small_service.page,
                service=small_service,
                day=DAY,
                starts_at=at(9) if n % 2 else None,
                name=f"Resident {n}",
                email=f"resident{start + n}@example.org",
                language="fr",
            )
            for n in range(count)
        )

    booking_page = f"{url('booking_service', small_service.pk)}?day={DAY.isoformat()}"
    client.get(small_service.page.url)  # warm the caches every page shares
    crowd(2, 0)
    few = [
        queries(lambda: client.get(small_service.page.url)),
        queries(lambda: client.get(booking_page)),
        queries(lambda: rules.cancel(full_day[0], by=Booking.BY_RESIDENT)),
    ]
    WaitingListEntry.objects.all().delete()
    Booking.objects.filter(pk=full_day[0].pk).update(status=Booking.CONFIRMED)
    crowd(1000, 10)

    many = [
        queries(lambda: client.get(small_service.page.url)),
        queries(lambda: client.get(booking_page)),
        queries(lambda: rules.cancel(full_day[0], by=Booking.BY_RESIDENT)),
    ]

    assert many == few
    assert WaitingListEntry.objects.filter(status=WaitingListEntry.OFFERED).count() == 1


def test_the_waiting_lists_go_with_the_bookings_in_the_retention_purge(small_service):
    old_day = DAY - timedelta(days=120)
    for day, email in ((old_day, "old@example.org"), (DAY, "recent@example.org")):
        WaitingListEntry.objects.create(
            shop=small_service.page,
            service=small_service,
            day=day,
            name="Resident",
            email=email,
            language="fr",
        )

    call_command("purge_bookings", "--days", "90")

    assert list(WaitingListEntry.objects.values_list("email", flat=True)) == ["recent@example.org"]
