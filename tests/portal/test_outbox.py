"""The outbox: every email is written with the change that causes it, sent by the worker,
retried with growing delays, then listed as failed for editors to send again."""

import socket
import threading
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import send_mail
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from portal import outbox
from portal.models import OutgoingEmail
from tests.outbox_helpers import run_worker, skip_waiting


REFUSING = "tests.portal.test_outbox.RefusingMailServer"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


class RefusingMailServer(BaseEmailBackend):
    def send_messages(self, messages):
        raise ConnectionRefusedError("Connection refused")


@pytest.fixture
def refused(settings, queued_mail):
    settings.OUTBOX_DELIVERY_BACKEND = REFUSING
    settings.OUTBOX_MAX_ATTEMPTS = 3


def fail_until_given_up():
    for _ in range(3):
        skip_waiting()
        run_worker()


def test_an_email_written_in_a_transaction_that_rolls_back_is_never_sent(db, queued_mail):
    with pytest.raises(RuntimeError), transaction.atomic():
        send_mail("Bienvenue", "Texte", None, ["camille@fleurs.example"])
        raise RuntimeError("the change that caused it failed")

    assert not OutgoingEmail.objects.exists() and not DBTaskResult.objects.exists()
    assert run_worker() == 0 and mail.outbox == []


@task()
def reindex_a_page(page_id):
    return page_id


def test_mail_goes_out_before_a_backlog_of_other_work(db, queued_mail):
    for page_id in range(50):  # what a bulk import leaves for the worker
        reindex_a_page.enqueue(page_id)
    send_mail("Votre rendez-vous", "Confirmé.", None, ["noor@example.org"])

    assert run_worker(max_tasks=1) == 1
    assert [sent.subject for sent in mail.outbox] == ["Votre rendez-vous"]


