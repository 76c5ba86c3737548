"""The merchant places the shop on the map or types its coordinates; a position outside
Belgium, swapped or half given is refused with a clear message, and nothing is lost."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from shops.models import ShopPage
from tests.admin_forms import shop_form_data


def edit_url(shop):
    return reverse("wagtailadmin_pages:edit", args=[shop.pk])


def draft_position(shop):
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    return draft.latitude, draft.longitude


@pytest.fixture
def shop(two_merchants):
    return two_merchants["a"][1]


def test_the_editor_offers_the_pin_map_without_loading_tiles_before_the_click(
    merchant_client, shop
):
    html = merchant_client.get(edit_url(shop)).content.decode()

    assert "data-map-pin" in html and "js/map-pin.js" in html
    assert "Afficher la carte (charge des tuiles depuis openstreetmap.org)" in html
    assert "Faites glisser l’épingle jusqu’à l’entrée de votre commerce" in html
    assert 'name="latitude"' in html and 'name="longitude"' in html  # typing still works


def test_a_position_in_belgium_is_saved(merchant_client, shop):
    data = shop_form_data(shop, latitude="50.46012", longitude="3.95577")

    response = merchant_client.post(edit_url(shop), data)

    assert response.status_code == 302
    assert draft_position(shop) == (Decimal("50.46012"), Decimal("3.95577"))


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        ("48.85661", "2.35222", "Cette position est hors de Belgique. Faites glisser l’épingle"),
        ("3.95204", "50.45401", "la latitude et la longitude semblent inversées"),
        ("50.45401", "", "Indiquez la latitude et la longitude, ou aucune des deux."),
        ("", "3.95204", "Indiquez la latitude et la longitude, ou aucune des deux."),
        ("50,4;DROP", "3.95", "Saisissez un nombre."),
        ("1e400", "3.95", "Assurez-vous qu’il n’y a pas plus de 8 chiffres au total."),
    ],
)
def test_a_position_outside_belgium_or_half_given_is_refused(
    merchant_client, shop, latitude, longitude, message
):
    before = draft_position(shop)
    data = shop_form_data(shop, latitude=latitude, longitude=longitude)

    response = merchant_client.post(edit_url(shop), data)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert draft_position(shop) == before


def test_the_outside_message_names_the_limits_in_the_merchants_language(merchant_client, shop):
    data = shop_form_data(shop, latitude="52.37", longitude="4.89")  # Amsterdam

    html = merchant_client.post(edit_url(shop), data).content.decode()

    assert "une latitude entre 49,49 et 51,51 et une longitude entre 2,54 et 6,41" in html


def test_no_position_at_all_is_allowed(merchant_client, shop):
    response = merchant_client.post(edit_url(shop), shop_form_data(shop, latitude="", longitude=""))

    assert response.status_code == 302
    assert draft_position(shop) == (None, None)


def test_code_cannot_save_a_shop_outside_belgium_either(shop):
    shop.latitude, shop.longitude = Decimal("40.41678"), Decimal("-3.70379")  # Madrid

    with pytest.raises(ValidationError) as refused:
        shop.save_revision()

    assert "longitude" in refused.value.message_dict
