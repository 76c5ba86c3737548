"""The demo's pictures, drawn with Pillow when the demo loads: nothing is downloaded.

Flat illustrations in the campaign's colours (static/css/vitrine.css): a logo, a
storefront with its awning and the shop's name, products as simple shapes of their kind,
and a street scene under the belfry for each story. Text is drawn in the site's own font
(static/fonts), which has every glyph the names need. Drawings are deterministic: the
same shop gets the same pictures on every load.
"""

import io
import random
import zlib
from functools import cache
from pathlib import Path

from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image, ImageDraw, ImageFont


FONT_FOLDER = Path(settings.BASE_DIR) / "static" / "fonts"
BOLD = FONT_FOLDER / "atkinson-hyperlegible-latin-700-normal.woff2"

# The campaign's colours: brand red, its dark shade, the focus blue, the "open" green,
# and warm tones that keep white text readable.
BRAND = "#9b1c1f"
BRAND_DARK = "#6d1316"
INK = "#1d1d1f"
SURFACE = "#f6f3ef"
SAND = "#e3ddd5"
WHITE = "#ffffff"
COLOURS = ["#9b1c1f", "#1a5fb4", "#1b6b2f", "#7d3c98", "#b35900", "#2e4a62", "#8a5a00"]
SOFT = ["#f3d9d3", "#d8e4f4", "#d9ecd9", "#e8dcef", "#f6e0c8", "#dbe3ea", "#efe3c4"]
WALLS = ["#efe6da", "#e9dccb", "#f1e9e0", "#e4e0d8", "#eadfd2"]


@cache
def font(size):
    return ImageFont.truetype(str(BOLD), size)


def rng_for(*keys):
    """A random generator seeded by the keys, so a drawing is the same on every load."""
    return random.Random(zlib.crc32("|".join(map(str, keys)).encode()))  # noqa: S311 (drawings, not secrets)


def as_file(canvas, stem):
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG", optimize=False, compress_level=6)
    return ImageFile(buffer, name=f"{stem}.png")


def fit_text(draw, text, max_width, size):
    """The largest font size up to ``size`` at which ``text`` fits ``max_width``."""
    while size > 12 and draw.textlength(text, font=font(size)) > max_width:
        size -= 2
    return font(size)


def centred_text(draw, centre, text, size, fill, max_width):
    face = fit_text(draw, text, max_width, size)
    draw.text(centre, text, font=face, fill=fill, anchor="mm")


# --- logo --------------------------------------------------------------------------


def initials(name):
    words = name.replace("'", " ").replace("’", " ").split()
    return "".join(word[0] for word in words if word[0].isupper())[:3]


def draw_logo(name, number):
    """A round badge with the shop's initials on the shop's colour."""
    colour = COLOURS[number % len(COLOURS)]
    canvas = Image.new("RGB", (480, 480), colour)
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((36, 36, 444, 444), outline=WHITE, width=10)
    draw.arc((70, 70, 410, 410), 200, 340, fill=SOFT[number % len(SOFT)], width=6)
    centred_text(draw, (240, 250), initials(name), 170, WHITE, 320)
    return canvas


# --- products ----------------------------------------------------------------------
# Each shape draws one object in the box (x0, y0, x1, y1) with a main colour.


