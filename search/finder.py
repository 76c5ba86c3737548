"""The shop finder's query: full text, facets with counts, open now, sorting.

Everything runs in a fixed number of queries whatever the number of shops: facet
counts are GROUP BY queries, results are one page of shops with their hours prefetched.
"""

from dataclasses import dataclass, field
from datetime import time

from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone

from search.text import ranked_pks
from shops.hours import BRUSSELS
from shops.models import OpeningException, OpeningHours, ShopPage


SERVICES = {
    "delivery": Q(offers_delivery=True),
    "click_and_collect": Q(offers_click_and_collect=True),
    "booking": Q(takes_bookings=True),
    "online_shop": Q(has_online_shop=True),
}
SORTS = ("relevance", "name", "newest")
MAX_QUERY_LENGTH = 200


def open_at(moment):
    """Q for shops open at ``moment`` (Brussels wall-clock time), exceptions included."""
    local = moment.astimezone(BRUSSELS)
    now = local.time().replace(microsecond=0)
    in_range = Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes=time(0)))
    weekly = OpeningHours.objects.filter(in_range, page=OuterRef("pk"), weekday=local.weekday())
    today = OpeningException.objects.filter(page=OuterRef("pk"), date=local.date())
    return (Exists(weekly) & ~Exists(today)) | Exists(today.filter(in_range, closed=False))


def _slugs(values):
    return [value for value in values if value and len(value) <= 80 and value.isascii()]


@dataclass
class FinderQuery:
    text: str = ""
    categories: list = field(default_factory=list)
    districts: list = field(default_factory=list)
    services: list = field(default_factory=list)
    digitalised: bool = False
    open_now: bool = False
    sort: str = ""

    @classmethod
    def from_params(cls, params):
        text = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        sort = params.get("sort", "")
        return cls(
            text=text,
            categories=_slugs(params.getlist("category")),
            districts=_slugs(params.getlist("district")),
            services=[s for s in params.getlist("service") if s in SERVICES],
            digitalised=params.get("digitalised") == "1",
            open_now=params.get("open") == "1",
            sort=sort if sort in SORTS else ("relevance" if text else "name"),
        )

    def is_empty(self):
        return not (
            self.text
            or self.categories
            or self.districts
            or self.services
            or self.digitalised
            or self.open_now
        )


class Finder:
    def __init__(self, query, locale, now=None):
        self.query = query
        self.locale = locale
        self.now = now or timezone.now()
        self.ranking = None

    def base(self):
        shops = ShopPage.objects.live().public().filter(locale=self.locale)
        if self.query.text:
            self.ranking = ranked_pks(shops, self.query.text)
            shops = shops.filter(pk__in=self.ranking)
        return shops

    def filtered(self, base, skip=None):
        q = self.query
        if q.categories and skip != "category":
            base = base.filter(category__slug__in=q.categories)
        if q.districts and skip != "district":
            base = base.filter(district__slug__in=q.districts)
        if skip != "service":
            for service in q.services:
                base = base.filter(SERVICES[service])
        if q.digitalised and skip != "digitalised":
            base = base.filter(is_digitalised=True)
        if q.open_now and skip != "open":
            base = base.filter(open_at(self.now))
        return base

    def facets(self, base):
        """Counts per facet value, each counted with the other facets applied."""

        def grouped(relation, chosen):
            rows = (
                self.filtered(base, skip=relation)
                .values(f"{relation}__slug", f"{relation}__name")
                .annotate(count=Count("pk"))
                .order_by(f"{relation}__name")
            )
            return [
                {
                    "slug": row[f"{relation}__slug"],
                    "name": row[f"{relation}__name"],
                    "count": row["count"],
                    "selected": row[f"{relation}__slug"] in chosen,
                }
                for row in rows
            ]

        services_base = self.filtered(base, skip="service")
        service_counts = services_base.aggregate(
            **{name: Count("pk", filter=condition) for name, condition in SERVICES.items()}
        )
        return {
            "categories": grouped("category", self.query.categories),
            "districts": grouped("district", self.query.districts),
            "services": service_counts,
            "digitalised": self.filtered(base, skip="digitalised")
            .filter(is_digitalised=True)
            .count(),
            "open": self.filtered(base, skip="open").filter(open_at(self.now)).count(),
        }

    def ordered_pks(self, results):
        if self.query.sort == "relevance" and self.ranking is not None:
            matching = set(results.values_list("pk", flat=True))
            return [pk for pk in self.ranking if pk in matching]
        order = ("-joined_campaign", "title") if self.query.sort == "newest" else ("title",)
        return list(results.order_by(*order).values_list("pk", flat=True))

    @staticmethod
    def load(pks):
        """The shops of one result page, in order, with what their cards show."""
        shops = (
            ShopPage.objects.filter(pk__in=pks)
            .select_related("category", "district", "logo")
            .prefetch_related("opening_hours", "opening_exceptions", "logo__renditions")
        )
        by_pk = {shop.pk: shop for shop in shops}
        return [by_pk[pk] for pk in pks if pk in by_pk]
