"""Booking, tried from an attacker's side.

Every test is an attack that must fail. A first review found six that worked (forged
X-Forwarded-For, someone else's email revealing their booking, extreme datetimes, the
admin day view at year 9999, spreadsheet formulas in the CSV export, line breaks in
names); their tests now guard the fixes.
"""

import csv
import io
from datetime import timedelta, timezone
from decimal import Decimal

import pytest
from django.contrib.auth.views import redirect_to_login
from django.core import mail
from django.core.cache import cache
from django.urls import reverse

from portal.models import OutgoingEmail
from shops.booking import links, rules
from shops.booking.models import bookable_service
from shops.hours import brussels_today
from shops.merchants import grant_shop
from shops.models import BookableService, Booking, ShopPage
from tests.booking_helpers import (
    DAY,
    at,
    booking_data,
    booking_state,
    post_booking,
    slot_at,
    url,
)
from tests.factories import (
    EVERY_DAY_HOURS,
    CategoryFactory,
    DistrictFactory,
    add_service,
    create_shop,
    translate_everything,
)


# --- helpers ---------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


def csv_rows(response):
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def dutch_copy(service):
    return BookableService.objects.get(
        translation_key=service.translation_key, locale__language_code="nl"
    )


def assert_no_bob(response, status=200):
    assert response.status_code == status, response.status_code
    if hasattr(response, "streaming_content"):
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    for secret in (b"Bob Theirs", b"bob@example.org", b"0499", b"Secret note", b"paration v"):
        assert secret not in body


# --- another merchant's bookings in the admin ------------------------------------------


def test_results_only_url_filters_and_orderings_never_show_another_shop(merchant_client, booked):
    mine, theirs = booked
    state = booking_state()
    service_b = theirs.service
    shop_b = theirs.shop
    dutch_b = ShopPage.objects.get(
        translation_key=shop_b.translation_key, locale__language_code="nl"
    )
    queries = [
        {},
        {"shop": shop_b.pk},
        {"shop": dutch_b.pk},
        {"service": service_b.pk},
        {"shop": shop_b.pk, "service": service_b.pk, "status": "confirmed"},
        {"shop": [mine.shop_id, shop_b.pk]},
        {"ordering": "name"},
        {"ordering": "-name"},
        {"ordering": "email"},
        {"ordering": "shop__owner__password"},
        {"ordering": "-shop__title"},
        {"q": "Bob"},
        {"starts_at_after": "2000-01-01", "starts_at_before": "2100-01-01"},
        {"p": "2"},
        {"p": "999999999999"},
        {"p": "-1"},
        {"id": theirs.pk},
        {"pk": theirs.pk},
        {"shop__owner": two_merchants_b_owner(theirs)},
    ]
    for name in ("bookings:index", "bookings:index_results"):
        for query in queries:
            assert_no_bob(merchant_client.get(reverse(name), query))
            for export in ("csv", "xlsx"):
                response = merchant_client.get(reverse(name), {**query, "export": export})
                assert_no_bob(response)
    rows = csv_rows(merchant_client.get(reverse("bookings:index"), {"export": "csv"}))
    assert [row[6] for row in rows[1:]] == ["Alice Mine"]
    assert booking_state() == state


def two_merchants_b_owner(booking):
    return booking.shop.owner_id


def test_detail_day_view_and_dashboard_never_show_another_shop(merchant_client, booked):
    mine, theirs = booked
    state = booking_state()
    detail = reverse("bookings:detail", args=[theirs.pk])
    # (LocaleMiddleware turns a 404 outside i18n_patterns into a redirect first.)
    for response in (merchant_client.get(detail), merchant_client.post(detail, {"reason": "x"})):
        assert (response.status_code, response["Location"]) == (302, f"/fr{detail}")
    assert merchant_client.get(detail, follow=True).status_code == 404
    assert merchant_client.post(detail, {"reason": "hacked"}, follow=True).status_code == 404
    assert Booking.objects.get(pk=theirs.pk).status == Booking.CONFIRMED
    for query in ({"date": DAY.isoformat()}, {"date": DAY.isoformat(), "shop": theirs.shop_id}):
        assert_no_bob(merchant_client.get(reverse("bookings:day"), query))
    assert_no_bob(merchant_client.get(reverse("wagtailadmin_home")))
    # Forged or odd ids are a 404, never a 500.
    for pk in ("99999999999999999999", "2147483648", "9223372036854775808", "0"):
        response = merchant_client.get(f"/admin/bookings/{pk}/", follow=True)
        assert response.status_code == 404
    for odd, status in (
        ("-1", 404),
        ("abc", 404),
        ("1.0", 404),
        ("%00", 400),
        ("%D9%A1", 404),
        ("%F0%9F%98%80", 404),
    ):
        response = merchant_client.get(f"/admin/bookings/{odd}/", follow=True)
        assert response.status_code == status, odd
    assert booking_state() == state


