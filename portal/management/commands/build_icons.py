"""Draws the favicon's shop front as PNG icons and the default sharing picture.

The PNGs in static/img/ were made by this command and are committed; run it again
after changing the design (static/img/favicon.svg is the same drawing).
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image, ImageDraw, ImageFont


BRAND = (155, 28, 31)
WHITE = (255, 255, 255)
WALL = (245, 232, 233)  # the SVG's white at 90 % opacity over the brand red
SUPERSAMPLE = 4  # drawn large, then reduced: smooth edges without an SVG renderer

# static/img/<name>: (size, shop front width as a share of the icon, rounded corners)
ICONS = {
    "favicon-32.png": (32, 1.0, True),
    "apple-touch-icon.png": (180, 0.8, False),  # iOS rounds the corners itself
    "icon-192.png": (192, 1.0, True),
    "icon-512.png": (512, 1.0, True),
    "icon-maskable-512.png": (512, 0.66, False),  # inside the maskable safe zone
}
SHARE_PICTURE = "share-default.png"
SHARE_SIZE = (1200, 630)  # what link previews show best (1.91:1)


def draw_shop_front(draw, left, top, scale):
    """The favicon's 32-unit drawing: awning, wall, door and window."""

    def box(x0, y0, x1, y1):
        return [left + x0 * scale, top + y0 * scale, left + x1 * scale, top + y1 * scale]

    awning = [(5, 10), (27, 10), (25, 15), (7, 15)]
    draw.polygon([(left + x * scale, top + y * scale) for x, y in awning], fill=WHITE)
    draw.rectangle(box(7, 15, 25, 26), fill=WALL)
    draw.rectangle(box(10, 18, 15, 26), fill=BRAND)
    draw.rectangle(box(18, 18, 23, 23), fill=BRAND)


def icon(size, share, rounded):
    big = size * SUPERSAMPLE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = big * 6 / 32 if rounded else 0
    draw.rounded_rectangle([0, 0, big - 1, big - 1], radius=radius, fill=BRAND)
    drawing = big * share
    offset = (big - drawing) / 2
    draw_shop_front(draw, offset, offset, drawing / 32)
    return image.resize((size, size), Image.Resampling.LANCZOS)


def share_picture():
    width, height = (side * SUPERSAMPLE for side in SHARE_SIZE)
    image = Image.new("RGB", (width, height), BRAND)
    draw = ImageDraw.Draw(image)
    unit = height / 2 / 32
    draw_shop_front(draw, width * 0.06, height / 4, unit)
    font = ImageFont.load_default(size=int(height * 0.15))
    text_left = width * 0.06 + 30 * unit
    draw.text((text_left, height * 0.5), "Vitrine Mons", font=font, fill=WHITE, anchor="lm")
    return image.resize(SHARE_SIZE, Image.Resampling.LANCZOS)


class Command(BaseCommand):
    help = "Draw the PNG icons and the default sharing picture into static/img/."

    def add_arguments(self, parser):
        parser.add_argument("--into", default=str(settings.BASE_DIR / "static" / "img"))

    def handle(self, *args, into, **options):
        folder = Path(into)
        folder.mkdir(parents=True, exist_ok=True)
        for name, (size, share, rounded) in ICONS.items():
            icon(size, share, rounded).save(folder / name, optimize=True)
        share_picture().save(folder / SHARE_PICTURE, optimize=True)
        self.stdout.write(f"{len(ICONS) + 1} pictures in {folder}")
