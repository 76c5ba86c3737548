from django import template
from django.conf import settings
from django.templatetags.static import static

from portal.map_tiles import OPENSTREETMAP_TILES


register = template.Library()

LEAFLET = ["vendor/leaflet/leaflet.js"]
CLUSTERS = ["vendor/leaflet.markercluster/leaflet.markercluster.js"]
LEAFLET_CSS = ["vendor/leaflet/leaflet.css"]
CLUSTERS_CSS = [
    "vendor/leaflet.markercluster/MarkerCluster.css",
    "vendor/leaflet.markercluster/MarkerCluster.Default.css",
]


@register.simple_tag
def map_tiles(clusters=False):
    """What a map's script needs: the tile source, and the library files it loads when
    the map is shown (none before, so a page that never shows it pays nothing).

    ``on_request``: no tile server is configured, so OpenStreetMap's tiles are loaded
    only after the visitor asks for them.
    """
    scripts = LEAFLET + (CLUSTERS if clusters else [])
    styles = LEAFLET_CSS + (CLUSTERS_CSS if clusters else [])
    return {
        "url": settings.MAP_TILES_URL or OPENSTREETMAP_TILES,
        "attribution": settings.MAP_TILES_ATTRIBUTION,
        "on_request": not settings.MAP_TILES_URL,
        "scripts": " ".join(static(path) for path in scripts),
        "styles": " ".join(static(path) for path in styles),
    }
