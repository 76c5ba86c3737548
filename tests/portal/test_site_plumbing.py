"""Health check, robots.txt, sitemap and the server-error page."""

import xml.etree.ElementTree as ET
from unittest import mock

import pytest
from django.db import OperationalError
from django.template.loader import render_to_string
from django.utils import translation


SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def test_healthz_answers_200_when_the_database_answers(client, db):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_is_unreachable(client, db):
    with mock.patch(
        "django.db.backends.base.base.BaseDatabaseWrapper.cursor",
        side_effect=OperationalError("connection refused"),
    ):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json()["database"] == "unreachable"


def test_robots_txt_points_to_the_sitemap(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_lists_every_language_with_alternates(client, legal_notice):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    urls = ET.fromstring(response.content).findall(f"{SITEMAP}url")
    alternates = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in urls
    }
    assert set(alternates) == {
        "http://testserver/fr/",
        "http://testserver/nl/",
        "http://testserver/de/",
        "http://testserver/en/",
        "http://testserver/fr/mentions-legales/",
        "http://testserver/nl/wettelijke-vermelding/",
    }
    assert alternates["http://testserver/de/"] == {
        "fr": "http://testserver/fr/",
        "nl": "http://testserver/nl/",
        "de": "http://testserver/de/",
        "en": "http://testserver/en/",
        "x-default": "http://testserver/fr/",
    }
    assert alternates["http://testserver/nl/wettelijke-vermelding/"] == {
        "fr": "http://testserver/fr/mentions-legales/",
        "nl": "http://testserver/nl/wettelijke-vermelding/",
        "x-default": "http://testserver/fr/mentions-legales/",
    }


def test_sitemap_leaves_out_drafts(client, legal_notice):
    legal_notice["nl"].unpublish()

    locations = client.get("/sitemap.xml").content.decode()

    assert "wettelijke-vermelding" not in locations


@pytest.mark.parametrize(
    ("lang", "heading"),
    [
        ("fr", "Une erreur s’est produite"),
        ("nl", "Er ging iets mis"),
        ("de", "Etwas ist schiefgelaufen"),
        ("en", "Something went wrong"),
    ],
)
def test_server_error_page_is_localized_and_needs_no_database(lang, heading):
    with translation.override(lang):
        html = render_to_string("500.html")  # no `db` fixture: any query would fail

    assert f'<html lang="{lang}">' in html
    assert f"<h1>{heading}</h1>" in html
