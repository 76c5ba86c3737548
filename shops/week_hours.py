"""The weekly opening hours edited as one week: seven days, each closed or one to two ranges.

The hours stay stored as ``OpeningHours`` rows (the finder's "open now" filter reads them
in SQL); the merchant edits them as a grid of days, and the revision comparison reads
them day by day ("Saturday: 18:30 → 17:00") instead of row by row.
"""

from datetime import time

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.html import format_html, format_html_join
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from shops.hours import TimeRange, first_overlap


WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
RANGES_PER_DAY = 2  # a lunch break; a day stored with more keeps them all


def week_of(rows):
    """[[TimeRange]] for Monday to Sunday, each day's ranges in order, from hour rows."""
    week = [[] for _day in WEEKDAYS]
    for row in rows:
        week[row.weekday].append(TimeRange(row.opens, row.closes))
    return [sorted(ranges) for ranges in week]


def hour_rows(week, model):
    """Unsaved ``model`` rows for a week, Monday first, with a sort order that follows."""
    rows = []
    for weekday, ranges in enumerate(week):
        for time_range in ranges:
            rows.append(
                model(
                    weekday=weekday,
                    opens=time_range.opens,
                    closes=time_range.closes,
                    sort_order=len(rows),
                )
            )
    return rows


def _hhmm(value):
    return value.strftime("%H:%M") if isinstance(value, time) else (value or "")


def ranges_text(ranges):
    if not ranges:
        return gettext("closed")
    return ", ".join(f"{_hhmm(r.opens)}–{_hhmm(r.closes)}" for r in ranges)


def _range_labels(day, index):
    """Each time field's own label, which names its day and range: on a phone the grid
    has no column headings, and a screen reader reads one field at a time."""
    params = {"day": capfirst(day)}
    if index == 0:
        return {
            "name": gettext("Opening hours"),
            "opens_label": gettext("%(day)s: opens at") % params,
            "closes_label": gettext("%(day)s: closes at") % params,
        }
    return {
        "name": gettext("After the lunch break"),
        "opens_label": gettext("%(day)s after the lunch break: opens at") % params,
        "closes_label": gettext("%(day)s after the lunch break: closes at") % params,
    }


class WeekHoursWidget(forms.Widget):
    """A table of the seven days; the posted names are ``<name>-<day>-<n>-opens`` …"""

    template_name = "shops/admin/week_hours_widget.html"

    class Media:
        css = {"all": ["css/week-hours.css"]}
        js = ["js/week-hours.js"]

    def format_value(self, value):
        """[{closed, ranges: [(opens, closes)]}] of strings, from a week or posted data."""
        if value is None:
            value = [[] for _day in WEEKDAYS]
        days = []
        for day in value:
            if isinstance(day, dict):
                days.append(day)
            else:
                ranges = [(_hhmm(r.opens), _hhmm(r.closes)) for r in day]
                days.append({"closed": not ranges, "ranges": ranges})
        return days

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        rows = []
        for (weekday, label), day in zip(WEEKDAYS, context["widget"]["value"], strict=True):
            ranges = list(day["ranges"])
            ranges += [("", "")] * max(RANGES_PER_DAY - len(ranges), 0)
            rows.append(
                {
                    "weekday": weekday,
                    "label": capfirst(label),
                    "closed": day["closed"],
                    "ranges": [
                        {"index": n, "opens": opens, "closes": closes, **_range_labels(label, n)}
                        for n, (opens, closes) in enumerate(ranges)
                    ],
                }
            )
        context["days"] = rows
        return context

    def render(self, name, value, attrs=None, renderer=None):
        # The project's templates folder, which Django's form renderer does not read.
        return render_to_string(self.template_name, self.get_context(name, value, attrs))

    def value_from_datadict(self, data, files, name):
        if f"{name}-grid" not in data:
            return None  # no grid in the form: the hours are left as they are
        days = []
        for weekday, _label in WEEKDAYS:
            prefix = f"{name}-{weekday}"
            ranges = []
            n = 0
            while f"{prefix}-{n}-opens" in data or f"{prefix}-{n}-closes" in data:
                opens = data.get(f"{prefix}-{n}-opens", "").strip()[:8]
                closes = data.get(f"{prefix}-{n}-closes", "").strip()[:8]
                if opens or closes:
                    ranges.append((opens, closes))
                n += 1
                if n > 10:
                    break
            days.append({"closed": bool(data.get(f"{prefix}-closed")), "ranges": ranges})
        return days

    def value_omitted_from_data(self, data, files, name):
        return f"{name}-grid" not in data


