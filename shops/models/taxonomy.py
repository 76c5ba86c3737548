from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField


# schema.org LocalBusiness subtypes a category can map to, for the shop's JSON-LD.
SCHEMA_TYPES = [
    ("Store", "Store"),
    ("LocalBusiness", "LocalBusiness"),
    ("Bakery", "Bakery"),
    ("BeautySalon", "BeautySalon"),
    ("BikeStore", "BikeStore"),
    ("BookStore", "BookStore"),
    ("ButcherShop", "ButcherShop"),
    ("CafeOrCoffeeShop", "CafeOrCoffeeShop"),
    ("ClothingStore", "ClothingStore"),
    ("ElectronicsStore", "ElectronicsStore"),
    ("Florist", "Florist"),
    ("GroceryStore", "GroceryStore"),
    ("HairSalon", "HairSalon"),
    ("HardwareStore", "HardwareStore"),
    ("JewelryStore", "JewelryStore"),
    ("LiquorStore", "LiquorStore"),
    ("Optician", "Optician"),
    ("Restaurant", "Restaurant"),
    ("ShoeStore", "ShoeStore"),
    ("SportingGoodsStore", "SportingGoodsStore"),
    ("ToyStore", "ToyStore"),
]


class Category(TranslatableMixin, index.Indexed, models.Model):
    """A kind of shop (florist, bakery …), translated, used for filters and JSON-LD."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"), max_length=80, help_text=_("Used in filter links; the same in every language.")
    )
    synonyms = models.TextField(
        _("synonyms"),
        blank=True,
        max_length=600,
        help_text=_(
            "Other words residents use for this kind of shop, separated by commas. The "
            "finder matches the names and synonyms of every language."
        ),
    )
    schema_type = models.CharField(
        _("schema.org type"),
        max_length=40,
        choices=SCHEMA_TYPES,
        default="Store",
        help_text=_("The kind of business search engines are told about."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("synonyms"),
        FieldPanel("schema_type"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def words(self):
        """Its name and synonyms in this language, each a phrase of its own."""
        return [self.name, *(word.strip() for word in self.synonyms.split(",") if word.strip())]

    @cached_property
    def phrases_in_every_language(self):
        """[(language code, phrase)] for the names and synonyms of all its translations."""
        # In a fixed order: translations may share a name ("Chocolatier"), and the shop's
        # index text must come out the same each time it is built.
        translations = Category.objects.filter(translation_key=self.translation_key)
        return [
            (category.locale.language_code, phrase)
            for category in translations.select_related("locale").order_by("locale_id")
            for phrase in category.words()
        ]


class District(TranslatableMixin, index.Indexed, models.Model):
    """A district (former commune) of Mons, for the address and the finder's filter."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    postcode = models.CharField(_("postcode"), max_length=4, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("postcode")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    # Only the name differs between languages.
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("postcode")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_district_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name
