from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from portal.blocks import collect
from shops.hours import TimeRange
from shops.week_hours import WeekHoursField, hour_rows, week_of


def image_ids(field_ids, *streams):
    """Primary keys of the images a shop page uses: its image fields (logo, storefront)
    and the images of its StreamFields (gallery, body blocks)."""
    ids = {pk for pk in field_ids if pk}
    return ids | {image.pk for stream in streams for image in collect(stream, "images")}


def _live_rows(formset):
    """Forms of an inline formset that will be saved, with their cleaned data."""
    for form in formset.forms:
        if form.errors or not form.has_changed() and form.empty_permitted:
            continue
        if not form.cleaned_data.get("DELETE"):
            yield form, form.cleaned_data


def _periods_overlap(a, b):
    """Two closure rows cover a common day, unless both are special hours on one date
    with ranges apart (a lunch break on a late-opening day)."""
    a_last, b_last = a["end_date"] or a["date"], b["end_date"] or b["date"]
    if a["date"] > b_last or b["date"] > a_last:
        return False
    if a["closed"] or b["closed"]:
        return True
    return TimeRange(a["opens"], a["closes"]).overlaps(TimeRange(b["opens"], b["closes"]))


class ShopPageForm(WagtailAdminPageForm):
    """The week grid of opening hours, and what single rows cannot check: closures must
    not overlap."""

    week_hours = WeekHoursField()

    class Media:
        css = {"all": ["css/shop-editor.css"]}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "week_hours" in self.fields and not self.is_bound:
            self.initial["week_hours"] = week_of(self.instance.opening_hours.all())

    def clean(self):
        cleaned = super().clean()
        self._check_exceptions()
        self._check_images(cleaned)
        return cleaned

    def save(self, commit=True):
        week = self.cleaned_data.get("week_hours")
        if week is not None:
            model = self.instance.opening_hours.model
            self.instance.opening_hours = hour_rows(week, model)
        return super().save(commit=commit)

    def _check_images(self, cleaned):
        """A merchant may only pick images from collections they can choose from.

        The chooser only offers those, but a forged form could name any image id.
        Images the page already uses (e.g. a logo set by the city) stay allowed.
        """
        user = getattr(self, "for_user", None)
        if user is None:
            return
        page = self.instance
        current = image_ids([page.logo_id, page.storefront_id], page.body, page.gallery)
        fields = {name: cleaned.get(name) for name in ("logo", "storefront")}
        chosen = image_ids(
            [image.pk for image in fields.values() if image],
            cleaned.get("body") or [],
            cleaned.get("gallery") or [],
        )
        new = chosen - current
        if not new:
            return
        allowed = set(
            policy_registry.get_by_type(get_image_model())
            .instances_user_has_permission_for(user, "choose")
            .filter(pk__in=new)
            .values_list("pk", flat=True)
        )
        forbidden = new - allowed
        if not forbidden:
            return
        message = _("You can only use images from your own photo collection.")
        for name, image in fields.items():
            if image and image.pk in forbidden:
                self.add_error(name, message)
        self.add_error(None, message)

    def _check_exceptions(self):
        rows = [
            (form, data)
            for form, data in _live_rows(self.formsets["opening_exceptions"])
            if data.get("date") and (data["closed"] or data.get("opens") and data.get("closes"))
        ]
        message = _("This period overlaps another closure or special hours; join them in one row.")
        for n, (form, data) in enumerate(rows):
            for other_form, other in rows[n + 1 :]:
                if _periods_overlap(data, other):
                    for flagged in (form, other_form):
                        if "date" not in flagged.errors:
                            flagged.add_error("date", message)