def _bouquet(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    for n in range(7):
        d.line(
            (cx, y0 + h * 0.8, x0 + w * (0.25 + n * 0.08), y0 + h * 0.35), fill="#26734d", width=6
        )
    for _n in range(9):
        fx = x0 + w * rng.uniform(0.22, 0.78)
        fy = y0 + h * rng.uniform(0.12, 0.42)
        r = w * rng.uniform(0.07, 0.11)
        d.ellipse(
            (fx - r, fy - r, fx + r, fy + r), fill=rng.choice([colour, "#f0a3b5", "#f6c445", WHITE])
        )
        d.ellipse((fx - r / 3, fy - r / 3, fx + r / 3, fy + r / 3), fill="#f6c445")
    d.polygon([(cx - w * 0.22, y0 + h * 0.5), (cx + w * 0.22, y0 + h * 0.5), (cx, y1)], fill=SAND)


def _plant(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    for n in range(6):
        angle = -0.9 + n * 0.36
        lx, ly = cx + angle * w * 0.35, y0 + h * (0.15 + abs(angle) * 0.2)
        d.ellipse((lx - w * 0.1, ly - h * 0.16, lx + w * 0.1, ly + h * 0.16), fill="#26734d")
        d.line((cx, y0 + h * 0.62, lx, ly), fill="#1b6b2f", width=5)
    d.polygon(
        [
            (cx - w * 0.25, y0 + h * 0.6),
            (cx + w * 0.25, y0 + h * 0.6),
            (cx + w * 0.18, y1),
            (cx - w * 0.18, y1),
        ],
        fill=colour,
    )


def _book(d, box, colour, rng, label=""):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    left, right = x0 + w * 0.2, x1 - w * 0.2
    d.rounded_rectangle((left, y0, right, y1), radius=8, fill=colour)
    d.rectangle((left, y0, left + w * 0.06, y1), fill=BRAND_DARK if colour != BRAND_DARK else INK)
    d.rectangle((left + w * 0.14, y0 + h * 0.2, right - w * 0.06, y0 + h * 0.45), fill=SURFACE)
    words = label.split(" (")[0].split()
    lines = [" ".join(words[: (len(words) + 1) // 2]), " ".join(words[(len(words) + 1) // 2 :])]
    for n, line in enumerate(lines):
        cy = y0 + h * (0.27 + n * 0.11)
        centred_text(
            d,
            ((left + w * 0.14 + right - w * 0.06) / 2, cy),
            line,
            int(h * 0.08),
            INK,
            right - left - w * 0.26,
        )


def _garment(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    d.polygon(
        [
            (cx - w * 0.14, y0),
            (cx - w * 0.42, y0 + h * 0.18),
            (cx - w * 0.34, y0 + h * 0.38),
            (cx - w * 0.24, y0 + h * 0.32),
            (cx - w * 0.24, y1),
            (cx + w * 0.24, y1),
            (cx + w * 0.24, y0 + h * 0.32),
            (cx + w * 0.34, y0 + h * 0.38),
            (cx + w * 0.42, y0 + h * 0.18),
            (cx + w * 0.14, y0),
        ],
        fill=colour,
    )
    d.chord((cx - w * 0.14, y0 - h * 0.1, cx + w * 0.14, y0 + h * 0.1), 0, 180, fill=SURFACE)
    for n in range(3):
        yy = y0 + h * (0.5 + n * 0.14)
        d.line((cx - w * 0.24, yy, cx + w * 0.24, yy), fill=WHITE, width=4)


def _plate(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, cy, w, h = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0
    d.ellipse((x0, y0 + h * 0.15, x1, y1 - h * 0.05), fill=WHITE, outline=SAND, width=6)
    d.ellipse((x0 + w * 0.15, y0 + h * 0.27, x1 - w * 0.15, y1 - h * 0.17), outline=SAND, width=3)
    for _n in range(5):
        fx, fy = cx + w * rng.uniform(-0.2, 0.2), cy + h * rng.uniform(-0.12, 0.1)
        r = w * rng.uniform(0.06, 0.1)
        d.ellipse(
            (fx - r, fy - r * 0.8, fx + r, fy + r * 0.8),
            fill=rng.choice([colour, "#b35900", "#26734d", "#f6c445"]),
        )


def _glasses(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, cy, w = (x0 + x1) / 2, (y0 + y1) / 2, x1 - x0
    r = w * 0.2
    for side in (-1, 1):
        ex = cx + side * w * 0.24
        d.ellipse(
            (ex - r, cy - r * 0.8, ex + r, cy + r * 0.8), fill="#d8e4f4", outline=colour, width=14
        )
        d.line(
            (ex + side * r, cy - r * 0.3, ex + side * (r + w * 0.06), cy - r * 0.5),
            fill=colour,
            width=12,
        )
    d.arc(
        (cx - w * 0.06, cy - r * 0.5, cx + w * 0.06, cy + r * 0.2), 200, 340, fill=colour, width=10
    )


def _chocolates(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.rounded_rectangle((x0, y0 + h * 0.15, x1, y1), radius=14, fill=colour)
    d.rounded_rectangle(
        (x0 + w * 0.06, y0 + h * 0.24, x1 - w * 0.06, y1 - h * 0.08), radius=10, fill="#f6e0c8"
    )
    for row in range(2):
        for col in range(4):
            px = x0 + w * (0.19 + col * 0.21)
            py = y0 + h * (0.42 + row * 0.28)
            r = w * 0.075
            d.ellipse(
                (px - r, py - r, px + r, py + r), fill=rng.choice(["#5a3319", "#3b2212", "#7a4a25"])
            )


def _scissors(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    d.line((cx - w * 0.22, y0, cx + w * 0.1, y0 + h * 0.62), fill="#4a4a52", width=16)
    d.line((cx + w * 0.22, y0, cx - w * 0.1, y0 + h * 0.62), fill="#6a6a72", width=16)
    for side in (-1, 1):
        ex = cx + side * w * 0.16
        d.ellipse((ex - w * 0.12, y0 + h * 0.6, ex + w * 0.12, y1), outline=colour, width=16)


def _device(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.rounded_rectangle((x0 + w * 0.1, y0, x1 - w * 0.1, y1 - h * 0.2), radius=16, fill=INK)
    d.rectangle((x0 + w * 0.15, y0 + h * 0.06, x1 - w * 0.15, y1 - h * 0.26), fill="#d8e4f4")
    d.rectangle((x0 + w * 0.2, y0 + h * 0.14, x0 + w * 0.55, y0 + h * 0.22), fill=colour)
    d.rectangle((x0 + w * 0.2, y0 + h * 0.3, x1 - w * 0.25, y0 + h * 0.36), fill=WHITE)
    d.polygon(
        [(x0, y1 - h * 0.2), (x1, y1 - h * 0.2), (x1 - w * 0.04, y1), (x0 + w * 0.04, y1)],
        fill="#4a4a52",
    )


def _meat(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0, y0 + h * 0.15, x1 - w * 0.1, y1), fill="#c0392b")
    d.ellipse((x0 + w * 0.1, y0 + h * 0.25, x1 - w * 0.22, y1 - h * 0.12), fill="#e06b5a")
    d.ellipse((x0 + w * 0.55, y0 + h * 0.35, x0 + w * 0.72, y0 + h * 0.58), fill=WHITE)
    d.arc(
        (x0 + w * 0.05, y0 + h * 0.2, x1 - w * 0.15, y1 - h * 0.05), 190, 300, fill=SURFACE, width=8
    )


def _shoe(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.polygon(
        [
            (x0, y0 + h * 0.2),
            (x0 + w * 0.28, y0 + h * 0.2),
            (x0 + w * 0.35, y0 + h * 0.45),
            (x1 - w * 0.1, y0 + h * 0.6),
            (x1, y1 - h * 0.12),
            (x0, y1 - h * 0.12),
        ],
        fill=colour,
    )
    d.rectangle((x0, y1 - h * 0.12, x1, y1), fill=INK)
    for n in range(3):
        lx = x0 + w * (0.38 + n * 0.08)
        d.line((lx, y0 + h * 0.45, lx + w * 0.05, y0 + h * 0.56), fill=WHITE, width=5)


def _bread(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0, y0 + h * 0.25, x1, y1 - h * 0.05), fill="#c98a3a")
    d.ellipse((x0 + w * 0.05, y0 + h * 0.28, x1 - w * 0.05, y1 - h * 0.25), fill="#dca45a")
    for n in range(4):
        sx = x0 + w * (0.22 + n * 0.16)
        d.line((sx, y0 + h * 0.38, sx + w * 0.09, y0 + h * 0.62), fill="#f6e0c8", width=8)


def _tart(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0, y0 + h * 0.25, x1, y1), fill="#c98a3a")
    d.ellipse(
        (x0 + w * 0.07, y0 + h * 0.31, x1 - w * 0.07, y1 - h * 0.08),
        fill=rng.choice(["#f6c445", "#e06b5a", "#f3d9d3"]),
    )
    cx, cy = (x0 + x1) / 2, y0 + h * 0.62
    for n in range(6):
        angle = n * 60
        d.pieslice(
            (x0 + w * 0.07, y0 + h * 0.31, x1 - w * 0.07, y1 - h * 0.08),
            angle,
            angle + 2,
            fill="#c98a3a",
        )
    d.ellipse((cx - w * 0.05, cy - h * 0.04, cx + w * 0.05, cy + h * 0.04), fill=colour)


def _jar(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.rounded_rectangle(
        (x0 + w * 0.18, y0 + h * 0.18, x1 - w * 0.18, y1), radius=30, fill="#e0a526"
    )
    d.rectangle((x0 + w * 0.22, y0, x1 - w * 0.22, y0 + h * 0.2), fill=colour)
    d.rectangle((x0 + w * 0.24, y0 + h * 0.45, x1 - w * 0.24, y0 + h * 0.75), fill=SURFACE)
    d.ellipse((x0 + w * 0.42, y0 + h * 0.52, x1 - w * 0.42, y0 + h * 0.68), fill=colour)


def _bottle(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    d.rectangle((cx - w * 0.06, y0, cx + w * 0.06, y0 + h * 0.3), fill="#1f4d2b")
    d.rounded_rectangle((cx - w * 0.2, y0 + h * 0.28, cx + w * 0.2, y1), radius=24, fill="#26734d")
    d.rectangle((cx - w * 0.2, y0 + h * 0.5, cx + w * 0.2, y0 + h * 0.78), fill=SURFACE)
    d.rectangle((cx - w * 0.2, y0 + h * 0.58, cx + w * 0.2, y0 + h * 0.64), fill=colour)
    d.rectangle((cx - w * 0.07, y0 - h * 0.02, cx + w * 0.07, y0 + h * 0.05), fill=colour)


def _bike(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    r = w * 0.2
    back, front, ground = (x0 + r, y1 - r), (x1 - r, y1 - r), y1 - r
    for cx, cy in (back, front):
        d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=INK, width=10)
        d.ellipse((cx - 8, cy - 8, cx + 8, cy + 8), fill=INK)
    seat, bar, pedal = (
        (x0 + w * 0.4, y0 + h * 0.25),
        (x1 - w * 0.3, y0 + h * 0.2),
        (x0 + w * 0.48, ground),
    )
    d.line([back, seat, pedal, back], fill=colour, width=12)
    d.line([seat, (bar[0] - w * 0.02, bar[1] + h * 0.1), pedal], fill=colour, width=12)
    d.line([(bar[0] - w * 0.02, bar[1] + h * 0.1), front], fill=colour, width=12)
    d.line([(bar[0] - w * 0.06, bar[1]), (bar[0] + w * 0.06, bar[1])], fill=INK, width=10)
    d.line([(seat[0] - w * 0.06, seat[1]), (seat[0] + w * 0.04, seat[1])], fill=INK, width=12)


def _basket(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    for _n in range(7):
        fx, fy = x0 + w * rng.uniform(0.2, 0.8), y0 + h * rng.uniform(0.2, 0.45)
        r = w * rng.uniform(0.08, 0.12)
        d.ellipse(
            (fx - r, fy - r, fx + r, fy + r),
            fill=rng.choice(["#c0392b", "#e07b00", "#26734d", "#f6c445", "#7d3c98"]),
        )
    d.arc(
        (x0 + w * 0.15, y0 - h * 0.1, x1 - w * 0.15, y0 + h * 0.8),
        180,
        360,
        fill="#8a5a00",
        width=12,
    )
    d.polygon(
        [(x0, y0 + h * 0.45), (x1, y0 + h * 0.45), (x1 - w * 0.1, y1), (x0 + w * 0.1, y1)],
        fill="#b8823a",
    )
    for n in range(1, 4):
        yy = y0 + h * (0.45 + n * 0.13)
        d.line((x0 + w * 0.05, yy, x1 - w * 0.05, yy), fill="#8a5a00", width=5)


def _gift(d, box, colour, rng):
    x0, y0, x1, y1 = box
    cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
    d.rectangle((x0 + w * 0.1, y0 + h * 0.3, x1 - w * 0.1, y1), fill=colour)
    d.rectangle((x0 + w * 0.05, y0 + h * 0.2, x1 - w * 0.05, y0 + h * 0.36), fill=colour)
    d.rectangle((cx - w * 0.06, y0 + h * 0.2, cx + w * 0.06, y1), fill="#f6c445")
    for side in (-1, 1):
        d.ellipse(
            (cx + side * w * 0.2 - w * 0.13, y0, cx + side * w * 0.2 + w * 0.13, y0 + h * 0.22),
            outline="#f6c445",
            width=12,
        )


def _cup(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.ellipse((x0, y1 - h * 0.15, x1, y1), fill=WHITE, outline=SAND, width=4)
    d.arc(
        (x1 - w * 0.35, y0 + h * 0.35, x1 - w * 0.05, y0 + h * 0.7), 270, 90, fill=colour, width=14
    )
    d.polygon(
        [
            (x0 + w * 0.15, y0 + h * 0.3),
            (x1 - w * 0.25, y0 + h * 0.3),
            (x1 - w * 0.32, y1 - h * 0.1),
            (x0 + w * 0.22, y1 - h * 0.1),
        ],
        fill=colour,
    )
    d.ellipse((x0 + w * 0.15, y0 + h * 0.25, x1 - w * 0.25, y0 + h * 0.36), fill="#5a3319")
    for n in range(3):
        sx = x0 + w * (0.3 + n * 0.1)
        d.arc((sx - 12, y0, sx + 12, y0 + h * 0.2), 100, 260, fill=SAND, width=6)


def _cheese(d, box, colour, rng):
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    d.polygon([(x0, y1), (x1, y1), (x1, y0 + h * 0.35), (x0, y0 + h * 0.6)], fill="#f6c445")
    d.polygon(
        [(x0, y0 + h * 0.6), (x1, y0 + h * 0.35), (x1 - w * 0.2, y0 + h * 0.25)], fill="#f9d97a"
    )
    for _n in range(4):
        hx, hy = x0 + w * rng.uniform(0.15, 0.85), y0 + h * rng.uniform(0.65, 0.9)
        r = w * rng.uniform(0.03, 0.06)
        d.ellipse((hx - r, hy - r, hx + r, hy + r), fill="#e0a526")


SHAPES = {
    "bouquet": _bouquet, "plant": _plant, "book": _book, "garment": _garment, "plate": _plate,
    "glasses": _glasses, "chocolates": _chocolates, "scissors": _scissors, "device": _device,
    "meat": _meat, "shoe": _shoe, "bread": _bread, "tart": _tart, "jar": _jar,
    "bottle": _bottle, "bike": _bike, "basket": _basket, "gift": _gift, "cup": _cup,
    "cheese": _cheese,
}  # fmt: skip


def draw_shape(draw, kind, box, colour, rng, label=""):
    if kind == "book":
        _book(draw, box, colour, rng, label)
    else:
        SHAPES[kind](draw, box, colour, rng)


def draw_product(kind, label, number):
    """One product on a soft background of the shop's colour, 800 × 600."""
    rng = rng_for(kind, label, number)
    colour = COLOURS[(number + len(label)) % len(COLOURS)]
    canvas = Image.new("RGB", (800, 600), SOFT[number % len(SOFT)])
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((170, 60, 630, 520), fill=SURFACE)
    draw.rectangle((0, 500, 800, 600), fill=SAND)
    draw_shape(draw, kind, (260, 130, 540, 500), colour, rng, label)
    return canvas


# --- storefront and street -------------------------------------------------------


def _facade(draw, box, name, number, kinds, rng, sign=True):
    """A shop's ground floor and the storey above: sign, striped awning, window, door."""
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    colour = COLOURS[number % len(COLOURS)]
    draw.rectangle(box, fill=WALLS[number % len(WALLS)])
    for n in range(3):  # the windows upstairs
        wx = x0 + w * (0.12 + n * 0.29)
        draw.rectangle(
            (wx, y0 + h * 0.06, wx + w * 0.18, y0 + h * 0.26), fill="#dbe3ea", outline=INK, width=4
        )
        draw.line((wx + w * 0.09, y0 + h * 0.06, wx + w * 0.09, y0 + h * 0.26), fill=INK, width=3)
        draw.rectangle((wx - 6, y0 + h * 0.26, wx + w * 0.18 + 6, y0 + h * 0.28), fill=SAND)
    band = (x0 + w * 0.04, y0 + h * 0.33, x1 - w * 0.04, y0 + h * 0.45)
    draw.rectangle(band, fill=colour)
    if sign:
        centred_text(
            draw, ((band[0] + band[2]) / 2, (band[1] + band[3]) / 2), name,
            int(h * 0.085), WHITE, band[2] - band[0] - 30,
        )  # fmt: skip
    top, bottom = y0 + h * 0.45, y0 + h * 0.55
    stripes = 10
    for n in range(stripes):  # the awning, scalloped at its edge
        sx0 = x0 + w * 0.04 + n * (w * 0.92 / stripes)
        sx1 = sx0 + w * 0.92 / stripes
        fill = colour if n % 2 == 0 else WHITE
        draw.rectangle((sx0, top, sx1, bottom), fill=fill)
        draw.chord((sx0, bottom - h * 0.03, sx1, bottom + h * 0.03), 0, 180, fill=fill)
    window = (x0 + w * 0.07, y0 + h * 0.6, x0 + w * 0.62, y1 - h * 0.08)
    draw.rectangle(window, fill="#d8e4f4", outline=INK, width=6)
    shelf = window[3] - (window[3] - window[1]) * 0.12
    draw.rectangle((window[0] + 6, shelf, window[2] - 6, shelf + 10), fill="#8a5a00")
    slot = (window[2] - window[0]) / 3
    for n, kind in enumerate(kinds[:3]):
        left = window[0] + n * slot + slot * 0.12
        top_of = window[1] + (window[3] - window[1]) * 0.18
        draw_shape(
            draw,
            kind,
            (left, top_of, left + slot * 0.76, shelf),
            COLOURS[(number + n + 1) % len(COLOURS)],
            rng,
        )
    door = (x0 + w * 0.7, y0 + h * 0.6, x0 + w * 0.9, y1)
    draw.rectangle(door, fill=BRAND_DARK if colour != BRAND_DARK else INK)
    draw.rectangle(
        (door[0] + 14, door[1] + 14, door[2] - 14, door[1] + (door[3] - door[1]) * 0.5),
        fill="#d8e4f4",
    )
    draw.ellipse(
        (door[2] - 30, (door[1] + door[3]) / 2, door[2] - 16, (door[1] + door[3]) / 2 + 14),
        fill="#f6c445",
    )
    draw.rectangle((x0, y1 - h * 0.03, x1, y1), fill=SAND)


def draw_storefront(name, number, kinds):
    """The shop's storefront, 1200 × 800, with its name on the sign."""
    rng = rng_for("storefront", name)
    canvas = Image.new("RGB", (1200, 800), "#cfe0ee")
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((980, 40, 1100, 160), fill="#f6c445")
    _facade(draw, (80, 60, 1120, 720), name, number, kinds, rng)
    draw.rectangle((0, 720, 1200, 800), fill="#b9b3aa")
    for n in range(0, 1200, 120):
        draw.line((n, 720, n + 40, 800), fill="#a39d94", width=4)
    return canvas


def _belfry(draw, x, ground, scale):
    """Mons' belfry as a silhouette: a square tower, its domed roof and three lanterns."""
    tower = "#8e9aa6"
    draw.rectangle((x - 60 * scale, ground - 420 * scale, x + 60 * scale, ground), fill=tower)
    draw.rectangle(
        (x - 75 * scale, ground - 440 * scale, x + 75 * scale, ground - 420 * scale), fill=tower
    )
    draw.pieslice(
        (x - 70 * scale, ground - 560 * scale, x + 70 * scale, ground - 360 * scale),
        180,
        360,
        fill=tower,
    )
    for dx in (-80, 0, 80):
        lx = x + dx * scale
        top = ground - (620 if dx == 0 else 520) * scale
        draw.rectangle((lx - 14 * scale, top, lx + 14 * scale, top + 60 * scale), fill=tower)
        draw.pieslice(
            (lx - 22 * scale, top - 40 * scale, lx + 22 * scale, top + 10 * scale),
            180,
            360,
            fill=tower,
        )
    for n in range(3):
        wy = ground - (380 - n * 110) * scale
        draw.rectangle((x - 16 * scale, wy, x + 16 * scale, wy + 60 * scale), fill="#6f7b87")


def draw_story_hero(shop_name, number, kinds):
    """The story's shop in its street, between two neighbours, under the belfry; 1600 × 900."""
    rng = rng_for("story", shop_name)
    canvas = Image.new("RGB", (1600, 900), "#cfe0ee")
    draw = ImageDraw.Draw(canvas)
    draw.ellipse((120, 80, 230, 190), fill="#f6c445")
    _belfry(draw, 1130, 560, 0.8)
    neighbours = [(20, 260, 470, 800), (1130, 240, 1580, 800)]
    for n, box in enumerate(neighbours):
        draw.rectangle(box, fill=WALLS[(number + n + 2) % len(WALLS)])
        for row in range(3):
            for col in range(2):
                wx, wy = box[0] + 70 + col * 200, box[1] + 60 + row * 150
                draw.rectangle((wx, wy, wx + 110, wy + 95), fill="#dbe3ea", outline=INK, width=4)
        draw.polygon(
            [(box[0], box[1]), (box[2], box[1]), ((box[0] + box[2]) / 2, box[1] - 110)],
            fill=BRAND_DARK,
        )
    draw.polygon([(470, 200), (1130, 200), (800, 60)], fill="#5b3a29")
    _facade(draw, (470, 200, 1130, 800), shop_name, number, kinds, rng)
    draw.rectangle((0, 800, 1600, 900), fill="#b9b3aa")
    for n in range(0, 1600, 100):
        draw.line((n, 800, n + 30, 900), fill="#a39d94", width=4)
    return canvas
