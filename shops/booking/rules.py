"""Making and cancelling bookings: the rules that keep a calendar trustworthy.

Never overbooked: a booking is created inside one transaction that first takes a
lock on the service's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite runs every
transaction as ``BEGIN IMMEDIATE``, see settings), then checks the slot is still free,
then inserts. Two requests for the last seat are thus serialised by the database;
the second sees the seat taken.
"""

import logging
import secrets
from datetime import UTC, datetime, time, timedelta

from django.conf import settings
from django.db import connection, transaction
from django.db.models import Q
from django.utils import timezone
from django_tasks import task

from portal import cache_invalidation
from shops.booking import mail
from shops.booking.models import BookableService, Booking, CalendarFeed, WaitingListEntry
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


class StillFree(BookingRefused):
    """Joining a waiting list for a time (or a day) that can simply be booked."""


class OfferNotValid(BookingRefused):
    """A claim link whose offer has lapsed or was replaced by a later one."""


class AlreadyClaimed(BookingRefused):
    """A claim link used a second time: the seat is booked already."""


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
        booking = take_seat(
            service,
            slot,
            now,
            name=name,
            email=email,
            phone=phone,
            note=note,
            language=language,
            submission_key=submission_key,
        )
    logger.info("Booking %s made on service %s", booking.reference, service.pk)
    return booking


def take_seat(service, slot, now, **details):
    """Insert the booking of a free ``slot`` and owe its emails; the caller holds the lock."""
    booking = Booking.objects.create(
        shop=service.page,
        service=service,
        service_name=service.name,  # the merchant's (French) name, kept if it changes
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        busy_until=slot.ends_at + timedelta(minutes=service.buffer_minutes),
        reminder_due_at=reminder_time(service, slot.starts_at, now),
        **details,
    )
    mail.queue(booking, mail.CONFIRMATION, mail.MERCHANT_NEW)
    mail.schedule_reminder(booking)
    cache_invalidation.purge_translations_of(service.page)  # its free days changed
    return booking


def cancel(booking, by, reason=""):
    """Cancel a confirmed booking, free its seat and tell both sides. False if it was not."""
    with transaction.atomic():
        # Bookings, moves and claims of the service wait: the freed seat goes to the
        # first one waiting for it before anyone else can see it free.
        service = locked(booking.service) if booking.service_id else None
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
        if service is not None:
            offer_freed_seats(service, brussels_today(booking.starts_at))
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
        old_day = brussels_today(booking.starts_at)
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
        offer_freed_seats(service, old_day, now)
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


def join_waiting_list(service, day, starts_at=None, *, name, email, language, now=None):
    """Put a resident on the waiting list of a full slot (``starts_at``) or of a day
    whose slots are all full (no ``starts_at``); returns (entry, created). The same
    address on the same list is one entry.

    Raises StillFree when that time or day can be booked, SlotUnavailable when it is
    not a time (or a day) the service offers."""
    now = now or timezone.now()
    starts_at = starts_at.astimezone(UTC) if starts_at else None
    with transaction.atomic():
        service = locked(service)
        slots = slots_between(service, day, day, now).get(day, []) if service.is_active else []
        wanted = [s for s in slots if s.starts_at == starts_at] if starts_at else slots
        if not wanted:
            raise SlotUnavailable("not offered")
        if any(slot.is_free for slot in wanted):
            raise StillFree("free")
        existing = WaitingListEntry.objects.filter(
            service=service,
            day=day,
            starts_at=starts_at,
            email__iexact=email,
            status__in=[WaitingListEntry.WAITING, WaitingListEntry.OFFERED],
        ).first()
        if existing is not None:
            return existing, False
        entry = WaitingListEntry.objects.create(
            shop=service.page,
            service=service,
            day=day,
            starts_at=starts_at,
            name=name,
            email=email,
            language=language,
        )
        mail.queue_waiting(entry, mail.WAITING_JOINED)
    logger.info("Waiting list entry %s on service %s", entry.reference, service.pk)
    return entry, True


def offer_freed_seats(service, day, now=None):
    """Offer the free seats of ``day`` to the first ones waiting for them, in the order
    they joined; the caller holds the service's lock. A query per free slot, whatever
    the length of the list."""
    now = now or timezone.now()
    waiting = WaitingListEntry.objects.filter(
        service=service, day=day, status=WaitingListEntry.WAITING
    )
    if not waiting.exists():
        return []
    offered = []
    for slot in slots_between(service, day, day, now).get(day, []):
        if not slot.is_free:
            continue
        first_ones = (
            waiting.filter(Q(starts_at=slot.starts_at) | Q(starts_at__isnull=True))
            .exclude(pk__in=[entry.pk for entry in offered])
            .order_by("created_at", "pk")[: slot.seats_left]
        )
        for entry in first_ones:
            make_offer(service, entry, slot, now)
            offered.append(entry)
    return offered


