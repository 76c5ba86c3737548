from django.db import models
from django.db.models import Count, Q, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from campaign.models import StoryPage, Testimonial
from portal.localization import localized_pages
from portal.routing import ViewRestrictionsIfAny
from shops.models import ShopIndexPage, ShopPage


class StepBlock(blocks.StructBlock):
    """One step of "how the campaign works" on the home page."""

    title = blocks.CharBlock(label=_("Title"), max_length=80)
    text = blocks.TextBlock(label=_("Text"), max_length=400)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        description = _("A step of the campaign: a short title and one or two sentences.")
        preview_value = {
            "title": _("Free coaching"),
            "text": _("A digital expert visits your shop and helps you choose your tools."),
        }


class HomePage(ViewRestrictionsIfAny, Page):
    """The campaign's landing page, one per language.

    No max_count: each locale has its own home page as a translation of the French one.
    Figures are computed from the shops, never typed in.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=600,
        help_text=_("One or two sentences under the title that say what the campaign is."),
    )
    hero_image = models.ForeignKey(
        "portal.VitrineImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("main image alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    hero_cta_label = models.CharField(_("button to the shop finder"), max_length=60, blank=True)
    steps_heading = models.CharField(_("heading"), max_length=120, blank=True)
    steps = StreamField(
        [("step", StepBlock())], verbose_name=_("how the campaign works"), blank=True
    )
    figures_heading = models.CharField(_("heading of the figures"), max_length=120, blank=True)
    coaching_heading = models.CharField(_("heading"), max_length=120, blank=True)
    coaching_text = models.TextField(_("text"), max_length=600, blank=True)
    coaching_cta_label = models.CharField(_("button"), max_length=60, blank=True)
    coaching_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("coaching sign-up page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldPanel("hero_cta_label"),
            ],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("steps_heading"), FieldPanel("steps")],
            heading=_("How the campaign works"),
        ),
        FieldPanel("figures_heading"),
        InlinePanel(
            "featured_stories",
            heading=_("Featured stories"),
            label=_("Story"),
            max_num=3,
            help_text=_("Leave empty to show the latest stories."),
        ),
        InlinePanel(
            "featured_shops",
            heading=_("Featured shops"),
            label=_("Shop"),
            max_num=6,
            help_text=_("Leave empty to show the shops that joined last."),
        ),
        MultiFieldPanel(
            [
                FieldPanel("coaching_heading"),
                FieldPanel("coaching_text"),
                FieldPanel("coaching_cta_label"),
                PageChooserPanel("coaching_page", "campaign.CoachingSignupPage"),
            ],
            heading=_("Call to merchants"),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "shops.ShopIndexPage",
        "campaign.StoryIndexPage",
        "campaign.CoachingSignupPage",
        "campaign.PartnerOffersPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def pictures(self):
        """The hero, as (image, kind of portal.images.PICTURES): the renditions the task
        worker makes on publish. The cards show the stories' and shops' own pictures."""
        if self.hero_image is None:
            return []
        return [(self.hero_image, "home_hero"), (self.hero_image, "share")]

    def shop_figures(self):
        """Shops listed, digitalised and taking bookings, in this language: one query."""
        return (
            ShopPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .aggregate(
                listed=Count("pk"),
                digitalised=Count("pk", filter=Q(is_digitalised=True)),
                bookable=Count("pk", filter=Q(takes_bookings=True)),
            )
        )

    def featured_story_pages(self):
        chosen = [item.story for item in self.featured_stories.select_related("story")]
        if chosen:
            localized = localized_pages(chosen, self.locale)
            return [localized[page.pk] for page in chosen if localized[page.pk].live]
        return list(
            StoryPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("hero_image")
            .order_by("-date", "-pk")[:3]
        )

    def featured_shop_pages(self):
        chosen = [item.shop for item in self.featured_shops.select_related("shop")]
        if chosen:
            localized = localized_pages(chosen, self.locale)
            return [localized[page.pk] for page in chosen if localized[page.pk].live]
        return list(
            ShopPage.objects.live()
            .public()
            .filter(locale=self.locale)
            .select_related("category", "district", "logo")
            .order_by("-joined_campaign", "-pk")[:6]
        )

    def testimonials(self):
        return list(
            Testimonial.objects.filter(locale=self.locale).select_related("photo", "shop")[:4]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        testimonials = self.testimonials()
        shops_of_testimonials = [t.shop for t in testimonials if t.shop_id]
        stories = self.featured_story_pages()
        shops = self.featured_shop_pages()
        images = [self.hero_image, *(s.hero_image for s in stories), *(s.logo for s in shops)]
        images += [t.photo for t in testimonials]
        prefetch_related_objects([image for image in images if image], "renditions")
        context.update(
            figures=self.shop_figures(),
            stories=stories,
            shops=shops,
            testimonials=testimonials,
            shop_directory=ShopIndexPage.objects.child_of(self).live().first(),
            coaching=localized_pages([self.coaching_page], self.locale).get(self.coaching_page_id),
            localized=localized_pages(shops_of_testimonials, self.locale),
        )
        return context


class HomeFeaturedStory(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_stories")
    story = models.ForeignKey(
        "campaign.StoryPage", verbose_name=_("story"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("story")]


class HomeFeaturedShop(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_shops")
    shop = models.ForeignKey(
        "shops.ShopPage", verbose_name=_("shop"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("shop")]


class ContentPage(ViewRestrictionsIfAny, Page):
    """A plain page of text: legal notice, privacy notice, accessibility statement."""

    body = RichTextField(
        _("body"),
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = [*Page.content_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
