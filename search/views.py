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
from portal.fulltext import search_terms, unaccent
from search.finder import SERVICES, Finder, FinderQuery
from shops.models import Category, ShopPage


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


@never_cache
@vary_on_headers(FRAGMENT_HEADER)
@require_GET
def finder(request):
    """The public shop finder: works without JavaScript, every state is in the URL."""
    query = FinderQuery.from_params(request.GET)
    engine = Finder(query, Locale.get_active())
    facets = engine.facets()
    page = Paginator(engine.results(facets["total"]), PAGE_SIZE).get_page(request.GET.get("page"))
    services = [
        {
            "key": key,
            "label": str(SERVICE_LABELS[key]),
            "count": facets["services"][key],
            "selected": key in query.services,
        }
        for key in SERVICES
    ]
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
            "services": services,
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


@never_cache
@require_GET
def suggest(request):
    """Up to 8 categories and shops whose name starts like the typed prefix (2+ chars)."""
    prefix = request.GET.get("q", "").strip()[:60]
    if len(prefix) < 2:
        return JsonResponse({"suggestions": []})
    locale = Locale.get_active()
    wanted = unaccent(prefix)
    finder_url = reverse("finder")
    suggestions = [
        {
            "label": category.name,
            "kind": "category",
            "url": f"{finder_url}?category={category.slug}",
        }
        for category in Category.objects.filter(locale=locale)
        if any(word.startswith(wanted) for word in unaccent(category.name).split())
    ][:3]
    shops = (
        ShopPage.objects.live()
        .public()
        .filter(locale=locale, name_key__contains=f" {wanted}")
        .order_by("title")
        .only("title", "url_path", "locale", "path", "depth")
    )
    for shop in shops[: SUGGESTIONS - len(suggestions)]:
        suggestions.append({"label": shop.title, "kind": "shop", "url": shop.url})
    return JsonResponse({"suggestions": suggestions})
