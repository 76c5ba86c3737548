"""A merchant imports their catalogue from a spreadsheet: a preview first, row by row in
their language, then one new draft revision that goes through the city's approval."""

import html
import io
import re

import pytest
from django.core import signing
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook
from wagtail.models import Revision

from portal.blocks import collect
from shops.models import ShopPage
from tests.factories import ImageFactory, catalogue, product


HEADER = "nom;description;prix;disponibilité;lien d'achat;section"


def csv_file(text, encoding="utf-8", name="catalogue.csv"):
    return SimpleUploadedFile(name, text.encode(encoding), content_type="text/csv")


def xlsx_file(rows, name="catalogue.xlsx"):
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile(name, buffer.getvalue())


def import_url(shop):
    return reverse("shops_import_catalogue", args=[shop.pk])


def text_of(response):
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", response.content.decode())))


def token_in(response):
    return re.search(r'name="catalogue" value="([^"]+)"', response.content.decode()).group(1)


def draft_products(shop):
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    return {p["name"]: p for p in collect(draft.body, "products")}


@pytest.fixture
def shop_a(two_merchants):
    return two_merchants["a"][1]


@pytest.fixture
def shop_b(two_merchants):
    return two_merchants["b"][1]


def test_the_preview_writes_nothing_and_the_confirmation_makes_one_draft(
    merchant_client, shop_a, client
):
    revisions = Revision.objects.count()
    upload = csv_file(
        f"{HEADER}\n"
        "Bouquet d'été;Pivoines et roses;12,50;en stock;https://fleurs.example/ete;Bouquets\n"
        "Orchidée en pot;;32.00;sur commande;;Plantes\n"
    )
    response = merchant_client.post(import_url(shop_a), {"file": upload})

    page = text_of(response)
    assert "Bouquet d'été" in page and "Orchidée en pot" in page
    assert "Nouveaux : 2" in page or "Nouveau : 2" in page
    assert "Rien n’a encore changé sur votre page" in page
    assert Revision.objects.count() == revisions

    response = merchant_client.post(import_url(shop_a), {"catalogue": token_in(response)})

    assert response.status_code == 302
    assert Revision.objects.count() == revisions + 1
    products = draft_products(shop_a)
    assert str(products["Bouquet d'été"]["price"]) == "12.50"
    assert products["Orchidée en pot"]["availability"] == "on_order"
    assert products["Bouquet d'été"]["buy_url"] == "https://fleurs.example/ete"
    # Only a draft: the public page does not show it until the city approves.
    shop = ShopPage.objects.get(pk=shop_a.pk)
    assert shop.has_unpublished_changes
    assert "Orchidée en pot" not in client.get(shop.url).content.decode()
    message = text_of(merchant_client.get(response["Location"]))
    assert "2 produits importés dans votre brouillon" in message


@pytest.mark.parametrize(
    "encoding", ["utf-8", "utf-8-sig", "cp1252"], ids=["utf-8", "utf-8 with BOM", "windows-1252"]
)
def test_accents_are_read_right_in_every_encoding_excel_writes(merchant_client, shop_a, encoding):
    upload = csv_file(f"{HEADER}\nCrème brûlée à l'œuf;;4,20;;;Pâtisserie\n", encoding)
    response = merchant_client.post(import_url(shop_a), {"file": upload})
    page = text_of(response)
    assert "Crème brûlée à l'œuf" in page and "Pâtisserie" in page
    assert "Importer dans mon brouillon" in page


def test_a_comma_separated_file_with_quoted_prices_is_read_too(merchant_client, shop_a):
    upload = csv_file('name,price,section\n"Vase","12,50",Déco\nBougie,3.5,Déco\n')
    response = merchant_client.post(import_url(shop_a), {"file": upload})
    merchant_client.post(import_url(shop_a), {"catalogue": token_in(response)})
    products = draft_products(shop_a)
    assert str(products["Vase"]["price"]) == "12.50" and str(products["Bougie"]["price"]) == "3.50"


def test_row_errors_are_shown_in_the_merchants_language_and_nothing_is_imported(
    merchant_client, shop_a
):
    revisions = Revision.objects.count()
    upload = csv_file(
        f"{HEADER}\n"
        "Vase;;douze;;;\n"
        "Bougie;;3,50;;javascript:alert(1);\n"
        ";;4,00;;;\n"
        "Pot;;=A1*2;;;\n"
        "Ruban;;2,00;bientôt;;\n"
        "Carte;;1,00;;;\n"
    )
    response = merchant_client.post(import_url(shop_a), {"file": upload})
    page = text_of(response)
    assert "5 lignes sont à corriger" in page
    assert "« douze » n’est pas un prix" in page
    assert "Saisissez une URL valide" in page
    assert "le nom du produit manque" in page
    assert "une formule (=A1*2)" in page
    assert "« bientôt » n’est pas" in page
    assert 'name="catalogue"' not in response.content.decode()  # no way to import it
    assert Revision.objects.count() == revisions


