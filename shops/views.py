"""Admin views for shop pages: invite the merchant, add the public holidays, import a
catalogue."""

import csv
import io

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from portal.spreadsheets import spreadsheet_safe
from shops import catalogue_import
from shops.hours import brussels_today
from shops.merchants import invite_merchant
from shops.models import ShopPage
from shops.public_holidays import (
    add_city_date_closure,
    add_holiday_closures,
    belgian_holidays,
    coming_city_dates,
)


class InviteMerchantForm(forms.Form):
    email = forms.EmailField(label=_("Merchant's email"))
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    language = forms.ChoiceField(
        label=_("Language of the invitation"), choices=settings.LANGUAGES, initial="fr"
    )


def invite_merchant_view(request, page_id):
    if not request.user.has_perm("shops.invite_merchant"):
        raise PermissionDenied
    shop = get_object_or_404(ShopPage, pk=page_id)
    form = InviteMerchantForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user, _created = invite_merchant(shop=shop, **form.cleaned_data)
        messages.success(
            request,
            _("%(email)s can now edit “%(shop)s”; the invitation is on its way.")
            % {"email": user.email, "shop": shop.title},
        )
        return redirect("wagtailadmin_explore", shop.get_parent().pk)
    return TemplateResponse(
        request,
        "shops/admin/invite_merchant.html",
        {"form": form, "shop": shop, "page_title": _("Invite the merchant")},
    )


def _save_closures_draft(request, draft, added, message):
    if added:
        draft.save_revision(user=request.user, log_action=True)
        draft.restart_approval(request.user)  # when in moderation, it joins that change
    messages.success(request, message)
    return redirect(reverse("wagtailadmin_pages:edit", args=[draft.pk]))


def add_public_holidays_view(request, page_id):
    """The Belgian public holidays, and the city-wide dates, as closures in one click."""
    shop = get_object_or_404(ShopPage, pk=page_id)
    if not shop.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    today = brussels_today()
    lock = shop.get_lock()
    if lock and lock.for_user(request.user):
        # e.g. someone else is editing it: a new draft now would overwrite theirs.
        messages.error(request, lock.get_message(request.user))
        return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    city_dates = coming_city_dates(today, get_language())  # the admin user's language
    if request.method == "POST" and "city_date" in request.POST:
        chosen = next((d for d in city_dates if str(d.pk) == request.POST["city_date"]), None)
        if chosen is None:
            messages.error(request, _("This city-wide date is not on the list any more."))
            return redirect(reverse("shops_add_public_holidays", args=[shop.pk]))
        draft = shop.get_latest_revision_as_object()
        added = add_city_date_closure(draft, chosen)
        message = (
            _("“%(name)s” added to your closures. Submit the page for approval to publish it.")
            if added
            else _("Your closures already cover “%(name)s”: nothing added.")
        )
        return _save_closures_draft(request, draft, added, message % {"name": chosen.name})
    if request.method == "POST":
        draft = shop.get_latest_revision_as_object()
        added = add_holiday_closures(draft, today)
        message = ngettext(
            "%(count)d public holiday added as a closure. Submit the page for approval "
            "to publish it.",
            "%(count)d public holidays added as closures. Submit the page for approval "
            "to publish them.",
            len(added),
        ) % {"count": len(added)}
        return _save_closures_draft(request, draft, added, message)
    return TemplateResponse(
        request,
        "shops/admin/add_public_holidays.html",
        {
            "shop": shop,
            "holidays": belgian_holidays(today, language=request.LANGUAGE_CODE),
            "city_dates": city_dates,
            "page_title": _("Add the public holidays"),
        },
    )


# --- catalogue import --------------------------------------------------------------------

