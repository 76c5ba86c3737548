"""Admin views for shop pages: invite the merchant, add the public holidays."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from shops.hours import brussels_today
from shops.merchants import invite_merchant
from shops.models import ShopPage
from shops.public_holidays import add_holiday_closures, belgian_holidays


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


def add_public_holidays_view(request, page_id):
    shop = get_object_or_404(ShopPage, pk=page_id)
    if not shop.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    today = brussels_today()
    lock = shop.get_lock()
    if lock and lock.for_user(request.user):
        # e.g. waiting for approval: a new draft now would go live unreviewed.
        messages.error(request, lock.get_message(request.user))
        return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    if request.method == "POST":
        draft = shop.get_latest_revision_as_object()
        added = add_holiday_closures(draft, today)
        if added:
            draft.save_revision(user=request.user, log_action=True)
        messages.success(
            request,
            ngettext(
                "%(count)d public holiday added as a closure. Submit the page for approval "
                "to publish it.",
                "%(count)d public holidays added as closures. Submit the page for approval "
                "to publish them.",
                len(added),
            )
            % {"count": len(added)},
        )
        return redirect(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    return TemplateResponse(
        request,
        "shops/admin/add_public_holidays.html",
        {
            "shop": shop,
            "holidays": belgian_holidays(today, language=request.LANGUAGE_CODE),
            "page_title": _("Add the public holidays"),
        },
    )
