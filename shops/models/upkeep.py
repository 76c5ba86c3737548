from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ShopUpkeep(models.Model):
    """What a merchant tells the city about their shop outside the page's revisions.

    That its hours and catalogue are still right (a confirmation needs no approval: it
    changes no content, it is recorded here and in the page's history), and that they
    claimed the shop's listing on the big maps. Kept off the page so that publishing an
    older draft never takes a confirmation back. One row per shop, on its French page,
    from the first reminder or the first thing the merchant tells.
    """

    shop = models.OneToOneField(
        "shops.ShopPage", on_delete=models.CASCADE, related_name="upkeep", verbose_name=_("shop")
    )
    # The reminders' clock starts here for a shop never confirmed.
    since = models.DateTimeField(_("followed since"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("last confirmed on"), null=True, blank=True)
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reminded_at = models.DateTimeField(_("last reminded on"), null=True, blank=True)
    # The period the last reminder was about ("<clock start>/<number>"): one email each.
    reminded_for = models.CharField(max_length=40, blank=True, editable=False)
    maps_listing_claimed = models.BooleanField(
        _("listing on the big maps claimed"),
        default=False,
        help_text=_("The shop's own listing on Google Maps, Apple Plans or OpenStreetMap."),
    )

    class Meta:
        verbose_name = _("shop upkeep")
        verbose_name_plural = _("shop upkeep")

    def __str__(self):
        return str(self.shop)

    @property
    def clock_start(self):
        return max(self.since, self.confirmed_at or self.since)
