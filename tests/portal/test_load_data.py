"""generate_load_data: many shops, in four languages, searchable, quickly."""

import pytest
from django.core.management import CommandError, call_command
from django.utils.html import escape
from wagtail.search.backends import get_search_backend
from wagtail.search.models import IndexEntry

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


def test_generated_shops_are_indexed_as_a_publish_would_index_them(directory):
    call_command("generate_load_data", shops=3, stdout=open("/dev/null", "w"))
    generated = list(ShopPage.objects.filter(slug__startswith="charge-").order_by("pk"))

    def index_rows():
        rows = IndexEntry.objects.filter(object_id__in=[str(shop.pk) for shop in generated])
        return {
            row.object_id: (str(row.title), str(row.autocomplete), str(row.body)) for row in rows
        }

    generated_index = index_rows()
    assert len(generated_index) == 12
    backend = get_search_backend()
    for shop in generated:
        backend.add(ShopPage.objects.get(pk=shop.pk))  # Wagtail's own indexing, field by field
    assert index_rows() == generated_index


def test_refuses_without_a_directory(db):
    with pytest.raises(CommandError, match="load_demo"):
        call_command("generate_load_data", shops=3)