def test_the_worker_sends_each_email_once_with_its_alternatives_and_attachments(db, queued_mail):
    message = mail.EmailMultiAlternatives("Réservation", "Texte ✓", to=["noor@example.org"])
    message.attach_alternative("<p>Texte ✓</p>", "text/html")
    message.attach("rendez-vous.ics", b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.send()
    assert mail.outbox == []  # nothing leaves before the worker runs

    assert run_worker() == 1
    (sent,) = mail.outbox
    assert (sent.subject, sent.body, sent.to) == ("Réservation", "Texte ✓", ["noor@example.org"])
    assert sent.alternatives[0][1] == "text/html"
    assert sent.attachments[0][0] == "rendez-vous.ics"
    assert OutgoingEmail.objects.get().status == OutgoingEmail.SENT
    outbox.deliver(OutgoingEmail.objects.get().pk)  # a replayed task id sends nothing
    assert len(mail.outbox) == 1


def test_failures_are_retried_with_growing_delays_then_listed_as_failed(db, refused):
    send_mail("Votre demande", "Texte", None, ["jonas@atelier.example"])
    before = timezone.now()
    run_worker()
    email = OutgoingEmail.objects.get()
    first_delay = email.next_attempt_at - before
    skip_waiting()
    run_worker()
    email.refresh_from_db()
    assert email.status == OutgoingEmail.PENDING and email.attempts == 2
    assert email.next_attempt_at - timezone.now() > first_delay  # the delay doubled

    skip_waiting()
    run_worker()
    email.refresh_from_db()
    assert (email.status, email.attempts) == (OutgoingEmail.FAILED, 3)
    assert "Connection refused" in email.last_error
    skip_waiting()
    assert run_worker() == 0  # given up: no task left


def test_an_editor_sees_failed_mail_and_sends_it_again(client, editor, refused, settings):
    send_mail("Votre demande", "Texte", None, ["jonas@atelier.example"])
    send_mail("Autre", "Texte", None, ["lotte@cycles.example"])
    fail_until_given_up()
    client.force_login(editor)

    listing = client.get(reverse("outgoing_emails"))
    html = listing.content.decode()
    assert listing.status_code == 200
    assert "jonas@atelier.example" in html and "Connection refused" in html
    assert "Renvoyer les 2 courriels en échec" in html

    settings.OUTBOX_DELIVERY_BACKEND = LOCMEM
    one = OutgoingEmail.objects.get(recipients="jonas@atelier.example")
    response = client.post(reverse("outgoing_emails"), {"email": [one.pk, "x", "99999999"]})
    assert response.status_code == 302
    run_worker()
    assert [m.to for m in mail.outbox] == [["jonas@atelier.example"]]
    assert OutgoingEmail.objects.get(pk=one.pk).status == OutgoingEmail.SENT
    assert OutgoingEmail.objects.filter(status=OutgoingEmail.FAILED).count() == 1

    client.post(reverse("outgoing_emails"))  # "send all failed again"
    run_worker()
    assert len(mail.outbox) == 2


@pytest.mark.parametrize("status", ["failed", "waiting", "all", "nope", "'; DROP"])
def test_the_list_filters_never_fail(client, editor, status):
    client.force_login(editor)
    response = client.get(reverse("outgoing_emails"), {"status": status, "p": "x"})
    assert response.status_code == 200
    assert "Aucun courriel dans cette liste." in response.content.decode()


def test_merchants_and_visitors_can_neither_read_nor_resend_the_outbox(
    client, merchant_client, refused
):
    send_mail("Votre demande", "Texte", None, ["jonas@atelier.example"])
    fail_until_given_up()
    url = reverse("outgoing_emails")

    for response in (merchant_client.get(url), merchant_client.post(url)):
        assert response.status_code in (302, 403)
        assert "jonas@atelier.example" not in response.content.decode()
    merchant_client.logout()
    assert client.post(url).status_code == 302  # to the login page
    assert OutgoingEmail.objects.get(recipients="jonas@atelier.example").status == "failed"


def test_password_reset_and_invitation_mail_go_through_the_outbox(client, shop_index, queued_mail):
    from shops.merchants import invite_merchant
    from tests.factories import create_shop

    get_user_model().objects.create_user("editor2", "dominique@mons.example", "pw")
    client.post(reverse("wagtailadmin_password_reset"), {"email": "dominique@mons.example"})
    invite_merchant("camille@fleurs.example", create_shop(shop_index, "Fleurs"), "fr")
    assert mail.outbox == []
    assert set(OutgoingEmail.objects.values_list("recipients", flat=True)) == {
        "dominique@mons.example",
        "camille@fleurs.example",
    }

    run_worker()
    assert {m.to[0] for m in mail.outbox} == {"dominique@mons.example", "camille@fleurs.example"}


class HangingMailServer:
    """A local SMTP server that accepts connections and never answers."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.accepted = []
        threading.Thread(target=self.accept, daemon=True).start()

    def accept(self):
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            self.accepted.append(connection)

    def close(self):
        for connection in self.accepted:
            connection.close()
        self.socket.close()


@pytest.fixture
def hanging_smtp(settings, queued_mail):
    server = HangingMailServer()
    settings.OUTBOX_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 1
    yield server
    server.close()


def test_a_hanging_mail_server_never_holds_a_request_only_the_worker(
    client, coaching_page, hanging_smtp
):
    response = client.post(
        coaching_page.url,
        {
            "shop_name": "Atelier du Vélo",
            "contact": "Jonas Fictif",
            "email": "jonas@atelier.example",
            "district": "jemappes",
            "needs": ["booking"],
            "consent": "on",
        },
    )
    assert response.status_code == 200
    assert hanging_smtp.accepted == []  # the request never opened a connection

    run_worker()
    assert hanging_smtp.accepted  # the worker did, and timed out
    email = OutgoingEmail.objects.first()
    assert email.status == OutgoingEmail.PENDING and "timed out" in email.last_error.lower()


@pytest.fixture
def coaching_page(home_pages):
    from tests.factories import create_coaching_page

    return create_coaching_page(home_pages["fr"])["fr"]


def test_purge_deletes_settled_mail_after_the_retention_period(db, queued_mail):
    send_mail("Ancien", "Texte", None, ["old@example.org"])
    run_worker()
    send_mail("En attente", "Texte", None, ["waiting@example.org"])
    OutgoingEmail.objects.update(created_at=timezone.now() - timedelta(days=40))

    call_command("purge_sent_emails", "--days", "30")

    assert list(OutgoingEmail.objects.values_list("recipients", flat=True)) == [
        "waiting@example.org"
    ]
    with pytest.raises(CommandError):
        call_command("purge_sent_emails", "--days", "-1")
