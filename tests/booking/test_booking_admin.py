"""Bookings in the admin, tried from the attacker's side: another merchant, an anonymous
visitor, a forged id. City editors see everything."""

import csv
import io
import re
from datetime import timedelta

from django.contrib.auth.models import Permission
from django.contrib.auth.views import redirect_to_login
from django.core import mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from shops.models import Booking
from tests.booking_helpers import DAY, booking_state


def test_merchant_sees_only_their_own_bookings_in_list_day_view_and_export(merchant_client, booked):
    mine, theirs = booked
    listing = merchant_client.get(reverse("bookings:index")).content.decode()
    assert "Alice Mine" in listing and "Bob Theirs" not in listing

    day = merchant_client.get(reverse("bookings:day"), {"date": DAY.isoformat()})
    assert "Alice Mine" in day.content.decode() and "Bob Theirs" not in day.content.decode()

    export = merchant_client.get(reverse("bookings:index"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 2 and "Alice Mine" in rows[1]

    # Filtering by the other shop's id does not reveal it either.
    forged = merchant_client.get(reverse("bookings:index"), {"shop": theirs.shop_id})
    assert "Bob Theirs" not in forged.content.decode()


def test_merchant_cannot_open_or_cancel_another_shops_booking_by_id(merchant_client, booked):
    _mine, theirs = booked
    state = booking_state()
    url = reverse("bookings:detail", args=[theirs.pk])
    # (LocaleMiddleware turns every 404 outside i18n_patterns into a redirect first.)
    for response in (merchant_client.get(url), merchant_client.post(url, {"reason": "Malicious"})):
        assert (response.status_code, response["Location"]) == (302, f"/fr{url}")
    assert merchant_client.get(url, follow=True).status_code == 404
    response = merchant_client.post(url, {"reason": "Malicious"}, follow=True)
    assert response.status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == Booking.CONFIRMED and mail.outbox == []
    assert booking_state() == state


def test_merchant_cancels_own_booking_with_a_reason_the_resident_receives(
    merchant_client, booked, django_capture_on_commit_callbacks
):
    mine, _theirs = booked
    url = reverse("bookings:detail", args=[mine.pk])
    assert merchant_client.post(url, {"reason": ""}).status_code == 200  # reason required
    with django_capture_on_commit_callbacks(execute=True):
        response = merchant_client.post(url, {"reason": "Fermeture exceptionnelle (maladie)."})
    assert response.status_code == 302
    mine.refresh_from_db()
    assert (mine.status, mine.cancelled_by) == (Booking.CANCELLED, Booking.BY_SHOP)
    resident = next(m for m in mail.outbox if m.to == ["alice@example.org"])
    assert "Fermeture exceptionnelle (maladie)." in resident.body
    assert "METHOD:CANCEL" in resident.attachments[0][1]


def test_city_editor_sees_every_booking(client, editor, booked):
    client.force_login(editor)
    listing = client.get(reverse("bookings:index")).content.decode()
    assert "Alice Mine" in listing and "Bob Theirs" in listing
    _mine, theirs = booked
    assert client.get(reverse("bookings:detail", args=[theirs.pk])).status_code == 200


def test_anonymous_and_plain_users_get_nothing(client, booked, django_user_model):
    mine, _theirs = booked
    state = booking_state()
    urls = [
        reverse("bookings:index"),
        reverse("bookings:day"),
        reverse("bookings:detail", args=[mine.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/login/" in response["Location"]
        assert response["Location"] == redirect_to_login(url, reverse("wagtailadmin_login")).url
    assert client.post(urls[2], {"reason": "Anonyme"})["Location"].startswith(
        reverse("wagtailadmin_login")
    )

    user = django_user_model.objects.create_user("nosy", "nosy@example.org", "pw")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in urls:  # Wagtail's "permission denied": back to the dashboard
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    response = client.post(urls[2], {"reason": "Curieux"})
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert "Alice Mine" not in client.get(urls[0], follow=True).content.decode()
    assert booking_state() == state


def test_dashboard_shows_the_merchants_next_bookings(merchant_client, booked):
    html = merchant_client.get(reverse("wagtailadmin_home")).content.decode()
    with translation.override("fr"):  # the merchant's language
        assert gettext("Next bookings") in html
    assert "Alice Mine" in html and "Bob Theirs" not in html


def test_bad_dates_in_admin_filters_do_not_break_the_views(merchant_client, booked):
    for query in ({"date": "garbage"}, {"date": "0000-00-00"}):
        assert merchant_client.get(reverse("bookings:day"), query).status_code == 200
    for query in (
        {"starts_at_after": "nope"},
        {"status": "<script>"},
        {"service": "999999"},
        {"ordering": "email"},
    ):
        assert merchant_client.get(reverse("bookings:index"), query).status_code == 200


def past(booking, days=1):
    Booking.objects.filter(pk=booking.pk).update(
        starts_at=booking.starts_at - timedelta(days=days + 10),
        ends_at=booking.ends_at - timedelta(days=days + 10),
    )


def test_merchant_marks_a_past_booking_as_a_no_show_from_the_day_view(merchant_client, booked):
    mine, _theirs = booked
    url = reverse("bookings:detail", args=[mine.pk])
    refused = merchant_client.post(url, {"attendance": "no_show"}, follow=True)
    assert "une fois le rendez-vous commencé" in refused.content.decode()  # not in advance
    past(mine)
    mine.refresh_from_db()
    day = merchant_client.get(reverse("bookings:day"), {"date": mine.starts_at.date()})
    assert "Pas venu" in day.content.decode()

    response = merchant_client.post(url, {"attendance": "no_show", "next": "day"})

    assert response.status_code == 302 and "/bookings/day/" in response["Location"]
    assert Booking.objects.get(pk=mine.pk).attendance == Booking.NO_SHOW
    for forged in ("maybe", "", "attended' OR 1=1"):
        merchant_client.post(url, {"attendance": forged})
    assert Booking.objects.get(pk=mine.pk).attendance == Booking.NO_SHOW


def test_a_merchant_cannot_mark_another_shops_booking(merchant_client, booked):
    _mine, theirs = booked
    past(theirs)
    url = reverse("bookings:detail", args=[theirs.pk])
    merchant_client.post(url, {"attendance": "no_show"}, follow=True)
    assert Booking.objects.get(pk=theirs.pk).attendance == ""


def test_the_city_sees_attendance_per_shop_and_month_and_merchants_do_not(
    client, merchant_client, booked, editor
):
    mine, theirs = booked
    past(mine)
    past(theirs)
    Booking.objects.filter(pk=mine.pk).update(attendance=Booking.NO_SHOW)
    report = reverse("bookings:attendance")

    assert merchant_client.get(report).status_code in (302, 403)
    client.force_login(editor)
    html = client.get(report).content.decode()
    rows = re.findall(r"<tr>\s*<td>([^<]*)</td>\s*<td>([^<]*)</td>((?:\s*<td>\d+</td>){4})", html)
    counts = {shop: re.findall(r"\d+", cells) for _month, shop, cells in rows}
    assert counts[mine.shop.title] == ["1", "0", "1", "0"]
    assert counts[theirs.shop.title] == ["1", "0", "0", "1"]
    assert mine.name not in html and mine.email not in html  # counts, not people
