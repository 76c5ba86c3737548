from decimal import Decimal

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


class Topic(TranslatableMixin, models.Model):
    """A story topic ("online shop", "booking" …): a tag with a name in every language.

    The slug is the same in all languages, so a filter link works whatever the language.
    """

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(_("slug"), max_length=60)

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class Testimonial(TranslatableMixin, index.Indexed, models.Model):
    """A merchant's words about the campaign, as entered by an editor.

    Shown on the home page, on the page of the shop it belongs to and in stories.
    """

    quote = models.TextField(_("quote"), max_length=600)
    person_name = models.CharField(_("person's name"), max_length=120)
    role = models.CharField(
        _("role"), max_length=120, blank=True, help_text=_("e.g. Florist, Fleurs du Beffroi")
    )
    photo = models.ForeignKey(
        "portal.VitrineImage",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    shop = models.ForeignKey(
        "shops.ShopPage",
        verbose_name=_("shop"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    publish_date = models.DateField(_("publish date"), default=timezone.localdate)

    panels = [
        FieldPanel("quote"),
        FieldRowPanel([FieldPanel("person_name"), FieldPanel("role")]),
        FieldPanel("photo"),
        FieldPanel("shop"),
        FieldPanel("publish_date"),
    ]
    search_fields = [index.SearchField("quote"), index.SearchField("person_name")]
    override_translatable_fields = [SynchronizedField("person_name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ["-publish_date", "-pk"]

    def __str__(self):
        return f"{self.person_name}: {self.quote[:60]}"

    def pictures(self):
        """The photo, as (image, kind of portal.images.PICTURES): made by the task worker
        when the testimonial is saved."""
        return [(self.photo, "testimonial_photo")] if self.photo else []


TOOL_TYPES = [
    ("website", _("Website")),
    ("online_shop", _("Online shop")),
    ("booking", _("Booking tool")),
    ("payment", _("Payments")),
    ("social_media", _("Social media")),
]
PRICE_PERIODS = [("month", _("per month")), ("year", _("per year"))]


class PartnerOffer(TranslatableMixin, models.Model):
    """A partner's tool offered to merchants: free for a while, then paid.

    Stored in numbers, so the offers page can show the real cost side by side.
    """

    partner = models.CharField(_("partner"), max_length=120)
    tool_type = models.CharField(_("kind of tool"), max_length=20, choices=TOOL_TYPES)
    title = models.CharField(_("offer"), max_length=160)
    free_part = models.TextField(_("what is free"), max_length=600)
    free_months = models.PositiveSmallIntegerField(
        _("free for (months)"), validators=[MaxValueValidator(60)]
    )
    price_after = models.DecimalField(
        _("price afterwards (EUR)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0")), MaxValueValidator(Decimal("100000"))],
    )
    price_period = models.CharField(
        _("billed"), max_length=10, choices=PRICE_PERIODS, default="month"
    )
    conditions = models.TextField(
        _("conditions"),
        max_length=1500,
        help_text=_("Commitment, cancellation, fees per sale, what happens to the data."),
    )
    data_terms_url = models.URLField(_("partner's data-use terms"))
    signup_url = models.URLField(_("sign-up page"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("partner"), FieldPanel("tool_type")]),
        FieldPanel("title"),
        FieldPanel("free_part"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("free_months"), FieldPanel("price_after")]),
                FieldPanel("price_period"),
            ],
            heading=_("Cost"),
        ),
        FieldPanel("conditions"),
        FieldPanel("data_terms_url"),
        FieldPanel("signup_url"),
        FieldPanel("sort_order"),
    ]
    override_translatable_fields = [SynchronizedField("partner")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("partner offer")
        verbose_name_plural = _("partner offers")
        ordering = ["sort_order", "partner"]

    def __str__(self):
        return f"{self.partner}: {self.title}"

    def cost_first_year(self):
        """What the tool costs over the first twelve months, free period included."""
        if self.price_period == "year":
            return self.price_after if self.free_months < 12 else Decimal("0")
        return self.price_after * max(0, 12 - self.free_months)

    def cost_per_year_after(self):
        return self.price_after * (12 if self.price_period == "month" else 1)
