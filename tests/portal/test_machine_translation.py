"""Machine translation through a LibreTranslate server, and the notice readers see.

The translator is a stand-in on 127.0.0.1 that speaks LibreTranslate's HTTP API: no
request leaves the machine.
"""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from shops.models import ShopPage
from tests.factories import create_shop


class StandInLibreTranslate(BaseHTTPRequestHandler):
    """POST /translate {q: [...], source, target, format} -> {translatedText: [...]}."""

    requests = []

    def do_POST(self):  # noqa: N802 — the name http.server calls
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        self.requests.append(body)
        answer = {"translatedText": [f"[{body['target']}] {text}" for text in body["q"]]}
        payload = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, *args):
        pass


@pytest.fixture
def libretranslate(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), StandInLibreTranslate)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": f"http://127.0.0.1:{server.server_port}",
            "API_KEY": "",
            "TIMEOUT": 5,
        },
    }
    StandInLibreTranslate.requests = []
    yield StandInLibreTranslate.requests
    server.shutdown()


@pytest.fixture
def dutch_draft(admin_client, shop_index):
    """A French shop, and its Dutch translation made with "Translate this page"."""
    shop = create_shop(shop_index, title="Librairie du Rivage")
    dutch = Locale.objects.get(language_code="nl")
    admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[shop.pk]), {"locales": [dutch.pk]}
    )
    return shop, ShopPage.objects.get(translation_key=shop.translation_key, locale=dutch)


def machine_translate_and_publish(admin_client, page):
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=page.locale
    )
    response = admin_client.post(
        reverse("wagtail_localize:machine_translate", args=[translation.pk]),
        {"next": reverse("wagtailadmin_pages:edit", args=[page.pk])},
    )
    assert response.status_code == 302
    translation.save_target(publish=True)
    page.refresh_from_db()
    page.get_latest_revision().publish()
    return translation


def test_a_machine_translated_page_says_so_with_a_link_to_the_french_original(
    admin_client, client, libretranslate, dutch_draft
):
    shop, dutch = dutch_draft
    machine_translate_and_publish(admin_client, dutch)

    assert libretranslate and {r["source"] for r in libretranslate} == {"fr"}
    assert {r["target"] for r in libretranslate} == {"nl"}
    html = client.get(ShopPage.objects.get(pk=dutch.pk).url).content.decode()
    assert "[nl] Fleuriste artisanal au pied du beffroi." in html
    assert "Deze pagina werd automatisch vertaald" in html
    assert f'href="{shop.url}" hreflang="fr"' in html


def test_once_a_person_reviewed_every_text_the_notice_goes(
    admin_client, client, libretranslate, dutch_draft
):
    _shop, dutch = dutch_draft
    translation = machine_translate_and_publish(admin_client, dutch)
    StringTranslation.objects.filter(locale=translation.target_locale).update(
        translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, tool_name=""
    )

    html = client.get(ShopPage.objects.get(pk=dutch.pk).url).content.decode()

    assert "[nl] Fleuriste artisanal" in html
    assert "Deze pagina werd automatisch vertaald" not in html


def test_french_pages_and_people_translated_pages_carry_no_notice(client, dutch_draft):
    shop, _dutch = dutch_draft
    assert "automatically" not in client.get(shop.url).content.decode()


def test_a_machine_translation_kept_after_a_french_change_keeps_its_notice(
    admin_client, client, libretranslate, dutch_draft
):
    shop, dutch = dutch_draft
    translation = machine_translate_and_publish(admin_client, dutch)
    # A person reviewed every text but the short description.
    StringTranslation.objects.filter(locale=translation.target_locale).exclude(
        translation_of__data="Fleuriste artisanal au pied du beffroi."
    ).update(translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL, tool_name="")
    french = shop.get_latest_revision_as_object()
    french.short_description = "Librairie et salon de thé au bord du canal."
    french.save_revision().publish()

    html = client.get(ShopPage.objects.get(pk=dutch.pk).url).content.decode()

    assert "[nl] Fleuriste artisanal au pied du beffroi." in html  # previous text, out of date
    assert "Deze pagina werd automatisch vertaald" in html
