"""The merchant confirms their shop is still right: from the reminder's link (no sign-in
needed, the link is the key) or from the dashboard; and ticks the maps listing claimed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from shops import confirmations
from shops.models import ShopPage, ShopUpkeep


@never_cache
@require_http_methods(["GET", "POST"])
def confirm_by_link(request, token):
    """GET shows the button (mail scanners that open links confirm nothing), POST confirms."""
    try:
        shop, merchant = confirmations.shop_from_token(token)
    except confirmations.LinkRefused as refused:
        return render(request, "shops/confirm_refused.html", {"reason": str(refused)}, status=404)
    if request.user.is_authenticated and request.user.pk != merchant.pk:
        reason = _("This link was sent to another merchant: nothing was changed.")
        return render(request, "shops/confirm_refused.html", {"reason": reason}, status=403)
    upkeep = confirmations.upkeep_of(shop)
    confirmed = False
    if request.method == "POST":
        upkeep = confirmations.confirm(shop, merchant)
        confirmed = True
    return render(
        request,
        "shops/confirm_hours.html",
        {"shop": shop, "upkeep": upkeep, "confirmed": confirmed},
    )


def _own_shop(request, page_id):
    shop = get_object_or_404(ShopPage, pk=page_id)
    if not shop.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    return shop


@require_POST
def confirm_from_dashboard(request, page_id):
    shop = _own_shop(request, page_id)
    confirmations.confirm(shop, request.user)
    messages.success(
        request, _("Thank you: “%(shop)s” is confirmed as up to date.") % {"shop": shop.title}
    )
    return redirect("wagtailadmin_home")


@require_POST
def claim_maps_listing(request, page_id):
    """The checklist's "listing on the big maps claimed", ticked or unticked."""
    shop = _own_shop(request, page_id)
    claimed = request.POST.get("claimed") == "1"
    upkeep, _created = ShopUpkeep.objects.get_or_create(shop=shop)
    upkeep.maps_listing_claimed = claimed
    upkeep.save(update_fields=["maps_listing_claimed"])
    return redirect("wagtailadmin_home")
