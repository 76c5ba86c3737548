from collections import defaultdict

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from shops.hours import TimeRange, first_overlap


def _live_rows(formset):
    """Forms of an inline formset that will be saved, with their cleaned data."""
    for form in formset.forms:
        if form.errors or not form.has_changed() and form.empty_permitted:
            continue
        if not form.cleaned_data.get("DELETE"):
            yield form, form.cleaned_data


class ShopPageForm(WagtailAdminPageForm):
    """Checks what single rows cannot: ranges of one day must not overlap."""

    def clean(self):
        cleaned = super().clean()
        self._check_weekly_hours()
        self._check_exceptions()
        return cleaned

    def _check_weekly_hours(self):
        by_day = defaultdict(list)
        for form, data in _live_rows(self.formsets["opening_hours"]):
            by_day[data["weekday"]].append((TimeRange(data["opens"], data["closes"]), form))
        for rows in by_day.values():
            self._flag_overlap(rows)

    def _check_exceptions(self):
        by_date = defaultdict(list)
        for form, data in _live_rows(self.formsets["opening_exceptions"]):
            by_date[data["date"]].append((form, data))
        for rows in by_date.values():
            if len(rows) > 1 and any(data["closed"] for _form, data in rows):
                for form, _data in rows:
                    form.add_error(
                        "date",
                        _("This date is marked closed all day and also has opening hours."),
                    )
                continue
            self._flag_overlap(
                [(TimeRange(data["opens"], data["closes"]), form) for form, data in rows]
            )

    @staticmethod
    def _flag_overlap(rows):
        overlap = first_overlap(r for r, _form in rows)
        if overlap is None:
            return
        for time_range, form in rows:
            if time_range in overlap:
                form.add_error("opens", _("These hours overlap another range on the same day."))
