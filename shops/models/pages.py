from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import OuterRef, Subquery, prefetch_related_objects
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import StreamField
from wagtail.locks import WorkflowLock
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from portal import fragments
from portal.blocks import collect
from portal.fulltext import TextMatch, index_text, name_key, unaccent
from portal.routing import ViewRestrictionsIfAny
from portal.validators import phone_validator
from shops.blocks import GalleryPhotoBlock, ShopBodyBlock
from shops.closure_panel import ClosuresPanel
from shops.fields import MultipleChoiceField
from shops.forms import ShopPageForm
from shops.hours import Schedule, TimeRange, brussels_today
from shops.map_pin import MapPinInput
from shops.models.taxonomy import Category, District
from shops.models.upkeep import ShopUpkeep
from shops.week_hours import WEEKDAYS, WeekHoursPanel


SPOKEN_LANGUAGES = [
    ("fr", _("French")),
    ("nl", _("Dutch")),
    ("de", _("German")),
    ("en", _("English")),
    ("it", _("Italian")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
    ("tr", _("Turkish")),
    ("pl", _("Polish")),
]

# The yes/no facts the shop finder filters on and counts, a bit each in ShopPage.facts:
# counting them for 10,000 shops then reads one integer per shop, not 19 columns.
FACTS = (
    "delivery",
    "click_and_collect",
    "booking",
    "online_shop",
    "step_free",
    "wheelchair",
    "accessible_toilet",
    "hearing_loop",
    *(f"speaks_{code}" for code, _label in SPOKEN_LANGUAGES),
    "digitalised",
)
FACT_BITS = {name: 1 << i for i, name in enumerate(FACTS)}


def facts_of(page):
    """The names of the facts ``page`` has, from its fields."""
    values = {
        "delivery": page.offers_delivery,
        "click_and_collect": page.offers_click_and_collect,
        "booking": page.takes_bookings,
        "online_shop": page.has_online_shop,
        "step_free": page.step_free_entrance,
        "wheelchair": page.wheelchair_access == "full",
        "accessible_toilet": page.accessible_toilet,
        "hearing_loop": page.hearing_loop,
        "digitalised": page.is_digitalised,
        **{f"speaks_{code}": True for code in page.languages_spoken or ()},
    }
    return {name for name, value in values.items() if value and name in FACT_BITS}


# Belgium's bounding box, a little generous at the borders: a position outside it is a
# slip of the pin or swapped fields, never a shop of the campaign.
BELGIUM_LATITUDES = (Decimal("49.49"), Decimal("51.51"))
BELGIUM_LONGITUDES = (Decimal("2.54"), Decimal("6.41"))


def in_belgium(latitude, longitude):
    return (
        BELGIUM_LATITUDES[0] <= latitude <= BELGIUM_LATITUDES[1]
        and BELGIUM_LONGITUDES[0] <= longitude <= BELGIUM_LONGITUDES[1]
    )


WHEELCHAIR_CHOICES = [
    ("", _("Not specified")),
    ("full", _("Fully accessible")),
    ("partial", _("Partly accessible")),
    ("none", _("Not accessible")),
]

EXCEPTION_REASONS = [
    ("holidays", _("Holidays")),
    ("works", _("Works")),
    ("illness", _("Illness")),
    ("public_holiday", _("Public holiday")),
    ("event", _("City event")),
    ("other", _("Other")),
]
# A longer closure is a shop that stopped: the city's business, not a closure period.
LONGEST_CLOSURE_DAYS = 366


def hours_confirmations(translation_key):
    """The shop's upkeep record (one per shop, on any of its translations), oldest first."""
    return ShopUpkeep.objects.filter(shop__translation_key=translation_key).order_by("pk")


class ShopIndexPage(ViewRestrictionsIfAny, Page):
    """The directory of shops, one per language; merchants' pages live under it."""

    intro = models.TextField(_("introduction"), blank=True, max_length=600)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the booking form of every shop in this directory."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("privacy_page")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["shops.ShopPage"]
    page_size = 24

    class Meta:
        verbose_name = _("shop directory")
        verbose_name_plural = _("shop directories")

    def shops(self):
        return (
            ShopPage.objects.child_of(self)
            .live()
            .public()
            .select_related("category", "district", "logo")
            .prefetch_related("logo__renditions")  # each logo is a <picture> of 6 renditions
            .order_by("name_key", "title")
        )

    def route(self, request, path_components):
        # A shop's address: one query for the shop and what the top of its page shows,
        # instead of Wagtail's page row, then its shop row, then one query each for its
        # category, district, locale, logo, storefront and when its hours were confirmed.
        if len(path_components) == 1:
            confirmed = hours_confirmations(OuterRef("translation_key")).values("confirmed_at")
            shop = (
                ShopPage.objects.child_of(self)
                .filter(slug=path_components[0])
                .select_related("category", "district", "locale", "logo", "storefront")
                .annotate(loaded_hours_confirmed_at=Subquery(confirmed[:1]))
                .order_by()[:1]  # slugs are unique among siblings: nothing to sort
            )
            shop = next(iter(shop), None)
            if shop is not None:
                shop._cached_parent_obj = self  # treebeard's get_parent() reads it
                return shop.route(request, [])
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        shops = self.shops()
        category = request.GET.get("category", "")
        district = request.GET.get("district", "")
        if category:
            shops = shops.filter(category__slug=category)
        if district:
            shops = shops.filter(district__slug=district)
        query = request.GET.get("q", "").strip()[:200]
        if query:
            # Matching shops by Wagtail's search; the order stays alphabetical here,
            # the shop finder ranks by relevance.
            shops = TextMatch(ShopPage, query).filter(shops)

        page = Paginator(shops, self.page_size).get_page(request.GET.get("page"))

        in_this_directory = ShopPage.objects.child_of(self).live().public()
        context.update(
            shops=page,
            paginator=page.paginator,
            query=query,
            selected_category=category,
            selected_district=district,
            categories=Category.objects.filter(
                locale=self.locale, pk__in=in_this_directory.values("category")
            ),
            districts=District.objects.filter(
                locale=self.locale, pk__in=in_this_directory.values("district")
            ),
        )
        return context


class ShopPage(ViewRestrictionsIfAny, Page):
    """One local shop: what it sells, where it is, when it is open.

    Edited by its merchant (changes approved by a city editor), translated with
    wagtail-localize: text is translated, facts (contact, prices, hours) are
    synchronised from the French page.
    """

    category = models.ForeignKey(
        Category, verbose_name=_("category"), on_delete=models.PROTECT, related_name="+"
    )
    district = models.ForeignKey(
        District, verbose_name=_("district"), on_delete=models.PROTECT, related_name="+"
    )
    short_description = models.CharField(
        _("short description"),
        max_length=200,
        help_text=_("One sentence shown in search results and lists."),
    )
    description = models.TextField(_("description"), blank=True, max_length=3000)
    logo = models.ForeignKey(
        "portal.VitrineImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    storefront = models.ForeignKey(
        "portal.VitrineImage",
        verbose_name=_("storefront photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The shop seen from the street: shown large, and when the page is shared."),
    )
    # Alt text per use, translated with the page (the image library's is in one language).
    storefront_alt = models.CharField(
        _("storefront photo alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the photo shows, e.g. 'The green shopfront on the corner'."),
    )
    gallery = StreamField(
        [("photo", GalleryPhotoBlock())],
        verbose_name=_("gallery"),
        blank=True,
        max_num=12,
        help_text=_("Up to 12 photos, each with its alt text; visitors open them large."),
    )

    street = models.CharField(_("street and number"), max_length=120)
    postcode = models.CharField(
        _("postcode"),
        max_length=4,
        validators=[RegexValidator(r"^[1-9][0-9]{3}$", _("A Belgian postcode has 4 digits."))],
    )
    city = models.CharField(_("city"), max_length=60, default="Mons")
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )

    phone = models.CharField(_("phone"), max_length=24, blank=True, validators=[phone_validator])
    email = models.EmailField(_("email"), blank=True)
    website = models.URLField(_("website"), blank=True)
    online_shop_url = models.URLField(
        _("online shop"), blank=True, help_text=_("Where customers can buy from you online.")
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram account"), blank=True)

    offers_delivery = models.BooleanField(_("home delivery"), default=False)
    offers_click_and_collect = models.BooleanField(_("click & collect"), default=False)
    languages_spoken = MultipleChoiceField(
        _("languages spoken"), max_length=60, blank=True, choices=SPOKEN_LANGUAGES
    )
    wheelchair_access = models.CharField(
        _("wheelchair access"), max_length=10, blank=True, choices=WHEELCHAIR_CHOICES
    )
    step_free_entrance = models.BooleanField(_("step-free entrance"), default=False)
    accessible_toilet = models.BooleanField(_("accessible toilet"), default=False)
    hearing_loop = models.BooleanField(_("hearing loop"), default=False)
    seating = models.BooleanField(_("seating available"), default=False)
    joined_campaign = models.DateField(_("joined the campaign on"), default=timezone.localdate)

    body = StreamField(ShopBodyBlock(), verbose_name=_("page content"), blank=True)

    # Derived on every save, so listings and search filter without loading bodies.
    product_count = models.PositiveIntegerField(default=0, editable=False)
    has_online_shop = models.BooleanField(default=False, editable=False)
    takes_bookings = models.BooleanField(default=False, editable=False)
    is_digitalised = models.BooleanField(default=False, editable=False, db_index=True)
    # The unaccented, lowercase words of the name between spaces: " fl" in it finds a word
    # starting with "fl"; ordering by it sorts names as the four languages' collations do.
    name_key = models.CharField(max_length=260, default="", editable=False)
    # FACT_BITS of the facts above, for the finder's counts.
    facts = models.PositiveIntegerField(default=0, editable=False)

    base_form_class = ShopPageForm
    template = "shops/shop_page.html"
    parent_page_types = ["shops.ShopIndexPage"]
    subpage_types = []

    # The first tab holds what changes from week to week; the rest rarely changes.
    content_panels = [
        WeekHoursPanel("week_hours", heading=_("Weekly opening hours")),
        ClosuresPanel(
            "opening_exceptions",
            heading=_("Closures and special hours"),
            label=_("Closure"),
            help_text=_(
                "Periods that differ from the weekly hours: holidays, works, a late opening. "
                "One row covers a whole period, e.g. from 1 to 21 August."
            ),
        ),
        FieldPanel("body"),
    ]
    details_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("category"), FieldPanel("district")]),
                FieldPanel("short_description"),
                FieldPanel("description"),
                FieldPanel("logo"),
            ],
            heading=_("About the shop"),
        ),
        MultiFieldPanel(
            [FieldPanel("storefront"), FieldPanel("storefront_alt"), FieldPanel("gallery")],
            heading=_("Photos"),
        ),
    ]
    contact_panels = [
        MultiFieldPanel(
            [
                FieldPanel("street"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("latitude"),
                FieldPanel("longitude", widget=MapPinInput()),
            ],
            heading=_("Address"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
                FieldPanel("website"),
                FieldPanel("online_shop_url"),
                FieldRowPanel([FieldPanel("facebook_url"), FieldPanel("instagram_url")]),
            ],
            heading=_("Contact and links"),
        ),
    ]
    services_panels = [
        MultiFieldPanel(
            [FieldPanel("offers_delivery"), FieldPanel("offers_click_and_collect")],
            heading=_("Services"),
        ),
        FieldPanel("languages_spoken"),
        MultiFieldPanel(
            [
                FieldPanel("wheelchair_access"),
                FieldPanel("step_free_entrance"),
                FieldPanel("accessible_toilet"),
                FieldPanel("hearing_loop"),
                FieldPanel("seating"),
            ],
            heading=_("Accessibility of the premises"),
        ),
        FieldPanel("joined_campaign"),
    ]
    booking_panels = [
        InlinePanel(
            "services",
            heading=_("Bookable services"),
            label=_("Service"),
            help_text=_(
                "Appointments residents can book online, in the free slots of your opening "
                "hours. Add a “Booking” block to the page content to choose where the "
                "booking form appears."
            ),
        ),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("short_description"),
        index.SearchField("description"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("district"),
        index.FilterField("is_digitalised"),
        index.RelatedFields("category", [index.SearchField("name")]),
        index.RelatedFields("district", [index.SearchField("name")]),
        index.SearchField("search_keywords"),
        index.AutocompleteField("search_name"),
    ]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Hours and catalogue")),
            ObjectList(details_panels, heading=_("About the shop")),
            ObjectList(contact_panels, heading=_("Address and contact")),
            ObjectList(services_panels, heading=_("Services and access")),
            ObjectList(booking_panels, heading=_("Bookings")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ]
    )

    override_translatable_fields = [
        SynchronizedField(name)
        for name in ("street", "postcode", "city", "phone", "languages_spoken", "wheelchair_access")
    ]

    class Meta:
        verbose_name = _("shop page")
        verbose_name_plural = _("shop pages")
        permissions = [("invite_merchant", "Can invite merchants to edit shop pages")]
        # The finder's first page in name order walks this index (PostgreSQL: 94 → 6 ms
        # for "open now" at 10,000 shops) instead of sorting every shop of the language.
        indexes = [models.Index(fields=["name_key"], name="shoppage_name_key")]

    # --- search ----------------------------------------------------------------------

    def search_name(self):
        return unaccent(self.title)

    def search_keywords(self):
        """Unaccented text the shop finder matches, with its word stems: name, place,
        descriptions and catalogue product names in the page's language, and the kind of
        shop by its names and synonyms in every language ("Fahrrad" finds a "Vélos")."""
        products = [product["name"] for product in collect(self.body, "products")]
        parts = [
            self.title,
            self.title,  # the name weighs more
            self.district.name if self.district_id else "",
            self.short_description,
            self.description,
            *products,
        ]
        language = self.locale.language_code
        texts = [index_text(" ".join(parts), language)]
        if self.category_id:
            texts += [index_text(p, lang) for lang, p in self.category.phrases_in_every_language]
        return " ".join(texts)

    # --- validation ----------------------------------------------------------------

    def clean(self):
        super().clean()
        self.check_position()

    def check_position(self):
        """The map pin: both coordinates or neither, and in Belgium."""
        latitude, longitude = self.latitude, self.longitude
        if latitude is None and longitude is None:
            return
        if latitude is None or longitude is None:
            missing = "latitude" if latitude is None else "longitude"
            raise ValidationError(
                {missing: _("Give both the latitude and the longitude, or neither.")}
            )
        if in_belgium(latitude, longitude):
            return
        if in_belgium(longitude, latitude):
            message = _(
                "This position is outside Belgium: the latitude and the longitude seem swapped."
            )
        else:
            message = _(
                "This position is outside Belgium. Drag the pin to your shop, or type a "
                "latitude between %(south)s and %(north)s and a longitude between %(west)s "
                "and %(east)s."
            ) % {
                "south": number_format(BELGIUM_LATITUDES[0]),
                "north": number_format(BELGIUM_LATITUDES[1]),
                "west": number_format(BELGIUM_LONGITUDES[0]),
                "east": number_format(BELGIUM_LONGITUDES[1]),
            }
        raise ValidationError({"longitude": message})

    # --- derived facts -------------------------------------------------------------

    def count_products(self):
        return len(collect(self.body, "products"))

    def refresh_derived_fields(self):
        self.name_key = name_key(self.title)
        self.product_count = self.count_products()
        self.has_online_shop = bool(self.online_shop_url)
        self.takes_bookings = any(service.is_active for service in self.services.all())
        self.is_digitalised = self.has_online_shop or self.product_count > 0 or self.takes_bookings
        self.facts = sum(FACT_BITS[name] for name in facts_of(self))

    def full_clean(self, *args, **kwargs):
        # Drafts (save_revision) are cleaned, not saved: keep their derived facts right too.
        self.refresh_derived_fields()
        return super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        self.refresh_derived_fields()
        return super().save(*args, **kwargs)

    # --- opening hours -------------------------------------------------------------

    @cached_property
    def weekly_hours(self):
        return list(self.opening_hours.all())

    @cached_property
    def exception_dates(self):
        return list(self.opening_exceptions.all())

    @cached_property
    def schedule(self):
        """The single source of opening hours: page, JSON-LD, open now, bookings."""
        weekly = [(h.weekday, h.opens, h.closes) for h in self.weekly_hours]
        exceptions = {}
        for exception in self.exception_dates:
            for day in exception.days():
                ranges = exceptions.setdefault(day, [])
                if not exception.closed:
                    ranges.append(TimeRange(exception.opens, exception.closes))
        return Schedule(weekly, exceptions)

    def opening_state(self, moment=None):
        return self.schedule.state_at(moment or timezone.now())

    def week_table(self, today=None):
        today = today or brussels_today()
        monday = today - timedelta(days=today.weekday())
        return [
            {"day": day, "ranges": ranges, "is_today": day == today, "weekday": day.weekday()}
            for day, ranges in self.schedule.week(monday)
        ]

    def hours_confirmed_at(self):
        """When the merchant last said the hours are still right (on any translation)."""
        if hasattr(self, "loaded_hours_confirmed_at"):  # loaded with the page
            return self.loaded_hours_confirmed_at
        confirmations = hours_confirmations(self.translation_key)
        return confirmations.values_list("confirmed_at", flat=True).first()

    def upcoming_exceptions(self, today=None, days=60):
        today = today or brussels_today()
        last = today + timedelta(days)
        return [e for e in self.exception_dates if e.last_day >= today and e.date <= last]

    # --- moderation ----------------------------------------------------------------

    def restart_approval(self, user):
        """After its merchant added to a change awaiting approval: the city's review starts
        again on the latest draft, so nothing goes live that a city editor has not seen."""
        state = self.current_workflow_state
        if state is None or not self.workflow_in_progress:
            return False
        state.cancel(user=user)
        self.get_workflow().start(self, user)
        return True

    def get_lock(self):
        lock = super().get_lock()
        if isinstance(lock, WorkflowLock):
            return ShopWorkflowLock(lock.object, lock.task)
        return lock

    # --- bookings ------------------------------------------------------------------

    def shows_booking_block(self):
        return any(block.block_type == "booking" for block in self.body)

    def booking_anchor(self):
        """The id of the page's first booking section (templates/blocks/booking.html)."""
        for block in self.body:
            if block.block_type == "booking":
                return f"booking-{block.id}"
        return "booking-section"

    # --- presentation helpers ----------------------------------------------------

    @property
    def phone_uri(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0") and not digits.startswith("00"):
            digits = "+32" + digits[1:]
        return f"tel:{digits}"

    @property
    def directions_url(self):
        """OpenStreetMap's route planner with the shop as destination: a plain link, so
        the page itself asks nothing of openstreetmap.org."""
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/directions?route=%3B{self.latitude}%2C{self.longitude}"
        )

    @property
    def openstreetmap_url(self):
        if self.latitude is None or self.longitude is None:
            return ""
        return (
            f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}"
            f"#map=18/{self.latitude}/{self.longitude}"
        )

    def accessibility_features(self):
        fields = ("step_free_entrance", "accessible_toilet", "hearing_loop", "seating")
        return [self._meta.get_field(name).verbose_name for name in fields if getattr(self, name)]

    def languages_spoken_labels(self):
        labels = dict(SPOKEN_LANGUAGES)
        return [labels[code] for code in self.languages_spoken if code in labels]

    def gallery_photos(self):
        """The storefront first, then the gallery: what the page's photo viewer shows,
        as images carrying their alt text for this page (``contextual_alt_text``)."""
        photos = []
        if self.storefront:
            self.storefront.contextual_alt_text = (
                self.storefront_alt or self.storefront.default_alt_text
            )
            photos.append(self.storefront)
        return photos + collect(self.gallery, "images")

    @property
    def share_image(self):
        """The picture a shared link shows: the storefront, else the logo."""
        return self.storefront or self.logo

    def pictures(self):
        """Every picture the public pages show of this shop, as (image, kind of
        portal.images.PICTURES): the renditions the task worker makes on publish."""
        shown = []
        if self.logo:
            shown += [(self.logo, kind) for kind in ("shop_logo", "shop_card_logo")]
            shown.append((self.logo, "structured_data_photo"))
        for number, photo in enumerate(self.gallery_photos()):
            shown.append((photo, "gallery_thumbnail" if number else "gallery_lead"))
            shown += [(photo, "gallery_large"), (photo, "structured_data_photo")]
        if self.share_image:
            shown.append((self.share_image, "share"))
        return shown + collect(self.body, "pictures")

    def images_on_page(self):
        """Every image the page shows, so their renditions load in one query."""
        images = [self.logo, self.storefront, *collect(self.gallery, "images")]
        return [image for image in images if image] + collect(self.body, "images")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Kept parts of the page (portal.fragments) need none of this: each fact is
        # computed when a part being rendered shows it.
        template = self.get_template(request, *args, **kwargs)
        if not all(fragments.kept(request, template, part) for part in ("head", "shop")):
            prefetch_related_objects(self.images_on_page(), "renditions")
        week = SimpleLazyObject(self.week_table)
        context.update(
            opening=SimpleLazyObject(self.opening_state),
            week=week,
            today=SimpleLazyObject(lambda: next(row for row in week if row["is_today"])),
            exceptions=SimpleLazyObject(self.upcoming_exceptions),
            hours_confirmed_at=self.hours_confirmed_at(),
            gallery=SimpleLazyObject(self.gallery_photos),
            languages_spoken=SimpleLazyObject(self.languages_spoken_labels),
            accessibility=SimpleLazyObject(self.accessibility_features),
        )
        return context


