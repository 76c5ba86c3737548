#!/usr/bin/env python
"""What the demo's pictures cost: drawing them, encoding renditions, and the image bytes a
phone downloads for a demo shop page.

1. Draws every picture of the demo (24 shops, 6 stories) as load_demo does, and prints the
   time per picture and in all.
2. Encodes one storefront as AVIF (at speeds 6 and 8), WebP and JPEG, at 390, 780 and
   1200 pixels wide: milliseconds and bytes.
3. Renders the demo's florist page on a throwaway test database, just published (its
   renditions not made: the originals show, nothing is encoded), then after the task
   worker's job (timed) and, from its <picture> sources and their sizes, adds up the
   AVIF bytes a 390-pixel-wide screen picks at device pixel ratios 1, 2 and 3: for the
   first screen (images not lazy) and in all.

    .venv/bin/python bench/pictures.py
"""

import io
import os
import re
import sys
import time
from pathlib import Path


sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402


django.setup()

from django.core.files.storage import default_storage  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings, setup_databases, teardown_databases  # noqa: E402

from portal import renditions  # noqa: E402
from portal.demo import ensure_translated_home_pages, pictures  # noqa: E402
from portal.demo.content import read  # noqa: E402
from portal.demo.shops import ensure_shop_index, ensure_shops, ensure_taxonomy, product_kind  # noqa: E402
from portal.models import VitrineRendition  # noqa: E402


VIEWPORT = 390


def draw_everything():
    data = read("pictures")
    started, count = time.perf_counter(), 0
    for number, row in enumerate(read("shops")["shops"]):
        kinds = [thing["kind"] for thing in data["categories"][row["category"]]]
        drawings = [pictures.draw_logo(row["name"], number)]
        drawings.append(pictures.draw_storefront(row["name"], number, kinds))
        products = [p for s in row["catalogue"] for p in s["products"]] or [
            {"name": thing["name"]} for thing in data["categories"][row["category"]]
        ]
        for n, item in enumerate(products):
            kind = product_kind(item["name"]["fr"], row["category"])
            drawings.append(pictures.draw_product(kind, item["name"]["fr"], number + n))
        for drawing in drawings:
            pictures.as_file(drawing, "bench")
        count += len(drawings)
    for story in read("stories")["stories"]:
        pictures.as_file(pictures.draw_story_hero(story["shop"], 1, ["bread"] * 3), "bench")
        count += 1
    elapsed = time.perf_counter() - started
    print(f"drawn and saved as PNG: {count} pictures in {elapsed:.1f} s")
    print(f"  {elapsed / count * 1000:.0f} ms per picture")


def encode_one_storefront():
    storefront = pictures.draw_storefront("Fleurs du Beffroi", 0, ["bouquet", "plant", "bouquet"])
    print("one storefront, encoded (ms, bytes):")
    for width in (390, 780, 1200):
        picture = storefront.resize((width, width * 2 // 3))
        cells = []
        for label, fmt, options in [
            ("AVIF speed 6", "AVIF", {"quality": 61, "speed": 6}),
            ("AVIF speed 8", "AVIF", {"quality": 61, "speed": 8}),
            ("WebP", "WEBP", {"quality": 80}),
            ("JPEG", "JPEG", {"quality": 76}),
        ]:
            buffer = io.BytesIO()
            started = time.perf_counter()
            picture.save(buffer, format=fmt, **options)
            ms = (time.perf_counter() - started) * 1000
            cells.append(f"{label} {ms:5.0f} ms {len(buffer.getvalue()) / 1024:5.1f} KiB")
        print(f"  {width:4} px: " + " | ".join(cells))


def slot_width(sizes):
    """The width in CSS pixels a ``sizes`` attribute gives at the VIEWPORT width."""
    for part in sizes.split(","):
        part = part.strip()
        condition = re.match(r"\(min-width: ([\d.]+)rem\)\s*(.*)", part)
        if condition:
            if VIEWPORT < float(condition.group(1)) * 16:
                continue
            part = condition.group(2)
        number, unit = re.match(r"([\d.]+)(rem|vw|px)", part).groups()
        return float(number) * {"rem": 16, "vw": VIEWPORT / 100, "px": 1}[unit]
    return VIEWPORT


def picked_bytes(html, ratio):
    """AVIF bytes a browser at ``ratio`` picks: (first screen, whole page)."""
    eager = every = 0
    for picture in re.findall(r"<picture>(.*?)</picture>", html, re.S):
        source = next(s for s in re.findall(r"<source[^>]*>", picture) if "image/avif" in s)
        srcset = re.search(r'srcset="([^"]+)"', source).group(1)
        sizes = re.search(r'sizes="([^"]+)"', source).group(1)
        candidates = [c.rsplit(" ", 1) for c in srcset.split(", ")]
        candidates = sorted((int(w[:-1]), url) for url, w in candidates)
        wanted = slot_width(sizes) * ratio
        url = next((u for w, u in candidates if w >= wanted), candidates[-1][1])
        size = default_storage.size(url.removeprefix("/media/"))
        every += size
        if 'loading="lazy"' not in picture:
            eager += size
    return eager, every


def timed_get(client, url):
    started = time.perf_counter()
    html = client.get(url).content.decode()
    return html, time.perf_counter() - started


# As in production: what a page asks for waits in the database queue (the test
# settings' immediate backend would run it inside the request).
@override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}})
def shop_page_bytes():
    databases = setup_databases(verbosity=0, interactive=False)
    try:
        home = ensure_translated_home_pages()["fr"]
        ensure_taxonomy()
        with renditions.held():  # published, its renditions not made yet
            shop = ensure_shops(ensure_shop_index(home), slugs={"fleurs-du-beffroi"})[
                "fleurs-du-beffroi"
            ]
        client = Client()
        made_before = VitrineRendition.objects.count()
        html, waiting = timed_get(client, shop.url)
        assert VitrineRendition.objects.count() == made_before  # nothing encoded in a request
        started = time.perf_counter()
        made = renditions.make([(image.pk, kind) for image, kind in shop.pictures()])
        worker = time.perf_counter() - started
        html, first = timed_get(client, shop.url)
        _, again = timed_get(client, shop.url)
        print(f"florist's shop page: {html.count('<picture>')} pictures")
        print(f"  first render before the worker (originals, nothing encoded): {waiting:.2f} s")
        print(f"  the worker's task: {made} renditions in {worker:.1f} s")
        print(f"  first render after it: {first * 1000:.0f} ms, next: {again * 1000:.0f} ms")
        for ratio in (1, 2, 3):
            eager, every = picked_bytes(html, ratio)
            print(
                f"  {VIEWPORT} px at {ratio}x: first screen {eager / 1024:.0f} KiB, "
                f"whole page {every / 1024:.0f} KiB of AVIF"
            )
    finally:
        teardown_databases(databases, verbosity=0)


if __name__ == "__main__":
    draw_everything()
    encode_one_storefront()
    shop_page_bytes()
