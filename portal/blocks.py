"""Blocks shared by the StreamFields of several apps.

A block that holds images, products or shops says so with an ``images_in(value)``,
``products_in(value)`` or ``shops_in(value)`` method, and the pictures its template
shows with ``pictures_in(value)`` ((image, kind of ``portal.images.PICTURES``) pairs);
``collect`` asks every block of a body, so no caller tests block type names.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageChooserBlock


def collect(body, kind):
    """The ``kind`` ("images", "pictures", "products", "shops") held by the blocks of a
    StreamField value, in page order."""
    found = []
    for child in body:
        held_by = getattr(child.block, f"{kind}_in", None)
        if held_by is not None:
            found += [item for item in held_by(child.value) if item]
    return found


def any_image():
    """An image of the city's own (root) collection for block previews in the editor, or
    None: merchants' collections are private, and every editor sees the previews."""
    return get_image_model().objects.filter(collection__depth=1).order_by("pk").first()


class ParagraphBlock(blocks.RichTextBlock):
    """Formatted text, limited to what the site's pages need."""

    def __init__(self, **kwargs):
        super().__init__(features=["h2", "h3", "bold", "italic", "link", "ol", "ul"], **kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        template = "blocks/paragraph.html"
        description = _("Paragraphs of text with headings, lists and links.")
        group = _("Text")
        preview_value = _(
            "<h2>Open on Sunday mornings</h2><p>Until Christmas the shop opens on "
            "<b>Sundays from 9:00 to 12:30</b>. Orders can be collected at the counter.</p>"
        )


class ImageBlock(blocks.StructBlock):
    """A photo with mandatory alt text, which each language translates."""

    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        label=_("Alt text"),
        max_length=255,
        help_text=_("What the photo shows, for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=255)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"
        description = _("A photo with its alt text and an optional caption.")
        group = _("Media")

    def images_in(self, value):
        return [value["image"]]

    def pictures_in(self, value):
        return [(value["image"], "block_image")] if value["image"] else []

    def get_preview_value(self):
        return self.normalize(
            {"image": any_image(), "alt": _("The shop window"), "caption": _("The shop window")}
        )


class LinkValue(blocks.StructValue):
    def href(self, localized=None):
        """The page in the visitor's language (from ``localized``) or the external URL."""
        page = self.get("page")
        if page is not None:
            page = (localized or {}).get(page.pk, page)
            return page.url
        return self.get("url") or ""


class LinkBlock(blocks.StructBlock):
    """A menu or footer link: to a page of the site or to another address."""

    label = blocks.CharBlock(label=_("Label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Or another address"), required=False)

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                non_block_errors=[_("Choose a page or enter an address (one of the two).")]
            )
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        value_class = LinkValue
        description = _("A link to a page of the site or to another address.")
        preview_value = {"label": _("Find a shop"), "url": "https://www.mons.be/"}