class ShopWorkflowLock(WorkflowLock):
    """While a change awaits the city's approval, its merchant may still add to it.

    Wagtail locks a page in moderation for everyone but the reviewers. Here whoever may
    edit the page keeps editing: the new draft joins the change under review, whose
    approval restarts on it (``ShopPage.restart_approval``).
    """

    def for_user(self, user):
        if self.object.permissions_for_user(user).can_edit():
            return False
        return super().for_user(user)

    def get_context_for_user(self, user, parent_context=None):
        context = super().get_context_for_user(user, parent_context)
        if self.task.locked_for_user(self.object, user) and not context["locked"]:
            # The merchant: Wagtail's "locked by workflow" would tell them to wait.
            context.update(
                icon="edit",
                locked_by=_("Awaiting the city's approval"),
                description=_(
                    "You can still add to this change: the city's review then starts again "
                    "with your addition."
                ),
            )
        return context


class OpeningHours(Orderable):
    """One opening range on a weekday; two rows on a day make a lunch break."""

    page = ParentalKey(ShopPage, on_delete=models.CASCADE, related_name="opening_hours")
    weekday = models.PositiveSmallIntegerField(_("day"), choices=WEEKDAYS)
    opens = models.TimeField(_("opens at"))
    closes = models.TimeField(_("closes at"), help_text=_("00:00 means midnight."))

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes")])]

    class Meta(Orderable.Meta):
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        # Rows read back in the week's order whatever their sort_order (equal ones too).
        ordering = ["weekday", "opens", "sort_order"]
        # "Open now": the shops with a range of today's around this time, read from the
        # index alone (search.finder.open_at).
        indexes = [
            models.Index(fields=["weekday", "opens", "closes", "page"], name="openinghours_open_at")
        ]

    def clean(self):
        super().clean()
        if self.opens is not None and self.closes is not None:
            if not TimeRange(self.opens, self.closes).is_valid():
                raise ValidationError(
                    {"closes": _("The closing time must be after the opening time.")}
                )