class WeekHoursField(forms.Field):
    """Cleans the grid into [[TimeRange]] per day, or refuses it with one message per day."""

    widget = WeekHoursWidget

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("label", _("Weekly opening hours"))
        kwargs.setdefault(
            "help_text",
            _("Leave a day empty or tick “closed” when the shop is closed. 00:00 means midnight."),
        )
        super().__init__(**kwargs)

    def to_python(self, value):
        if value is None:
            return None
        errors = []
        week = []
        for (_weekday, label), day in zip(WEEKDAYS, value, strict=True):
            ranges, day_errors = self._clean_day(day)
            errors += [
                ValidationError(
                    _("%(day)s: %(problem)s"),
                    params={"day": capfirst(label), "problem": problem},
                )
                for problem in day_errors
            ]
            week.append(ranges)
        if errors:
            raise ValidationError(errors)
        return week

    @staticmethod
    def _clean_day(day):
        if day["closed"] and day["ranges"]:
            return [], [gettext("untick “closed” or clear the hours.")]
        ranges, problems = [], []
        field = forms.TimeField()
        for opens, closes in day["ranges"]:
            if not opens or not closes:
                problems.append(gettext("give both the opening and the closing time."))
                continue
            try:
                time_range = TimeRange(field.clean(opens), field.clean(closes))
            except ValidationError:
                problems.append(gettext("enter the times as hours and minutes, e.g. 09:30."))
                continue
            if not time_range.is_valid():
                problems.append(gettext("the closing time must be after the opening time."))
                continue
            ranges.append(time_range)
        if not problems and first_overlap(ranges):
            problems.append(gettext("the two ranges overlap."))
        return sorted(ranges), problems


class WeekHoursComparison:
    """The revision comparison of two weeks, one line per changed day."""

    is_field = True
    is_child_relation = False

    def __init__(self, obj_a, obj_b):
        self.week_a = week_of(obj_a.opening_hours.all())
        self.week_b = week_of(obj_b.opening_hours.all())

    def field_label(self):
        return gettext("Weekly opening hours")

    def has_changed(self):
        return self.week_a != self.week_b

    @staticmethod
    def _change(before, after):
        """What changed on one day: the one time that moved, or both days' hours."""
        times_a = [t for r in before for t in (r.opens, r.closes)]
        times_b = [t for r in after for t in (r.opens, r.closes)]
        if len(times_a) == len(times_b):
            moved = [(a, b) for a, b in zip(times_a, times_b, strict=True) if a != b]
            if len(moved) == 1:
                return _hhmm(moved[0][0]), _hhmm(moved[0][1])
        return ranges_text(before), ranges_text(after)

    def htmldiff(self):
        lines = []
        for (_weekday, label), before, after in zip(
            WEEKDAYS, self.week_a, self.week_b, strict=True
        ):
            if before != after:
                old, new = self._change(before, after)
                lines.append(
                    format_html(
                        gettext("{day}: {before} → {after}"),
                        day=capfirst(label),
                        before=format_html('<span class="deletion">{}</span>', old),
                        after=format_html('<span class="addition">{}</span>', new),
                    )
                )
        return format_html(
            "<ul>{}</ul>", format_html_join("", "<li>{}</li>", ((line,) for line in lines))
        )


class WeekHoursPanel(FieldPanel):
    """The week grid, a form field of the page form rather than a model field."""

    class BoundPanel(FieldPanel.BoundPanel):
        def get_comparison(self):
            return [WeekHoursComparison]
