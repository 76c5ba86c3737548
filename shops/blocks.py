"""StreamField blocks of a shop page: text, images and the online catalogue.

Prices, availability and links sit in non-text blocks, which wagtail-localize copies
from the French source on every sync; names and descriptions are text segments that
each language translates.
"""

from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock as WagtailImageBlock
from wagtail.images.blocks import ImageChooserBlock

from portal.blocks import ImageBlock, ParagraphBlock


MAX_PRICE = Decimal("100000.00")

AVAILABILITY_CHOICES = [
    ("in_stock", _("In stock")),
    ("on_order", _("On order")),
    ("out_of_stock", _("Out of stock")),
]
# schema.org ItemAvailability URLs for the JSON-LD offers.
SCHEMA_AVAILABILITY = {
    "in_stock": "https://schema.org/InStock",
    "on_order": "https://schema.org/PreOrder",
    "out_of_stock": "https://schema.org/OutOfStock",
}


SAMPLE_PRODUCT = {
    "name": _("Seasonal bouquet"),
    "description": _("Flowers from the morning market, tied by hand."),
    "price": Decimal("24.50"),
    "availability": "in_stock",
}


class ProductValue(blocks.StructValue):
    def availability_label(self):
        return dict(AVAILABILITY_CHOICES).get(self.get("availability"), "")


class ProductBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=500)
    price = blocks.DecimalBlock(
        label=_("Price (EUR)"),
        decimal_places=2,
        max_digits=8,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(MAX_PRICE)],
        help_text=_("In euros, VAT included, e.g. 12.50."),
    )
    image = ImageChooserBlock(label=_("Image"), required=False)
    # Per use and translated with the page: the library's alt text is in one language.
    image_alt = blocks.CharBlock(
        label=_("Image alt text"),
        max_length=255,
        required=False,
        default="",  # products saved before this field have none
        help_text=_("What the photo shows. Leave empty if the product's name says it all."),
    )
    availability = blocks.ChoiceBlock(
        label=_("Availability"), choices=AVAILABILITY_CHOICES, default="in_stock"
    )
    buy_url = blocks.URLBlock(
        label=_("Buy online link"),
        required=False,
        help_text=_("Optional: this product's page on your online shop."),
    )

    class Meta:
        icon = "tag"
        label = _("Product")
        template = "blocks/product.html"
        value_class = ProductValue
        preview_value = SAMPLE_PRODUCT
        # The collapsed product's one line in the editor, kept up to date as it is edited.
        label_format = "{name} · {price} € · {availability}"


class CatalogueBlock(blocks.StructBlock):
    """A section of the online catalogue: a heading, an intro and its products."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=600)
    # Collapsed, a catalogue is a list of "name · price" lines the merchant opens one by
    # one, so the editor's first tab stays short however many products there are.
    products = blocks.ListBlock(
        ProductBlock(),
        label=_("Products"),
        min_num=1,
        max_num=200,
        collapsed=True,
        form_classname="catalogue-products",  # the compact rows of static/css/shop-editor.css
    )

    class Meta:
        icon = "list-ul"
        label = _("Catalogue section")
        template = "blocks/catalogue.html"
        description = _("Products with prices and availability, shown as your online catalogue.")
        group = _("Catalogue")
        preview_value = {
            "heading": _("Our bouquets"),
            "intro": _("Made to order on the day."),
            "products": [
                SAMPLE_PRODUCT,
                {
                    "name": _("Potted orchid"),
                    "description": "",
                    "price": Decimal("32.00"),
                    "availability": "on_order",
                },
            ],
        }

    def products_in(self, value):
        return list(value["products"])

    def images_in(self, value):
        return [product["image"] for product in value["products"]]

    def pictures_in(self, value):
        return [
            (product["image"], kind)
            for product in value["products"]
            if product["image"]
            for kind in ("product", "structured_data_product")
        ]


class BookingBlock(blocks.StructBlock):
    """Where the booking form of the page's bookable services appears."""

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        required=False,
        help_text=_("Leave empty for “Book an appointment”."),
    )
    intro = blocks.TextBlock(label=_("Introduction"), required=False, max_length=600)

    class Meta:
        icon = "date"
        label = _("Booking")
        template = "blocks/booking.html"
        description = _("Lets residents book your services (see the Bookings tab).")
        # The real block lists the page's own services, which a preview does not have.
        preview_template = "blocks/previews/booking.html"
        preview_value = {"heading": "", "intro": _("Choose a time; we confirm it by email.")}


class GalleryPhotoBlock(WagtailImageBlock):
    """A gallery photo with its alt text for this page, which each language translates."""

    class Meta:
        icon = "image"
        label = _("Photo")

    def images_in(self, value):
        return [value]


class ShopBodyBlock(blocks.StreamBlock):
    """The free-form part of a shop page."""

    paragraph = ParagraphBlock()
    image = ImageBlock()
    catalogue = CatalogueBlock()
    booking = BookingBlock()
