"""The emails a booking owes, and the calendar files they carry.

Emails are queued as rows in the same transaction as the booking, then sent once it
commits. A mail server that is down leaves the rows unsent (the error is logged);
``manage.py send_booking_emails`` (run by cron) retries them. A row is claimed before
sending, so two senders never deliver the same email twice.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from shops.booking import ics
from shops.booking.links import cancel_token
from shops.booking.models import BookingEmail, localized, localized_shop
from shops.hours import BRUSSELS


logger = logging.getLogger(__name__)

# A claim older than this is from a sender that crashed mid-way: it may be retried.
STALE_CLAIM = timedelta(minutes=15)

TEMPLATES = {
    BookingEmail.CONFIRMATION: "booking_confirmation",
    BookingEmail.MERCHANT_NEW: "booking_merchant_new",
    BookingEmail.CANCELLATION: "booking_cancellation",
    BookingEmail.MERCHANT_CANCELLED: "booking_merchant_cancelled",
}
CALENDAR_METHOD = {BookingEmail.CONFIRMATION: "REQUEST", BookingEmail.CANCELLATION: "CANCEL"}


def queue(booking, *kinds):
    """Owe these emails for ``booking``; they are sent when the transaction commits."""
    BookingEmail.objects.bulk_create(
        [BookingEmail(booking=booking, kind=kind) for kind in kinds], ignore_conflicts=True
    )
    transaction.on_commit(lambda: send_pending(booking_id=booking.pk))


def send_pending(booking_id=None):
    """Try every unsent email (of one booking, or all); returns how many went out.

    An email about an appointment that is over is no longer tried, nor one that was
    given up because it cannot be built."""
    pending = BookingEmail.objects.filter(
        sent_at__isnull=True, given_up_at__isnull=True, booking__ends_at__gt=timezone.now()
    )
    if booking_id is not None:
        pending = pending.filter(booking_id=booking_id)
    return sum(deliver(pk) for pk in pending.order_by("pk").values_list("pk", flat=True))


def deliver(email_id):
    now = timezone.now()
    claimed = (
        BookingEmail.objects.filter(pk=email_id, sent_at__isnull=True)
        .filter(Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - STALE_CLAIM))
        .update(claimed_at=now)
    )
    if not claimed:
        return False
    row = BookingEmail.objects.select_related("booking__shop__owner", "booking__service").get(
        pk=email_id
    )
    try:
        message = build_message(row)
    except DatabaseError as error:  # the database, not the email: try again later
        return keep_for_later(row, error)
    except Exception as error:  # a bug or broken data: retrying cannot help
        logger.exception("Booking email %s (%s) cannot be built; given up", row.pk, row.kind)
        BookingEmail.objects.filter(pk=row.pk).update(
            claimed_at=None,
            attempts=F("attempts") + 1,
            last_error=str(error)[:1000],
            given_up_at=timezone.now(),
        )
        return False
    try:
        if message.to:
            message.send()
    except Exception as error:  # any failure of the mail server: keep the email for later
        return keep_for_later(row, error)
    BookingEmail.objects.filter(pk=row.pk).update(
        sent_at=timezone.now(), attempts=F("attempts") + 1, last_error=""
    )
    return True


def keep_for_later(row, error):
    logger.warning("Booking email %s (%s) not sent: %s", row.pk, row.kind, error)
    BookingEmail.objects.filter(pk=row.pk).update(
        claimed_at=None, attempts=F("attempts") + 1, last_error=str(error)[:1000]
    )
    return False


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def merchant_recipients(shop):
    """The shop's contact address and its merchant's, without duplicates."""
    addresses = [shop.email, shop.owner.email if shop.owner else ""]
    return list(dict.fromkeys(address.lower() for address in addresses if address))


def merchant_language(shop):
    if shop.owner:
        language = UserProfile.get_for_user(shop.owner).preferred_language
        if language in dict(settings.LANGUAGES):
            return language
    return settings.LANGUAGE_CODE


def build_message(row):
    booking = row.booking
    for_resident = row.kind in CALENDAR_METHOD
    language = booking.language if for_resident else merchant_language(booking.shop)
    with translation.override(language), timezone.override(BRUSSELS):
        shop = localized_shop(booking.shop, language)
        service_name = (
            localized(booking.service, language).name if booking.service else booking.service_name
        )
        context = {
            "booking": booking,
            "shop": shop,
            "service_name": service_name,
            "cancel_url": absolute(reverse("booking_cancel", args=[cancel_token(booking)])),
            "book_again_url": (
                absolute(reverse("booking_service", args=[booking.service_id]))
                if booking.service_id
                else ""
            ),
            "admin_url": absolute(reverse("bookings:index")),
        }
        template = f"shops/emails/{TEMPLATES[row.kind]}"
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        if for_resident:  # a reply reaches the shop, and the merchant's reply the resident
            recipients, reply_to = [booking.email], merchant_recipients(booking.shop)[:1]
        else:
            recipients, reply_to = merchant_recipients(booking.shop), [booking.email]
        message = EmailMessage(subject, body, to=recipients, reply_to=reply_to)
        if for_resident:
            method = CALENDAR_METHOD[row.kind]
            organizer = reply_to[0] if reply_to else ""  # the shop's first address
            message.attach(
                "rendez-vous.ics",
                ics.calendar_file(booking, shop, service_name, method, organizer),
                f"text/calendar; method={method}; charset=utf-8",
            )
    return message
