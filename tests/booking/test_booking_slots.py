"""Slot arithmetic: opening hours, notice, horizon, closures, capacity, DST nights."""

from datetime import UTC, date, datetime, time, timedelta

from shops.booking.slots import compute_slots
from shops.hours import BRUSSELS, Schedule, TimeRange
from shops.models import BookableService


def service(**fields):
    defaults = {
        "duration_minutes": 30,
        "capacity": 1,
        "buffer_minutes": 0,
        "min_notice_hours": 2,
        "horizon_days": 60,
    }
    return BookableService(name="Coupe", **{**defaults, **fields})


def every_day(opens, closes):
    return Schedule([(day, opens, closes) for day in range(7)])


def local_labels(slots):
    return [slot.local_start.strftime("%H:%M") for slot in slots]


NOW = datetime(2026, 11, 2, 7, 0, tzinfo=UTC)  # a Monday, 08:00 in Brussels
DAY = date(2026, 11, 4)


def slots_on(day, schedule, svc=None, bookings=(), now=NOW):
    return compute_slots(svc or service(), schedule, day, day, list(bookings), now)[day]


def test_slots_fill_the_opening_hours_with_duration_plus_pause():
    schedule = every_day(time(9), time(11))
    assert local_labels(slots_on(DAY, schedule)) == ["09:00", "09:30", "10:00", "10:30"]
    with_pause = service(duration_minutes=45, buffer_minutes=15)
    # 09:00–09:45 then a pause; 10:00–10:45; 11:00 would end after closing.
    assert local_labels(slots_on(DAY, schedule, with_pause)) == ["09:00", "10:00"]


def test_a_lunch_break_has_no_slot_and_midnight_closing_counts():
    schedule = Schedule([(2, time(9), time(10)), (2, time(14), time(15)), (2, time(23), time(0))])
    assert local_labels(slots_on(DAY, schedule, service(duration_minutes=60))) == [
        "09:00",
        "14:00",
        "23:00",
    ]


def test_no_slot_in_the_past_or_inside_the_minimum_notice():
    schedule = every_day(time(9), time(12))
    now = datetime(2026, 11, 4, 8, 10, tzinfo=UTC)  # 09:10 in Brussels
    labels = local_labels(slots_on(DAY, schedule, service(min_notice_hours=1), now=now))
    assert labels == ["10:30", "11:00", "11:30"]


def test_no_slot_beyond_the_horizon():
    schedule = every_day(time(9), time(10))
    days = compute_slots(service(horizon_days=3), schedule, DAY, DAY + timedelta(days=5), [], NOW)
    # NOW is Monday 08:00: the horizon ends Thursday 08:00.
    assert [day for day, slots in days.items() if slots] == [date(2026, 11, 4)]
    assert local_labels(days[date(2026, 11, 5)]) == []


def test_closures_and_special_hours_replace_the_week():
    schedule = Schedule(
        [(day, time(9), time(10)) for day in range(7)],
        exceptions={DAY: [], DAY + timedelta(days=1): [TimeRange(time(15), time(16))]},
    )
    assert slots_on(DAY, schedule) == []
    assert local_labels(slots_on(DAY + timedelta(days=1), schedule)) == ["15:00", "15:30"]


def test_full_slots_report_no_seat_and_capacity_counts_parallel_bookings():
    schedule = every_day(time(9), time(10))
    nine = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    taken = [(nine, nine + timedelta(minutes=30))]
    single = slots_on(DAY, schedule, service(capacity=1), taken)
    assert [(s.local_start.strftime("%H:%M"), s.seats_left) for s in single] == [
        ("09:00", 0),
        ("09:30", 1),
    ]
    double = slots_on(DAY, schedule, service(capacity=2), taken)
    assert [s.seats_left for s in double] == [1, 2]


def test_a_booking_with_a_pause_blocks_the_overlapping_slot():
    schedule = every_day(time(9), time(10))
    nine = datetime(2026, 11, 4, 8, 0, tzinfo=UTC)
    # Booked when the service had no pause, then the merchant added one: 09:00–09:45.
    taken = [(nine, nine + timedelta(minutes=45))]
    slots = slots_on(DAY, schedule, service(), taken)
    assert [s.seats_left for s in slots] == [0, 0]


# --- daylight saving: last Sunday of March and of October ---------------------------

SPRING = date(2026, 3, 29)
AUTUMN = date(2026, 10, 25)
BEFORE_SPRING = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
BEFORE_AUTUMN = datetime(2026, 10, 16, 12, 0, tzinfo=UTC)


def test_day_shop_keeps_its_wall_clock_slots_on_both_dst_sundays():
    schedule = every_day(time(9), time(11))
    for day, now, offset in ((SPRING, BEFORE_SPRING, 2), (AUTUMN, BEFORE_AUTUMN, 1)):
        slots = slots_on(day, schedule, now=now)
        assert local_labels(slots) == ["09:00", "09:30", "10:00", "10:30"]
        assert slots[0].starts_at == datetime(2026, day.month, day.day, 9 - offset, tzinfo=UTC)


def test_spring_forward_night_skips_the_missing_hour_without_losing_others():
    schedule = every_day(time(0), time(5))
    slots = slots_on(SPRING, schedule, service(duration_minutes=60), now=BEFORE_SPRING)
    # 02:00 does not exist that night: clocks jump from 02:00 to 03:00.
    assert local_labels(slots) == ["00:00", "01:00", "03:00", "04:00"]
    instants = [slot.starts_at for slot in slots]
    assert len(set(instants)) == len(instants)
    assert all(slot.ends_at - slot.starts_at == timedelta(hours=1) for slot in slots)


def test_fall_back_night_offers_the_repeated_hour_once():
    schedule = every_day(time(0), time(5))
    slots = slots_on(AUTUMN, schedule, service(duration_minutes=60), now=BEFORE_AUTUMN)
    labels = local_labels(slots)
    assert labels == ["00:00", "01:00", "02:00", "03:00", "04:00"]
    assert len(set(labels)) == len(labels)
    # The 02:00 offered is the first one (summer time, UTC+2).
    two = slots[2].starts_at
    assert two == datetime(2026, 10, 25, 0, 0, tzinfo=UTC)
    assert two.astimezone(BRUSSELS).utcoffset() == timedelta(hours=2)


def test_slots_across_a_dst_week_never_repeat_or_go_missing():
    schedule = every_day(time(9), time(18))
    days = compute_slots(
        service(),
        schedule,
        AUTUMN - timedelta(days=3),
        AUTUMN + timedelta(days=3),
        [],
        BEFORE_AUTUMN,
    )
    for slots in days.values():
        assert len(slots) == 18
        assert local_labels(slots)[0] == "09:00" and local_labels(slots)[-1] == "17:30"
    instants = [slot.starts_at for slots in days.values() for slot in slots]
    assert len(set(instants)) == len(instants)
