"""Building blocks of the demo site, shared by ``load_demo`` and the test fixtures.

Every function is idempotent: it finds what exists and creates only what is missing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from portal.roles import ensure_tree_roots
from portal.translation import translate_from_french


HOME_PAGE = {
    "title": "Vitrine : les commerces de Mons en ligne",
    "slug": "accueil",
    "intro": (
        "Trouvez les commerces de votre quartier, découvrez leur histoire et réservez "
        "un rendez-vous sans décrocher le téléphone. Achetez local, même en ligne."
    ),
}

# French source string -> its translations. Slugs are translated like any other text.
HOME_TRANSLATIONS = {
    HOME_PAGE["title"]: {
        "nl": "Vitrine: de winkels van Bergen online",
        "de": "Vitrine: die Geschäfte von Mons online",
        "en": "Vitrine: the shops of Mons, online",
    },
    HOME_PAGE["slug"]: {"nl": "startpagina", "de": "startseite", "en": "home"},
    HOME_PAGE["intro"]: {
        "nl": (
            "Vind de winkels in uw buurt, ontdek hun verhaal en maak een afspraak "
            "zonder te bellen. Koop lokaal, ook online."
        ),
        "de": (
            "Finden Sie die Geschäfte in Ihrem Viertel, entdecken Sie ihre Geschichte und "
            "buchen Sie einen Termin, ohne zum Telefon zu greifen. Kaufen Sie lokal, auch online."
        ),
        "en": (
            "Find the shops in your neighbourhood, discover their stories and book an "
            "appointment without picking up the phone. Buy local, online too."
        ),
    },
}


def ensure_locales():
    """One Locale per language of settings.LANGUAGES, French first."""
    return [Locale.objects.get_or_create(language_code=code)[0] for code, _ in settings.LANGUAGES]


def ensure_home_page():
    """The French home page, set as the default site's root.

    Replaces the placeholder page that Wagtail's first migration creates.
    """
    ensure_locales()
    root = ensure_tree_roots()
    french = Locale.get_default()
    home = HomePage.objects.filter(locale=french).first()
    if home is None:
        home = root.add_child(instance=HomePage(locale=french, **HOME_PAGE))
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Vitrine Mons",
        )
    elif site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = "Vitrine Mons"
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()
    return home


def ensure_translated_home_pages():
    """The home page in every language: {language code: HomePage}."""
    home = ensure_home_page()
    pages = translate_from_french(home, HOME_TRANSLATIONS)
    pages[home.locale.language_code] = home
    return pages


def ensure_admin(username, email, password):
    """A superuser whose password is (re)set to the one given, so the printed login works."""
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email, "first_name": "Admin"}
    )
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return user
