"""Create many fictional shops quickly, for load tests and the search benchmark.

Pages are written in bulk (tree paths computed here, one INSERT per shop table row)
instead of one Wagtail ``add_child`` + revision per page, which would take hours for
10,000 shops in four languages. Texts come from the demo content's vocabulary, so
every language gets real translations. Each batch is indexed for search from the
objects just written (no second read), computing each search field once per shop.
"""

import inspect
import random
import uuid
from collections import defaultdict
from contextlib import contextmanager
from datetime import date, time, timedelta
from decimal import Decimal

from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from portal.demo.content import read
from search.spelling import rebuild as rebuild_search_words
from shops.models import Category, District, OpeningHours, ShopIndexPage, ShopPage
from shops.models.pages import SPOKEN_LANGUAGES


LANGUAGES = ("fr", "nl", "de", "en")
NAME_WORDS = ["Atelier", "Comptoir", "Maison", "Boutique", "Échoppe", "Galerie", "Halle"]
STREETS = [
    "de la Chaussée",
    "de Nimy",
    "d'Havré",
    "des Fripiers",
    "de la Coupe",
    "des Clercs",
    "de Bertaimont",
    "du Hautbois",
    "Notre-Dame",
    "des Capucins",
    "de la Grand-Rue",
]
BATCH = 200
SPOKEN = [code for code, _label in SPOKEN_LANGUAGES]
CATALOGUE_HEADING = {"fr": "Catalogue", "nl": "Catalogus", "de": "Katalog", "en": "Catalogue"}
HOURS_PATTERNS = [
    [(d, time(9), time(12, 30)) for d in range(1, 6)]
    + [(d, time(13, 30), time(18, 30)) for d in range(1, 6)],
    [(d, time(10), time(18)) for d in range(1, 7)],
    [(d, time(7), time(19)) for d in range(0, 7)],
    [(d, time(11, 30), time(14, 30)) for d in range(1, 7)]
    + [(d, time(18), time(22)) for d in range(1, 7)],
]


PAGE_FIELDS = Page._meta.concrete_fields


def vocabulary():
    """Products and descriptions of the demo shops, by category, in four languages."""
    products, descriptions = defaultdict(list), defaultdict(list)
    for shop in read("shops")["shops"]:
        descriptions[shop["category"]].append((shop["short_description"], shop["description"]))
        for section in shop["catalogue"]:
            products[shop["category"]] += section["products"]
    return products, descriptions