def test_a_dutch_speaking_merchant_reads_the_errors_in_dutch(client, two_merchants):
    merchant, shop = two_merchants["b"]
    client.force_login(merchant)
    upload = csv_file("naam;prijs\nFiets;twaalf\n")
    page = text_of(client.post(import_url(shop), {"file": upload}))
    assert "‘twaalf’ is geen prijs" in page


def test_missing_columns_are_named(merchant_client, shop_a):
    response = merchant_client.post(
        import_url(shop_a), {"file": csv_file("nom;description\nVase;Bleu\n")}
    )
    page = text_of(response)
    assert "Le fichier n’a pas de colonne « prix »" in page


@pytest.mark.parametrize(
    "upload, message",
    [
        (SimpleUploadedFile("c.csv", b""), "Le fichier soumis est vide."),
        (SimpleUploadedFile("c.csv", b" \n;;\n"), "Le fichier est vide."),
        (SimpleUploadedFile("c.xlsx", b"PK\x03\x04 not really"), "ne peut pas être ouvert"),
        (SimpleUploadedFile("c.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "n’est pas"),
        (SimpleUploadedFile("c.csv", b"nom;prix\n"), "ne liste aucun produit"),
        (SimpleUploadedFile("c.csv", b"\x81\x8d\x8f\x90\x9d"), "UTF-8"),
    ],
    ids=["empty", "blank", "broken xlsx", "an image", "no product", "no known encoding"],
)
def test_a_file_that_cannot_be_read_gets_a_message(merchant_client, shop_a, upload, message):
    revisions = Revision.objects.count()
    response = merchant_client.post(import_url(shop_a), {"file": upload})
    assert response.status_code == 200
    assert message in text_of(response)
    assert Revision.objects.count() == revisions


def test_ten_thousand_rows_are_refused_as_a_whole(merchant_client, shop_a):
    rows = "".join(f"Produit {n};;1,00\n" for n in range(10_000))
    response = merchant_client.post(import_url(shop_a), {"file": csv_file(f"nom;;prix\n{rows}")})
    page = text_of(response)
    assert "10\u202f000 produits" in page or "10 000 produits" in page
    assert "500 au plus" in page


def test_formulas_in_an_excel_file_are_refused(merchant_client, shop_a):
    upload = xlsx_file([["nom", "prix"], ["Vase", 12.5], ["Pot", "=B2*2"]])
    page = text_of(merchant_client.post(import_url(shop_a), {"file": upload}))
    assert "1 ligne est à corriger" in page
    assert "une formule (=B2*2)" in page


def test_an_excel_file_is_imported_with_its_numbers(merchant_client, shop_a):
    upload = xlsx_file([["Nom", "Prix", "Section"], ["Vase", 12.5, "Déco"], ["Pot", 7, "Déco"]])
    response = merchant_client.post(import_url(shop_a), {"file": upload})
    merchant_client.post(import_url(shop_a), {"catalogue": token_in(response)})
    products = draft_products(shop_a)
    assert str(products["Vase"]["price"]) == "12.50" and str(products["Pot"]["price"]) == "7.00"


def test_a_product_already_listed_is_updated_and_keeps_its_photo(
    shop_index, client, django_capture_on_commit_callbacks
):
    from shops.merchants import invite_merchant
    from tests.factories import create_shop

    photo = ImageFactory()
    shop = create_shop(
        shop_index,
        title="Fleurs du Marché",
        body=[catalogue([product("Bouquet de saison", "20.00", image=photo)], heading="Bouquets")],
    )
    with django_capture_on_commit_callbacks(execute=True):
        merchant, _ = invite_merchant("marie@fleurs.example", shop, "fr")
    client.force_login(merchant)
    text = "section;nom;prix\nbouquets;Bouquet de saison;24,50\nBouquets;Rose;3\n"
    response = client.post(import_url(shop), {"file": csv_file(text)})
    assert "Nouveaux : 1. Mis à jour : 1. Inchangés : 0." in text_of(response)
    client.post(import_url(shop), {"catalogue": token_in(response)})

    products = draft_products(shop)
    assert set(products) == {"Bouquet de saison", "Rose"}
    assert str(products["Bouquet de saison"]["price"]) == "24.50"
    assert products["Bouquet de saison"]["image"].pk == photo.pk
    # The same file again changes nothing.
    response = client.post(import_url(shop), {"file": csv_file(text)})
    assert "Nouveaux : 0. Mis à jour : 0. Inchangés : 2." in text_of(response)


def test_the_example_files_download_in_the_merchants_language_and_import_as_they_are(
    merchant_client, shop_a
):
    example = merchant_client.get(reverse("shops_catalogue_example", args=["csv"]))
    assert example["Content-Type"].startswith("text/csv")
    assert example.content.decode("utf-8-sig").splitlines()[0].startswith("section;nom;")
    upload = csv_file(example.content.decode("utf-8-sig"))
    assert "Importer dans mon brouillon" in text_of(
        merchant_client.post(import_url(shop_a), {"file": upload})
    )

    example = merchant_client.get(reverse("shops_catalogue_example", args=["xlsx"]))
    header = next(load_workbook(io.BytesIO(example.content)).active.iter_rows(values_only=True))
    assert header[:3] == ("section", "nom", "description")
    upload = SimpleUploadedFile("exemple.xlsx", example.content)
    assert "Importer dans mon brouillon" in text_of(
        merchant_client.post(import_url(shop_a), {"file": upload})
    )
    assert merchant_client.get(reverse("shops_catalogue_example", args=["exe"])).status_code == 404


def test_a_second_confirmation_of_the_same_preview_imports_nothing_twice(merchant_client, shop_a):
    upload = csv_file("nom;prix\nVase;12\n")
    token = token_in(merchant_client.post(import_url(shop_a), {"file": upload}))
    merchant_client.post(import_url(shop_a), {"catalogue": token})
    revisions = Revision.objects.count()
    response = merchant_client.post(import_url(shop_a), {"catalogue": token})
    assert "Votre page a changé depuis cet aperçu" in text_of(response)
    assert Revision.objects.count() == revisions
    assert "Vase" in draft_products(shop_a)


# --- from the attacker's side ------------------------------------------------------------


def test_another_merchants_shop_is_refused_by_forged_id(merchant_client, shop_a, shop_b):
    revisions = Revision.objects.count()
    response = merchant_client.post(import_url(shop_b), {"file": csv_file("nom;prix\nVase;1\n")})
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert merchant_client.get(import_url(shop_b)).status_code == 302
    # A preview token of merchant A's own shop, sent to shop B's address: refused too.
    token = token_in(
        merchant_client.post(import_url(shop_a), {"file": csv_file("nom;prix\nVase;1\n")})
    )
    response = merchant_client.post(import_url(shop_b), {"catalogue": token})
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert Revision.objects.count() == revisions


def test_a_preview_token_made_for_another_shop_or_forged_imports_nothing(
    client, two_merchants, shop_a, shop_b
):
    merchant_b = two_merchants["b"][0]
    client.force_login(merchant_b)
    token_b = token_in(client.post(import_url(shop_b), {"file": csv_file("naam;prijs\nFiets;1\n")}))
    revisions = Revision.objects.count()
    client.force_login(two_merchants["a"][0])
    response = client.post(import_url(shop_a), {"catalogue": token_b}, follow=True)
    assert "Cet aperçu a été fait pour un autre commerce" in text_of(response)
    forged = signing.dumps({"shop": shop_a.pk, "user": 0, "rows": []}, salt="other")
    response = client.post(import_url(shop_a), {"catalogue": forged}, follow=True)
    assert "Cet aperçu ne peut pas être lu" in text_of(response)
    assert Revision.objects.count() == revisions


def test_anonymous_visitors_are_sent_to_the_login(client, shop_b):
    response = client.post(import_url(shop_b), {"file": csv_file("nom;prix\nVase;1\n")})
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_the_image_chooser_of_the_product_form_opens_the_phones_camera(merchant_client):
    """The chooser's upload tab, where a merchant adds a product's photo."""
    response = merchant_client.get(reverse("wagtailimages_chooser:choose"))
    upload_input = re.search(r'<input[^>]*type="file"[^>]*>', response.json()["html"]).group(0)
    assert 'capture="environment"' in upload_input
    assert 'accept="image/*' in upload_input


def test_an_import_goes_into_the_french_page_not_a_translation(admin_client, shop_a):
    dutch = ShopPage.objects.get(translation_key=shop_a.translation_key, locale__language_code="nl")
    revisions = Revision.objects.count()
    response = admin_client.post(
        import_url(dutch), {"file": csv_file("nom;prix\nVase;1\n")}, follow=True
    )
    assert "Importez le catalogue dans la page en français" in text_of(response)
    assert Revision.objects.count() == revisions
