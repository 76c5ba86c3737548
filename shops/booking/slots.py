"""Free appointment slots of a service, from the shop's opening hours.

Slots follow the wall clock in Europe/Brussels: a shop opening at 09:00 offers 09:00,
09:30… on every day, daylight-saving days included. A wall-clock time that does not
exist (the spring-forward hour) is skipped, and one that happens twice (the fall-back
hour) is offered once, so no slot is missing or doubled. Everything else is compared
as absolute UTC instants.

The functions after ``day_bounds`` read the calendar: the bookings already made, the
free slots between two days, the days a shop page offers.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from django.utils import timezone

from shops.booking.models import BookableService, Booking, WaitingListEntry, source_services
from shops.hours import BRUSSELS, MIDNIGHT, brussels_today
from shops.models import ShopPage


NEAREST_ALTERNATIVES = 4
DAYS_SHOWN = 7
# A day with this many places or fewer says "only N places left".
FEW_PLACES = 3


@dataclass(frozen=True)
class Slot:
    starts_at: datetime  # aware, UTC
    ends_at: datetime
    seats_left: int

    @property
    def local_start(self):
        return self.starts_at.astimezone(BRUSSELS)

    @property
    def local_end(self):
        return self.ends_at.astimezone(BRUSSELS)

    @property
    def is_free(self):
        return self.seats_left > 0


def _wall_clock_starts(day, time_range, step, duration):
    """UTC start instants of the appointments that fit in one opening range of ``day``."""
    cursor = datetime.combine(day, time_range.opens)
    if time_range.ends_at_midnight:
        close = datetime.combine(day + timedelta(days=1), MIDNIGHT)
    else:
        close = datetime.combine(day, time_range.closes)
    close_utc = close.replace(tzinfo=BRUSSELS).astimezone(UTC)
    while cursor + duration <= close:
        start = cursor.replace(tzinfo=BRUSSELS).astimezone(UTC)
        # A wall-clock time in the spring-forward gap does not survive the round trip.
        exists = start.astimezone(BRUSSELS).replace(tzinfo=None) == cursor
        if exists and start + duration <= close_utc:
            yield start
        cursor += step


def bookable_window(service, now):
    """The first and last instants a new booking may start at."""
    return (
        now + timedelta(hours=service.min_notice_hours),
        now + timedelta(days=service.horizon_days),
    )


def compute_slots(service, schedule, first_day, last_day, bookings, now):
    """{day: [Slot]} for the Brussels days from ``first_day`` to ``last_day`` included.

    ``bookings`` are the confirmed (starts_at, busy_until) pairs of the service around
    those days. Slots outside the bookable window are left out; full ones are kept
    with ``seats_left == 0`` so callers can tell "full" from "closed".
    """
    duration = timedelta(minutes=service.duration_minutes)
    busy = timedelta(minutes=service.buffer_minutes)
    step = duration + busy
    earliest, latest = bookable_window(service, now)
    # Bookings by the Brussels day they start on: a slot only meets those of its own
    # day and of the day before, so the work does not grow with the whole calendar.
    by_day = defaultdict(list)
    for b_start, b_end in bookings:
        by_day[brussels_today(b_start)].append((b_start, b_end))
    days = {}
    day = first_day
    while day <= last_day:
        slots = []
        nearby = by_day[day - timedelta(days=1)] + by_day[day]
        for time_range in schedule.ranges_on(day):
            for start in _wall_clock_starts(day, time_range, step, duration):
                if not earliest <= start <= latest:
                    continue
                end = start + step
                taken = sum(1 for b_start, b_end in nearby if b_start < end and b_end > start)
                slots.append(Slot(start, start + duration, max(service.capacity - taken, 0)))
        days[day] = sorted(slots, key=lambda slot: slot.starts_at)
        day += timedelta(days=1)
    return days


def bookable_days(service, now=None):
    """The first and last Brussels day of the service's booking horizon."""
    earliest, latest = bookable_window(service, now or datetime.now(UTC))
    return brussels_today(earliest), brussels_today(latest)


def day_bounds(first_day: date, last_day: date):
    """UTC instants around the Brussels days, wide enough for bookings that overlap them."""
    start = datetime.combine(first_day, MIDNIGHT, tzinfo=BRUSSELS) - timedelta(days=1)
    end = datetime.combine(last_day, MIDNIGHT, tzinfo=BRUSSELS) + timedelta(days=2)
    return start.astimezone(UTC), end.astimezone(UTC)


def held_seats(services, start, end, now, excluding_entry=None):
    """Seats held for residents of the waiting list while their offer runs."""
    holds = WaitingListEntry.objects.filter(
        service__in=services,
        status=WaitingListEntry.OFFERED,
        offer_expires_at__gt=now,
        offered_starts_at__lt=end,
        offered_busy_until__gt=start,
    ).order_by()
    if excluding_entry is not None:
        holds = holds.exclude(pk=excluding_entry.pk)
    return holds


