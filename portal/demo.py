"""Building blocks of the demo site, shared by ``load_demo`` and the test fixtures.

Every function is idempotent: it finds what exists and creates only what is missing.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Site,
)

from home.models import HomePage
from portal.translation import translate_from_french


CITY_EDITORS = "City editors"
MERCHANTS = "Merchants"

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


def ensure_tree_root():
    """The page tree's root node, and the collections' one.

    Wagtail's migrations create both; a test database flushed between tests has none.
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    return root


def ensure_home_page():
    """The French home page, set as the default site's root.

    Replaces the placeholder page that Wagtail's first migration creates.
    """
    ensure_locales()
    root = ensure_tree_root()
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


def _permissions(*names):
    """Permission objects from "app_label.codename" names."""
    permissions = []
    for name in names:
        app_label, codename = name.split(".")
        permissions.append(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return permissions


def ensure_groups():
    """The two roles of DESIGN.md §6 with their admin rights."""
    editors, _ = Group.objects.get_or_create(name=CITY_EDITORS)
    merchants, _ = Group.objects.get_or_create(name=MERCHANTS)
    admin_access = _permissions("wagtailadmin.access_admin")
    editors.permissions.add(*admin_access, *_permissions("wagtail_localize.submit_translation"))
    merchants.permissions.add(*admin_access)

    root_page = ensure_tree_root()
    for permission in _permissions(
        "wagtailcore.add_page",
        "wagtailcore.change_page",
        "wagtailcore.publish_page",
        "wagtailcore.lock_page",
        "wagtailcore.unlock_page",
    ):
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root_page, permission=permission
        )
    root_collection = Collection.get_first_root_node()
    for permission in _permissions(
        "portal.add_vitrineimage",
        "portal.change_vitrineimage",
        "portal.choose_vitrineimage",
        "wagtaildocs.add_document",
        "wagtaildocs.change_document",
        "wagtaildocs.choose_document",
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root_collection, permission=permission
        )
    return editors, merchants


def ensure_admin(username, email, password):
    """A superuser whose password is (re)set to the one given, so the printed login works."""
    user, _ = get_user_model().objects.get_or_create(
        username=username, defaults={"email": email, "first_name": "Admin"}
    )
    user.is_staff = user.is_superuser = True
    user.set_password(password)
    user.save()
    return user