def make_offer(service, entry, slot, now):
    """Hold the seat of ``slot`` for ``entry`` and send the claim link; the offer ends
    after WAITING_LIST_CLAIM_HOURS, and before the slot stops being bookable."""
    last_bookable = slot.starts_at - timedelta(hours=service.min_notice_hours)
    entry.status = WaitingListEntry.OFFERED
    entry.offered_starts_at = slot.starts_at
    entry.offered_busy_until = slot.ends_at + timedelta(minutes=service.buffer_minutes)
    entry.offer_expires_at = min(
        now + timedelta(hours=settings.WAITING_LIST_CLAIM_HOURS), last_bookable
    )
    entry.offers += 1
    entry.save(
        update_fields=[
            "status",
            "offered_starts_at",
            "offered_busy_until",
            "offer_expires_at",
            "offers",
        ]
    )
    mail.queue_waiting(entry, mail.WAITING_OFFER)
    if end_lapsed_offer.get_backend().supports_defer:  # tests' immediate backend cannot wait
        end_lapsed_offer.using(run_after=entry.offer_expires_at).enqueue(entry.pk, entry.offers)


@task()
def end_lapsed_offer(entry_id, offer):
    """At the end of an offer not claimed: the seat goes to the next one waiting (or
    back on sale). True when the offer had lapsed."""
    entry = WaitingListEntry.objects.filter(pk=entry_id).select_related("service").first()
    if entry is None:
        return False
    with transaction.atomic():
        service = locked(entry.service)
        lapsed = WaitingListEntry.objects.filter(
            pk=entry.pk,
            status=WaitingListEntry.OFFERED,
            offers=offer,
            offer_expires_at__lte=timezone.now(),
        ).update(status=WaitingListEntry.LAPSED)
        if lapsed:
            offer_freed_seats(service, entry.day)
            cache_invalidation.purge_translations_of(service.page)
    return bool(lapsed)


def claim(entry, offer, now=None):
    """Book the seat held for ``entry`` by offer number ``offer``, under the lock
    bookings take; returns the booking.

    Raises AlreadyClaimed when this offer was claimed already, OfferNotValid when it
    lapsed or was replaced, SlotUnavailable when the seat is gone all the same (the
    shop stopped taking bookings or cut the capacity)."""
    now = now or timezone.now()
    with transaction.atomic():
        service = locked(entry.service)
        entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.offers != offer:
            raise OfferNotValid("another offer")
        if entry.status == WaitingListEntry.BOOKED:
            raise AlreadyClaimed("claimed")
        if not entry.holds_seat(now):
            raise OfferNotValid("lapsed")
        day = brussels_today(entry.offered_starts_at)
        slots = slots_between(service, day, day, now, excluding_entry=entry)[day]
        slot = next((s for s in slots if s.starts_at == entry.offered_starts_at), None)
        if not service.is_active or slot is None or not slot.is_free:
            raise SlotUnavailable("seat gone")
        booking = take_seat(
            service, slot, now, name=entry.name, email=entry.email, language=entry.language
        )
        entry.status, entry.booking = WaitingListEntry.BOOKED, booking
        entry.save(update_fields=["status", "booking"])
    logger.info("Waiting list entry %s claimed booking %s", entry.reference, booking.reference)
    return booking


def leave_waiting_list(entry, now=None):
    """Take ``entry`` off its list; a seat held for it goes to the next one waiting.
    False when it was no longer waiting."""
    now = now or timezone.now()
    with transaction.atomic():
        service = locked(entry.service)
        entry = WaitingListEntry.objects.select_for_update().get(pk=entry.pk)
        if entry.status not in (WaitingListEntry.WAITING, WaitingListEntry.OFFERED):
            return False
        was_holding = entry.holds_seat(now)
        entry.status = WaitingListEntry.LEFT
        entry.save(update_fields=["status"])
        mail.withdraw_waiting(entry)
        if was_holding:
            offer_freed_seats(service, entry.day, now)
            cache_invalidation.purge_translations_of(service.page)
    return True


def purge_personal_data(before):
    """Delete the bookings that ended before ``before``, and the waiting lists of the
    days before it; returns how many rows went."""
    bookings, _ = Booking.objects.filter(ends_at__lt=before).delete()
    entries, _ = WaitingListEntry.objects.filter(day__lt=brussels_today(before)).delete()
    return bookings + entries


def renew_calendar_feed(shop):
    """A new secret for the shop's calendar address: the previous address stops working."""
    feed, _ = CalendarFeed.objects.update_or_create(
        shop=shop, defaults={"secret": secrets.token_urlsafe(32)}
    )
    return feed


def calendar_feed_bookings(shop, now=None):
    """What a shop's calendar feed lists: its confirmed bookings not yet over."""
    return Booking.objects.filter(
        shop=shop, status=Booking.CONFIRMED, ends_at__gte=now or timezone.now()
    ).order_by("starts_at")
