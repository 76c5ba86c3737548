import pytest
from wagtail.models import Locale

from home.models import ContentPage
from portal import demo
from portal.translation import translate_from_french
from tests.factories import create_shop_index


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
