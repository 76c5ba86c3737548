import pytest
from wagtail.models import Locale

from home.models import ContentPage
from portal import demo
from portal.translation import translate_from_french
from tests.factories import create_shop_index


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits count in the cache; each test starts with none used."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture
def home_pages(db):
    """The home page in fr, nl, de and en, translated through wagtail-localize."""
    return demo.ensure_translated_home_pages()


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
    index = create_shop_index(home_pages["fr"])
    translate_from_french(
        index,
        {
            "Commerces": {"nl": "Winkels", "de": "Geschäfte", "en": "Shops"},
            "commerces": {"nl": "winkels", "de": "geschaefte", "en": "shops"},
        },
    )
    return index


@pytest.fixture
def two_merchants(shop_index, django_capture_on_commit_callbacks):
    """Shops A and B (French, with a Dutch translation), each with its own merchant."""
    from shops.merchants import invite_merchant
    from tests.factories import create_shop, translate_everything

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
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from portal.roles import CITY_EDITORS, ensure_roles

    ensure_roles()
    user = get_user_model().objects.create_user(
        "editor", "editor@mons.example", "pw-for-tests", first_name="Dominique"
    )
    user.groups.add(Group.objects.get(name=CITY_EDITORS))
    return user


@pytest.fixture
def service(shop_index):
    """A one-seat service on a shop open every day, translated into Dutch."""
    from tests.factories import EVERY_DAY_HOURS, add_service, create_shop, translate_everything

    shop = create_shop(shop_index, title="Salon Lucette", hours=EVERY_DAY_HOURS)
    service = add_service(shop, name="Coupe et brushing", duration_minutes=30, capacity=1)
    translate_everything(shop, languages=("nl",))
    return service


@pytest.fixture
def booked(two_merchants, django_capture_on_commit_callbacks):
    """One booking at merchant A's shop, one at merchant B's shop."""
    from django.core import mail

    from shops.booking import rules
    from tests.booking_helpers import at
    from tests.factories import add_service

    (_, shop_a), (_, shop_b) = two_merchants["a"], two_merchants["b"]
    service_a = add_service(shop_a, name="Bouquet de mariée")
    service_b = add_service(shop_b, name="Réparation vélo")
    with django_capture_on_commit_callbacks(execute=True):
        mine = rules.book(
            service_a,
            at(10),
            name="Alice Mine",
            email="alice@example.org",
            phone="0470 11 11 11",
            language="fr",
        )
        theirs = rules.book(
            service_b,
            at(10),
            name="Bob Theirs",
            email="bob@example.org",
            phone="0499 99 99 99",
            note="Secret note of Bob",
            language="nl",
        )
    mail.outbox.clear()
    return mine, theirs
