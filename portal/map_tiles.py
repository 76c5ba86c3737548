"""Where the maps' tiles come from, read from settings (issue #13).

Kept free of Django imports: the settings import it to put the tile host in the
Content-Security-Policy.
"""

from urllib.parse import urlsplit


OPENSTREETMAP_TILES = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
OPENSTREETMAP_ATTRIBUTION = "© OpenStreetMap contributors"


class TileURLError(ValueError):
    pass


def tile_origin(url):
    """The ``img-src`` source for a tile URL template, or None for the site's own host.

    A ``{s}`` subdomain placeholder becomes CSP's ``*.`` wildcard for that one domain.
    """
    if url.startswith("/") and not url.startswith("//"):
        return None  # served by the site itself: 'self'
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise TileURLError(f"MAP_TILES_URL must be an http(s) URL or a path: {url!r}")
    if not all(f"{{{name}}}" in url for name in "zxy"):
        raise TileURLError(f"MAP_TILES_URL needs {{z}}, {{x}} and {{y}}: {url!r}")
    host = parts.netloc.replace("{s}", "*")
    return f"{parts.scheme}://{host}"
