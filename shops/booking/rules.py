"""Making and cancelling bookings: the rules that keep a calendar trustworthy.

Never overbooked: a booking is created inside one transaction that first takes a
lock on the service's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite runs every
transaction as ``BEGIN IMMEDIATE``, see settings), then checks the slot is still free,
then inserts. Two requests for the last seat are thus serialised by the database;
the second sees the seat taken.
"""

import logging
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from portal import cache_invalidation
from shops.booking import mail
from shops.booking.models import BookableService, Booking
from shops.booking.slots import slots_between
from shops.hours import BRUSSELS, MIDNIGHT, brussels_today


logger = logging.getLogger(__name__)


class BookingRefused(Exception):
    """The booking cannot be made; ``message`` says why, in the visitor's language."""


class SlotUnavailable(BookingRefused):
    pass


class DailyLimitReached(BookingRefused):
    pass


class TooLateToChange(BookingRefused):
    pass


def bookings_today_for(email, now):
    start = datetime.combine(brussels_today(now), MIDNIGHT, tzinfo=BRUSSELS)
    return Booking.objects.filter(email__iexact=email, created_at__gte=start).count()


def locked(service):
    """The service's row, locked until the transaction ends: bookings on it queue here."""
    return BookableService.objects.select_related("page").select_for_update().get(pk=service.pk)


def lock_email(email):
    """Serialise the bookings of one email address until the transaction ends, so the
    daily limit holds across services. SQLite's BEGIN IMMEDIATE already serialises
    every write; PostgreSQL takes a transaction-level advisory lock on the address."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [email.lower()])


def book(
    service, starts_at, *, name, email, phone="", note="", language, submission_key="", now=None
):
    """Book a seat on ``service`` at ``starts_at`` (aware); returns the Booking.

    ``submission_key`` is the random key of the form sent: the same form sent twice
    (a double click) returns the first booking instead of making a second one.
    Raises SlotUnavailable when the slot is not offered or already full,
    DailyLimitReached when this email booked too often today.
    """
    now = now or timezone.now()
    starts_at = starts_at.astimezone(UTC)
    with transaction.atomic():
        service = locked(service)
        if submission_key:
            already = Booking.objects.filter(submission_key=submission_key).first()
            if already is not None and (already.service_id, already.starts_at) == (
                service.pk,
                starts_at,
            ):
                return already
            if already is not None:  # the same form reused for another slot
                submission_key = ""
        lock_email(email)
        if bookings_today_for(email, now) >= settings.BOOKING_MAX_PER_EMAIL_PER_DAY:
            raise DailyLimitReached("daily limit")
        day = brussels_today(starts_at)
        slots = slots_between(service, day, day, now)[day] if service.is_active else []
        slot = next((s for s in slots if s.starts_at == starts_at), None)
        if slot is None or not slot.is_free:
            raise SlotUnavailable("slot unavailable")
        booking = Booking.objects.create(
            shop=service.page,
            service=service,
            service_name=service.name,  # the merchant's (French) name, kept if it changes
            starts_at=slot.starts_at,
            ends_at=slot.ends_at,
            busy_until=slot.ends_at + timedelta(minutes=service.buffer_minutes),
            name=name,
            email=email,
            phone=phone,
            note=note,
            language=language,
            submission_key=submission_key,
            reminder_due_at=reminder_time(service, slot.starts_at, now),
        )
        mail.queue(booking, mail.CONFIRMATION, mail.MERCHANT_NEW)
        mail.schedule_reminder(booking)
        cache_invalidation.purge_translations_of(service.page)  # its free days changed
    logger.info("Booking %s made on service %s", booking.reference, service.pk)
    return booking


def cancel(booking, by, reason=""):
    """Cancel a confirmed booking, free its seat and tell both sides. False if it was not."""
    with transaction.atomic():
        updated = Booking.objects.filter(pk=booking.pk, status=Booking.CONFIRMED).update(
            status=Booking.CANCELLED,
            cancelled_at=timezone.now(),
            cancelled_by=by,
            cancellation_reason=reason,
            sequence=booking.sequence + 1,
        )
        if not updated:
            return False
        booking.refresh_from_db()
        mail.withdraw_unsent(booking)
        mail.queue(booking, mail.CANCELLATION, mail.MERCHANT_CANCELLED)
        cache_invalidation.purge_translations_of(booking.shop)
    logger.info("Booking %s cancelled by %s", booking.reference, by)
    return True


def reschedule(booking, starts_at, now=None):
    """Move a confirmed booking to another free slot of its service, in one transaction
    under the service's lock (the one bookings take): its old seat is freed as the new
    one is taken. The resident gets the updated calendar event, the shop a notice.

    Raises TooLateToChange past the service's notice (or once cancelled), and
    SlotUnavailable when the new slot is not offered or full."""
    now = now or timezone.now()
    starts_at = starts_at.astimezone(UTC)
    with transaction.atomic():
        if booking.service_id is None:
            raise SlotUnavailable("service deleted")
        service = locked(booking.service)
        booking = (
            Booking.objects.select_for_update(of=("self",))
            .select_related("shop", "service")
            .get(pk=booking.pk)
        )
        if not booking.can_be_cancelled_online(now):
            raise TooLateToChange("too late")
        if starts_at == booking.starts_at:
            return booking
        day = brussels_today(starts_at)
        slots = slots_between(service, day, day, now, excluding=booking)[day]
        slot = next((s for s in slots if s.starts_at == starts_at), None)
        if not service.is_active or slot is None or not slot.is_free:
            raise SlotUnavailable("slot unavailable")
        booking.moved_from = booking.starts_at
        booking.starts_at, booking.ends_at = slot.starts_at, slot.ends_at
        booking.busy_until = slot.ends_at + timedelta(minutes=service.buffer_minutes)
        booking.sequence += 1
        booking.reminder_due_at = reminder_time(service, slot.starts_at, now)
        booking.reminded_at = None
        booking.save()
        mail.withdraw_unsent(booking)
        mail.queue(booking, mail.RESCHEDULED, mail.MERCHANT_RESCHEDULED)
        mail.schedule_reminder(booking)
        cache_invalidation.purge_translations_of(service.page)
    logger.info("Booking %s moved", booking.reference)
    return booking


def can_be_cancelled_online(booking, now=None):
    return booking.can_be_cancelled_online(now)


def reminder_time(service, starts_at, now):
    """When to remind the resident of an appointment booked at ``now``; None for none.

    The day before at 09:00 Brussels time, or 2 hours before when that moment has passed
    (booked less than a day ahead), as the service chooses."""
    if service.reminder == BookableService.REMINDER_NONE:
        return None
    if service.reminder == BookableService.REMINDER_DAY_BEFORE:
        day_before = brussels_today(starts_at) - timedelta(days=1)
        at_nine = datetime.combine(day_before, time(9), tzinfo=BRUSSELS)
        if at_nine > now and starts_at - now >= timedelta(days=1):
            return at_nine
    two_hours_before = starts_at - timedelta(hours=2)
    return two_hours_before if two_hours_before > now else None