IMPORT_SALT = "shops.catalogue_import"
IMPORT_PREVIEW_MAX_AGE = 3600
SPREADSHEET_TYPES = (
    ".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)


class CatalogueUploadForm(forms.Form):
    file = forms.FileField(
        label=_("Your catalogue (CSV or Excel file)"),
        widget=forms.FileInput(attrs={"accept": SPREADSHEET_TYPES}),
    )


def _editable_shop(request, page_id):
    shop = get_object_or_404(ShopPage, pk=page_id)
    if not shop.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return shop


def import_catalogue_view(request, page_id):
    """Upload a file, see every product it holds and what is wrong, then import it into
    the page's draft: nothing is written before the merchant confirms a faultless file."""
    shop = _editable_shop(request, page_id)
    if shop.locale.language_code != settings.LANGUAGE_CODE:
        # wagtail-localize would overwrite the products at the next sync from French.
        messages.error(
            request, _("Import the catalogue into the French page: its translations follow it.")
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    lock = shop.get_lock()
    if lock and lock.for_user(request.user):
        messages.error(request, lock.get_message(request.user))
        return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    if request.method == "POST" and "catalogue" in request.POST:
        return _confirm_import(request, shop)
    form = CatalogueUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            table = catalogue_import.read_table(form.cleaned_data["file"])
            catalogue = catalogue_import.read_catalogue(table)
        except catalogue_import.FileRefused as refused:
            form.add_error("file", str(refused))
        else:
            return _preview(request, shop, catalogue)
    return TemplateResponse(
        request,
        "shops/admin/import_catalogue.html",
        {"form": form, "shop": shop, "page_title": _("Import products")},
    )


def _preview(request, shop, catalogue, message=""):
    draft = shop.get_latest_revision_as_object()
    catalogue_import.merge(draft, catalogue)  # on a copy in memory, to mark each row
    token = ""
    if catalogue.can_import:
        token = signing.dumps(
            {
                "shop": shop.pk,
                "user": request.user.pk,
                "revision": shop.latest_revision_id,
                **catalogue_import.serialize(catalogue),
            },
            salt=IMPORT_SALT,
            compress=True,
        )
    statuses = [row.status for row in catalogue.rows if not row.errors]
    return TemplateResponse(
        request,
        "shops/admin/import_catalogue_preview.html",
        {
            "shop": shop,
            "catalogue": catalogue,
            "token": token,
            "message": message,
            "counts": {
                status: statuses.count(status) for status in ("new", "updated", "unchanged")
            },
            "page_title": _("Check the products before the import"),
        },
    )


def _confirm_import(request, shop):
    upload_again = reverse("shops_import_catalogue", args=[shop.pk])
    try:
        data = signing.loads(
            request.POST["catalogue"], salt=IMPORT_SALT, max_age=IMPORT_PREVIEW_MAX_AGE
        )
    except signing.SignatureExpired:
        messages.error(request, _("This preview is more than an hour old: upload the file again."))
        return redirect(upload_again)
    except signing.BadSignature:
        messages.error(request, _("This preview cannot be read: upload the file again."))
        return redirect(upload_again)
    if data.get("shop") != shop.pk or data.get("user") != request.user.pk:
        messages.error(request, _("This preview was made for another shop: nothing was imported."))
        return redirect(upload_again)
    catalogue = catalogue_import.deserialize(data)
    with transaction.atomic():
        # One import at a time per page: a second click waits, then finds the draft changed.
        shop = ShopPage.objects.select_for_update().get(pk=shop.pk)
        if shop.latest_revision_id != data["revision"]:
            message = _("Your page changed since this preview: check the products again.")
            return _preview(request, shop, catalogue, message=message)
        draft = shop.get_latest_revision_as_object()
        catalogue_import.merge(draft, catalogue)
        if catalogue.errors:
            return _preview(request, shop, catalogue)
        draft.save_revision(user=request.user, log_action=True)
        draft.restart_approval(request.user)  # when in moderation, it joins that change
    messages.success(
        request,
        ngettext(
            "%(count)d product imported into your draft. Check it, then submit the page for "
            "approval to publish it.",
            "%(count)d products imported into your draft. Check them, then submit the page "
            "for approval to publish them.",
            len(catalogue.rows),
        )
        % {"count": len(catalogue.rows)},
    )
    return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))


def catalogue_example_view(request, extension):
    """A file to start from: the columns named in the merchant's language, two products."""
    rows = catalogue_import.example_rows()
    if extension == "csv":
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";").writerows(
            [[spreadsheet_safe(cell) for cell in row] for row in rows]
        )
        response = HttpResponse(
            "\ufeff" + buffer.getvalue(), content_type="text/csv; charset=utf-8"
        )
    elif extension == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        for row in rows:
            workbook.active.append(row)
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(
            buffer.getvalue(),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    name = _("catalogue-example")
    response["Content-Disposition"] = f'attachment; filename="{name}.{extension}"'
    return response
