"""A closure is a period: one row for "1–21 August", with a reason, that the public page,
"open now", the JSON-LD and the booking slots all respect."""

import re
from datetime import UTC, date, datetime, timedelta
from importlib import import_module

import pytest
from django.apps import apps
from django.urls import reverse
from wagtail.users.models import UserProfile

from search.finder import open_at
from shops.booking.slots import slots_between
from shops.hours import brussels_today
from shops.models import OpeningException, ShopPage
from shops.structured_data import opening_hours_specification
from tests.admin_forms import exception_row, shop_form_data
from tests.factories import add_service, create_shop


SUMMER = date(2026, 8, 1), date(2026, 8, 21)


@pytest.fixture
def shop(shop_index):
    return create_shop(shop_index)


def edit_url(shop):
    return reverse("wagtailadmin_pages:edit", args=[shop.pk])


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_one_row_closes_the_shop_for_the_whole_period(shop):
    OpeningException.objects.create(
        page=shop, date=SUMMER[0], end_date=SUMMER[1], closed=True, reason="holidays"
    )
    shop = ShopPage.objects.get(pk=shop.pk)

    tuesdays = [date(2026, 8, 4), date(2026, 8, 11), date(2026, 8, 18)]
    assert all(shop.schedule.ranges_on(day) == [] for day in tuesdays)
    assert shop.schedule.ranges_on(date(2026, 8, 25))  # the Tuesday after
    assert not shop.opening_state(datetime(2026, 8, 11, 9, tzinfo=UTC)).is_open
    closed = ShopPage.objects.filter(pk=shop.pk).filter(
        open_at(datetime(2026, 8, 11, 9, tzinfo=UTC))
    )
    assert not closed.exists()
    assert ShopPage.objects.filter(open_at(datetime(2026, 8, 25, 9, tzinfo=UTC)), pk=shop.pk)
    (spec,) = [s for s in opening_hours_specification(shop) if "validFrom" in s]
    assert (spec["validFrom"], spec["validThrough"]) == ("2026-08-01", "2026-08-21")


def test_booking_slots_skip_the_closure_period(shop):
    today = brussels_today()
    start = today + timedelta(days=7)
    OpeningException.objects.create(page=shop, date=start, end_date=start + timedelta(days=6))
    service = add_service(shop, horizon_days=30, min_notice_hours=0)

    days = slots_between(service, start - timedelta(days=7), start + timedelta(days=13))

    assert all(not days[start + timedelta(n)] for n in range(7))
    assert any(days[start + timedelta(n)] for n in range(7, 14))
    assert any(days[start - timedelta(n)] for n in range(1, 8))


def test_the_public_page_lists_the_coming_closures_as_ranges(client, shop):
    first = brussels_today() + timedelta(days=10)
    last = first + timedelta(days=20)
    OpeningException.objects.create(page=shop, date=first, end_date=last, reason="works")
    OpeningException.objects.create(  # over: not listed
        page=shop, date=first - timedelta(days=30), end_date=first - timedelta(days=25)
    )

    html = text_of(client.get(shop.url).content.decode())

    months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
              "septembre", "octobre", "novembre", "décembre"]  # fmt: skip

    def day(d, year=False):
        return f"{d.day} {months[d.month - 1]}" + (f" {d.year}" if year else "")

    if (first.year, first.month) == (last.year, last.month):
        expected = f"{first.day}–{day(last)}"
    else:
        years = first.year != last.year
        expected = f"{day(first, years)} – {day(last, years)}"
    assert f"{expected} : fermé (Travaux)" in html
    assert html.count("fermé (") == 1


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (exception_row("2026-08-21", end_date="2026-08-01"), "La période doit se terminer"),
        (
            exception_row("2026-08-01", False, "10:00", "12:00", end_date="2026-08-03"),
            "Un horaire exceptionnel vaut pour un seul jour",
        ),
        (exception_row("2026-01-01", end_date="2030-01-01"), "Une fermeture dure un an au plus"),
        (exception_row("le 1er août"), "Saisissez une date valide."),
    ],
)
def test_a_bad_period_is_refused_with_a_message(admin_client, shop, row, message):
    response = admin_client.post(edit_url(shop), shop_form_data(shop, exceptions=[row]))

    assert response.status_code == 200
    assert message in response.content.decode()
    assert (
        not ShopPage.objects.get(pk=shop.pk)
        .get_latest_revision_as_object()
        .opening_exceptions.all()
    )


def test_overlapping_periods_are_refused_and_both_kept_in_the_form(admin_client, shop):
    rows = [
        exception_row("2026-08-01", end_date="2026-08-21", reason="holidays"),
        exception_row("2026-08-15", end_date="2026-08-31", reason="works"),
    ]

    response = admin_client.post(edit_url(shop), shop_form_data(shop, exceptions=rows))

    html = response.content.decode()
    assert html.count("Cette période chevauche une autre fermeture") == 2
    assert 'value="2026-08-15"' in html and 'value="2026-08-21"' in html


def test_a_period_and_special_hours_next_to_it_are_saved(admin_client, shop):
    rows = [
        exception_row("2026-08-01", end_date="2026-08-21", reason="holidays"),
        exception_row("2026-08-22", False, "10:00", "14:00"),
        exception_row("2026-08-22", False, "15:00", "17:00"),
    ]
    data = shop_form_data(shop, exceptions=rows, **{"action-publish": "publish"})

    assert admin_client.post(edit_url(shop), data).status_code == 302
    saved = ShopPage.objects.get(pk=shop.pk).opening_exceptions.all()
    assert [(e.date.day, e.end_date.day, e.closed) for e in saved] == [
        (1, 21, True), (22, 22, False), (22, 22, False)
    ]  # fmt: skip


