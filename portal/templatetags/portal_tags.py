from django import template
from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, OuterRef
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation

from portal.cache_invalidation import navigation_cache_key
from portal.localization import localized_pages
from portal.models import Navigation


register = template.Library()


def _page_urls_by_language(request, page):
    """{language code: URL} of the page's live translations, in one query."""
    translations = page.get_translations(inclusive=True).live().public().select_related("locale")
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
