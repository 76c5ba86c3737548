"""Public pages tell the browser to load nothing from elsewhere (but map tiles) and to use
no sensor."""

import pytest

from tests.factories import create_shop


@pytest.fixture
def shop(shop_index):
    return create_shop(shop_index)


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}


@pytest.mark.parametrize("path", ["/fr/", "/nl/winkel-zoeken/", "/fr/commerces/"])
def test_public_pages_allow_only_their_own_host(client, shop, path):
    response = client.get(path)

    assert response.status_code == 200
    policy = directives(response)
    for directive in ("default-src", "script-src", "style-src", "font-src", "connect-src"):
        assert policy[directive] == ["'self'"], directive
    # and the map's tiles (OpenStreetMap's unless the city has its own server: they are
    # loaded only after a click, tests/e2e/test_map.py).
    assert policy["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_shop_page_keeps_its_structured_data_under_the_policy(client, shop):
    response = client.get(shop.url)

    assert "Content-Security-Policy" in response
    assert '<script type="application/ld+json">' in response.content.decode()


def test_the_admin_has_its_own_policy_never_framed_and_loading_nothing_from_elsewhere(
    admin_client,
):
    for path in ("/admin/login/", "/admin/", "/admin/pages/"):
        response = admin_client.get(path)

        assert response.status_code in (200, 302)
        policy = directives(response)
        assert policy["frame-ancestors"] == ["'none'"], path
        assert policy["default-src"] == ["'self'"] and policy["connect-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"] and policy["form-action"] == ["'self'"]
        # Wagtail's widgets start with inline scripts; nothing may come from another host.
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert "camera=()" in response["Permissions-Policy"]


def test_only_the_admin_preview_may_be_framed_and_only_by_the_site(admin_client, shop):
    response = admin_client.get(f"/admin/pages/{shop.pk}/edit/preview/")

    assert response.status_code == 200
    assert directives(response)["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert directives(admin_client.get(shop.url))["frame-ancestors"] == ["'none'"]


@pytest.fixture
def report_only(settings):
    """CSP_REPORT_ONLY=true as a first deployment sets it (settings are read at start)."""
    settings.SECURITY_POLICY_REPORT_ONLY = True
    settings.CONTENT_SECURITY_POLICY_REPORT_ONLY = settings.CONTENT_SECURITY_POLICY
    settings.CONTENT_SECURITY_POLICY = None


@pytest.mark.parametrize("path", ["/fr/", "/admin/login/"])
def test_report_only_mode_reports_the_same_policy_without_enforcing_it(
    client, home_pages, report_only, path
):
    response = client.get(path)

    assert "Content-Security-Policy" not in response
    report = response["Content-Security-Policy-Report-Only"]
    assert "frame-ancestors 'none'" in report and "default-src 'self'" in report
    assert ("'unsafe-inline'" in report) == path.startswith("/admin/")