def confirmed_bookings(
    service, first_day, last_day, excluding=None, now=None, excluding_entry=None
):
    """(starts_at, busy_until) of the seats taken: bookings and offers held, one query."""
    start, end = day_bounds(first_day, last_day)
    bookings = Booking.objects.filter(
        service=service,
        status=Booking.CONFIRMED,
        starts_at__lt=end,
        busy_until__gt=start,
    ).order_by()
    if excluding is not None:
        bookings = bookings.exclude(pk=excluding.pk)
    holds = held_seats([service], start, end, now or timezone.now(), excluding_entry)
    return list(
        bookings.values_list("starts_at", "busy_until").union(
            holds.values_list("offered_starts_at", "offered_busy_until"), all=True
        )
    )


def slots_between(service, first_day, last_day, now=None, excluding=None, excluding_entry=None):
    """{day: [Slot]}: the service's slots, free and full, between two Brussels days
    (``excluding`` a booking, whose seat counts as free: the one being moved, or the
    seat held for ``excluding_entry``, who is claiming it)."""
    now = now or timezone.now()
    bookings = confirmed_bookings(service, first_day, last_day, excluding, now, excluding_entry)
    return compute_slots(service, service.page.schedule, first_day, last_day, bookings, now)


def nearest_free_slots(service, moment, now=None, count=NEAREST_ALTERNATIVES):
    """The free slots closest in time to ``moment``, within a week either side."""
    day = brussels_today(moment)
    days = slots_between(service, day - timedelta(days=7), day + timedelta(days=7), now)
    free = [slot for slots in days.values() for slot in slots if slot.is_free]
    free.sort(key=lambda slot: abs(slot.starts_at - moment))
    return sorted(free[:count], key=lambda slot: slot.starts_at)


def day_summary(day, slots):
    """What a day link says: free (with how many places), full, or closed."""
    places = sum(slot.seats_left for slot in slots if slot.is_free)
    return {
        "date": day,
        "first_free_at": min((slot.starts_at for slot in slots if slot.is_free), default=None),
        "free_count": sum(1 for slot in slots if slot.is_free),
        "places": places,
        "few_left": 0 < places <= FEW_PLACES,
        "state": "free" if places else ("full" if slots else "closed"),
    }


def offered_days(service, now):
    """The first three weeks of the service's booking horizon."""
    first, last = bookable_days(service, now)
    return first, min(last, first + timedelta(days=20))


def bookings_by_service(services, now):
    """{service id: [(starts_at, busy_until)]} of the seats taken (bookings and held
    offers) over each one's offered days: one query."""
    ranges = [offered_days(service, now) for service in services]
    if not ranges:
        return {}
    start, end = day_bounds(min(r[0] for r in ranges), max(r[1] for r in ranges))
    found = defaultdict(list)
    bookings = Booking.objects.filter(
        service__in=services, status=Booking.CONFIRMED, starts_at__lt=end, busy_until__gt=start
    ).order_by()
    holds = held_seats(services, start, end, now)
    for service_id, starts_at, busy_until in bookings.values_list(
        "service_id", "starts_at", "busy_until"
    ).union(holds.values_list("service_id", "offered_starts_at", "offered_busy_until"), all=True):
        found[service_id].append((starts_at, busy_until))
    return found


def free_days(service, schedule, bookings, now=None, count=DAYS_SHOWN):
    """The next days that still have a free slot, given the service's bookings."""
    now = now or timezone.now()
    first, last = offered_days(service, now)
    days = compute_slots(service, schedule, first, last, bookings, now)
    summaries = (day_summary(day, slots) for day, slots in days.items())
    return [summary for summary in summaries if summary["state"] == "free"][:count]


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
        now = timezone.now()
        bookings = bookings_by_service(sources, now)
        if sources and sources[0].locale_id != page.locale_id:
            translated = {s.translation_key: s for s in BookableService.objects.filter(page=page)}
        page._booking_offer = [
            {
                "service": service,
                "text": translated.get(service.translation_key, service),
                "days": free_days(service, page.schedule, bookings.get(service.pk, []), now),
            }
            for service in sources
        ]
    return page._booking_offer


def offer_changes_at(offer):
    """When the offer next changes by itself: its first free slot goes past the notice
    its service asks for (None when nothing is free)."""
    moments = [
        item["days"][0]["first_free_at"] - timedelta(hours=item["service"].min_notice_hours)
        for item in offer
        if item["days"]
    ]
    return min(moments, default=None)
