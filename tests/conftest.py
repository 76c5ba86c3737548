"""Fixtures shared by several test areas (tests/<area>/conftest.py hold the others).

A test starts from the database as Wagtail's migrations leave it. The data most tests
share — the four-language home pages, the translated shop directory, two merchants — is
built once for a run of consecutive tests that ask for it (SharedData, below) and rolled
back after them; each test runs in a transaction of its own on top, rolled back too, and
its fixtures fetch fresh instances. Transactional tests (live_server,
tests/booking/test_booking_concurrency.py) run after the others and build their own.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache, caches
from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale, Page

from home.models import ContentPage, HomePage
from portal import demo
from portal.roles import CITY_EDITORS, ensure_roles
from portal.translation import translate_from_french
from shops.merchants import invite_merchant
from shops.models import ShopIndexPage, ShopPage
from tests.factories import create_shop, create_shop_index, translate_everything


SHOP_INDEX_STRINGS = {
    "Commerces": {"nl": "Winkels", "de": "Geschäfte", "en": "Shops"},
    "commerces": {"nl": "winkels", "de": "geschaefte", "en": "shops"},
}


class SharedData:
    """Test data built once for consecutive tests that ask for the same fixtures, like
    Django's ``setUpTestData``. Each piece lives in its own transaction, opened (over the
    pieces below it) before the first test that asks for it and rolled back after the
    last; each test's own transaction is a savepoint on top. Tests are sorted within
    their module so that those sharing data run one after the other.

    ``@SharedData.piece("name")`` registers ``build(below)`` for the fixture ``name`` (of
    a conftest, or of the test module that registers it): it returns primary keys
    (``below`` holds what the pieces under it returned, by name), and the fixture fetches
    fresh instances for each test from ``SharedData.built("name")``. Pieces stack in the
    order they are registered: a piece comes after those it uses."""

    builders = {}  # (fixture name, test module or None for a conftest's): build
    stack = []  # [((fixture name, module), open transaction, what build returned)]
    blocker = None  # pytest-django's django_db_blocker

    @classmethod
    def piece(cls, name):
        def register(build):
            module = None if build.__module__.endswith("conftest") else build.__module__
            cls.builders[name, module] = build
            return build

        return register

    @classmethod
    def built(cls, name):
        """What the piece's build returned, or None in a test that builds its own."""
        return next((data for key, _, data in reversed(cls.stack) if key[0] == name), None)

    @classmethod
    def wanted_by(cls, item):
        names = getattr(item, "fixturenames", ())
        marker = item.get_closest_marker("django_db")
        if {"transactional_db", "live_server"}.intersection(names) or (
            marker and marker.kwargs.get("transaction")
        ):
            return []  # it flushes the database: it builds its own
        module = getattr(item, "module", None)
        parametrized = getattr(getattr(item, "callspec", None), "params", {})
        return [
            (name, where)
            for name, where in cls.builders
            if name in names
            and name not in parametrized  # a test's own argument of that name
            and where in (None, getattr(module, "__name__", None))
        ]

    @classmethod
    def roll_back_all_but(cls, wanted):
        """Roll back the pieces from the first one that ``wanted`` does not start with."""
        while [key for key, _, _ in cls.stack] != wanted[: len(cls.stack)]:
            _, atomic, _ = cls.stack.pop()
            with cls.blocker.unblock():
                transaction.set_rollback(True)
                atomic.__exit__(None, None, None)

    @classmethod
    def build(cls, wanted, blocker):
        """Build the pieces ``wanted`` lacks, over those already built."""
        cls.roll_back_all_but(wanted)
        cls.blocker = blocker
        for key in wanted[len(cls.stack) :]:
            with blocker.unblock():
                atomic = transaction.atomic()
                atomic.__enter__()
                below = {piece: data for (piece, _), _, data in cls.stack}
                try:
                    with TestCase.captureOnCommitCallbacks(execute=True):
                        data = cls.builders[key](below)
                except BaseException:
                    transaction.set_rollback(True)
                    atomic.__exit__(None, None, None)
                    raise
            cls.stack.append((key, atomic, data))
        mail.outbox.clear()  # the build's emails are not the test's


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Within each module, the tests sharing data next to each other (a stable sort;
    pytest-django then moves transactional tests to the end)."""
    modules = {}
    for item in items:
        modules.setdefault(item.path, []).append(item)
    order = list(SharedData.builders)
    items[:] = [
        item
        for module_items in modules.values()
        for item in sorted(
            module_items, key=lambda item: [order.index(k) for k in SharedData.wanted_by(item)]
        )
    ]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test, roll back the shared data the next test does not ask for (all of it
    before a transactional test, which flushes the database, and at the end)."""
    yield
    SharedData.roll_back_all_but(SharedData.wanted_by(nextitem) if nextitem else [])


@pytest.fixture(autouse=True)
def _shared_data_under_the_test(request):
    """Build the shared data the test asks for before its own transaction opens."""
    shared = SharedData.wanted_by(request.node)
    if not shared:
        return
    if request.node.get_closest_marker("django_db"):
        pytest.fail("a test using shared data asks for the `db` fixture, not the marker")
    request.getfixturevalue("django_db_setup")
    SharedData.build(shared, request.getfixturevalue("django_db_blocker"))
    request.getfixturevalue("db")  # autouse fixtures come first: open the test's transaction


