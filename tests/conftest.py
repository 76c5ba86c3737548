"""Fixtures shared by several test areas (tests/<area>/conftest.py hold the others).

The four-language home pages and the translated shop directory are built once per test
database (once per xdist worker, in ``django_db_setup``). Each test runs in a
transaction that is rolled back, so the function-scoped fixtures below only fetch fresh
instances. A test that asked for neither sees the tree as Wagtail's migrations leave it,
and one that asked for the home pages only sees no directory, as when each test built
its own. Transactional tests (live_server, tests/booking/test_booking_concurrency.py)
run after the others and flush the database; the fixtures then build what is missing.
"""

from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache, caches
from django.db import transaction
from wagtail.models import Locale, Page, Site

from home.models import ContentPage, HomePage
from portal import demo
from portal.roles import CITY_EDITORS, ensure_roles
from portal.translation import translate_from_french
from shops.merchants import invite_merchant
from shops.models import ShopIndexPage
from tests.factories import create_shop, create_shop_index, translate_everything


SHOP_INDEX_STRINGS = {
    "Commerces": {"nl": "Winkels", "de": "Geschäfte", "en": "Shops"},
    "commerces": {"nl": "winkels", "de": "geschaefte", "en": "shops"},
}

# What django_db_setup built: {"home_pages" | "shop_index": (pk, translation_key)}.
BUILT = {}


def build_shop_index(home):
    """The French shop directory under ``home``, translated into nl, de and en."""
    index = create_shop_index(home)
    translate_from_french(index, SHOP_INDEX_STRINGS)
    return index


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, plus the site tree most tests start from."""
    with django_db_blocker.unblock():
        home = demo.ensure_translated_home_pages()["fr"]
        index = ShopIndexPage.objects.child_of(home).first() or build_shop_index(home)  # --reuse-db
    BUILT["home_pages"] = (home.pk, home.translation_key)
    BUILT["shop_index"] = (index.pk, index.translation_key)


def built(name, model):
    """The French page django_db_setup built, unless a flush has removed it since."""
    if name not in BUILT:
        return None
    pk, translation_key = BUILT[name]
    return model.objects.filter(pk=pk, translation_key=translation_key).first()


@contextmanager
def kept_for_the_module(django_db_blocker, build):
    """What ``build()`` returns, built once for a module's tests, like Django's
    ``setUpTestData``: it lives in a transaction opened before the module's first test
    (each test's own transaction is a savepoint inside it) and rolled back after the last.
    A fixture of module scope yields from this; tests fetch fresh instances by pk."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            built_data = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield built_data
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def delete_with_translations(page):
    for copy in page.get_translations(inclusive=True).specific().order_by("-depth"):
        copy.delete()


def back_to_the_migrated_tree():
    """Root, Wagtail's placeholder page and default site, French only: a fresh database."""
    home = built("home_pages", HomePage)
    delete_with_translations(home)  # the site goes with its root page, the directory too
    Locale.objects.exclude(language_code="fr").delete()
    placeholder = Page.get_first_root_node().add_child(
        instance=Page(title="Welcome to your new Wagtail site!", slug="home", live=True)
    )
    Site.objects.create(hostname="localhost", port=80, root_page=placeholder, is_default_site=True)


@pytest.fixture(autouse=True)
def _only_the_tree_asked_for(request):
    """Take away the prebuilt pages a test did not ask for (rolled back with the test)."""
    wants = request.fixturenames
    uses_db = {"db", "transactional_db", "live_server"}.intersection(wants)
    if not uses_db and request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("db")  # autouse fixtures come first: open the test's transaction
    if "home_pages" not in wants:
        if built("home_pages", HomePage) is not None:
            back_to_the_migrated_tree()
    elif "shop_index" not in wants:
        index = built("shop_index", ShopIndexPage)
        if index is not None:
            delete_with_translations(index)


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


@pytest.fixture
def home_pages(db):
    """The home page in fr, nl, de and en, translated through wagtail-localize."""
    home = built("home_pages", HomePage)
    if home is None:
        return demo.ensure_translated_home_pages()
    pages = home.get_translations(inclusive=True).specific().select_related("locale")
    return {page.locale.language_code: page for page in pages}


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


@pytest.fixture
def shop_index(home_pages):
    """The French shop directory, translated into nl, de and en."""
    index = built("shop_index", ShopIndexPage)
    if index is None:
        return build_shop_index(home_pages["fr"])
    return index


@pytest.fixture
def two_merchants(shop_index, django_capture_on_commit_callbacks):
    """Shops A and B (French, with a Dutch translation), each with its own merchant."""
    shop_a = create_shop(shop_index, title="Fleurs du Beffroi")
    shop_b = create_shop(shop_index, title="Cycles du Grand Large")
    for shop in (shop_a, shop_b):
        translate_everything(shop, languages=("nl",))
    with django_capture_on_commit_callbacks(execute=True):
        merchant_a, _ = invite_merchant("camille@fleurs.example", shop_a, "fr", "Camille")
        merchant_b, _ = invite_merchant("lotte@cycles.example", shop_b, "nl", "Lotte")
    for user in (merchant_a, merchant_b):
        user.set_password("pw-for-tests")
        user.save()
    return {"a": (merchant_a, shop_a), "b": (merchant_b, shop_b)}


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
