"""The weekly hours are edited as a week: seven days in order, each closed or one or two
ranges, and the comparison of two versions says which day changed."""

import re
from datetime import UTC, datetime, time

import pytest
from django.urls import reverse

from shops.booking.slots import slots_between
from shops.models import OpeningHours, ShopPage
from shops.structured_data import opening_hours_specification
from tests.admin_forms import shop_form_data
from tests.factories import add_service, create_shop


SATURDAY_HOURS = [(5, time(9), time(18, 30))]


@pytest.fixture
def shop(shop_index):
    return create_shop(shop_index, hours=[(1, time(9), time(12, 30)), (1, time(13, 30), time(18))])


def edit_url(shop):
    return reverse("wagtailadmin_pages:edit", args=[shop.pk])


def grid_days(html):
    return re.findall(r'<tr data-week-day="\d">\s*<th scope="row">([^<]+)</th>', html)


def hours_of(page):
    return [(h.weekday, h.opens, h.closes) for h in page.opening_hours.all()]


def test_the_grid_shows_the_week_from_monday_in_the_admins_language(admin_client, shop):
    html = admin_client.get(edit_url(shop)).content.decode()

    assert grid_days(html) == [
        "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"
    ]  # fmt: skip
    assert 'name="week_hours-1-1-opens" value="13:30"' in html  # Tuesday after lunch
    assert 'name="week_hours-0-closed" data-week-closed checked' in html  # Monday closed
    assert "Copier vers les jours suivants" in html


def test_a_saved_week_is_stored_day_by_day_in_order(admin_client, shop):
    hours = [(5, "09:00", "17:00"), (0, "14:00", "18:00"), (0, "09:00", "12:00")]
    data = shop_form_data(shop, hours=hours, **{"action-publish": "publish"})

    assert admin_client.post(edit_url(shop), data).status_code == 302

    shop = ShopPage.objects.get(pk=shop.pk)
    assert hours_of(shop) == [
        (0, time(9), time(12)),
        (0, time(14), time(18)),
        (5, time(9), time(17)),
    ]


def test_rows_come_back_in_week_order_even_with_equal_sort_orders(shop):
    OpeningHours.objects.filter(page=shop).delete()
    for weekday, opens in [(4, 14), (0, 9), (4, 9), (2, 9)]:
        OpeningHours.objects.create(
            page=shop, weekday=weekday, opens=time(opens), closes=time(opens + 3), sort_order=0
        )

    shop = ShopPage.objects.get(pk=shop.pk)
    assert [(h.weekday, h.opens.hour) for h in shop.opening_hours.all()] == [
        (0, 9), (2, 9), (4, 9), (4, 14)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("hours", "closed", "message"),
    [
        ([(5, "18:00", "09:00")], (), "Samedi : l’heure de fermeture doit suivre"),
        ([(5, "09:00", "13:00"), (5, "12:00", "18:00")], (), "Samedi : les deux plages se"),
        ([(5, "09:00", "")], (), "Samedi : donnez l’heure d’ouverture et l’heure de fermeture"),
        ([(5, "9h du matin", "18:00")], (), "Samedi : indiquez les heures et minutes"),
        ([(5, "09:00", "18:00")], (5,), "Samedi : décochez « fermé » ou effacez les heures"),
    ],
)
def test_a_bad_day_is_refused_with_its_name_and_nothing_typed_is_lost(
    admin_client, shop, hours, closed, message
):
    data = shop_form_data(shop, hours=[(1, "10:00", "16:00"), *hours], closed=closed)

    response = admin_client.post(edit_url(shop), data)

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'name="week_hours-1-0-opens" value="10:00"' in html  # Tuesday, as typed
    assert hours_of(ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()) == (
        hours_of(shop)
    )


def test_forged_grid_values_get_a_message_not_an_error_page(admin_client, shop):
    data = shop_form_data(shop, hours=[])
    data.update({"week_hours-3-0-opens": "25:99", "week_hours-3-0-closes": "x" * 5000})

    response = admin_client.post(edit_url(shop), data)

    assert response.status_code == 200
    assert "Jeudi : indiquez les heures et minutes" in response.content.decode()


