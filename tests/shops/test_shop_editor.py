"""The shop editor refuses bad input with clear messages and loses nothing."""

import pytest
from django.urls import reverse
from wagtail.users.models import UserProfile

from shops.models import ShopPage
from tests.admin_forms import product_data, service_data, shop_form_data
from tests.factories import create_shop


@pytest.fixture
def shop(shop_index):
    return create_shop(shop_index)


def speak(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture(autouse=True)
def english_admin(admin_user):
    """Django's own messages are asserted in English; one test switches to Dutch."""
    speak(admin_user, "en")


def save_draft(client, shop, data):
    return client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)


def errors_in(response):
    return response.content.decode()


def test_a_valid_edit_is_saved_as_a_draft_with_derived_facts(admin_client, shop):
    data = shop_form_data(shop, products=[product_data(), product_data("Plante verte", "19.90")])

    response = save_draft(admin_client, shop, data)

    assert response.status_code == 302
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert draft.product_count == 2 and draft.is_digitalised


def test_publishing_keeps_the_digitalised_flag_right(admin_client, shop):
    assert not shop.is_digitalised  # no catalogue, no online shop
    data = shop_form_data(shop, products=[product_data()], **{"action-publish": "publish"})

    assert save_draft(admin_client, shop, data).status_code == 302
    shop.refresh_from_db()
    assert shop.live and shop.product_count == 1 and shop.is_digitalised

    data = shop_form_data(shop, products=[], **{"action-publish": "publish"})
    assert save_draft(admin_client, shop, data).status_code == 302
    shop.refresh_from_db()
    assert shop.product_count == 0 and not shop.is_digitalised


def test_an_online_shop_url_alone_makes_a_shop_digitalised(shop_index):
    shop = create_shop(shop_index, online_shop_url="https://fleurs.example/boutique/")

    assert shop.is_digitalised and shop.has_online_shop and shop.product_count == 0


def test_closing_before_opening_is_refused(admin_client, shop):
    response = save_draft(admin_client, shop, shop_form_data(shop, hours=[(1, "18:00", "09:00")]))

    assert response.status_code == 200
    assert "Tuesday: the closing time must be after the opening time." in errors_in(response)


def test_overlapping_ranges_on_one_day_are_refused(admin_client, shop):
    data = shop_form_data(shop, hours=[(1, "09:00", "13:00"), (1, "12:30", "18:00")])

    response = save_draft(admin_client, shop, data)

    assert response.status_code == 200
    assert "Tuesday: the two ranges overlap." in errors_in(response)


def test_ranges_on_different_days_or_with_a_lunch_break_are_fine(admin_client, shop):
    data = shop_form_data(
        shop, hours=[(1, "09:00", "12:30"), (1, "13:30", "18:00"), (2, "09:00", "18:00")]
    )

    assert save_draft(admin_client, shop, data).status_code == 302


def test_a_date_both_closed_and_with_hours_is_refused(admin_client, shop):
    data = shop_form_data(
        shop, exceptions=[("2026-12-24", True), ("2026-12-24", False, "10:00", "12:00")]
    )

    response = save_draft(admin_client, shop, data)

    assert "This period overlaps another closure or special hours" in errors_in(response)


def test_special_hours_need_both_times(admin_client, shop):
    response = save_draft(
        admin_client, shop, shop_form_data(shop, exceptions=[("2026-12-24", False)])
    )

    assert "Give the opening and closing times" in errors_in(response)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("phone", "call me maybe", "Enter a phone number with digits only"),
        ("email", "not-an-email", "Enter a valid email address."),
        ("website", "javascript:alert(1)", "Enter a valid URL."),
        ("latitude", "123.45", "Ensure this value is less than or equal to 90"),
        ("longitude", "-200", "Ensure this value is greater than or equal to -180"),
        ("postcode", "70a0", "A Belgian postcode has 4 digits."),
    ],
)
def test_bad_contact_and_location_values_are_refused(admin_client, shop, field, value, message):
    response = save_draft(admin_client, shop, shop_form_data(shop, **{field: value}))

    assert response.status_code == 200
    assert message in errors_in(response)
    assert ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object().phone == shop.phone


@pytest.mark.parametrize(
    ("price", "message"),
    [
        ("-3.00", "Ensure this value is greater than or equal to 0"),
        ("100000000", "Ensure that there are no more than 8 digits in total."),
        ("abc", "Enter a number."),
    ],
)
def test_negative_or_absurd_prices_are_refused(admin_client, shop, price, message):
    data = shop_form_data(shop, products=[product_data(price=price)])

    response = save_draft(admin_client, shop, data)

    assert response.status_code == 200
    assert message in errors_in(response)


def test_the_editor_is_translated_for_a_dutch_speaking_merchant(admin_client, admin_user, shop):
    speak(admin_user, "nl")

    response = save_draft(admin_client, shop, shop_form_data(shop, hours=[(1, "18:00", "09:00")]))

    assert "Dinsdag: het sluitingsuur moet na het openingsuur liggen." in errors_in(response)


def test_a_published_service_makes_the_shop_bookable_and_keeps_its_id(admin_client, shop):
    data = shop_form_data(
        shop, products=[], services=[service_data()], **{"action-publish": "publish"}
    )
    assert save_draft(admin_client, shop, data).status_code == 302
    shop.refresh_from_db()
    (service,) = shop.services.all()
    assert shop.takes_bookings and shop.is_digitalised

    # Saving again (the inline keeps its id) must not replace the service, or its
    # bookings would lose their calendar.
    again = shop_form_data(
        shop,
        products=[],
        services=[{**service_data(capacity=3), "id": service.pk}],
        **{"action-publish": "publish"},
    )
    assert save_draft(admin_client, shop, again).status_code == 302
    assert list(shop.services.values_list("pk", "capacity")) == [(service.pk, 3)]

    paused = shop_form_data(
        shop,
        products=[],
        services=[{**service_data(is_active=False), "id": service.pk}],
        **{"action-publish": "publish"},
    )
    assert save_draft(admin_client, shop, paused).status_code == 302
    shop.refresh_from_db()
    assert not shop.takes_bookings


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("capacity", 0, "Ensure this value is greater than or equal to 1."),
        ("duration_minutes", 2, "Ensure this value is greater than or equal to 5."),
        ("horizon_days", 1000, "Ensure this value is less than or equal to 365."),
    ],
)
def test_impossible_services_are_refused(admin_client, shop, field, value, message):
    data = shop_form_data(shop, products=[], services=[service_data(**{field: value})])
    response = save_draft(admin_client, shop, data)
    assert response.status_code == 200
    assert message in errors_in(response)
    assert not shop.services.exists()
