"""The shop finder's query: full text, facets with counts, open now, sorting.

Everything runs in a fixed number of queries whatever the number of shops or matches,
and reads the shops table twice:

- the full-text match is a subquery inside each query, never a list of keys in Python;
- every facet count comes from one GROUP BY query: each matching shop's yes/no facts
  (services, accessibility, languages spoken, digitalised, open now: the costly open-now
  test runs once per shop) become a bit mask, and each category and district group sums,
  per fact, the shops that count for it with the other chosen filters; Python adds up
  the groups (as many as categories times districts, whatever the number of shops);
- the results are one page of shops, ranked by relevance in the database or ordered by
  name or date, loaded with their hours.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import time
from functools import cached_property

from django.core.exceptions import EmptyResultSet
from django.db import connections
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone

from portal.fulltext import TextMatch, unaccent
from shops.confirmations import hours_trusted
from shops.hours import BRUSSELS
from shops.models import Category, District, OpeningException, OpeningHours, ShopPage
from shops.models.pages import FACT_BITS, SPOKEN_LANGUAGES


SERVICES = {
    "delivery": Q(offers_delivery=True),
    "click_and_collect": Q(offers_click_and_collect=True),
    "booking": Q(takes_bookings=True),
    "online_shop": Q(has_online_shop=True),
}
# The premises' accessibility: a shop must have every fact ticked.
ACCESS = {
    "step_free": Q(step_free_entrance=True),
    "wheelchair": Q(wheelchair_access="full"),
    "accessible_toilet": Q(accessible_toilet=True),
    "hearing_loop": Q(hearing_loop=True),
}
# Languages spoken: a shop must speak one of those ticked. Codes have two letters and
# are stored comma-separated, so "contains" finds exactly the code.
LANGUAGES = {f"speaks_{code}": Q(languages_spoken__contains=code) for code, _ in SPOKEN_LANGUAGES}
# Yes/no facts counted per shop, with their bit in the GROUP BY mask: the shop's stored
# ``facts`` (ShopPage.refresh_derived_fields), and "open", added per request as it
# depends on the time.
FLAGS = {
    **SERVICES,
    **ACCESS,
    **LANGUAGES,
    "digitalised": Q(is_digitalised=True),
}
assert list(FLAGS) == list(FACT_BITS), "the finder's facts are the stored ones"
BITS = {**FACT_BITS, "open": 1 << len(FACT_BITS)}
SORTS = ("relevance", "name", "newest")
MAX_QUERY_LENGTH = 200


def _cte_can_be_materialized(connection):
    """``WITH … AS MATERIALIZED``: PostgreSQL 12 and SQLite 3.35 and later."""
    if connection.vendor == "sqlite":
        return connection.Database.sqlite_version_info >= (3, 35)
    return connection.vendor == "postgresql"


def has_all(bits):
    """SQL: the mask has every one of ``bits``; ``None`` for no bits (always true)."""
    return ("(mask & %s) = %s", [bits, bits]) if bits else None


def has_any(bits):
    """SQL: the mask has one of ``bits`` at least."""
    return "(mask & %s) <> 0", [bits]


def open_at(moment):
    """Q for shops open at ``moment`` (Brussels wall-clock time), exceptions included."""
    local = moment.astimezone(BRUSSELS)
    now = local.time().replace(microsecond=0)
    in_range = Q(opens__lte=now) & (Q(closes__gt=now) | Q(closes=time(0)))
    # Each set is listed once per query (uncorrelated subqueries), not looked up once per
    # shop: the weekly ranges open now come from the (weekday, opens, closes, page) index
    # alone, a third of one day's rows; exceptions are few.
    weekly = OpeningHours.objects.filter(in_range, weekday=local.weekday()).values("page_id")
    today = OpeningException.objects.filter(date__lte=local.date(), end_date__gte=local.date())
    special = today.filter(in_range, closed=False).values("page_id")
    return (Q(pk__in=weekly) & ~Q(pk__in=today.values("page_id"))) | Q(pk__in=special)


def open_now(moment):
    """Open at ``moment``, by hours their merchant confirmed recently enough to trust."""
    return Q(open_at(moment)) & hours_trusted(moment.astimezone(BRUSSELS).date())


def count_where(tests, connection):
    """SQL: how many rows of the group pass all ``tests`` (SQL conditions), in the form
    each database computes fastest for 10,000 rows."""
    if not tests:
        return "COUNT(*)"
    condition = " AND ".join(tests)
    if connection.vendor == "postgresql":
        return f"COUNT(*) FILTER (WHERE {condition})"
    if connection.vendor == "sqlite":  # a comparison is 0 or 1 there
        return f"SUM({condition})"
    return f"SUM(CASE WHEN {condition} THEN 1 ELSE 0 END)"


def _slugs(values):
    return [value for value in values if value and len(value) <= 80 and value.isascii()]


@dataclass
class FinderQuery:
    text: str = ""
    categories: list = field(default_factory=list)
    districts: list = field(default_factory=list)
    services: list = field(default_factory=list)
    access: list = field(default_factory=list)
    languages: list = field(default_factory=list)
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
            access=[a for a in params.getlist("access") if a in ACCESS],
            languages=[c for c in params.getlist("speaks") if f"speaks_{c}" in LANGUAGES],
            digitalised=params.get("digitalised") == "1",
            open_now=params.get("open") == "1",
            sort=sort if sort in SORTS else ("relevance" if text else "name"),
        )

    def filter_count(self):
        """How many filters are chosen (the query text and the order are not filters)."""
        chosen = (self.categories, self.districts, self.services, self.access, self.languages)
        return sum(map(len, chosen)) + self.digitalised + self.open_now

    def is_empty(self):
        return not (
            self.text
            or self.categories
            or self.districts
            or self.services
            or self.access
            or self.languages
            or self.digitalised
            or self.open_now
        )


class Finder:
    """One finder request: the facet counts in three queries, the results as a lazy
    sequence of which the paginator loads one page."""

    def __init__(self, query, locale, now=None):
        self.query = query
        self.locale = locale
        self.now = now or timezone.now()
        language = locale.language_code
        self.text = TextMatch(ShopPage, query.text, language) if query.text else None

    @cached_property
    def published(self):
        # public() asks the database for view restrictions: once per request is enough.
        return ShopPage.objects.live().public().filter(locale=self.locale)

    def shops(self):
        """Every published shop in the visitor's language."""
        return self.published.all()

    def base(self):
        """The shops in the visitor's language that match the text; no filter, no order."""
        return self.text.filter(self.shops()) if self.text else self.shops()

    def text_matches(self):
        """Whether the text alone, without the filters, matches any shop."""
        return self.base().exists()

    def conditions(self, skip=None):
        """The chosen filters as one condition, all but the facet ``skip``."""
        q = self.query
        condition = Q()
        if q.categories and skip != "category":
            condition &= Q(category__slug__in=q.categories)
        if q.districts and skip != "district":
            condition &= Q(district__slug__in=q.districts)
        if skip != "service":
            for service in q.services:
                condition &= SERVICES[service]
        if skip != "access":
            for fact in q.access:
                condition &= ACCESS[fact]
        if q.languages and skip != "speaks":
            speaks = Q()
            for code in q.languages:
                speaks |= LANGUAGES[f"speaks_{code}"]
            condition &= speaks
        if q.digitalised and skip != "digitalised":
            condition &= Q(is_digitalised=True)
        if q.open_now and skip != "open":
            condition &= open_now(self.now)
        return condition

    def filtered(self, base, skip=None):
        return base.filter(self.conditions(skip))

    def wanted_bits(self):
        """The fact bits a shop must all have for the chosen filters, the bits of the
        chosen languages (it must have one), and for each fact the bits its own count
        ignores: all chosen services for a service, all chosen facts for an
        accessibility fact, its own bit otherwise."""
        q = self.query
        service_bits = sum(BITS[service] for service in q.services)
        access_bits = sum(BITS[fact] for fact in q.access)
        language_bits = sum(BITS[f"speaks_{code}"] for code in q.languages)
        wanted = service_bits | access_bits
        if q.digitalised:
            wanted |= BITS["digitalised"]
        if q.open_now:
            wanted |= BITS["open"]
        own_bits = {name: bit for name, bit in BITS.items()}
        own_bits.update(dict.fromkeys(SERVICES, service_bits))
        own_bits.update(dict.fromkeys(ACCESS, access_bits))
        return wanted, language_bits, own_bits

    def fact_mask(self):
        """Each shop's yes/no facts as one integer, a bit per fact (``BITS``)."""
        is_open = Case(When(open_now(self.now), then=Value(BITS["open"])), default=Value(0))
        return F("facts") + is_open

    def cells(self):
        """[(category slug, name, district slug, name, shops passing the chosen facts,
        {fact: shops counted for it})] per category and district of the shops matching
        the text: one GROUP BY, then the few names.

        Each shop's facts are a bit mask computed once (a materialised CTE: inlined, the
        mask and its open-now subquery would be computed again for every sum), and each
        group sums, per fact, the shops that have it and the chosen facts its count does
        not ignore. The groups are as many as categories and districts, not shops."""
        wanted, language_bits, own_bits = self.wanted_bits()
        speaks = [has_any(language_bits)] if language_bits else []
        counted = [[has_all(wanted), *speaks]]  # the shops that pass every chosen filter
        for name, bit in BITS.items():
            # Languages count ignoring the chosen languages.
            ignored = [] if name in LANGUAGES else speaks
            counted.append([has_any(bit), has_all(wanted & ~own_bits[name]), *ignored])
        counted = [[test for test in tests if test] for tests in counted]
        shops = self.base()
        if shops.query.is_empty():  # nothing to look for
            return []
        shops = shops.annotate(mask=self.fact_mask()).order_by()
        shops = shops.values_list("category_id", "district_id", "mask")
        try:
            shops_sql, shops_params = shops.query.sql_with_params()
        except EmptyResultSet:  # e.g. a list of no keys from another search backend
            return []
        connection = connections[shops.db]
        sums = ", ".join(count_where([sql for sql, _ in tests], connection) for tests in counted)
        materialized = "MATERIALIZED" if _cte_can_be_materialized(connection) else ""
        # Every value is a parameter; the fragments are fixed or from Django's compiler.
        sql = (
            f"WITH cells (category_id, district_id, mask) AS {materialized} ({shops_sql}) "  # noqa: S608
            f"SELECT category_id, district_id, {sums} FROM cells GROUP BY category_id, district_id"
        )
        params = [
            *shops_params,
            *(value for tests in counted for _, values in tests for value in values),
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        names = {}
        for model, column in ((Category, 0), (District, 1)):
            keys = {row[column] for row in rows if row[column] is not None}
            names[model] = {
                item.pk: (item.slug, item.name)
                for item in model.objects.filter(pk__in=keys).only("slug", "name")
            }
        nothing = (None, None)
        return [
            (
                *names[Category].get(category, nothing),
                *names[District].get(district, nothing),
                passing,
                dict(zip(BITS, counts, strict=True)),
            )
            for category, district, passing, *counts in rows
        ]

    def facets(self):
        """Counts per facet value, each counted with the other facets applied, and the
        number of results."""
        q = self.query
        categories, districts = set(q.categories), set(q.districts)
        by_category, by_district, flags = Counter(), Counter(), Counter()
        total = 0
        for category, category_name, district, district_name, passing, counts in self.cells():
            in_categories = not categories or category in categories
            in_districts = not districts or district in districts
            if in_categories and in_districts:
                total += passing
                flags.update(counts)
            # A chosen value stays listed (count 0) so that it can be unticked.
            if category is not None and (in_districts and passing or category in categories):
                by_category[(category_name, category)] += passing * in_districts
            if district is not None and (in_categories and passing or district in districts):
                by_district[(district_name, district)] += passing * in_categories

        def listed(counts, chosen):
            return [
                {"slug": slug, "name": name, "count": count, "selected": slug in chosen}
                for (name, slug), count in sorted(
                    counts.items(), key=lambda item: (unaccent(item[0][0]), item[0])
                )
            ]

        return {
            "total": total,
            "categories": listed(by_category, q.categories),
            "districts": listed(by_district, q.districts),
            "services": {name: flags[name] for name in SERVICES},
            "access": {name: flags[name] for name in ACCESS},
            "languages": {name.removeprefix("speaks_"): flags[name] for name in LANGUAGES},
            "digitalised": flags["digitalised"],
            "open": flags["open"],
        }

    def results(self, total):
        """The results in the chosen order, for the paginator; ``total`` is their number."""
        return Results(self, total)

    def page_of_shops(self, start, stop):
        if stop <= start:
            return []
        if self.text and self.query.sort == "relevance":
            # One query ranks the matching keys of one page, one more loads their shops.
            return self.load(self.text.ranked_keys(self.filtered(self.base()), start, stop))
        # name_key is the unaccented, lowercase name: in the collation of French, Dutch,
        # German and English alike, "É" sorts with "E" and case only breaks ties.
        name = ("name_key", "title")
        order = ("-joined_campaign", *name) if self.query.sort == "newest" else name
        shops = self.filtered(self.base()).order_by(*order, "pk")
        return list(self.with_card_data(shops)[start:stop])

    @staticmethod
    def with_card_data(shops):
        """What a result card shows; not the page's content and gallery, which a card
        never shows and which would be read and decoded for each of its shops."""
        return (
            shops.select_related("category", "district", "logo")
            .prefetch_related("opening_hours", "opening_exceptions", "logo__renditions")
            .defer("body", "gallery")
        )

    @classmethod
    def load(cls, pks):
        """The shops of one result page, in order, with what their cards show."""
        if not pks:
            return []
        by_pk = {shop.pk: shop for shop in cls.with_card_data(ShopPage.objects.filter(pk__in=pks))}
        return [by_pk[pk] for pk in pks if pk in by_pk]


class Results:
    """What the paginator pages through: its count is known, a slice loads one page."""

    def __init__(self, finder, total):
        self.finder = finder
        self.total = total

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, key):
        if not isinstance(key, slice):
            raise TypeError("Results are read a page (a slice) at a time.")
        start, stop, _step = key.indices(self.total)
        return self.finder.page_of_shops(start, stop)
