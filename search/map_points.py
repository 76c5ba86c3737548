"""The finder's map: every matching shop with a position, as compact JSON.

The list shows the matching shops a page at a time; the map shows all of them, so its
points come apart from the page, for the same filters, in one query whatever their
number. Anonymous readers share the answer through the page cache (portal.page_cache),
purged when a shop is published or unpublished (search.signals).
"""

from dataclasses import replace

from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_GET
from wagtail.models import Locale

from portal.page_cache import mark_as_page
from search import spelling
from search.finder import Finder, FinderQuery


def located_shops(engine):
    shops = engine.filtered(engine.base()).filter(latitude__isnull=False, longitude__isnull=False)
    return list(shops.order_by().only("title", "url_path", "latitude", "longitude"))


def points_of(query, locale, request):
    """[[latitude, longitude, name, URL]] of the shops the finder lists for ``query``,
    the misspelt text corrected as the list does."""
    engine = Finder(query, locale)
    shops = located_shops(engine)
    if not shops and engine.text and engine.text.terms and not engine.text_matches():
        corrected = spelling.correction(engine.text.terms)
        if corrected:
            shops = located_shops(Finder(replace(query, text=corrected), locale))
    return [
        [float(shop.latitude), float(shop.longitude), shop.title, shop.get_url(request)]
        for shop in shops
    ]


@require_GET
def finder_points(request):
    query = FinderQuery.from_params(request.GET)
    response = JsonResponse(
        {"points": points_of(query, Locale.get_active(), request)},
        json_dumps_params={"ensure_ascii": False, "separators": (",", ":")},
    )
    if query.open_now:
        add_never_cache_headers(response)  # changes at every opening and closing time
    else:
        mark_as_page(request)
    return response


def points_paths():
    """The map's address in every language, for the cache purge."""
    paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.append(reverse("finder_points"))
    return paths
