"""The demo's drawn pictures: every name is drawn in glyphs the shipped font has, and the
drawings are pictures, not grey placeholders."""

from PIL import ImageDraw

from portal.demo import pictures
from portal.demo.content import read


def missing_glyphs(text):
    """Characters of ``text`` the site's font draws as its "missing glyph" box."""
    face = pictures.font(48)

    def drawn(ch):
        mask = face.getmask(ch)
        return mask.size, bytes(mask)

    missing = drawn("\ue000")  # a private-use character no font has
    return {ch for ch in set(text) - {" "} if drawn(ch) == missing}


def every_drawn_or_described_text():
    shops = read("shops")["shops"]
    texts = [shop["name"] for shop in shops]
    texts += [p["name"][lang] for s in shops for c in s["catalogue"] for p in c["products"]
              for lang in ("fr", "nl", "de", "en")]  # fmt: skip
    data = read("pictures")
    for template in data["alt"].values():
        texts += template.values()
    return texts


def test_the_shipped_font_has_every_glyph_of_the_names_it_draws():
    assert missing_glyphs("▯\ue001") == {"▯", "\ue001"}  # the check itself sees a missing glyph
    assert {text: missing_glyphs(text) for text in every_drawn_or_described_text()} == {
        text: set() for text in every_drawn_or_described_text()
    }
    # The old default font drew "Épicerie Les Deux Rives" as "▯LD".
    assert pictures.initials("Épicerie Les Deux Rives") == "ÉLD"


def test_every_product_of_the_demo_gets_a_drawing_of_its_kind():
    data = read("pictures")
    for shop in read("shops")["shops"]:
        assert len(data["categories"][shop["category"]]) == 3, shop["category"]
        for section in shop["catalogue"]:
            for product in section["products"]:
                kind = _kind(product["name"]["fr"], shop["category"])
                assert kind in pictures.SHAPES, product["name"]["fr"]


def _kind(name, category):
    from portal.demo.shops import product_kind

    return product_kind(name, category)


def test_drawings_are_colourful_pictures_of_the_expected_sizes():
    logo = pictures.draw_logo("Épicerie Les Deux Rives", 3)
    storefront = pictures.draw_storefront("Épicerie Les Deux Rives", 3, ["basket", "jar", "cheese"])
    hero = pictures.draw_story_hero("Le Fournil du Pavillon", 12, ["bread", "tart", "bread"])
    products = [
        pictures.draw_product(kind, "Pain gris", n) for n, kind in enumerate(pictures.SHAPES)
    ]

    assert (logo.size, storefront.size, hero.size) == ((480, 480), (1200, 800), (1600, 900))
    assert {product.size for product in products} == {(800, 600)}
    for drawing in [storefront, hero, *products]:
        colours = drawing.getcolors(maxcolors=100_000)
        assert len(colours) >= 5  # shapes in several colours, not a flat placeholder
    # Same shop, same picture: reloading the demo does not change what residents saw.
    again = pictures.draw_storefront("Épicerie Les Deux Rives", 3, ["basket", "jar", "cheese"])
    assert again.tobytes() == storefront.tobytes()
    ImageDraw.Draw(logo)  # still an editable RGB canvas
