"""Admin views for shop pages: invite the merchant, add the public holidays."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

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