def test_anonymous_cannot_reach_results_day_or_export(client, booked):
    for path in (
        reverse("bookings:index_results"),
        reverse("bookings:index") + "?export=csv",
        reverse("bookings:index_results") + "?export=xlsx",
        reverse("bookings:day") + f"?date={DAY.isoformat()}",
    ):
        response = client.get(path)
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert response["Location"] == redirect_to_login(path, reverse("wagtailadmin_login")).url


def test_a_merchant_who_lost_the_shop_no_longer_sees_its_bookings(client, two_merchants, booked):
    (merchant_a, shop_a), (merchant_b, _) = two_merchants["a"], two_merchants["b"]
    grant_shop(merchant_b, shop_a)  # the city hands shop A to merchant B
    state = booking_state()
    client.force_login(merchant_a)
    dashboard = reverse("wagtailadmin_home")  # merchant A has no bookings to see any more
    response = client.get(reverse("bookings:index"))
    assert (response.status_code, response["Location"]) == (302, dashboard)
    assert b"Alice Mine" not in response.content
    mine, _ = booked
    detail_url = reverse("bookings:detail", args=[mine.pk])
    response = client.get(detail_url)
    assert (response.status_code, response["Location"]) == (302, dashboard)
    detail = client.get(detail_url, follow=True)
    assert detail.status_code == 200 and b"Alice Mine" not in detail.content
    assert detail.redirect_chain == [(dashboard, 302)]
    assert client.post(detail_url, {"reason": "Plus mon commerce"})["Location"] == dashboard
    assert booking_state() == state


def test_editor_sees_all_as_control(client, editor, booked):
    client.force_login(editor)
    html = client.get(reverse("bookings:index_results")).content.decode()
    assert "Alice Mine" in html and "Bob Theirs" in html


# --- odd input in the admin --------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"date": "2026-02-30"}, 200),
        ({"date": "2026-12-01T10:00:00+25:00"}, 200),
        ({"date": "\x00"}, 400),
        ({"date": "😀"}, 200),
        ({"date": "x" * 5000}, 200),
        ({"date": ["2026-01-01", "2026-01-02"]}, 200),
    ],
)
def test_odd_dates_in_the_day_view_are_not_a_500(merchant_client, booked, query, status):
    assert merchant_client.get(reverse("bookings:day"), query).status_code == status


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_extreme_dates_in_the_day_view_are_not_a_500(merchant_client, booked, day):
    merchant_client.raise_request_exception = False
    assert merchant_client.get(reverse("bookings:day"), {"date": day}).status_code == 200


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"starts_at_after": "2026-02-30"}, 200),
        ({"starts_at_after": "9999-12-31", "starts_at_before": "9999-12-31"}, 200),
        ({"starts_at_after": "😀\x00"}, 400),
        ({"status": "\x00"}, 400),
        ({"service": "99999999999999999999"}, 200),
        ({"shop": "-1"}, 200),
        ({"shop": "\x00"}, 400),
        ({"p": "x" * 1000}, 200),
    ],
)
def test_odd_filters_in_the_index_are_not_a_500(merchant_client, booked, query, status):
    for name in ("bookings:index", "bookings:index_results"):
        response = merchant_client.get(reverse(name), query)
        assert response.status_code == status, name