@pytest.fixture(autouse=True)
def _mail_through_the_outbox(settings):
    """Django's test setup points EMAIL_BACKEND at its mail outbox; the site's own goes
    through portal.outbox, whose delivery backend in tests is that mail outbox."""
    settings.EMAIL_BACKEND = "portal.outbox.QueuedEmailBackend"


@pytest.fixture
def queued_mail(settings):
    """Mail waits in the database queue until the test runs the worker
    (tests.outbox_helpers.run_worker)."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits, the menu and cached pages live in the caches; each test starts empty."""
    cache.clear()
    caches["pages"].clear()


@SharedData.piece("home_pages")
def home_page_pks(below):
    return {lang: page.pk for lang, page in demo.ensure_translated_home_pages().items()}


@pytest.fixture
def home_pages(db):
    """The home page in fr, nl, de and en, translated through wagtail-localize."""
    pks = SharedData.built("home_pages")
    if pks is None:
        return demo.ensure_translated_home_pages()
    pages = HomePage.objects.select_related("locale").in_bulk(pks.values())
    return {lang: pages[pk] for lang, pk in pks.items()}


@pytest.fixture
def legal_notice(home_pages):
    """A French content page translated into Dutch only: {language code: page}."""
    page = home_pages["fr"].add_child(
        instance=ContentPage(
            title="Mentions légales",
            slug="mentions-legales",
            body="<p>Éditeur : Ville de Mons.</p>",
            locale=home_pages["fr"].locale,
        )
    )
    page.save_revision().publish()
    strings = {
        "Mentions légales": {"nl": "Wettelijke vermelding"},
        "mentions-legales": {"nl": "wettelijke-vermelding"},
        "Éditeur : Ville de Mons.": {"nl": "Uitgever: Stad Bergen."},
    }
    dutch_only = Locale.objects.exclude(language_code__in=["fr", "nl"])
    pages = translate_from_french(page, strings, exclude_locales=dutch_only)
    return {"fr": page, **pages}


def build_shop_index(home):
    """The French shop directory under ``home``, translated into nl, de and en."""
    index = create_shop_index(home)
    translate_from_french(index, SHOP_INDEX_STRINGS)
    return index


@SharedData.piece("shop_index")
def shop_index_pk(below):
    return build_shop_index(HomePage.objects.get(pk=below["home_pages"]["fr"])).pk


@pytest.fixture
def shop_index(home_pages):
    """The French shop directory, translated into nl, de and en."""
    pk = SharedData.built("shop_index")
    if pk is None:
        return build_shop_index(home_pages["fr"])
    return ShopIndexPage.objects.get(pk=pk)


def pages_by_language(pks):
    """{language code: specific page} from what a piece built: {language code: pk}."""
    pages = {page.pk: page for page in Page.objects.filter(pk__in=pks.values()).specific()}
    return {lang: pages[pk] for lang, pk in pks.items()}


def the_shop_index(below):
    """In a piece's build: the shop directory the piece stacks on."""
    return ShopIndexPage.objects.get(pk=below["shop_index"])


def build_two_merchants(shop_index):
    """Shops A and B (French, with a Dutch translation), each with its own merchant."""
    shop_a = create_shop(shop_index, title="Fleurs du Beffroi")
    shop_b = create_shop(shop_index, title="Cycles du Grand Large")
    for shop in (shop_a, shop_b):
        translate_everything(shop, languages=("nl",))
    merchant_a, _ = invite_merchant("camille@fleurs.example", shop_a, "fr", "Camille")
    merchant_b, _ = invite_merchant("lotte@cycles.example", shop_b, "nl", "Lotte")
    for user in (merchant_a, merchant_b):
        user.set_password("pw-for-tests")
        user.save()
    return {"a": (merchant_a, shop_a), "b": (merchant_b, shop_b)}


@SharedData.piece("two_merchants")
def two_merchants_pks(below):
    merchants = build_two_merchants(the_shop_index(below))
    return {key: (user.pk, shop.pk) for key, (user, shop) in merchants.items()}


@pytest.fixture
def two_merchants(shop_index):
    """Shops A and B (French, with a Dutch translation), each with its own merchant:
    {"a" | "b": (merchant, shop)}, shared by consecutive tests (see SharedData)."""
    pks = SharedData.built("two_merchants")
    if pks is None:
        return build_two_merchants(shop_index)
    users = get_user_model().objects.in_bulk([user for user, _ in pks.values()])
    shops = ShopPage.objects.in_bulk([shop for _, shop in pks.values()])
    return {key: (users[user], shops[shop]) for key, (user, shop) in pks.items()}


@pytest.fixture
def merchant_client(client, two_merchants):
    """A browser session of merchant A."""
    client.force_login(two_merchants["a"][0])
    return client


@pytest.fixture
def editor(db):
    ensure_roles()
    user = get_user_model().objects.create_user(
        "editor", "editor@mons.example", "pw-for-tests", first_name="Dominique"
    )
    user.groups.add(Group.objects.get(name=CITY_EDITORS))
    return user
