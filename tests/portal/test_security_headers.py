"""Public pages tell the browser to load nothing from elsewhere and to use no sensor."""

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
    assert policy["img-src"] == ["'self'", "data:"]
    assert policy["frame-ancestors"] == ["'none'"] and policy["object-src"] == ["'none'"]
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_the_shop_page_keeps_its_structured_data_under_the_policy(client, shop):
    response = client.get(shop.url)

    assert "Content-Security-Policy" in response
    assert '<script type="application/ld+json">' in response.content.decode()


def test_the_admin_keeps_wagtails_own_rules(client, db):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response
    assert "camera=()" in response["Permissions-Policy"]
