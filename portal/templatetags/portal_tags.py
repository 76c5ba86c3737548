from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.templatetags.static import static
from django.urls import translate_url
from django.utils.html import format_html, strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail_localize.models import StringSegment, StringTranslation

from portal.cache_invalidation import navigation_cache_key
from portal.images import picture_html, rendition_or_original
from portal.localization import localized_pages
from portal.models import Navigation
from portal.renditions import shown_before_made


register = template.Library()


def public(pages):
    """``pages`` without those under a view restriction (password, sign-in, groups), in
    the same query: Wagtail's ``public()`` first reads every restriction of the site in a
    query of its own, on every page that shows language links."""
    restricted_above = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return pages.exclude(Exists(restricted_above))


def _page_urls_by_language(request, page):
    """{language code: URL} of the page's live translations, in one query."""
    translations = public(page.get_translations(inclusive=True).live()).select_related("locale")
    return {t.locale.language_code: t.get_url(request) for t in translations}


def _home_urls_by_language(request):
    site = Site.find_for_request(request)
    if site is None:
        return {}
    return _page_urls_by_language(request, site.root_page)


def _urls_of_this_page(context):
    """Where the current page lives in each language it exists in.

    Wagtail pages give their own translations; other views (Django views inside
    i18n_patterns) exist in every language; a 404 exists in none.
    """
    request = context["request"]
    page = context.get("page")
    if isinstance(page, Page):
        return _page_urls_by_language(request, page)
    match = getattr(request, "resolver_match", None)
    if match and match.url_name != "wagtail_serve":
        return {code: translate_url(request.path, code) for code, _name in settings.LANGUAGES}
    return {}


def _alternates(context):
    request = context["request"]
    if not hasattr(request, "_vitrine_alternates"):
        request._vitrine_alternates = _urls_of_this_page(context)
    return request._vitrine_alternates


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to this page in every language, or to that language's home page."""
    request = context.get("request")
    if request is None:
        return {"languages": []}
    here = _alternates(context)
    # The same search or filters in the other language (the finder, a filtered index).
    query = request.GET.urlencode()
    homes = None
    current = get_language()
    languages = []
    for code, _name in settings.LANGUAGES:
        url = here.get(code)
        if url is not None and query:
            url = f"{url}?{query}"
        if url is None:
            if homes is None:
                homes = _home_urls_by_language(request)
            url = homes.get(code, f"/{code}/")
        info = get_language_info(code)
        languages.append(
            {
                "code": code,
                "name": info["name_local"][:1].upper() + info["name_local"][1:],
                "url": url,
                "is_current": code == current,
            }
        )
    return {"languages": languages}


@register.inclusion_tag("includes/hreflang.html", takes_context=True)
def hreflang_links(context):
    """<link rel=alternate hreflang> for each existing translation, plus x-default."""
    request = context.get("request")
    if request is None:
        return {"alternates": []}
    here = _alternates(context)
    alternates = [
        {"code": code, "url": request.build_absolute_uri(url)} for code, url in here.items()
    ]
    if settings.LANGUAGE_CODE in here:
        alternates.append(
            {"code": "x-default", "url": request.build_absolute_uri(here[settings.LANGUAGE_CODE])}
        )
    return {"alternates": alternates}


# Open Graph wants a territory: Mons' readers are Belgian, its English ones mostly not.
SITE_NAME = "Vitrine Mons"
OG_LOCALES = {"fr": "fr_BE", "nl": "nl_BE", "de": "de_BE", "en": "en_GB"}
SHARE_DEFAULT_PICTURE = ("img/share-default.png", 1200, 630)
DESCRIPTION_LENGTH = 200
# Where a page's summary is, in order; a StreamField body is not a summary.
SUMMARY_FIELDS = ("search_description", "intro", "short_description", "body")


