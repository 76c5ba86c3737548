"""generate_load_data: many shops, in four languages, searchable, quickly."""

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import escape

from portal.demo import shops as shops_demo
from shops.models import OpeningHours, ShopPage


@pytest.fixture
def directory(home_pages):
    shops_demo.ensure_taxonomy()
    return shops_demo.ensure_shop_index(home_pages["fr"])


def test_generates_translated_searchable_shops(client, directory):
    call_command("generate_load_data", shops=6, stdout=open("/dev/null", "w"))

    generated = ShopPage.objects.filter(slug__startswith="charge-")
    assert generated.count() == 24
    french = generated.filter(locale__language_code="fr").first()
    dutch = generated.get(translation_key=french.translation_key, locale__language_code="nl")
    assert dutch.short_description != french.short_description  # really translated
    assert dutch.category.locale.language_code == "nl"
    assert 5 <= french.product_count <= 40 and OpeningHours.objects.filter(page=french).exists()
    assert client.get(dutch.url).status_code == 200
    found = client.get("/nl/winkel-zoeken/", {"q": dutch.title}).content.decode()
    assert escape(dutch.title) in found  # generated names may hold an apostrophe

    call_command("generate_load_data", shops=2, stdout=open("/dev/null", "w"))  # again: no clash
    assert ShopPage.objects.filter(slug__startswith="charge-").count() == 32


def test_refuses_without_a_directory(db):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_load_data", shops=3)
