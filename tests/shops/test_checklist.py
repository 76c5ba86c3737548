"""The digitalisation checklist: the merchant sees what is left to do on their dashboard,
the city sees every shop's in a sortable report it can export, to target the coaching."""

import html
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from shops.confirmations import confirm
from shops.models import ShopUpkeep
from tests.factories import ImageFactory, add_service, catalogue, create_shop, product


def text_of(response):
    content = response.content.decode()
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content)))


def checklist_on_dashboard(client):
    page = text_of(client.get(reverse("wagtailadmin_home")))
    return page[page.index("Liste de contrôle de la digitalisation") :]


def test_the_merchant_sees_what_is_left_to_do_and_ticks_the_maps_listing(
    merchant_client, two_merchants, django_capture_on_commit_callbacks
):
    merchant, shop = two_merchants["a"]
    checklist = checklist_on_dashboard(merchant_client)
    assert "À faire : Des photos du commerce dans la galerie" in checklist
    assert "À faire : La fiche du commerce sur les grandes cartes revendiquée" in checklist

    photo = {"image": ImageFactory().pk, "alt_text": "Le comptoir", "decorative": False}
    shop.refresh_from_db()  # the invitation made the merchant its owner since
    shop.gallery = [{"type": "photo", "value": photo}]
    shop.save()
    with django_capture_on_commit_callbacks(execute=True):
        confirm(shop, merchant)
    merchant_client.post(reverse("shops_claim_maps_listing", args=[shop.pk]), {"claimed": "1"})

    checklist = checklist_on_dashboard(merchant_client)
    assert "Fait : Des photos du commerce dans la galerie" in checklist
    assert "Fait : Horaires et catalogue confirmés ces derniers mois" in checklist
    assert "Fait : La fiche du commerce sur les grandes cartes revendiquée" in checklist
    assert "À faire : Au moins six produits au catalogue" in checklist


def test_a_merchant_cannot_tick_another_shops_listing_nor_see_the_report(
    merchant_client, two_merchants
):
    shop_b = two_merchants["b"][1]
    response = merchant_client.post(
        reverse("shops_claim_maps_listing", args=[shop_b.pk]), {"claimed": "1"}
    )
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not ShopUpkeep.objects.filter(shop=shop_b, maps_listing_claimed=True).exists()
    response = merchant_client.get(reverse("shops_checklist_report"))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))


@pytest.fixture
def shops(shop_index):
    """A shop with everything done but the maps, one with nothing, one half-way."""
    complete = create_shop(
        shop_index,
        title="Boulangerie Complète",
        body=[catalogue([product(f"Pain {n}", "2.00") for n in range(6)])],
        online_shop_url="https://boulangerie.example/",
    )
    complete.storefront = ImageFactory()
    complete.save_revision().publish()
    empty = create_shop(shop_index, title='=HYPERLINK("https://evil.example")')
    half = create_shop(shop_index, title="Fromagerie à Moitié")
    add_service(half, name="Dégustation")
    return complete, empty, half


def rows_of_report(response):
    """The table's rows, one per shop (each links to the shop's editor)."""
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", response.content.decode(), re.S)
    return [html.unescape(row) for row in rows if re.search(r'href="/admin/pages/\d+/edit/', row)]


def test_the_city_sorts_the_shops_by_what_they_have_done(admin_client, shops):
    url = reverse("shops_checklist_report")
    rows = rows_of_report(admin_client.get(url))  # the least done first, for the coaching
    assert "HYPERLINK" in rows[0] and "Fromagerie" in rows[1] and "Boulangerie" in rows[2]
    assert "Fait" in rows[2] and "À faire" in rows[0]

    rows = rows_of_report(admin_client.get(url, {"ordering": "-checklist_done"}))
    assert "Boulangerie" in rows[0]
    rows = rows_of_report(admin_client.get(url, {"ordering": "-sells_or_books"}))
    assert "HYPERLINK" in rows[-1]
    assert admin_client.get(url, {"ordering": "pk); DROP TABLE"}).status_code == 200


def test_the_csv_export_is_formula_safe_with_one_line_per_shop(admin_client, shops):
    response = admin_client.get(reverse("shops_checklist_report"), {"export": "csv"})
    lines = b"".join(response.streaming_content).decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Commerce,Commerçant,Des photos du commerce")
    assert len(lines) == 4
    hyperlink = next(line for line in lines if "HYPERLINK" in line)
    assert hyperlink.startswith("\"'=HYPERLINK")
    complete = next(line for line in lines if "Boulangerie" in line)
    assert complete.endswith(",1,0,1,1,0,3")


def report_queries(client):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(reverse("shops_checklist_report")).status_code == 200
    return len(captured)


def test_the_report_costs_the_same_queries_for_three_shops_or_ten(admin_client, shop_index, shops):
    report_queries(admin_client)  # warm the caches (site, content types)
    few = report_queries(admin_client)
    for n in range(7):
        create_shop(shop_index, title=f"Commerce {n}")
    assert report_queries(admin_client) == few
