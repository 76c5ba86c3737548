"""Open now and next opening, in Brussels time, across DST, midnight and closures."""

from datetime import UTC, date, datetime, time

import pytest

from shops.hours import BRUSSELS, Schedule, TimeRange


def at(*args, tz=BRUSSELS, fold=0):
    return datetime(*args, tzinfo=tz, fold=fold)


WEEKDAYS_WITH_LUNCH = Schedule(
    [(d, time(9), time(12, 30)) for d in range(5)] + [(d, time(13, 30), time(18)) for d in range(5)]
)


def test_open_in_the_morning_and_closed_over_lunch():
    morning = WEEKDAYS_WITH_LUNCH.state_at(at(2026, 11, 24, 10, 0))  # a Tuesday
    lunch = WEEKDAYS_WITH_LUNCH.state_at(at(2026, 11, 24, 12, 45))

    assert morning.is_open and morning.closes_at == at(2026, 11, 24, 12, 30)
    assert not lunch.is_open and lunch.next_opening == at(2026, 11, 24, 13, 30)


def test_closing_time_is_exclusive_and_opening_time_inclusive():
    assert not WEEKDAYS_WITH_LUNCH.state_at(at(2026, 11, 24, 18, 0)).is_open
    assert WEEKDAYS_WITH_LUNCH.state_at(at(2026, 11, 24, 9, 0)).is_open


def test_friday_evening_next_opening_is_monday_morning():
    state = WEEKDAYS_WITH_LUNCH.state_at(at(2026, 11, 27, 19, 0))

    assert not state.is_open
    assert state.next_opening == at(2026, 11, 30, 9, 0)


def test_a_utc_moment_is_read_in_brussels_time():
    # 08:30 UTC in November is 09:30 in Brussels: open.
    assert WEEKDAYS_WITH_LUNCH.state_at(datetime(2026, 11, 24, 8, 30, tzinfo=UTC)).is_open


def test_spring_forward_night_next_opening_keeps_wall_clock_time():
    # Sunday 29 March 2026, clocks go from 02:00 to 03:00. Monday 09:00 is CEST (UTC+2).
    state = WEEKDAYS_WITH_LUNCH.state_at(at(2026, 3, 29, 2, 30, tz=UTC))

    assert state.next_opening == at(2026, 3, 30, 9, 0)
    assert state.next_opening.astimezone(UTC) == datetime(2026, 3, 30, 7, 0, tzinfo=UTC)


def test_fall_back_night_next_opening_keeps_wall_clock_time():
    # Sunday 25 October 2026, clocks go from 03:00 back to 02:00. Monday 09:00 is CET (UTC+1).
    state = WEEKDAYS_WITH_LUNCH.state_at(at(2026, 10, 25, 2, 30, fold=1))

    assert state.next_opening.astimezone(UTC) == datetime(2026, 10, 26, 8, 0, tzinfo=UTC)


def test_a_night_range_across_the_dst_change_lasts_the_real_hours():
    # A bakery baking from 01:00 to 05:00 on the night the clocks go forward: open at
    # 03:30 local (01:30 UTC), closed at 05:00 local, never at the skipped 02:30.
    bakery = Schedule([(6, time(1), time(5))])

    assert bakery.state_at(datetime(2026, 3, 29, 1, 30, tzinfo=UTC)).is_open
    closes = bakery.state_at(datetime(2026, 3, 29, 1, 30, tzinfo=UTC)).closes_at
    assert closes.astimezone(UTC) == datetime(2026, 3, 29, 3, 0, tzinfo=UTC)


def test_closing_at_midnight_stays_open_until_midnight():
    bar = Schedule([(4, time(18), time(0))])  # Friday 18:00 to midnight

    late = bar.state_at(at(2026, 11, 27, 23, 59))
    after = bar.state_at(at(2026, 11, 28, 0, 0))

    assert late.is_open and late.closes_at == at(2026, 11, 28, 0, 0)
    assert not after.is_open and after.next_opening == at(2026, 12, 4, 18, 0)


def test_a_holiday_closure_replaces_the_weekly_hours():
    christmas = date(2026, 12, 25)  # a Friday
    schedule = Schedule([(4, time(9), time(18))], {christmas: []})

    state = schedule.state_at(at(2026, 12, 25, 10, 0))

    assert not state.is_open
    assert state.next_opening == at(2027, 1, 1, 9, 0)


def test_special_hours_on_a_date_replace_the_weekly_hours():
    sunday_opening = date(2026, 12, 20)
    schedule = Schedule([(0, time(9), time(18))], {sunday_opening: [TimeRange(time(14), time(17))]})

    assert schedule.state_at(at(2026, 12, 20, 15, 0)).is_open
    assert schedule.state_at(at(2026, 12, 20, 10, 0)).next_opening == at(2026, 12, 20, 14, 0)


def test_a_shop_without_hours_is_closed_with_no_next_opening():
    state = Schedule().state_at(at(2026, 11, 24, 10, 0))

    assert not state.is_open and state.next_opening is None


def test_a_naive_datetime_is_refused():
    with pytest.raises(ValueError):
        WEEKDAYS_WITH_LUNCH.state_at(datetime(2026, 11, 24, 10, 0))


@pytest.mark.parametrize(
    ("opens", "closes", "valid"),
    [
        (time(9), time(18), True),
        (time(18), time(9), False),
        (time(9), time(9), False),
        (time(18), time(0), True),
        (time(0), time(0), False),
    ],
)
def test_a_range_must_close_after_it_opens(opens, closes, valid):
    assert TimeRange(opens, closes).is_valid() is valid