def closure_rows(html):
    """[(heading, collapsed)] of the editor's closure rows, in order (not the blank one)."""
    html = html.split('id="id_opening_exceptions-EMPTY_FORM_TEMPLATE"')[0]
    rows = re.findall(
        r'id="inline_child_opening_exceptions-\d+".*?<section class="([^"]*)".*?'
        r"<span data-panel-heading-text>(.*?)</span>",
        html,
        flags=re.S,
    )
    return [(text_of(heading).strip(), "collapsed" in classes.split()) for classes, heading in rows]


def test_saved_closures_show_one_line_each_and_past_ones_say_so(admin_client, shop):
    OpeningException.objects.create(
        page=shop, date=date(2020, 8, 1), end_date=date(2020, 8, 21), reason="holidays"
    )
    OpeningException.objects.create(
        page=shop, date=date(2099, 12, 24), closed=False, opens="10:00", closes="16:00"
    )

    html = admin_client.get(edit_url(shop)).content.decode()

    assert closure_rows(html) == [
        ("1–21 août 2020 · fermé · Congés · passée", True),
        ("jeudi 24 décembre 2099 · 10:00–16:00", True),
    ]
    assert "Ajouter une fermeture ou un horaire exceptionnel" in html


def test_closures_sent_back_with_a_message_stay_open(admin_client, shop):
    rows = [
        exception_row("2026-08-01", end_date="2026-08-21", reason="holidays"),
        exception_row("2026-08-15", end_date="2026-08-31", reason="works"),
    ]

    response = admin_client.post(edit_url(shop), shop_form_data(shop, exceptions=rows))

    assert [collapsed for _heading, collapsed in closure_rows(response.content.decode())] == [
        False,
        False,
    ]


def test_the_migration_joins_days_typed_one_by_one_into_a_period(shop):
    migration = import_module("shops.migrations.0007_week_hours_and_closure_periods")
    for day in range(1, 22):
        OpeningException.objects.create(page=shop, date=date(2026, 8, day), reason="holidays")
    OpeningException.objects.create(page=shop, date=date(2026, 8, 22), reason="public_holiday")
    OpeningException.objects.create(page=shop, date=date(2026, 8, 23), reason="public_holiday")
    OpeningException.objects.create(page=shop, date=date(2026, 9, 2), reason="inventory")

    migration.dated_rows_to_periods(apps, None)

    rows = OpeningException.objects.filter(page=shop).order_by("date", "reason")
    assert [(e.date, e.end_date, e.reason) for e in rows] == [
        (date(2026, 8, 1), date(2026, 8, 21), "holidays"),
        (date(2026, 8, 22), date(2026, 8, 22), "public_holiday"),  # each keeps its name
        (date(2026, 8, 23), date(2026, 8, 23), "public_holiday"),
        (date(2026, 9, 2), date(2026, 9, 2), "other"),
    ]


# --- the city's dates and the public holidays ---------------------------------------


def test_a_merchant_adds_a_city_date_in_one_click_in_their_language(
    client, two_merchants, city_dates
):
    merchant, shop = two_merchants["b"]  # Lotte reads the admin in Dutch
    profile = UserProfile.get_for_user(merchant)
    profile.preferred_language = "nl"
    profile.save()
    client.force_login(merchant)
    url = reverse("shops_add_public_holidays", args=[shop.pk])

    page = client.get(url).content.decode()
    assert "‘Doudou-weekend’ aan mijn sluitingen toevoegen" in page

    response = client.post(url, {"city_date": city_dates["nl"].pk}, follow=True)
    assert "Doudou-weekend" in response.content.decode()
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    (closure,) = draft.opening_exceptions.all()
    assert (closure.date, closure.end_date, closure.reason) == (
        city_dates["fr"].date, city_dates["fr"].end_date, "event"
    )  # fmt: skip
    assert not ShopPage.objects.get(pk=shop.pk).opening_exceptions.exists()  # not live yet

    again = client.post(url, {"city_date": city_dates["nl"].pk}, follow=True)
    assert "dekken ‘Doudou-weekend’ al" in again.content.decode()
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert len(draft.opening_exceptions.all()) == 1


@pytest.mark.parametrize("forged", ["999999", "abc", "", "1 OR 1=1"])
def test_a_forged_city_date_gets_a_message_and_adds_nothing(
    merchant_client, two_merchants, city_dates, forged
):
    shop = two_merchants["a"][1]
    revision = shop.latest_revision_id

    response = merchant_client.post(
        reverse("shops_add_public_holidays", args=[shop.pk]), {"city_date": forged}, follow=True
    )

    assert response.status_code == 200
    assert "Cette date de la ville n’est plus dans la liste." in response.content.decode()
    assert ShopPage.objects.get(pk=shop.pk).latest_revision_id == revision


def test_public_holidays_inside_a_period_are_not_added_twice(merchant_client, two_merchants):
    shop = two_merchants["a"][1]
    christmas_week = date(brussels_today().year, 12, 20), date(brussels_today().year, 12, 31)
    if christmas_week[1] < brussels_today():
        christmas_week = tuple(d.replace(year=d.year + 1) for d in christmas_week)
    page = shop.get_latest_revision_as_object()
    page.opening_exceptions = [
        OpeningException(date=christmas_week[0], end_date=christmas_week[1], reason="holidays")
    ]
    page.save_revision()

    merchant_client.post(reverse("shops_add_public_holidays", args=[shop.pk]))

    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    added = [e.date for e in draft.opening_exceptions.all() if e.reason == "public_holiday"]
    assert added and date(christmas_week[0].year, 12, 25) not in added
