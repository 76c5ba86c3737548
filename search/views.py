from dataclasses import replace

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from django.views.decorators.vary import vary_on_headers
from wagtail.models import Locale

from campaign.models import StoryPage
from home.models import ContentPage
from portal.fulltext import NamePrefixMatch, query_terms, search_terms, stem, unaccent, words_of
from search import spelling
from search.finder import Finder, FinderQuery
from shops.models import Category, ShopPage
from shops.models.pages import SPOKEN_LANGUAGES


PAGE_SIZE = 20
# The finder's script asks for the changing parts only (facets and results) with this
# header; the same URL without it is the whole page.
FRAGMENT_HEADER = "X-Finder-Fragment"
SUGGESTIONS = 8

SERVICE_LABELS = {
    "delivery": _("Home delivery"),
    "click_and_collect": _("Click & collect"),
    "booking": _("Online booking"),
    "online_shop": _("Online shop"),
}
ACCESS_LABELS = {
    "step_free": _("Step-free entrance"),
    "wheelchair": _("Wheelchair accessible"),
    "accessible_toilet": _("Accessible toilet"),
    "hearing_loop": _("Hearing loop"),
}


def choices(labels, counts, chosen):
    return [
        {"key": key, "label": str(label), "count": counts[key], "selected": key in chosen}
        for key, label in labels.items()
    ]


@never_cache
@vary_on_headers(FRAGMENT_HEADER)
@require_GET
def finder(request):
    """The public shop finder: works without JavaScript, every state is in the URL."""
    query = FinderQuery.from_params(request.GET)
    engine = Finder(query, Locale.get_active())
    facets = engine.facets()
    typed = None
    if not facets["total"] and engine.text and engine.text.terms and not engine.text_matches():
        # The text matches no shop at all: a misspelt word is corrected, if the correction
        # finds shops (with the chosen filters).
        corrected = spelling.correction(engine.text.terms)
        if corrected:
            other = Finder(replace(query, text=corrected), engine.locale)
            other_facets = other.facets()
            if other_facets["total"]:
                typed, query, engine, facets = query.text, other.query, other, other_facets
    page = Paginator(engine.results(facets["total"]), PAGE_SIZE).get_page(request.GET.get("page"))
    spoken = {code: label for code, label in SPOKEN_LANGUAGES}
    fragment = request.headers.get(FRAGMENT_HEADER) == "results"
    return render(
        request,
        "search/finder_fragment.html" if fragment else "search/finder.html",
        {
            "pages": site_pages(query.text, engine.locale),
            "query": query,
            "results": page,
            "shops": page.object_list,
            "facets": facets,
            "services": choices(SERVICE_LABELS, facets["services"], query.services),
            "access": choices(ACCESS_LABELS, facets["access"], query.access),
            # Only the languages some shop speaks, and those chosen (to untick them).
            "languages": [
                item
                for item in choices(spoken, facets["languages"], query.languages)
                if item["count"] or item["selected"]
            ],
            "typed": typed,
            "no_words": bool(engine.text and engine.text.nothing),
        },
    )


def site_pages(text, locale, limit=5):
    """Stories and other content pages matching the query, shown apart from the shops."""
    if not text:
        return []
    pages = []
    for model in (StoryPage, ContentPage):
        found = model.objects.live().public().filter(locale=locale).search(search_terms(text))
        pages += list(found[:limit])
    return pages[:limit]


def phrase_matches(terms, phrase, language):
    """The suggestions' rule, the finder's: every typed word is a word of ``phrase`` or
    its stem, the last one the start of a word."""
    words = words_of(phrase)
    stems = {stem(word, language) for word in words}
    return all(
        any(word.startswith(term.word) for word in words)
        if term.prefix
        else term.word in words or term.stem in stems or term.word in stems
        for term in terms
    )


def category_suggestions(terms, locale):
    """Categories whose name or a synonym, in any language, matches; named in ``locale``."""
    by_key = {}
    for category in Category.objects.select_related("locale"):
        by_key.setdefault(category.translation_key, []).append(category)
    found = []
    for translations in by_key.values():
        own = next((c for c in translations if c.locale_id == locale.pk), None)
        if own is not None and any(
            phrase_matches(terms, phrase, category.locale.language_code)
            for category in translations
            for phrase in category.words()
        ):
            found.append(own)
    return sorted(found, key=lambda category: unaccent(category.name))


def shop_suggestions(terms, locale):
    """Shops whose name matches: a name word starts with the last typed word, and with
    the stem of each other one ("fleurs beff" finds "Fleurs du Beffroi")."""
    shops = ShopPage.objects.live().public().filter(locale=locale)
    prefixes = [term.word if term.prefix else term.stem for term in terms]
    match = NamePrefixMatch(ShopPage, prefixes, locale.language_code)
    if match.flavour:  # the database's full-text index
        shops = match.filter(shops)
    else:
        for prefix in prefixes:
            shops = shops.filter(name_key__contains=f" {prefix}")
    return (
        shops.select_related("district")
        .order_by("name_key", "title")
        .only("title", "url_path", "locale", "path", "depth", "district__name")
    )


@never_cache
@require_GET
def suggest(request):
    """Up to 8 categories and shops matching the typed text (2+ characters), each saying
    what it is, and for a shop where."""
    typed = request.GET.get("q", "").strip()[:60]
    locale = Locale.get_active()
    terms = query_terms(typed, locale.language_code) if len(typed) >= 2 else []
    if not terms:
        return JsonResponse({"suggestions": []})
    finder_url = reverse("finder")
    suggestions = [
        {
            "label": category.name,
            "kind": "category",
            "kind_label": str(_("Category")),
            "district": "",
            "url": f"{finder_url}?category={category.slug}",
        }
        for category in category_suggestions(terms, locale)[:3]
    ]
    for shop in shop_suggestions(terms, locale)[: SUGGESTIONS - len(suggestions)]:
        suggestions.append(
            {
                "label": shop.title,
                "kind": "shop",
                "kind_label": str(_("Shop")),
                "district": shop.district.name if shop.district_id else "",
                "url": shop.url,
            }
        )
    return JsonResponse({"suggestions": suggestions})