@pytest.mark.parametrize(
    "query", [{"starts_at_after": "0001-01-01"}, {"starts_at_before": "0001-01-01"}]
)
def test_year_one_in_the_index_date_filter_is_not_a_500(merchant_client, booked, query):
    for name in ("bookings:index", "bookings:index_results"):
        assert merchant_client.get(reverse(name), query).status_code == 200


def test_admin_cancel_with_odd_reason_and_wrong_methods(merchant_client, booked):
    mine, _ = booked
    state = booking_state()
    detail = reverse("bookings:detail", args=[mine.pk])
    assert merchant_client.post(detail, {"reason": "r" * 501}).status_code == 200
    assert merchant_client.post(detail, {"reason": "a\x00b"}).status_code == 400
    assert Booking.objects.get(pk=mine.pk).status == Booking.CONFIRMED
    for method in ("put", "delete", "patch"):
        assert getattr(merchant_client, method)(detail).status_code == 405
    assert Booking.objects.get(pk=mine.pk).status == Booking.CONFIRMED
    assert booking_state() == state


# --- XSS in admin and public pages -------------------------------------------------------

SCRIPT = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_script_in_booking_fields_is_escaped_in_every_admin_view(
    client, merchant_client, two_merchants, django_capture_on_commit_callbacks
):
    _, shop_a = two_merchants["a"]
    service = add_service(shop_a, name=f"Service {SCRIPT}", description=SCRIPT)
    with django_capture_on_commit_callbacks(execute=True):
        booking = rules.book(
            service, at(10), name=SCRIPT[:100], email="x@example.org", note=SCRIPT, language="fr"
        )
    detail = reverse("bookings:detail", args=[booking.pk])
    merchant_client.post(detail, {"reason": SCRIPT})
    pages = [
        merchant_client.get(reverse("bookings:index")),
        merchant_client.get(reverse("bookings:index_results")),
        merchant_client.get(reverse("bookings:day"), {"date": DAY.isoformat()}),
        merchant_client.get(detail),
        merchant_client.get(reverse("wagtailadmin_home")),
    ]
    for page in pages:
        assert page.status_code == 200
        html = page.content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html


def test_script_in_service_name_and_description_is_escaped_on_public_pages(client, shop_index):
    shop = create_shop(shop_index, title="Salon <b>Lucette</b>", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name=SCRIPT[:120], description=SCRIPT)
    for path in (shop.url, url("booking_service", service.pk)):
        html = client.get(path).content.decode()
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>Lucette" not in html
    response = client.get(url("booking_slots", service.pk))
    assert response["Content-Type"] == "application/json"


# --- emails ------------------------------------------------------------------------------


def test_newlines_in_name_or_service_never_reach_mail_headers(
    client, service, django_capture_on_commit_callbacks
):
    BookableService.objects.filter(pk=service.pk).update(name="Coupe\r\nBcc: evil@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        post_booking(
            client,
            service.pk,
            slot_at(),
            name="Noor Bcc: evil@example.org",  # line breaks in names are refused
            email="noor@example.org",
        )
    assert mail.outbox, "the booking should have been made and mailed"
    for message in mail.outbox:
        headers = message.message()
        assert "\n" not in message.subject and "\r" not in message.subject
        assert headers.get_all("Bcc") is None and message.bcc == []
        assert "evil@example.org" not in message.recipients()
        ics = [a for a in message.attachments if a[0].endswith(".ics")]
        for _, content, _ in ics:
            lines = content.splitlines()
            assert not any(line.startswith("Bcc") for line in lines)
            assert sum(line.startswith("ATTENDEE") for line in lines) == 1


def test_a_name_with_line_breaks_is_refused(client, service):
    response = post_booking(
        client,
        service.pk,
        slot_at(),
        name="X,\n\nYour account is blocked: http://evil.example\n\n",
        email="victim@example.org",
    )
    assert response.status_code == 400
    assert Booking.objects.count() == 0


