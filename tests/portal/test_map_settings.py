"""The maps' tile server comes from the environment, and the Content-Security-Policy
allows images from that one host (or OpenStreetMap's, loaded after a click)."""

import json

import pytest

from tests.portal.test_settings import manage


SHOW = (
    "from django.conf import settings; import json; print(json.dumps({"
    "'img': settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'],"
    "'admin_img': settings.ADMIN_CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'],"
    "'url': settings.MAP_TILES_URL, 'attribution': settings.MAP_TILES_ATTRIBUTION}))"
)


def settings_with(**env):
    result = manage(
        "shell", "-c", SHOW, env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", **env}
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    ("tiles_url", "allowed"),
    [
        ("", ["https://tile.openstreetmap.org"]),
        ("https://tuiles.mons.example/osm/{z}/{x}/{y}.png", ["https://tuiles.mons.example"]),
        ("https://{s}.tiles.mons.example/{z}/{x}/{y}.png", ["https://*.tiles.mons.example"]),
        ("http://127.0.0.1:8080/{z}/{x}/{y}.png", ["http://127.0.0.1:8080"]),
        ("/tuiles/{z}/{x}/{y}.png", []),  # the site's own host: 'self' already covers it
    ],
)
def test_images_may_come_from_the_tile_host_only(tiles_url, allowed):
    found = settings_with(MAP_TILES_URL=tiles_url)

    assert found["img"] == ["'self'", "data:", *allowed]
    assert found["admin_img"] == found["img"]  # the editor's pin map uses the same tiles
    assert found["url"] == tiles_url


def test_the_attribution_is_configurable_and_credits_openstreetmap_by_default():
    assert settings_with()["attribution"] == "© OpenStreetMap contributors"
    custom = settings_with(MAP_TILES_ATTRIBUTION="© Ville de Mons, © OpenStreetMap")
    assert custom["attribution"] == "© Ville de Mons, © OpenStreetMap"


@pytest.mark.parametrize(
    "tiles_url",
    ["javascript:alert(1)", "ftp://tiles.example/{z}/{x}/{y}.png", "https://t.example/"],
)
def test_a_wrong_tile_url_stops_the_site_with_one_clear_line(tiles_url):
    result = manage(
        "check", env={"DJANGO_SETTINGS_MODULE": "portal.settings.test", "MAP_TILES_URL": tiles_url}
    )

    assert result.returncode == 1
    assert result.stderr.strip().startswith("Vitrine refuses to start: MAP_TILES_URL")
