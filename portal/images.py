"""How the site's image renditions are encoded, which ones the public pages show, and
how a page shows a picture whose renditions are not made yet."""

from functools import lru_cache

from django.conf import settings
from django.forms.utils import flatatt
from django.utils.html import format_html
from PIL import AvifImagePlugin, Image
from wagtail.images.models import Filter, Picture, ResponsiveImage


def set_avif_encoder_speed():
    """Encode AVIF renditions at settings.AVIF_ENCODER_SPEED.

    Wagtail (through Willow) passes only the quality to Pillow, whose default speed, 6,
    takes over a second per 800-pixel picture on a small server: a shop page's first
    visit would wait for a dozen of them. Speed 8 is six times faster and its files stay
    smaller than WebP's.
    """
    speed = settings.AVIF_ENCODER_SPEED

    def save(im, fp, filename):
        im.encoderinfo.setdefault("speed", speed)
        AvifImagePlugin._save(im, fp, filename)

    Image.register_save(AvifImagePlugin.AvifImageFile.format, save)


def name_each_width_once_in_srcsets():
    """A picture asks for several widths (390, 780, 1200 …) and Wagtail never enlarges an
    image, so a photo narrower than the largest gets several renditions of its own width.
    A srcset naming one width twice is invalid HTML, which browsers may ignore: keep the
    first rendition of each width (they are the same picture)."""
    wagtail_srcset = ResponsiveImage.get_width_srcset.__func__

    def get_width_srcset(cls, renditions_list):
        by_width = {}
        for rendition in renditions_list:
            by_width.setdefault(rendition.width, rendition)
        return wagtail_srcset(cls, list(by_width.values()))

    ResponsiveImage.get_width_srcset = classmethod(get_width_srcset)


# What the public templates show of an image, by the name they ask for it with
# ({% site_picture image "shop_logo" %}, {% site_rendition image "gallery_large" as x %}):
# Wagtail filter specs, braces expanding as in its {% picture %} tag, formats first. The
# task worker makes these renditions when the content is published (portal.renditions);
# a request only reads them.
PICTURES = {
    "shop_logo": "format-{avif,webp,png} fill-{96x96,192x192}",
    "shop_card_logo": "format-{avif,webp,png} fill-{64x64,128x128}",
    "gallery_lead": "format-{avif,webp,jpeg} width-{390,780,1200}",
    "gallery_thumbnail": "format-{avif,webp,jpeg} fill-{200x150,400x300}",
    "gallery_large": "max-1600x1600 format-webp",  # the photo a gallery link opens
    "product": "format-{avif,webp,jpeg} fill-{320x240,640x480}",
    "block_image": "format-{avif,webp,jpeg} width-{480,960,1440}",
    "story_hero": "format-{avif,webp,jpeg} width-{390,780,1200,1600}",
    "story_card": "format-{avif,webp,jpeg} fill-{400x250,800x500}",
    "home_hero": "format-{avif,webp,jpeg} fill-{390x260,720x480,1080x720}",
    "testimonial_photo": "format-{avif,webp,jpeg} fill-{96x96,192x192}",
    "share": "fill-1200x630 format-jpeg",  # the size and format link previews take
    "structured_data_product": "max-800x800",
    "structured_data_photo": "max-1200x1200",
}


def filter_specs(kind):
    """The filter specs of one kind of picture, e.g. "format-avif|fill-96x96", in the
    order Wagtail's {% picture %} tag would ask for them."""
    return Filter.expand_spec(PICTURES[kind])


def format_of(spec):
    return next((op[len("format-") :] for op in spec.split("|") if op.startswith("format-")), None)


def fallback_format(specs):
    """The format of the <img> inside a <picture> of these specs (Wagtail's choice: the
    most widely read one)."""
    formats = {format_of(spec) for spec in specs}
    return next((f.name for f in reversed(Picture.source_format_order) if f.name in formats), None)


@lru_cache(maxsize=256)
def filter_of(spec):
    """The Filter of ``spec``, made once: a Filter parses its operations, checking each
    one's arguments through ``inspect``, which made a fifth of a shop page's render."""
    return Filter(spec=spec)


def existing_renditions(image, specs):
    """{spec: rendition} of those of ``specs`` already made, from the prefetched
    renditions, Wagtail's rendition cache or one query; never encodes anything."""
    filters = [filter_of(spec) for spec in specs]
    found = image.find_existing_renditions(*filters)
    cache_additions = {
        rendition.get_cache_key(): rendition
        for rendition in found.values()
        if not getattr(rendition, "_from_cache", False)
    }
    if cache_additions:
        image.get_rendition_model().cache_backend.set_many(cache_additions)
    return {f.spec: found[f] for f in filters if f in found}


class Original:
    """The uploaded file standing in for a rendition not made yet: it has the size the
    rendition will have (so the layout does not move), and any browser reads it (uploads
    are AVIF, GIF, JPEG, PNG or WebP)."""

    def __init__(self, image, spec):
        self.url = image.file.url
        self.width, self.height = filter_of(spec).get_transform(image).size

    def img_tag(self, attrs):
        attrs = {k: v for k, v in attrs.items() if k not in ("sizes", "srcset")}
        return format_html(
            "<img{}>",
            flatatt({"src": self.url, "width": self.width, "height": self.height, **attrs}),
        )


def picture_html(image, kind, attrs):
    """(HTML of the <picture>, whether every rendition of it was there).

    Missing renditions are left out: the <picture> offers the formats that are made, as
    long as its <img> has one; otherwise its <img> is the original file at the size of the
    smallest rendition. Nothing is encoded here.
    """
    specs = filter_specs(kind)
    found = existing_renditions(image, specs)
    if len(found) == len(specs):
        return Picture(found, attrs).__html__(), True
    fallback = fallback_format(specs)
    if any(format_of(spec) == fallback for spec in found):
        return Picture(found, attrs).__html__(), False
    smallest = next(spec for spec in specs if format_of(spec) == fallback)
    return format_html("<picture>{}</picture>", Original(image, smallest).img_tag(attrs)), False


def rendition_or_original(image, kind):
    """(the rendition of a one-rendition kind, or the original file standing in for it,
    whether it was the rendition)."""
    (spec,) = filter_specs(kind)
    found = existing_renditions(image, [spec])
    if spec in found:
        return found[spec], True
    return Original(image, spec), False
