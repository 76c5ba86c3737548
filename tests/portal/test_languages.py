"""Four languages: URLs, redirects, the switcher, hreflang and localized errors."""

import re
from datetime import date

import pytest
from django.test import Client
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction

from shops.models import OpeningException
from shops.templatetags.shop_tags import closure_reason
from tests.factories import create_shop, translate_everything


LANG_HTML = re.compile(r'<html lang="([a-z]{2})">')


def switcher_links(html):
    """{language code: href} of the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(
        (code, href) for href, code in re.findall(r'<a href="([^"]+)" lang="([a-z]{2})"', nav)
    )


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("fr", "Vitrine : les commerces de Mons en ligne"),
        ("nl", "Vitrine: de winkels van Bergen online"),
        ("de", "Vitrine: die Geschäfte von Mons online"),
        ("en", "Vitrine: the shops of Mons, online"),
    ],
)
def test_home_renders_in_each_language_with_its_lang(client, home_pages, code, title):
    response = client.get(f"/{code}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert LANG_HTML.search(html).group(1) == code
    assert re.search(rf"<h1[^>]*>{re.escape(title)}</h1>", html)
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("nl-BE,nl;q=0.9,fr;q=0.8", "/nl/"),
        ("de", "/de/"),
        ("en-GB", "/en/"),
        ("ja", "/fr/"),
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_the_browsers_language(home_pages, accept_language, expected):
    response = Client(headers={"accept-language": accept_language}).get("/")

    assert response.status_code == 302
    assert response["Location"] == expected


def test_switcher_links_to_the_translated_page_or_that_languages_home(client, legal_notice):
    html = client.get("/fr/mentions-legales/").content.decode()

    assert switcher_links(html) == {
        "fr": "/fr/mentions-legales/",
        "nl": "/nl/wettelijke-vermelding/",  # translated
        "de": "/de/",  # no German translation: German home page
        "en": "/en/",
    }
    assert re.search(
        r'<a href="/fr/mentions-legales/" lang="fr" hreflang="fr" aria-current="true">Français</a>',
        html,
    )


@pytest.mark.parametrize("restricted", ["the page", "its parent"])
def test_switcher_and_alternates_leave_out_a_translation_behind_a_password(
    client, legal_notice, restricted
):
    dutch = legal_notice["nl"]
    locked = dutch if restricted == "the page" else dutch.get_parent()
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    html = client.get("/fr/mentions-legales/").content.decode()

    assert switcher_links(html)["nl"] == "/nl/"  # that language's home page instead
    assert "/nl/wettelijke-vermelding/" not in html


def test_switcher_names_each_language_in_that_language(client, home_pages):
    html = client.get("/de/").content.decode()

    assert re.findall(r'lang="(?:fr|nl|de|en)" hreflang="[a-z]+"[^>]*>([^<]+)</a>', html) == [
        "Français",
        "Nederlands",
        "Deutsch",
        "English",
    ]
    assert 'hreflang="de" aria-current="true">Deutsch' in html


def test_hreflang_alternates_list_only_existing_translations(client, legal_notice):
    html = client.get("/nl/wettelijke-vermelding/").content.decode()

    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)">', html)
    )
    assert alternates == {
        "fr": "http://testserver/fr/mentions-legales/",
        "nl": "http://testserver/nl/wettelijke-vermelding/",
        "x-default": "http://testserver/fr/mentions-legales/",
    }


def test_translated_page_shows_translated_content(client, legal_notice):
    html = client.get("/nl/wettelijke-vermelding/").content.decode()

    assert "Uitgever: Stad Bergen." in html
    assert "Éditeur" not in html


@pytest.mark.parametrize(
    ("path", "lang", "heading"),
    [
        ("/fr/nexiste-pas/", "fr", "Page introuvable"),
        ("/nl/bestaat-niet/", "nl", "Pagina niet gevonden"),
        ("/de/gibt-es-nicht/", "de", "Seite nicht gefunden"),
        ("/en/does-not-exist/", "en", "Page not found"),
    ],
)
def test_unknown_url_gives_the_localized_404_page(client, home_pages, path, lang, heading):
    response = client.get(path)

    assert response.status_code == 404
    html = response.content.decode()
    assert LANG_HTML.search(html).group(1) == lang
    assert f"<h1>{heading}</h1>" in html
    assert switcher_links(html)["fr"] == "/fr/"


@pytest.mark.parametrize(("count", "expected"), [(1, "1 shop"), (2, "2 shops")])
def test_english_counts_use_the_english_plural(client, shop_index, count, expected):
    for n in range(count):
        translate_everything(create_shop(shop_index, title=f"Boutique {n}"), languages=("en",))
    english_index = shop_index.get_translation(Locale.objects.get(language_code="en"))

    html = client.get(english_index.url).content.decode()

    assert re.search(rf"\b{expected}\b", html)


def test_the_finders_language_switcher_keeps_the_search_and_filters(client, shop_index):
    html = client.get("/fr/trouver-un-commerce/?q=fleur&district=mons-centre").content.decode()

    links = switcher_links(html)

    assert links["nl"] == "/nl/winkel-zoeken/?q=fleur&amp;district=mons-centre"
    assert links["de"] == "/de/geschaeft-finden/?q=fleur&amp;district=mons-centre"
    assert links["fr"] == "/fr/trouver-un-commerce/?q=fleur&amp;district=mons-centre"


@pytest.mark.parametrize(
    ("language", "name"),
    [("fr", "Noël"), ("nl", "Kerstmis"), ("de", "Weihnachten"), ("en", "Christmas Day")],
)
def test_a_public_holiday_closure_is_named_in_the_readers_language(language, name):
    christmas = OpeningException(date=date(2026, 12, 25), closed=True, reason="public_holiday")
    works = OpeningException(date=date(2026, 12, 26), closed=True, reason="other")

    with translation.override(language):
        assert closure_reason(christmas) == name
        assert closure_reason(works) == str(OpeningException(reason="other").get_reason_display())
