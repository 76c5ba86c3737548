"""Blocks of a story's body."""

from urllib.parse import urlsplit

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from campaign.models.snippets import Testimonial
from portal.blocks import ImageBlock, ParagraphBlock
from shops.models import ShopPage


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), max_length=120, required=False)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote.html"
        description = _("Words of the merchant, set apart from the text.")
        group = _("Text")
        preview_value = {
            "text": _("Since our catalogue is online, customers come in knowing what they want."),
            "attribution": _("A florist in the city centre"),
        }


class VideoLinkValue(blocks.StructValue):
    def host(self):
        return urlsplit(self.get("url") or "").hostname or ""


class VideoLinkBlock(blocks.StructBlock):
    """A video or post hosted elsewhere, shown as a link.

    Public pages make no request to other hosts, so nothing is embedded: the visitor
    chooses to follow the link.
    """

    url = blocks.URLBlock(label=_("Address of the video or post"))
    title = blocks.CharBlock(label=_("Title"), max_length=160)

    class Meta:
        icon = "media"
        label = _("Video or post")
        template = "blocks/video_link.html"
        value_class = VideoLinkValue
        description = _("A link to a video or post on another site, without tracking.")
        group = _("Media")
        preview_value = {
            "url": "https://video.example/mons-local-shops",
            "title": _("Three shops of the Grand-Place tell their story"),
        }


class ShopTeaserBlock(blocks.StructBlock):
    shop = blocks.PageChooserBlock(label=_("Shop"), page_type="shops.ShopPage")
    text = blocks.TextBlock(label=_("Invitation"), max_length=300, required=False)

    class Meta:
        icon = "home"
        label = _("Shop teaser")
        template = "blocks/shop_teaser.html"
        description = _("A card leading to a shop's page.")
        group = _("Campaign")

    def shops_in(self, value):
        return [value["shop"]]

    def get_preview_value(self):
        shop = ShopPage.objects.live().order_by("pk").first()
        return self.normalize({"shop": shop, "text": _("Drop in and say hello.")})


class TestimonialBlock(blocks.StructBlock):
    testimonial = SnippetChooserBlock("campaign.Testimonial", label=_("Testimonial"))

    class Meta:
        icon = "user"
        label = _("Testimonial")
        template = "blocks/testimonial.html"
        description = _("A merchant's testimonial from the testimonials list.")
        group = _("Campaign")

    def get_preview_value(self):
        return self.normalize({"testimonial": Testimonial.objects.order_by("pk").first()})

    def pictures_in(self, value):
        return value["testimonial"].pictures() if value["testimonial"] else []


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = ParagraphBlock()
    image = ImageBlock()
    quote = QuoteBlock()
    video = VideoLinkBlock()
    shop_teaser = ShopTeaserBlock()
    testimonial = TestimonialBlock()