class OpeningException(Orderable):
    """A period that differs from the weekly hours: closed from one date to another, or
    special hours on a single date."""

    page = ParentalKey(ShopPage, on_delete=models.CASCADE, related_name="opening_exceptions")
    date = models.DateField(_("from"))
    end_date = models.DateField(
        _("until"), blank=True, help_text=_("Included. Leave empty for a single day.")
    )
    closed = models.BooleanField(_("closed all day"), default=True)
    opens = models.TimeField(_("opens at"), null=True, blank=True)
    closes = models.TimeField(_("closes at"), null=True, blank=True)
    reason = models.CharField(_("reason"), max_length=20, blank=True, choices=EXCEPTION_REASONS)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date"), FieldPanel("reason")]),
        FieldRowPanel([FieldPanel("closed"), FieldPanel("opens"), FieldPanel("closes")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("closure or special hours")
        verbose_name_plural = _("closures and special hours")
        ordering = ["date", "opens", "sort_order"]

    @property
    def last_day(self):
        return self.end_date or self.date

    def days(self):
        """The dates of the period, both ends included."""
        if self.date is None:
            return []
        return [self.date + timedelta(n) for n in range((self.last_day - self.date).days + 1)]

    def clean(self):
        super().clean()
        if self.date is not None and self.end_date is None:
            self.end_date = self.date
        if self.date is not None and self.end_date < self.date:
            raise ValidationError({"end_date": _("The period must end on or after its first day.")})
        if self.date is not None and (self.end_date - self.date).days >= LONGEST_CLOSURE_DAYS:
            raise ValidationError(
                {"end_date": _("A closure lasts one year at most; ask the city team otherwise.")}
            )
        if self.closed:
            self.opens = self.closes = None
            return
        if self.end_date != self.date:
            raise ValidationError(
                {"end_date": _("Special hours are for a single day; a longer period is closed.")}
            )
        if self.opens is None or self.closes is None:
            raise ValidationError(
                _("Give the opening and closing times, or tick “closed all day”.")
            )
        if not TimeRange(self.opens, self.closes).is_valid():
            raise ValidationError({"closes": _("The closing time must be after the opening time.")})

    def save(self, *args, **kwargs):
        if self.end_date is None:
            self.end_date = self.date
        return super().save(*args, **kwargs)


class CityDate(TranslatableMixin, models.Model):
    """A date or period the whole city closes or celebrates (the Doudou weekend), that a
    merchant adds to their closures in one click."""

    name = models.CharField(_("name"), max_length=80)
    date = models.DateField(_("from"))
    end_date = models.DateField(_("until"), help_text=_("Included; the same day for one day."))

    panels = [FieldPanel("name"), FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")])]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("city-wide date")
        verbose_name_plural = _("city-wide dates")
        ordering = ["date", "name"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.date and self.end_date and self.end_date < self.date:
            raise ValidationError({"end_date": _("The period must end on or after its first day.")})
