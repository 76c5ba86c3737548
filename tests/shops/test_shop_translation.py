"""Facts sync from the French page; names and descriptions stay translated."""

import copy

import pytest
from django.urls import reverse
from wagtail_localize.models import TranslationSource

from portal.translation import translate_from_french
from shops.models import ShopPage
from tests.factories import catalogue, create_shop, product


@pytest.fixture
def shop(shop_index):
    return create_shop(
        shop_index,
        body=[catalogue([product("Bouquet de saison", "12.50")], heading="Nos bouquets", intro="")],
    )


@pytest.fixture
def dutch_shop(shop):
    strings = {
        "Fleurs du Beffroi": {"nl": "Fleurs du Beffroi"},
        "fleurs-du-beffroi": {"nl": "fleurs-du-beffroi"},
        "Fleuriste artisanal au pied du beffroi.": {
            "nl": "Ambachtelijke bloemist aan het belfort."
        },
        "Camille compose des bouquets avec des fleurs de saison.": {
            "nl": "Camille maakt boeketten met seizoensbloemen."
        },
        "Nos bouquets": {"nl": "Onze boeketten"},
        "Bouquet de saison": {"nl": "Seizoensboeket"},
        "Fleurs fraîches du marché.": {"nl": "Verse bloemen van de markt."},
    }
    others = shop.locale.__class__.objects.exclude(language_code__in=["fr", "nl"])
    return translate_from_french(shop, strings, exclude_locales=others)["nl"]


def test_dutch_page_shows_translated_text_and_french_facts(client, dutch_shop):
    html = client.get(dutch_shop.url).content.decode()

    assert "Seizoensboeket" in html and "Ambachtelijke bloemist aan het belfort." in html
    assert "12,50\xa0€" in html
    assert 'href="tel:+3265000123"' in html


def test_changing_phone_and_price_in_french_then_syncing_updates_the_dutch_page(
    admin_client, client, shop, dutch_shop, django_capture_on_commit_callbacks
):
    french = shop.get_latest_revision_as_object()
    french.phone = "+32 65 00 09 99"
    body = copy.deepcopy(list(french.body.raw_data))
    body[0]["value"]["products"][0]["value"]["price"] = "15.00"
    french.body = body
    french.save_revision().publish()

    source = TranslationSource.objects.get(object_id=shop.translation_key, locale=shop.locale)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302

    dutch = ShopPage.objects.get(pk=dutch_shop.pk)
    assert dutch.phone == "+32 65 00 09 99"
    html = client.get(dutch.url).content.decode()
    assert "15,00\xa0€" in html and "12,50\xa0€" not in html
    assert "Seizoensboeket" in html and "Bouquet de saison" not in html


def test_opening_hours_and_coordinates_are_synchronised(dutch_shop, shop):
    assert [(h.weekday, h.opens, h.closes) for h in dutch_shop.opening_hours.all()] == [
        (h.weekday, h.opens, h.closes) for h in shop.opening_hours.all()
    ]
    assert (dutch_shop.latitude, dutch_shop.longitude) == (shop.latitude, shop.longitude)
    assert dutch_shop.email == shop.email and dutch_shop.street == shop.street
