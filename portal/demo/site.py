"""The demo site's tree: locales, the home page in four languages, the default site, the
admin. Shared by ``load_demo`` and the test fixtures.

Every function is idempotent: it finds what exists and creates only what is missing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from portal.demo.content import read
from portal.roles import ensure_tree_roots
from portal.translation import translate_from_french, translations


def home_page_fields():
    """Title, slug and intro of the French home page."""
    page = read("home")["page"]
    return {key: page[key]["fr"] for key in ("title", "slug", "intro")}


def home_translations():
    """The French home page's strings -> their translations (slugs are translated too)."""
    page = read("home")["page"]
    return translations(page["title"], page["slug"], page["intro"])


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
        home = root.add_child(instance=HomePage(locale=french, **home_page_fields()))
        home.save_revision().publish()

    site = Site.objects.filter(is_default_site=True).first()
    hostname, port = public_host()
    if site is None:
        Site.objects.create(
            hostname=hostname,
            port=port,
            root_page=home,
            is_default_site=True,
            site_name=read("home")["site_name"],
        )
    elif (site.hostname, site.port) != (hostname, port):
        # Links in emails (page.full_url) use the Site: it follows the configured host.
        site.hostname, site.port = hostname, port
        site.save(update_fields=["hostname", "port"])
    if site and site.root_page_id != home.pk:
        placeholder = site.root_page
        site.root_page = home
        site.site_name = read("home")["site_name"]
        site.save()
        if type(placeholder.specific) is Page and not placeholder.get_children().exists():
            placeholder.delete()
    return home


def public_host():
    """The Site's host and port, from the public address the site is configured with."""
    url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    return url.hostname or "localhost", url.port or (443 if url.scheme == "https" else 80)


def ensure_translated_home_pages():
    """The home page in every language: {language code: HomePage}."""
    home = ensure_home_page()
    pages = translate_from_french(home, home_translations())
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