def test_csv_export_neutralises_formulas(merchant_client, two_merchants):
    _, shop_a = two_merchants["a"]
    service = add_service(shop_a, name="Bouquet")
    rules.book(
        service,
        at(10),
        name='=HYPERLINK("http://evil.example","Click")',
        email="x@example.org",
        note="+cmd|' /C calc'!A0",
        language="fr",
    )
    rows = csv_rows(merchant_client.get(reverse("bookings:index"), {"export": "csv"}))
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@")), cell


# --- secret links ------------------------------------------------------------------------


@pytest.fixture
def my_booking(client, service, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert post_booking(client, service.pk, slot_at()).status_code == 302
    mail.outbox.clear()
    return Booking.objects.get()


def test_view_token_cannot_cancel_and_cancel_token_cannot_view(client, my_booking):
    view, cancel = links.view_token(my_booking), links.cancel_token(my_booking)
    state = booking_state()
    assert client.get(url("booking_cancel", view)).status_code == 404
    assert client.post(url("booking_cancel", view)).status_code == 404
    assert client.get(url("booking_done", cancel)).status_code == 404
    assert Booking.objects.get().status == Booking.CONFIRMED
    assert booking_state() == state


def test_tokens_signed_for_other_purposes_or_tampered_are_refused(client, my_booking):
    from django.core import signing

    reference = str(my_booking.reference)
    state = booking_state()
    forged = [
        signing.dumps(reference),  # no salt
        signing.dumps(reference, salt="shops.booking"),
        signing.dumps({"reference": reference}, salt="other"),
        signing.dumps(reference, key="guessed-key", salt=links.CANCEL_SALT),
        reference,
        links.cancel_token(my_booking).replace(":", ":x", 1),
        links.cancel_token(my_booking).upper(),
        links.cancel_token(my_booking)[:-1],
        "é:é:é",
        "😀" * 50,
        "a:" * 500,
        "%00",
        "x" * 5000,
    ]
    # The cancel link takes a POST (404 for a bad token); the confirmation page does not (405).
    for token in forged:
        for name, post_status in (("booking_cancel", 404), ("booking_done", 405)):
            assert client.post(url(name, token)).status_code == post_status
            assert client.get(url(name, token)).status_code == 404
    assert Booking.objects.get().status == Booking.CONFIRMED
    assert booking_state() == state


def test_get_head_and_other_methods_never_cancel(client, my_booking):
    link = url("booking_cancel", links.cancel_token(my_booking))
    state = booking_state()
    assert client.get(link).status_code == 200
    assert client.head(link).status_code == 405
    for method in ("put", "patch", "delete", "options"):
        assert getattr(client, method)(link).status_code == 405
    assert Booking.objects.get().status == Booking.CONFIRMED
    assert booking_state() == state


def test_cancel_requires_csrf(my_booking):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    link = url("booking_cancel", links.cancel_token(my_booking))
    state = booking_state()
    assert strict.post(link).status_code == 403
    assert Booking.objects.get().status == Booking.CONFIRMED
    assert booking_state() == state


def test_an_old_cancel_link_does_not_cancel_a_new_booking_of_the_same_slot(
    client, service, my_booking
):
    old_link = url("booking_cancel", links.cancel_token(my_booking))
    assert client.post(old_link).status_code == 200
    assert post_booking(client, service.pk, my_booking.starts_at).status_code == 302
    new = Booking.objects.get(status=Booking.CONFIRMED)
    assert new.pk != my_booking.pk
    assert client.post(old_link).status_code == 200  # "already cancelled"
    assert Booking.objects.get(pk=new.pk).status == Booking.CONFIRMED


def test_replayed_cancel_sends_one_cancellation(
    client, my_booking, django_capture_on_commit_callbacks
):
    link = url("booking_cancel", links.cancel_token(my_booking))
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            client.post(link)
    assert OutgoingEmail.objects.filter(topic__contains=":cancellation:").count() == 1
    assert sum(1 for m in mail.outbox if m.to == ["noor@example.org"]) == 1


def test_someone_elses_email_does_not_reveal_their_booking(client, service, my_booking):
    stranger = post_booking(
        client, service.pk, my_booking.starts_at, email="stranger@example.org", name="Eve"
    )
    assert stranger.status_code == 409
    cache.clear()
    attacker = post_booking(
        client, service.pk, my_booking.starts_at, email="NOOR@example.org", name="Eve"
    )
    assert attacker.status_code == stranger.status_code
    assert "/done/" not in attacker.get("Location", "")


# --- overbooking and forged services / slots ---------------------------------------------


def test_capacity_holds_whatever_the_language_or_the_case_of_the_email(client, service):
    BookableService.objects.filter(pk=service.pk).update(capacity=2)
    nl = dutch_copy(service)
    slot = slot_at()
    assert post_booking(client, service.pk, slot, email="a@example.org").status_code == 302
    # A different form (no shared submission key) is another booking, whatever the case.
    assert post_booking(client, nl.pk, slot, "nl", email="A@EXAMPLE.ORG").status_code == 302
    assert post_booking(client, nl.pk, slot, "nl", email="b@example.org").status_code == 409
    for email, sid in (("c@example.org", service.pk), ("d@example.org", nl.pk)):
        assert post_booking(client, sid, slot, email=email).status_code == 409
    # The same instant written in another offset is the same slot.
    other_offset = slot.astimezone(timezone(timedelta(hours=5, minutes=30)))
    assert post_booking(client, service.pk, other_offset, email="e@example.org").status_code == 409
    assert Booking.objects.filter(starts_at=slot).count() == 2
    assert set(Booking.objects.values_list("service_id", flat=True)) == {service.pk}


def test_paused_service_cannot_be_booked_through_its_translation(client, service):
    nl = dutch_copy(service)
    BookableService.objects.filter(pk=service.pk).update(is_active=False)
    for sid, language in ((service.pk, "fr"), (nl.pk, "nl"), (nl.pk, "fr")):
        assert client.get(url("booking_service", sid, language=language)).status_code == 404
        assert post_booking(client, sid, slot_at(), language).status_code == 404
        assert client.get(url("booking_slots", sid, language=language)).status_code == 404
    assert Booking.objects.count() == 0


def test_paused_translation_does_not_pause_or_unpause_the_french_calendar(client, service):
    nl = dutch_copy(service)
    BookableService.objects.filter(pk=nl.pk).update(is_active=False, capacity=50)
    assert post_booking(client, nl.pk, slot_at(), "nl").status_code == 302
    assert post_booking(client, nl.pk, slot_at(), "nl", email="b@example.org").status_code == 409


def test_unpublished_shop_takes_no_booking_in_any_language(client, service):
    nl = dutch_copy(service)
    ShopPage.objects.get(pk=service.page_id).unpublish()
    for sid, language in ((service.pk, "fr"), (nl.pk, "nl")):
        assert client.get(url("booking_service", sid, language=language)).status_code == 404
        assert post_booking(client, sid, slot_at(), language).status_code == 404
        assert client.get(url("booking_slots", sid, language=language)).status_code == 404
    with pytest.raises(Exception):  # noqa: B017, PT011 - anything but a booking
        rules.book(
            bookable_service(service.pk),
            slot_at(),
            name="x",
            email="x@example.org",
            language="fr",
        )
    assert Booking.objects.count() == 0


def test_never_published_shop_takes_no_booking(client, shop_index):
    shop = ShopPage(
        title="Brouillon",
        slug="brouillon",
        street="Rue 1",
        postcode="7000",
        short_description="Pas encore publiée.",
        latitude=Decimal("50.45000"),
        longitude=Decimal("3.95000"),
        category=CategoryFactory(),
        district=DistrictFactory(),
        locale=shop_index.locale,
        live=False,
    )
    shop_index.add_child(instance=shop)
    shop.save_revision()
    assert not ShopPage.objects.get(pk=shop.pk).live
    draft_service = BookableService.objects.create(page=shop, name="Secret", locale=shop.locale)
    assert client.get(url("booking_service", draft_service.pk)).status_code == 404
    assert post_booking(client, draft_service.pk, slot_at()).status_code == 404
    assert client.get(url("booking_slots", draft_service.pk)).status_code == 404


def test_dutch_copy_of_another_shops_service_books_that_shop_only(client, two_merchants):
    (_, shop_a), (_, shop_b) = two_merchants["a"], two_merchants["b"]
    service_a = add_service(shop_a, name="A")
    service_b = add_service(shop_b, name="B")
    translate_everything(shop_b, languages=("nl",))
    nl_b = dutch_copy(service_b)
    assert post_booking(client, nl_b.pk, at(10), "nl").status_code == 302
    booking = Booking.objects.get()
    assert (booking.service_id, booking.shop_id) == (service_b.pk, shop_b.pk)
    assert not Booking.objects.filter(service=service_a).exists()


@pytest.mark.parametrize(
    "when",
    [
        at(12, 45),  # lunch break of the factory shop
        at(19, 0),  # after closing
        at(8, 30),  # before opening
        at(12, 15),  # would end after closing (12:30) - 30 min service
        at(10, 0, DAY + timedelta(days=4)),  # Sunday: closed
        at(10, 0) + timedelta(minutes=7),  # off the grid
        at(10, 0) + timedelta(microseconds=1),
        at(10, 0) - timedelta(days=400),  # past
        at(10, 0, brussels_today() + timedelta(days=200)),  # beyond the horizon
    ],
)
def test_slots_outside_hours_past_or_off_grid_are_refused(client, two_merchants, when):
    _, shop_a = two_merchants["a"]
    service = add_service(shop_a, name="A")
    assert post_booking(client, service.pk, when).status_code == 409
    assert Booking.objects.count() == 0


def test_minimum_notice_cannot_be_skipped(client, shop_index):
    shop = create_shop(shop_index, title="Opticien", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Examen", min_notice_hours=72)
    assert post_booking(client, service.pk, slot_at(days_ahead=1)).status_code == 409
    assert post_booking(client, service.pk, slot_at(days_ahead=2)).status_code == 409
    assert Booking.objects.count() == 0


def test_a_slot_of_another_service_is_refused(client, shop_index):
    shop = create_shop(shop_index, title="Garage", hours=EVERY_DAY_HOURS)
    short = add_service(shop, name="Court", duration_minutes=30)
    long = add_service(shop, name="Long", duration_minutes=45)
    slot_of_long = slot_at(hour=9, minute=45)
    assert post_booking(client, short.pk, slot_of_long).status_code == 409
    assert post_booking(client, long.pk, slot_of_long).status_code == 302
    assert Booking.objects.get().service_id == long.pk


# --- 500s from odd public input ------------------------------------------------------------


@pytest.mark.parametrize(
    "slot, status",
    [
        ("2026-12-01T10:00:00+25:00", 400),
        ("2026-12-01T10:00:00-24:00", 400),
        ("2026-12-01T10:00:00+23:59", 409),
        ("\x00", 400),
        ("😀", 400),
        ("2026-12-01T10:00:00+01:00" + "0" * 100, 400),
        ("", 400),
        ("   ", 400),
    ],
)
def test_odd_slots_get_a_4xx(client, service, slot, status):
    assert post_booking(client, service.pk, slot).status_code == status
    assert Booking.objects.count() == 0


@pytest.mark.parametrize(
    "slot, extra",
    [
        ("0001-01-01T00:00:00+01:00", {}),
        ("0001-01-01T00:00:00+01:00", {"consent": ""}),
        ("9999-12-31T23:00:00-01:00", {}),
        ("9999-12-31T10:00:00+01:00", {}),
    ],
)
def test_extreme_slots_get_a_4xx(client, service, slot, extra):
    client.raise_request_exception = False
    response = post_booking(client, service.pk, slot, **extra)
    assert response.status_code == 400
    assert Booking.objects.count() == 0


@pytest.mark.parametrize(
    "overrides",
    [
        {"name": "No\x00or"},
        {"email": "noor\x00@example.org"},
        {"note": "\x00"},
        {"phone": "\x00"},
        {"name": ""},
        {"email": "a@b"},
        {"email": "😀@example.org"},
        {"email": "x@" + "a" * 300 + ".org"},
        {"phone": "+" + "1" * 30},
        {"consent": "false"},
        {"consent": ""},
    ],
)
def test_odd_fields_get_a_400(client, service, overrides):
    response = post_booking(client, service.pk, slot_at(), **overrides)
    assert response.status_code == 400
    assert Booking.objects.count() == 0


def test_emoji_and_unicode_everywhere_books_fine(
    client, service, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(
            client, service.pk, slot_at(), name="Zoë 😀 Ñandú 日本", note="🎉" * 500
        )
    assert response.status_code == 302
    assert client.get(response["Location"]).status_code == 200
    assert not OutgoingEmail.objects.exclude(status=OutgoingEmail.SENT).exists()


@pytest.mark.parametrize(
    "service_id", ["99999999999999999999", "2147483648", "9223372036854775808", "0"]
)
def test_huge_service_ids_are_404(client, service, service_id):
    base = url("booking_service", service.pk).replace(f"/{service.pk}/", f"/{service_id}/")
    assert client.get(base).status_code == 404
    assert client.post(base, booking_data(slot_at())).status_code == 404
    assert client.get(base + "slots.json").status_code == 404


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"from": "0001-01-01", "to": "0001-01-01"}, 200),
        ({"from": "9999-12-31", "to": "9999-12-31"}, 200),
        ({"from": "0001-01-01", "to": "0001-02-01"}, 200),
        ({"from": "\x00"}, 400),
        ({"from": "😀", "to": "😀"}, 400),
        ({"from": "2026-01-01", "to": "x" * 10000}, 400),
        ({"to": "2026-01-01"}, 400),
        ({"from": ["2026-01-01", "2026-01-02"]}, 200),
    ],
)
def test_odd_slot_json_ranges_are_not_a_500(client, service, query, status):
    response = client.get(url("booking_slots", service.pk), query)
    assert response.status_code == status
    if not any("\x00" in str(value) for value in query.values()):
        assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ({"day": "\x00", "from": "\x00"}, 400),
        ({"day": "😀"}, 200),
        ({"day": "2026-12-01T10:00:00+25:00"}, 200),
        ({"day": "9999-12-31", "from": "0001-01-01"}, 200),
        ({"from": "9999-12-31"}, 200),
        ({"day": "x" * 10000}, 200),
    ],
)
def test_odd_days_on_the_booking_page_are_not_a_500(client, service, query, status):
    assert client.get(url("booking_service", service.pk), query).status_code == status


