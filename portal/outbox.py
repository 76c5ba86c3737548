"""One durable outbox for every email the site sends.

``EMAIL_BACKEND`` is :class:`QueuedEmailBackend`: Django's ``send_mail``, Wagtail's
workflow notifications, password resets and our own emails all become an
:class:`~portal.models.OutgoingEmail` row plus a ``deliver_email`` task, written in the
caller's database transaction (the task backend is django-tasks' database backend), so
an email exists exactly when the change that caused it does, and no request ever waits
on a mail server. ``manage.py db_worker`` sends them through ``OUTBOX_DELIVERY_BACKEND``
(the SMTP server of ``EMAIL_URL`` in production). A failure is retried with a doubling
delay up to ``OUTBOX_MAX_ATTEMPTS``, then shown to editors as failed mail with a retry
action (Reports > Outgoing emails).
"""

import base64
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django_tasks import task

from portal.models import OutgoingEmail


logger = logging.getLogger(__name__)

# A worker that has held an email this long crashed while sending it: it may be retried.
STALE_CLAIM = timedelta(minutes=15)


def enqueue(message, *, topic=None, expires_at=None):
    """Owe ``message`` (an EmailMessage); None when an email on ``topic`` is already owed."""
    try:
        with transaction.atomic():
            email = OutgoingEmail.objects.create(
                subject=str(message.subject)[:255],
                recipients=", ".join(message.recipients())[:2000],
                message=serialize(message),
                topic=topic,
                expires_at=expires_at,
            )
            deliver_email.enqueue(email.pk)
    except IntegrityError:  # the same topic, owed by a concurrent request
        if topic and OutgoingEmail.objects.filter(topic=topic).exists():
            return None
        raise
    return email


def record_unbuildable(topic, subject, recipients, error):
    """An email our own code could not even build: shown as failed, never retried."""
    logger.error("Email %s cannot be built: %s", topic, error)
    with transaction.atomic():
        OutgoingEmail.objects.get_or_create(
            topic=topic,
            defaults={
                "status": OutgoingEmail.FAILED,
                "subject": subject[:255],
                "recipients": recipients[:2000],
                "last_error": str(error)[:1000],
                "attempts": 1,
            },
        )


def withdraw(*topics):
    """Pending emails on these topics will not be sent; returns how many were stopped."""
    return OutgoingEmail.objects.filter(
        topic__in=topics, status__in=[OutgoingEmail.PENDING, OutgoingEmail.FAILED]
    ).update(status=OutgoingEmail.WITHDRAWN, next_attempt_at=None)


def retry(queryset):
    """Send failed emails again, from a fresh count of attempts; returns how many."""
    retried = 0
    for pk in (
        queryset.filter(status=OutgoingEmail.FAILED)
        .exclude(message={})
        .values_list("pk", flat=True)
    ):
        with transaction.atomic():
            if OutgoingEmail.objects.filter(pk=pk, status=OutgoingEmail.FAILED).update(
                status=OutgoingEmail.PENDING, attempts=0, next_attempt_at=None
            ):
                deliver_email.enqueue(pk)
                retried += 1
    return retried


class QueuedEmailBackend(BaseEmailBackend):
    """Every email handed to Django goes to the outbox, never straight to SMTP."""

    def send_messages(self, email_messages):
        for message in email_messages:
            enqueue(message)
        return len(email_messages)


# Ahead of the rest of the queue: a booking confirmation must not wait behind thousands of
# Wagtail's reindexing tasks after a bulk import or the demo's load.
MAIL_PRIORITY = 50


@task(priority=MAIL_PRIORITY)
def deliver_email(email_id):
    return deliver(email_id)


def deliver(email_id):
    """Send one owed email; True when it went out."""
    now = timezone.now()
    claimed = (
        OutgoingEmail.objects.filter(pk=email_id)
        .filter(
            Q(status=OutgoingEmail.PENDING)
            | Q(status=OutgoingEmail.SENDING, claimed_at__lt=now - STALE_CLAIM)
        )
        .update(status=OutgoingEmail.SENDING, claimed_at=now)
    )
    if not claimed:  # sent, withdrawn, or being sent by another worker
        return False
    email = OutgoingEmail.objects.get(pk=email_id)
    if email.expires_at and email.expires_at <= now:
        return finish(email, OutgoingEmail.EXPIRED)
    try:
        message = deserialize(email.message)
    except Exception as error:  # a row that cannot be read: retrying cannot help
        logger.exception("Outgoing email %s cannot be read; given up", email.pk)
        return finish(email, OutgoingEmail.FAILED, error=error, attempts=F("attempts") + 1)
    try:
        with get_connection(settings.OUTBOX_DELIVERY_BACKEND) as connection:
            connection.send_messages([message])
    except Exception as error:  # any failure of the mail server: try again later
        return keep_for_later(email, error)
    return finish(email, OutgoingEmail.SENT, sent_at=timezone.now(), attempts=F("attempts") + 1)


def finish(email, status, error=None, **fields):
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=status,
        claimed_at=None,
        next_attempt_at=None,
        last_error=str(error)[:1000] if error else email.last_error,
        **fields,
    )
    return status == OutgoingEmail.SENT


def keep_for_later(email, error):
    attempts = email.attempts + 1
    logger.warning("Outgoing email %s not sent (attempt %s): %s", email.pk, attempts, error)
    if attempts >= settings.OUTBOX_MAX_ATTEMPTS:
        return finish(email, OutgoingEmail.FAILED, error=error, attempts=attempts)
    next_attempt_at = timezone.now() + retry_delay(attempts)
    with transaction.atomic():
        finish(email, OutgoingEmail.PENDING, error=error, attempts=attempts)
        OutgoingEmail.objects.filter(pk=email.pk).update(next_attempt_at=next_attempt_at)
        if deliver_email.get_backend().supports_defer:
            deliver_email.using(run_after=next_attempt_at).enqueue(email.pk)
    return False


def retry_delay(attempts):
    """1, 2, 4, 8 … times the first delay, at most six hours."""
    first = timedelta(seconds=settings.OUTBOX_FIRST_RETRY_SECONDS)
    return min(first * 2 ** (attempts - 1), timedelta(hours=6))


def purge(before):
    """Delete emails (they hold personal data) settled before ``before``."""
    deleted, _ = (
        OutgoingEmail.objects.filter(created_at__lt=before)
        .exclude(status__in=[OutgoingEmail.PENDING, OutgoingEmail.SENDING])
        .delete()
    )
    return deleted


# An EmailMessage as JSON, and back. Attachments are kept as text or base64 bytes.


def serialize(message):
    return {
        "alternatives": [list(a) for a in getattr(message, "alternatives", [])],
        "attachments": [serialize_attachment(*a) for a in message.attachments],
        "bcc": message.bcc,
        "body": message.body,
        "cc": message.cc,
        "content_subtype": message.content_subtype,
        "from_email": message.from_email,
        "headers": message.extra_headers,
        "reply_to": message.reply_to,
        "subject": str(message.subject),
        "to": message.to,
    }


def serialize_attachment(filename, content, mimetype):
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "base64": base64.b64encode(content).decode(),
            "type": mimetype,
        }
    return {"filename": filename, "text": content, "type": mimetype}


def deserialize(data):
    cls = EmailMultiAlternatives if data["alternatives"] else EmailMessage
    message = cls(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for attachment in data["attachments"]:
        content = (
            base64.b64decode(attachment["base64"]) if "base64" in attachment else attachment["text"]
        )
        message.attach(attachment["filename"], content, attachment["type"])
    return message
