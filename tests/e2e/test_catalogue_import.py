"""A merchant imports a CSV catalogue through the admin in Chromium: a preview first, then
the products are in the page's draft, waiting for the city's approval."""

import pytest

from portal import demo
from portal.blocks import collect
from portal.roles import ensure_roles
from shops.merchants import grant_shop
from shops.models import ShopPage
from tests.e2e.test_merchant_update import log_in, make_user
from tests.factories import catalogue, create_shop, create_shop_index, product


CSV = (
    "nom;prix;disponibilité;section\n"
    "Bouquet de saison;24,50;en stock;Nos bouquets\n"
    "Pivoines d'été;18,00;sur commande;Nos bouquets\n"
    "Vase en grès;=A1*2;;Déco\n"
)


@pytest.fixture
def shop(transactional_db):
    ensure_roles()
    home = demo.ensure_translated_home_pages()["fr"]
    index = create_shop_index(home)
    shop = create_shop(index, body=[catalogue([product("Bouquet de saison", "20.00")])])
    grant_shop(make_user("camille", "fr"), shop)
    return shop


def test_a_merchant_imports_a_csv_after_fixing_the_line_the_preview_shows(page, live_server, shop):
    base = live_server.url
    log_in(page, base, "camille")
    page.get_by_role("link", name="Importer des produits").click()
    page.wait_for_url(f"{base}/admin/shops/{shop.pk}/import-catalogue/")

    page.set_input_files(
        "input[type=file]",
        {"name": "catalogue.csv", "mimeType": "text/csv", "buffer": CSV.encode("cp1252")},
    )
    page.get_by_role("button", name="Afficher les produits").click()
    alert = page.get_by_role("alert")
    assert "1 ligne est à corriger" in alert.inner_text()
    assert "une formule (=A1*2)" in page.inner_text("table")
    assert page.get_by_role("button", name="Importer dans mon brouillon").count() == 0

    page.get_by_role("link", name="Envoyer le fichier corrigé").click()
    fixed = CSV.replace("=A1*2", "35")
    page.set_input_files(
        "input[type=file]",
        {"name": "catalogue.csv", "mimeType": "text/csv", "buffer": fixed.encode("cp1252")},
    )
    page.get_by_role("button", name="Afficher les produits").click()
    assert "Nouveaux : 2. Mis à jour : 1. Inchangés : 0." in page.inner_text("main")
    assert "Pivoines d'été" in page.inner_text("table")
    page.get_by_role("button", name="Importer dans mon brouillon").click()

    page.wait_for_url(f"{base}/admin/pages/{shop.pk}/edit/")
    assert "3 produits importés dans votre brouillon" in page.inner_text("body")
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    prices = {p["name"]: str(p["price"]) for p in collect(draft.body, "products")}
    assert prices == {
        "Bouquet de saison": "24.50",
        "Pivoines d'été": "18.00",
        "Vase en grès": "35.00",
    }
    live = ShopPage.objects.get(pk=shop.pk)
    assert {p["name"] for p in collect(live.body, "products")} == {"Bouquet de saison"}