def page_summary(page):
    """The page's search description, else its introduction or short description, else
    the start of its text; plain text, one line."""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, str) and value.strip():
            text = " ".join(strip_tags(value).split())
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def _share_picture(request, page):
    """(absolute URL, width, height, alt text) of the picture a link preview shows."""
    image = getattr(page, "share_image", None) or getattr(page, "hero_image", None)
    if image is not None:
        rendition, made = rendition_or_original(image, "share")
        if made:
            url = request.build_absolute_uri(rendition.url)
            return url, rendition.width, rendition.height, image.description or page.title
        # The original's size is not the one announced; the default until it is made.
        shown_before_made(request, [(image, "share")])
    path, width, height = SHARE_DEFAULT_PICTURE
    alt = _("Vitrine Mons logo: a shop front")
    return request.build_absolute_uri(static(path)), width, height, alt


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context, title=None, description=None, indexable=True):
    """Description, canonical link and link-preview tags (Open Graph, Twitter card).

    They depend only on the page and the language of the URL, so a cached page keeps
    them right: each language has its own URL. ``indexable=False`` (an error page): no
    canonical link, and noindex.
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    is_page = isinstance(page, Page)
    if is_page:
        title = title or page.seo_title or page.title
        description = description or page_summary(page)
    here = _alternates(context)
    language = get_language()
    canonical = None
    if indexable and language in here:
        canonical = request.build_absolute_uri(here[language])
        if request.GET.get("page", "").isdigit() and request.GET["page"] != "1":
            canonical += f"?page={request.GET['page']}"
    picture, width, height, alt = _share_picture(request, page if is_page else None)
    return {
        "title": title or SITE_NAME,
        "description": description
        or _("Vitrine is the City of Mons campaign that helps local shops go online."),
        "canonical": canonical,
        "locale": OG_LOCALES.get(language, language),
        "other_locales": [OG_LOCALES.get(code, code) for code in here if code != language],
        "picture": {"url": picture, "width": width, "height": height, "alt": alt},
        # A search or a filtered list is not a page of its own for search engines.
        "noindex": not indexable or (is_page and any(key != "page" for key in request.GET)),
    }


def _navigation_of_active_language():
    """Menu and footer entries of the visitor's language, cached until a publish or a
    navigation change (portal/cache_invalidation.py)."""
    key = navigation_cache_key(get_language())
    result = cache.get(key)
    if result is not None:
        return result
    navigation = Navigation.for_active_language()
    result = {"menu": [], "footer_links": [], "footer_text": "", "contact": ""}
    if navigation is not None:
        links = [*navigation.menu, *navigation.footer_links]
        localized = localized_pages([block.value["page"] for block in links])

        def entries(stream):
            return [
                {"label": block.value["label"], "href": block.value.href(localized)}
                for block in stream
            ]

        result = {
            "menu": entries(navigation.menu),
            "footer_links": entries(navigation.footer_links),
            "footer_text": navigation.footer_text,
            "contact": navigation.contact,
        }
    cache.set(key, result, timeout=None)
    return result


@register.simple_tag(takes_context=True)
def site_navigation(context):
    """Menu and footer of the visitor's language, with links to pages in that language."""
    request = context.get("request")
    if request is not None and hasattr(request, "_vitrine_navigation"):
        return request._vitrine_navigation
    result = dict(_navigation_of_active_language())
    path = request.path if request is not None else ""
    for stream in ("menu", "footer_links"):
        result[stream] = [{**link, "is_current": link["href"] == path} for link in result[stream]]
    if request is not None:
        request._vitrine_navigation = result
    return result


@register.filter
def lookup(mapping, key):
    """mapping[key] in a template, or None."""
    return (mapping or {}).get(key)


def has_machine_translated_text(page):
    """Whether text now on ``page`` was translated by a machine and not yet by a person."""
    in_use = StringSegment.objects.filter(
        source__object_id=page.translation_key,
        source__locale__language_code=settings.LANGUAGE_CODE,
        string=OuterRef("translation_of"),
        context=OuterRef("context"),
    )
    return (
        StringTranslation.objects.filter(
            locale_id=page.locale_id,
            translation_type=StringTranslation.TRANSLATION_TYPE_MACHINE,
            context__object_id=page.translation_key,
        )
        .filter(Exists(in_use))
        .exists()
    )


def untranslated_paths(page):
    """Paths (``description``, ``body.<block id>.products.<item id>.name`` …) of the
    French texts on a translated ``page`` that nobody has translated yet: wagtail-localize
    shows them in French. Remembered on the page: one query per page rendered."""
    if not hasattr(page, "_untranslated_paths"):
        translated = StringTranslation.objects.filter(
            locale_id=page.locale_id, translation_of=OuterRef("string"), context=OuterRef("context")
        )
        page._untranslated_paths = frozenset(
            StringSegment.objects.filter(
                source__object_id=page.translation_key,
                source__locale__language_code=settings.LANGUAGE_CODE,
            )
            .exclude(Exists(translated))
            .values_list("context__path", flat=True)
        )
    return page._untranslated_paths


@register.simple_tag(takes_context=True)
def source_lang(context, *path):
    """` lang="fr"` on the element of a translated page's text still in French, so it is
    never presented (nor read aloud) as Dutch, German or English. The path's parts are
    joined with dots: {% source_lang "body" block_id "products" product_id "name" %}."""
    page = context.get("page")
    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return ""
    if ".".join(str(part) for part in path) not in untranslated_paths(page):
        return ""
    return format_html(' lang="{}"', settings.LANGUAGE_CODE)


@register.inclusion_tag("includes/machine_translation_notice.html", takes_context=True)
def machine_translation_notice(context):
    """Tells readers that a page was machine-translated, with a link to the French one."""
    page = context.get("page")
    if not isinstance(page, Page) or page.locale.language_code == settings.LANGUAGE_CODE:
        return {}
    if not has_machine_translated_text(page):
        return {}
    french = page.get_translation_or_none(Locale.objects.get(language_code=settings.LANGUAGE_CODE))
    return {"show": True, "original": french if french and french.live else None}


@register.simple_tag(takes_context=True)
def site_picture(context, image, kind, **attrs):
    """A <picture> of ``image`` in the renditions the site names ``kind``
    (portal.images.PICTURES), with Wagtail's attributes (``alt``, ``sizes``, ``class``,
    ``loading``). The task worker makes them on publish (portal.renditions); a picture
    shown before that has what exists, and is never encoded here."""
    if not image:
        return ""
    html, complete = picture_html(image, kind, attrs)
    if not complete:
        shown_before_made(context.get("request"), [(image, kind)])
    return html


@register.simple_tag(takes_context=True)
def site_rendition(context, image, kind):
    """The one rendition of ``kind`` (``url``, ``width``, ``height``), or until the worker
    made it the original file standing in for it at that size."""
    rendition, made = rendition_or_original(image, kind)
    if not made:
        shown_before_made(context.get("request"), [(image, kind)])
    return rendition
