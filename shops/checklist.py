"""The digitalisation checklist: what the coaching helps a merchant do, and what the city
follows shop by shop. The facts are columns or one-to-one joins of the shop pages, so the
report over every shop costs the same few queries whatever their number."""

from datetime import datetime, time

from django.conf import settings
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.utils.translation import gettext_lazy as _

from shops.confirmations import add_months, period_months
from shops.hours import BRUSSELS, brussels_today
from shops.models import ShopPage


MIN_PRODUCTS = 6


def labels():
    return {
        "has_photos": _("Photos of the shop in the gallery"),
        "hours_confirmed": _("Hours and catalogue confirmed in the last months"),
        "has_products": _("At least six products in the catalogue"),
        "sells_or_books": _("A bookable service or an online-shop link"),
        "maps_claimed": _("The shop's listing on the big maps claimed"),
    }


def confirmed_since(today=None):
    cutoff = add_months(today or brussels_today(), -period_months())
    return datetime.combine(cutoff, time(0), tzinfo=BRUSSELS)


def conditions(today=None):
    return {
        # The photo viewer shows the storefront first, then the gallery.
        "has_photos": Q(storefront__isnull=False) | ~Q(gallery=[]),
        "hours_confirmed": Q(upkeep__confirmed_at__gte=confirmed_since(today)),
        "has_products": Q(product_count__gte=MIN_PRODUCTS),
        "sells_or_books": Q(takes_bookings=True) | Q(has_online_shop=True),
        "maps_claimed": Q(upkeep__maps_listing_claimed=True),
    }


def yes(condition):
    return Case(When(condition, then=Value(1)), default=Value(0), output_field=IntegerField())


def shops_with_checklist(today=None):
    """The French shop pages, each with its checklist items (0 or 1) and their sum."""
    checks = conditions(today)
    shops = (
        ShopPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .select_related("upkeep")
        .annotate(merchant_email=F("owner__email"))
        .annotate(**{name: yes(condition) for name, condition in checks.items()})
    )
    return shops.annotate(checklist_done=sum((yes(c) for c in checks.values()), start=Value(0)))


def checklist_of(shop, today=None):
    """[(item, label, done)] for one shop."""
    annotated = shops_with_checklist(today).get(pk=shop.pk)
    return [(name, label, bool(getattr(annotated, name))) for name, label in labels().items()]
