import logging

from django.contrib.sitemaps import views as sitemap_views
from django.db import DatabaseError, connection
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe

from portal.sitemap import LocalizedSitemap


logger = logging.getLogger(__name__)


@never_cache
@require_GET
def healthz(request):
    """Liveness and readiness for load balancers and the container HEALTHCHECK."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.exception("Health check: the database does not answer")
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return sitemap_views.sitemap(request, {"pages": LocalizedSitemap(request)})


MANIFEST_ICONS = [
    ("img/icon-192.png", "192x192", "any"),
    ("img/icon-512.png", "512x512", "any"),
    ("img/icon-maskable-512.png", "512x512", "maskable"),
]


@require_safe
@cache_control(max_age=86400, public=True)
def web_manifest(request):
    """The web app manifest, in the language of its URL: a phone that adds the site to
    its home screen shows the name in the reader's language and opens their home page."""
    language = get_language()
    manifest = {
        "name": _("Vitrine Mons: local shops online"),
        "short_name": "Vitrine Mons",
        "description": _("Vitrine is the City of Mons campaign that helps local shops go online."),
        "lang": language,
        "start_url": reverse("wagtail_serve", args=[""]),
        "scope": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#9b1c1f",
        "icons": [
            {"src": static(path), "sizes": sizes, "type": "image/png", "purpose": purpose}
            for path, sizes, purpose in MANIFEST_ICONS
        ],
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
@cache_control(max_age=86400, public=True)
def favicon_ico(request):
    """Browsers ask for /favicon.ico whatever the page links to."""
    return HttpResponsePermanentRedirect(static("img/favicon-32.png"))