def test_a_form_without_the_grid_leaves_the_hours_alone(admin_client, shop):
    data = {k: v for k, v in shop_form_data(shop).items() if not k.startswith("week_hours")}
    data["action-publish"] = "publish"

    assert admin_client.post(edit_url(shop), data).status_code == 302
    assert hours_of(ShopPage.objects.get(pk=shop.pk)) == hours_of(shop)


def test_a_day_stored_with_three_ranges_keeps_them_all(admin_client, shop):
    three = [(2, time(8), time(10)), (2, time(11), time(13)), (2, time(14), time(16))]
    shop.opening_hours = [OpeningHours(weekday=d, opens=o, closes=c) for d, o, c in three]
    shop.save_revision().publish()

    html = admin_client.get(edit_url(shop)).content.decode()

    assert 'name="week_hours-2-2-opens" value="14:00"' in html


def test_the_comparison_names_the_day_and_the_time_that_changed(admin_client, shop):
    first = shop.save_revision()
    publish = {"action-publish": "publish"}
    admin_client.post(edit_url(shop), shop_form_data(shop, hours=SATURDAY_HOURS, **publish))
    shop.refresh_from_db()
    before = shop.latest_revision
    data = shop_form_data(shop, hours=[(5, "09:00", "17:00")])
    admin_client.post(edit_url(shop), data)
    after = ShopPage.objects.get(pk=shop.pk).latest_revision
    assert first.pk < before.pk < after.pk

    url = reverse("wagtailadmin_pages:revisions_compare", args=[shop.pk, before.pk, after.pk])
    html = admin_client.get(url).content.decode()

    text = re.sub(r"<[^>]+>", "", html)
    assert "Samedi : 18:30 → 17:00" in text
    assert "Mardi" not in text  # unchanged days are not listed
    assert "Déplacé" not in text  # no "moved up/down" rows


def test_the_public_page_open_now_jsonld_and_slots_follow_the_saved_week(
    admin_client, client, shop
):
    data = shop_form_data(shop, hours=[(5, "09:00", "17:00")], **{"action-publish": "publish"})
    admin_client.post(edit_url(shop), data)
    shop = ShopPage.objects.get(pk=shop.pk)
    saturday = datetime(2026, 12, 5, 15, 30, tzinfo=UTC)  # 16:30 in Brussels

    html = client.get(shop.url).content.decode()
    assert re.search(r"samedi.*?09:00–17:00", html, re.S)
    assert shop.opening_state(saturday).is_open
    assert not shop.opening_state(datetime(2026, 12, 5, 16, 30, tzinfo=UTC)).is_open
    assert [s["closes"] for s in opening_hours_specification(shop)] == ["17:00"]
    service = add_service(shop, duration_minutes=60, min_notice_hours=0)
    slots = slots_between(service, saturday.date(), saturday.date(), now=saturday.replace(hour=5))
    assert [slot.local_start.hour for slot in slots[saturday.date()]] == [
        9,
        10,
        11,
        12,
        13,
        14,
        15,
        16,
    ]


def test_every_field_of_the_grid_has_its_own_label_naming_the_day_and_the_range(admin_client, shop):
    html = admin_client.get(edit_url(shop)).content.decode()

    labels = {
        target: re.sub(r"\s*<[^>]+>\s*", " ", text).strip()
        for target, text in re.findall(
            r'<label for="id_week_hours-([^"]+)"[^>]*>(.*?)</label>', html
        )
    }
    assert labels["1-0-opens"] == "Mardi : ouvre à"
    assert labels["1-1-closes"] == "Mardi après la pause de midi : ferme à"
    assert labels["6-closed"] == "Dimanche fermé"
    # A screen reader, or a phone without the column headings, never hears two alike.
    assert len(labels) == 7 * 5 and len(set(labels.values())) == 7 * 5