class Command(BaseCommand):
    help = "Create N fictional shops in French with nl/de/en translations, and index them."

    def add_arguments(self, parser):
        parser.add_argument("--shops", type=int, default=1000)
        parser.add_argument("--seed", type=int, default=2026)

    def handle(self, shops, seed, **options):
        if shops < 1:
            raise CommandError("--shops must be at least 1")
        french_index = ShopIndexPage.objects.filter(locale__language_code="fr").first()
        if french_index is None:
            raise CommandError("No shop directory yet: run `manage.py load_demo` first.")
        indexes = {
            page.locale.language_code: page
            for page in ShopIndexPage.objects.filter(translation_key=french_index.translation_key)
        }
        missing = set(LANGUAGES) - set(indexes)
        if missing:
            raise CommandError(f"The shop directory is not translated into {sorted(missing)}.")
        started = timezone.now()
        backend = get_search_backend()
        with transaction.atomic(), fields_prepared_once(backend, ShopPage):
            created = self.create(indexes, shops, seed, backend)
            rebuild_search_words()  # bulk inserts send no signal
        self.analyze()
        self.stdout.write(
            f"Created and indexed {created} shop pages in {timezone.now() - started}."
        )

    def create(self, indexes, count, seed, backend):
        products, descriptions = vocabulary()
        categories = self.by_locale(Category)
        districts = self.by_locale(District)
        category_keys = [k for k, c in categories["fr"].items() if products.get(c.slug)]
        district_keys = list(districts["fr"])
        content_type = ContentType.objects.get_for_model(ShopPage)
        run = f"{seed}{uuid.uuid4().hex[:4]}"
        keys = [uuid.uuid4() for _ in range(count)]
        now = timezone.now()
        for lang in LANGUAGES:
            index = indexes[lang]
            position = index.get_last_child()._get_lastpos_in_path() if index.numchild else 0
            for start in range(0, count, BATCH):
                shops = []
                for number in range(start, min(start + BATCH, count)):
                    # The same shop in every language: seeded by its number.
                    shop_rng = random.Random(f"{run}-{number}")  # noqa: S311
                    category_key = shop_rng.choice(category_keys)
                    french_category = categories["fr"][category_key]
                    short, long = shop_rng.choice(descriptions[french_category.slug])
                    pool = products[french_category.slug]
                    chosen = [shop_rng.choice(pool) for _ in range(shop_rng.randint(5, 40))]
                    district = districts[lang][shop_rng.choice(district_keys)]
                    name = f"{shop_rng.choice(NAME_WORDS)} {shop_rng.choice(STREETS)} {number + 1}"
                    slug = f"charge-{run}-{number + 1}"
                    position += 1
                    shop = ShopPage(
                        title=name,
                        draft_title=name,
                        slug=slug,
                        content_type=content_type,
                        locale=index.locale,
                        translation_key=keys[number],
                        path=Page._get_path(index.path, index.depth + 1, position),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        live=True,
                        first_published_at=now,
                        last_published_at=now,
                        category=categories[lang][category_key],
                        district=district,
                        short_description=short[lang][:200],
                        description=long[lang],
                        street=f"Rue {shop_rng.choice(STREETS)} {shop_rng.randint(1, 200)}",
                        postcode=district.postcode or "7000",
                        latitude=Decimal("50.4542") + Decimal(shop_rng.randint(-300, 300)) / 10000,
                        longitude=Decimal("3.9519") + Decimal(shop_rng.randint(-400, 400)) / 10000,
                        phone=f"+32 65 99 {number // 100 % 100:02d} {number % 100:02d}",
                        email=f"contact@{slug}.example",
                        online_shop_url=(
                            f"https://{slug}.example/" if shop_rng.random() < 0.4 else ""
                        ),
                        offers_delivery=shop_rng.random() < 0.3,
                        offers_click_and_collect=shop_rng.random() < 0.3,
                        step_free_entrance=shop_rng.random() < 0.4,
                        wheelchair_access=shop_rng.choice(["", "full", "partial", "none"]),
                        accessible_toilet=shop_rng.random() < 0.15,
                        hearing_loop=shop_rng.random() < 0.05,
                        languages_spoken=shop_rng.sample(SPOKEN, shop_rng.randint(1, 3)),
                        joined_campaign=date(2025, 1, 1) + timedelta(days=shop_rng.randint(0, 680)),
                        body=[catalogue_block(chosen, lang, shop_rng)],
                    )
                    shop.refresh_derived_fields()
                    shop.hours = shop_rng.choice(HOURS_PATTERNS)
                    shops.append(shop)
                self.insert(shops)
                # The objects just written, their catalogues already read: indexing them
                # costs no query but the index's own.
                backend.add_bulk(ShopPage, shops)
            Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
        return count * len(LANGUAGES)

    def insert(self, shops):
        """Base rows by bulk_create, shop rows by one INSERT: no signals, no revisions."""
        pages = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(s, f.attname) for f in PAGE_FIELDS}) for s in shops]
        )
        for shop, page in zip(shops, pages, strict=True):
            shop.page_ptr_id = shop.id = page.pk
        ShopPage._base_manager._insert(shops, fields=ShopPage._meta.local_concrete_fields)
        OpeningHours.objects.bulk_create(
            OpeningHours(page_id=shop.pk, weekday=d, opens=o, closes=c, sort_order=i)
            for shop in shops
            for i, (d, o, c) in enumerate(shop.hours)
        )

    @staticmethod
    def by_locale(model):
        rows = defaultdict(dict)
        for item in model.objects.select_related("locale"):
            rows[item.locale.language_code][item.translation_key] = item
        return rows

    @staticmethod
    def analyze():
        """Fresh planner statistics on PostgreSQL after a bulk load, and outside a
        transaction a VACUUM too, as autovacuum would do later: until then the visibility
        map is empty and every index-only scan (open now, the full-text keys) reads the
        table as well, which made the finder at 10,000 shops 40 % slower. Not on SQLite:
        its ANALYZE leaves empty tables without statistics, which then look huge next to
        the others, and Wagtail's view-restriction query turns into a scan of every page;
        the finder's queries do not need statistics."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")


@contextmanager
def fields_prepared_once(backend, model):
    """Wagtail's database backends read every search field of an object once for each
    index column they fill (three on SQLite, five on PostgreSQL): the catalogue's text and
    ``search_keywords()`` would be computed that many times per shop. Within this block,
    the backend's indexer keeps each field's prepared values for the object it indexes.
    Other backends are left as they are."""
    module = inspect.getmodule(type(backend.get_index_for_model(model)))
    original = getattr(module, "ObjectIndexer", None)
    if original is None:
        yield
        return

    class Indexer(original):
        def prepare_field(self, obj, field):
            prepared = self.__dict__.setdefault("_prepared", {})
            key = (id(obj), id(field))
            if key not in prepared:
                # obj is kept with its values: its id stays its own while they are used.
                prepared[key] = (obj, list(super().prepare_field(obj, field)))
            return iter(prepared[key][1])

    module.ObjectIndexer = Indexer
    try:
        yield
    finally:
        module.ObjectIndexer = original


def catalogue_block(products, lang, rng):
    items = [
        {
            "type": "item",
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "value": {
                "name": product["name"][lang],
                "description": (product["description"] or {}).get(lang, ""),
                "price": product["price"],
                "image": None,
                "availability": product["availability"],
                "buy_url": "",
            },
        }
        for product in products
    ]
    return {
        "type": "catalogue",
        "id": str(uuid.UUID(int=rng.getrandbits(128))),
        "value": {"heading": CATALOGUE_HEADING[lang], "intro": "", "products": items},
    }
