"""The emails a booking owes, and the calendar files they carry.

They are built when the booking changes and handed to the outbox (portal.outbox) in the
same transaction: the worker sends them, retries a mail server outage, never sends one
twice (one email per booking and kind), and never sends one whose appointment is over.
"""

import logging
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import DatabaseError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task
from wagtail.users.models import UserProfile

from portal import outbox
from shops.booking import ics
from shops.booking.links import cancel_token, claim_token, leave_token, reschedule_token
from shops.booking.models import Booking, localized, localized_shop
from shops.hours import BRUSSELS, MIDNIGHT


logger = logging.getLogger(__name__)

CONFIRMATION = "confirmation"
MERCHANT_NEW = "merchant_new"
CANCELLATION = "cancellation"
MERCHANT_CANCELLED = "merchant_cancelled"
REMINDER = "reminder"
RESCHEDULED = "rescheduled"
MERCHANT_RESCHEDULED = "merchant_rescheduled"
TEMPLATES = {
    REMINDER: "booking_reminder",
    RESCHEDULED: "booking_rescheduled",
    MERCHANT_RESCHEDULED: "booking_merchant_rescheduled",
    CONFIRMATION: "booking_confirmation",
    MERCHANT_NEW: "booking_merchant_new",
    CANCELLATION: "booking_cancellation",
    MERCHANT_CANCELLED: "booking_merchant_cancelled",
}
CALENDAR_METHOD = {CONFIRMATION: "REQUEST", RESCHEDULED: "REQUEST", CANCELLATION: "CANCEL"}
WAITING_JOINED = "waiting_joined"
WAITING_OFFER = "waiting_offer"
WAITING_TEMPLATES = {WAITING_JOINED: "waiting_list_joined", WAITING_OFFER: "waiting_list_offer"}
TO_RESIDENT = {CONFIRMATION, RESCHEDULED, CANCELLATION, REMINDER}
# What the resident is told of a time: stale once the booking moves or is cancelled.
ABOUT_THE_TIME = (CONFIRMATION, RESCHEDULED, REMINDER)


def topic(booking, kind, sequence=None):
    """One email per booking, kind and version of the booking (SEQUENCE)."""
    return f"booking:{booking.pk}:{kind}:{booking.sequence if sequence is None else sequence}"


def queue(booking, *kinds):
    """Owe these emails for ``booking``, in the caller's transaction."""
    for kind in kinds:
        try:
            message = build_message(booking, kind)
        except DatabaseError:
            raise
        except Exception as error:  # a bug or broken data: the booking stands, the mail fails
            outbox.record_unbuildable(topic(booking, kind), TEMPLATES[kind], booking.email, error)
            continue
        outbox.enqueue(message, topic=topic(booking, kind), expires_at=booking.ends_at)


def withdraw_unsent(booking):
    """A confirmation, reminder or move still waiting for the mail server is not sent
    once the booking has moved again or been cancelled: it would give a wrong time."""
    outbox.withdraw(
        *(
            topic(booking, kind, sequence)
            for sequence in range(booking.sequence)
            for kind in ABOUT_THE_TIME
        )
    )


def schedule_reminder(booking):
    """A task in the queue, due when the reminder is; it checks again before sending."""
    if booking.reminder_due_at is None:
        return
    if send_reminder.get_backend().supports_defer:  # tests' immediate backend cannot wait
        send_reminder.using(run_after=booking.reminder_due_at).enqueue(
            booking.pk, booking.reminder_due_at.isoformat()
        )


@task()
def send_reminder(booking_id, due):
    """Remind the resident, unless the booking was cancelled, moved (another task is due
    then), already reminded, or has started. True when the reminder was queued."""
    booking = Booking.objects.filter(pk=booking_id).select_related("shop", "service").first()
    if booking is None or not booking.is_confirmed or booking.reminder_due_at is None:
        return False
    if booking.reminder_due_at != datetime.fromisoformat(due):
        return False
    now = timezone.now()
    if booking.starts_at <= now:
        return False
    with transaction.atomic():
        if not Booking.objects.filter(pk=booking.pk, reminded_at__isnull=True).update(
            reminded_at=now
        ):
            return False
        queue(booking, REMINDER)
    return True


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


def build_message(booking, kind):
    for_resident = kind in TO_RESIDENT
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
            "reschedule_url": absolute(
                reverse("booking_reschedule", args=[reschedule_token(booking)])
            ),
            "book_again_url": (
                absolute(reverse("booking_service", args=[booking.service_id]))
                if booking.service_id
                else ""
            ),
            "admin_url": absolute(reverse("bookings:index")),
            "can_cancel_online": booking.can_be_cancelled_online(),
        }
        template = f"shops/emails/{TEMPLATES[kind]}"
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        if for_resident:  # a reply reaches the shop, and the merchant's reply the resident
            recipients, reply_to = [booking.email], merchant_recipients(booking.shop)[:1]
        else:
            recipients, reply_to = merchant_recipients(booking.shop), [booking.email]
        message = EmailMessage(subject, body, to=recipients, reply_to=reply_to)
        if kind in CALENDAR_METHOD:
            method = CALENDAR_METHOD[kind]
            organizer = reply_to[0] if reply_to else ""  # the shop's first address
            message.attach(
                "rendez-vous.ics",
                ics.calendar_file(booking, shop, service_name, method, organizer),
                f"text/calendar; method={method}; charset=utf-8",
            )
    return message


def waiting_topic(entry, kind):
    return f"waiting:{entry.pk}:{kind}:{entry.offers}"


def queue_waiting(entry, kind):
    """Owe the resident on a waiting list this email, in the caller's transaction."""
    try:
        message = build_waiting_message(entry, kind)
    except DatabaseError:
        raise
    except Exception as error:  # a bug or broken data: the list stands, the mail fails
        outbox.record_unbuildable(
            waiting_topic(entry, kind), WAITING_TEMPLATES[kind], entry.email, error
        )
        return
    if kind == WAITING_OFFER:
        expires_at = entry.offer_expires_at  # a late offer would hold out a lapsed seat
    else:
        next_day = datetime.combine(entry.day + timedelta(days=1), MIDNIGHT, tzinfo=BRUSSELS)
        expires_at = next_day
    outbox.enqueue(message, topic=waiting_topic(entry, kind), expires_at=expires_at)


def withdraw_waiting(entry):
    """An offer not yet sent is not sent once its resident has left the list."""
    outbox.withdraw(waiting_topic(entry, WAITING_OFFER))


def build_waiting_message(entry, kind):
    with translation.override(entry.language), timezone.override(BRUSSELS):
        shop = localized_shop(entry.shop, entry.language)
        context = {
            "entry": entry,
            "shop": shop,
            "service_name": localized(entry.service, entry.language).name,
            "claim_url": absolute(reverse("waiting_list_claim", args=[claim_token(entry)])),
            "leave_url": absolute(reverse("waiting_list_leave", args=[leave_token(entry)])),
            "claim_hours": settings.WAITING_LIST_CLAIM_HOURS,
        }
        template = f"shops/emails/{WAITING_TEMPLATES[kind]}"
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
        reply_to = merchant_recipients(entry.shop)[:1]
    return EmailMessage(subject, body, to=[entry.email], reply_to=reply_to)
