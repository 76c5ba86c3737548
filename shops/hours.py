"""Opening hours arithmetic in Europe/Brussels time.

One schedule (weekly ranges plus dated exceptions) answers every question the site
asks: is the shop open at a given moment, when does it next open, what does a given
day look like. All comparisons are made in UTC, so that daylight-saving changes never
shift, duplicate or drop an hour.
"""

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone


BRUSSELS = ZoneInfo("Europe/Brussels")
MIDNIGHT = time(0, 0)
# How far ahead "next opening" looks: long enough for a summer closure.
LOOKAHEAD_DAYS = 62


@dataclass(frozen=True, order=True)
class TimeRange:
    """Opening time and closing time on one day; closing at 00:00 means midnight."""

    opens: time
    closes: time

    @property
    def ends_at_midnight(self):
        return self.closes == MIDNIGHT

    def is_valid(self):
        return self.ends_at_midnight and self.opens != MIDNIGHT or self.closes > self.opens

    def overlaps(self, other):
        return self._end() > other.opens and other._end() > self.opens

    def _end(self):
        return time.max if self.ends_at_midnight else self.closes


@dataclass(frozen=True)
class OpeningState:
    is_open: bool
    closes_at: datetime | None = None  # when open: the end of the current range
    next_opening: datetime | None = None  # when closed: the next start, if any soon


def _aware(day, moment):
    """A wall-clock time on a Brussels calendar day, as an absolute UTC instant."""
    return datetime.combine(day, moment, tzinfo=BRUSSELS).astimezone(UTC)


class Schedule:
    """Weekly ranges (weekday 0 = Monday) plus dated exceptions.

    An exception date replaces that weekday's ranges: with no range it is a closure.
    """

    def __init__(self, weekly=(), exceptions=None):
        self.weekly = defaultdict(list)
        for weekday, opens, closes in weekly:
            self.weekly[weekday].append(TimeRange(opens, closes))
        for ranges in self.weekly.values():
            ranges.sort()
        self.exceptions = {day: sorted(ranges) for day, ranges in (exceptions or {}).items()}

    def ranges_on(self, day):
        if day in self.exceptions:
            return self.exceptions[day]
        return self.weekly.get(day.weekday(), [])

    def intervals_on(self, day):
        """[(start, end)] in UTC for a Brussels calendar day."""
        intervals = []
        for r in self.ranges_on(day):
            if r.ends_at_midnight:
                end = _aware(day + timedelta(days=1), MIDNIGHT)
            else:
                end = _aware(day, r.closes)
            intervals.append((_aware(day, r.opens), end))
        return intervals

    def state_at(self, moment):
        """Open or closed at an aware datetime, with the closing or next opening time."""
        if moment.tzinfo is None:
            raise ValueError("state_at() needs an aware datetime")
        now = moment.astimezone(UTC)
        today = moment.astimezone(BRUSSELS).date()
        for offset in range(-1, LOOKAHEAD_DAYS):
            for start, end in self.intervals_on(today + timedelta(days=offset)):
                if start <= now < end:
                    return OpeningState(True, closes_at=end.astimezone(BRUSSELS))
                if start > now:
                    return OpeningState(False, next_opening=start.astimezone(BRUSSELS))
        return OpeningState(False)

    def week(self, start):
        """Seven (day, ranges) pairs from ``start``, exceptions applied."""
        return [(day, self.ranges_on(day)) for day in (start + timedelta(n) for n in range(7))]


def brussels_today(moment=None):
    return (moment or timezone.now()).astimezone(BRUSSELS).date()


def first_overlap(ranges):
    """The first pair of overlapping TimeRanges in an iterable, or None."""
    ordered = sorted(ranges)
    for earlier, later in zip(ordered, ordered[1:], strict=False):
        if earlier.overlaps(later):
            return earlier, later
    return None