def test_wrong_methods_are_405(client, service, my_booking):
    service_url = url("booking_service", service.pk)
    for method in ("put", "patch", "delete"):
        assert getattr(client, method)(service_url).status_code == 405
    assert client.post(url("booking_slots", service.pk)).status_code == 405
    assert client.post(url("booking_done", links.view_token(my_booking))).status_code == 405


# --- abuse limits --------------------------------------------------------------------------


def test_daily_limit_counts_the_address_whatever_its_case(client, service, settings):
    settings.BOOKING_MAX_PER_EMAIL_PER_DAY = 2
    emails = ["noor@example.org", "NOOR@example.org", "Noor@Example.Org"]
    statuses = [
        post_booking(client, service.pk, slot_at(hour=10 + i), email=email).status_code
        for i, email in enumerate(emails)
    ]
    assert statuses == [302, 302, 429]


def test_rate_limit_still_counts_bots_and_invalid_posts(client, service, settings):
    settings.BOOKING_RATE_LIMIT = (2, 3600)
    post_booking(client, service.pk, slot_at(), homepage="spam")
    post_booking(client, service.pk, "garbage")
    assert post_booking(client, service.pk, slot_at()).status_code == 429
    assert Booking.objects.count() == 0


def test_rate_limit_cannot_be_bypassed_with_a_forged_x_forwarded_for(client, service, settings):
    settings.BOOKING_RATE_LIMIT = (1, 3600)
    statuses = []
    for i in range(3):
        response = client.post(
            url("booking_service", service.pk),
            booking_data(slot_at(hour=10 + i), email=f"flood{i}@example.org"),
            HTTP_X_FORWARDED_FOR=f"10.0.0.{i}",
        )
        statuses.append(response.status_code)
    assert statuses[1:] == [429, 429]
