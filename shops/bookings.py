"""Making and cancelling bookings: the rules that keep a calendar trustworthy.

Never overbooked: a booking is created inside one transaction that first takes a
lock on the service's row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite runs every
transaction as ``BEGIN IMMEDIATE``, see settings), then checks the slot is still free,
then inserts. Two requests for the last seat are thus serialised by the database;
the second sees the seat taken.
"""

import logging
import time
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.utils import timezone

from shops import booking_mail
from shops.hours import BRUSSELS, MIDNIGHT, brussels_today
from shops.models import BookableService, Booking, BookingEmail, ShopPage
from shops.slots import bookable_days, compute_slots, day_bounds


logger = logging.getLogger(__name__)

CANCEL_SALT = "shops.booking.cancel"
VIEW_SALT = "shops.booking.view"
NEAREST_ALTERNATIVES = 4


class BookingRefused(Exception):
    """The booking cannot be made; ``message`` says why, in the visitor's language."""


class SlotUnavailable(BookingRefused):
    pass


class DailyLimitReached(BookingRefused):
    pass


def source_services():
    """Services that take bookings, on live French shop pages: the shared calendars."""
    return BookableService.objects.filter(
        is_active=True,
        page__live=True,
        locale__language_code=settings.LANGUAGE_CODE,
    ).select_related("page")


def bookable_service(service_id):
    """The French service behind an id from any language's page, or None."""
    service = BookableService.objects.filter(pk=service_id).only("translation_key").first()
    if service is None:
        return None
    return source_services().filter(translation_key=service.translation_key).first()


def localized(service, language):
    """The service's name and description in ``language``, the French ones if untranslated."""
    if service.locale.language_code == language:
        return service
    translated = BookableService.objects.filter(
        translation_key=service.translation_key, locale__language_code=language
    ).first()
    return translated or service


def localized_shop(shop, language):
    """The live shop page in ``language``, the French one if there is none."""
    translated = (
        ShopPage.objects.live()
        .filter(translation_key=shop.translation_key, locale__language_code=language)
        .first()
    )
    return translated or shop


def confirmed_bookings(service, first_day, last_day):
    start, end = day_bounds(first_day, last_day)
    return list(
        Booking.objects.filter(
            service=service,
            status=Booking.CONFIRMED,
            starts_at__lt=end,
            busy_until__gt=start,
        ).values_list("starts_at", "busy_until")
    )


def slots_between(service, first_day, last_day, now=None):
    """{day: [Slot]}: the service's slots, free and full, between two Brussels days."""
    now = now or timezone.now()
    bookings = confirmed_bookings(service, first_day, last_day)
    return compute_slots(service, service.page.schedule, first_day, last_day, bookings, now)


def nearest_free_slots(service, moment, now=None, count=NEAREST_ALTERNATIVES):
    """The free slots closest in time to ``moment``, within a week either side."""
    day = brussels_today(moment)
    days = slots_between(service, day - timedelta(days=7), day + timedelta(days=7), now)
    free = [slot for slots in days.values() for slot in slots if slot.is_free]
    free.sort(key=lambda slot: abs(slot.starts_at - moment))
    return sorted(free[:count], key=lambda slot: slot.starts_at)


def bookings_today_for(email, now):
    start = datetime.combine(brussels_today(now), MIDNIGHT, tzinfo=BRUSSELS)
    return Booking.objects.filter(email__iexact=email, created_at__gte=start).count()


def _lock(service):
    """The service's row, locked until the transaction ends (unless a test turned it off)."""
    services = BookableService.objects.select_related("page")
    if settings.BOOKING_LOCKING:
        services = services.select_for_update()
    return services.get(pk=service.pk)


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
        service = _lock(service)
        if submission_key:
            already = Booking.objects.filter(submission_key=submission_key).first()
            if already is not None and (already.service_id, already.starts_at) == (
                service.pk,
                starts_at,
            ):
                return already
            if already is not None:  # the same form reused for another slot
                submission_key = ""
        if bookings_today_for(email, now) >= settings.BOOKING_MAX_PER_EMAIL_PER_DAY:
            raise DailyLimitReached("daily limit")
        day = brussels_today(starts_at)
        slots = slots_between(service, day, day, now)[day] if service.is_active else []
        slot = next((s for s in slots if s.starts_at == starts_at), None)
        if settings.BOOKING_TEST_PAUSE_SECONDS:
            time.sleep(settings.BOOKING_TEST_PAUSE_SECONDS)  # widens the race, tests only
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
        )
        booking_mail.queue(booking, BookingEmail.CONFIRMATION, BookingEmail.MERCHANT_NEW)
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
        booking_mail.queue(booking, BookingEmail.CANCELLATION, BookingEmail.MERCHANT_CANCELLED)
    logger.info("Booking %s cancelled by %s", booking.reference, by)
    return True


def can_be_cancelled_online(booking, now=None):
    return booking.is_confirmed and booking.starts_at > (now or timezone.now())


# --- secret links --------------------------------------------------------------------


def cancel_token(booking):
    return signing.dumps(str(booking.reference), salt=CANCEL_SALT)


def view_token(booking):
    return signing.dumps(str(booking.reference), salt=VIEW_SALT)  # timestamped by dumps


# The "booked" page's link is shown once, right after booking; it need not live long.
VIEW_LINK_MAX_AGE = 2 * 24 * 3600


def booking_from_token(token, salt):
    """The booking a signed link names, or None for a forged, tampered or stale one."""
    max_age = VIEW_LINK_MAX_AGE if salt == VIEW_SALT else None
    try:
        reference = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Booking.objects.select_related("shop", "service").filter(reference=reference).first()


# --- what a shop page offers ---------------------------------------------------------

DAYS_SHOWN = 7


def open_days(service, schedule, now=None, count=DAYS_SHOWN):
    """The next days with slots in the opening hours (bookings are checked later)."""
    now = now or timezone.now()
    first, last = bookable_days(service, now)
    days = compute_slots(service, schedule, first, min(last, first + timedelta(days=20)), [], now)
    return [day for day, slots in days.items() if slots][:count]


def booking_offer(page):
    """[{service, text, days}] for a shop page in any language: the French page's active
    services (the shared calendar), named in the page's language. Cached on the page."""
    if not isinstance(page, ShopPage):
        return []
    if not hasattr(page, "_booking_offer"):
        sources = list(
            source_services()
            .filter(page__translation_key=page.translation_key)
            .order_by("sort_order")
        )
        translated = {}
        if sources and sources[0].locale_id != page.locale_id:
            translated = {s.translation_key: s for s in BookableService.objects.filter(page=page)}
        page._booking_offer = [
            {
                "service": service,
                "text": translated.get(service.translation_key, service),
                "days": open_days(service, page.schedule),
            }
            for service in sources
        ]
    return page._booking_offer
