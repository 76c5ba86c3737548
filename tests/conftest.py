"""Fixtures shared by several test areas (tests/<area>/conftest.py hold the others)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Locale

from home.models import ContentPage
from portal import demo
from portal.roles import CITY_EDITORS, ensure_roles
from portal.translation import translate_from_french
from shops.merchants import invite_merchant
from tests.factories import create_shop, create_shop_index, translate_everything


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits count in the cache; each test starts with none used."""
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
