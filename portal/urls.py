from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from django.views.static import serve as serve_static
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import second_factor, views


urlpatterns = [
    # Wagtail's sign-in, with the code step for users who have an authenticator.
    path(
        "admin/login/", second_factor.PasswordThenCodeLoginView.as_view(), name="wagtailadmin_login"
    ),
    path("admin/login/code/", second_factor.verify_code, name="second_factor_verify"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    # Browsers ask for /favicon.ico whatever the page says.
    path("favicon.ico", views.favicon_ico),
]

if settings.DEBUG or settings.SERVE_MEDIA:
    # A single-container deployment without a reverse proxy serves uploads itself;
    # larger ones serve them from object storage (see README).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve_static, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path(_("find-a-shop/"), include("search.urls")),
    path(_("booking/"), include("shops.booking.urls")),
    path(_("merchant/"), include("shops.urls")),
    path("manifest.webmanifest", views.web_manifest, name="web_manifest"),
    path("", include(wagtail_urls)),
)
