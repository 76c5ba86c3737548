from collections import defaultdict

from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.images import get_image_model
from wagtail.permissions import policy_registry

from portal.blocks import collect
from shops.hours import TimeRange, first_overlap


def image_ids(logo_id, gallery_ids, body):
    """Primary keys of the images a shop page uses: logo, gallery and body blocks."""
    ids = {pk for pk in [logo_id, *gallery_ids] if pk}
    return ids | {image.pk for image in collect(body, "images")}


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
        self._check_images(cleaned)
        return cleaned

    def _check_images(self, cleaned):
        """A merchant may only pick images from collections they can choose from.

        The chooser only offers those, but a forged form could name any image id.
        Images the page already uses (e.g. a logo set by the city) stay allowed.
        """
        user = getattr(self, "for_user", None)
        if user is None:
            return
        page = self.instance
        current = image_ids(
            page.logo_id, [row.image_id for row in page.gallery_images.all()], page.body
        )
        gallery_forms = list(_live_rows(self.formsets["gallery_images"]))
        logo = cleaned.get("logo")
        chosen = image_ids(
            logo.pk if logo else None,
            [data["image"].pk for _form, data in gallery_forms if data.get("image")],
            cleaned.get("body") or [],
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
        if logo and logo.pk in forbidden:
            self.add_error("logo", message)
        for form, data in gallery_forms:
            if data.get("image") and data["image"].pk in forbidden:
                form.add_error("image", message)
        self.add_error(None, message)

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
