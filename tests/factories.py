"""Builders for test data: a small shop tree in four languages."""

import uuid
from datetime import time
from decimal import Decimal

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from campaign.models import (
    CoachingSignupPage,
    StoryIndexPage,
    StoryPage,
    StoryRelatedShop,
    StoryTopic,
)
from portal.models import VitrineImage
from portal.translation import translate_from_french
from shops.models import BookableService, Category, District, OpeningHours, ShopIndexPage, ShopPage


def french():
    return Locale.objects.get(language_code="fr")


class CategoryFactory(DjangoModelFactory):
    class Meta:
        model = Category
        django_get_or_create = ("slug", "locale")

    name = "Fleuriste"
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    schema_type = "Florist"
    locale = factory.LazyFunction(french)


class DistrictFactory(DjangoModelFactory):
    class Meta:
        model = District
        django_get_or_create = ("slug", "locale")

    name = "Mons-centre"
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    postcode = "7000"
    locale = factory.LazyFunction(french)


class ImageFactory(DjangoModelFactory):
    class Meta:
        model = VitrineImage

    title = factory.Sequence(lambda n: f"Photo {n}")
    description = factory.Sequence(lambda n: f"Bouquet de saison numéro {n}")
    file = factory.LazyFunction(lambda: get_test_image_file(size=(640, 480)))


def product(name="Bouquet de saison", price="12.50", image=None, **extra):
    return {
        "name": name,
        "description": extra.get("description", "Fleurs fraîches du marché."),
        "price": str(price),
        "image": image.pk if image else None,
        "availability": extra.get("availability", "in_stock"),
        "buy_url": extra.get("buy_url", ""),
    }


def catalogue(products, heading="Nos bouquets", intro="Composés le matin même."):
    return {
        "type": "catalogue",
        "id": str(uuid.uuid4()),
        "value": {
            "heading": heading,
            "intro": intro,
            "products": [{"type": "item", "value": p, "id": str(uuid.uuid4())} for p in products],
        },
    }


WEEKDAY_HOURS = [(d, time(9), time(12, 30)) for d in range(1, 6)] + [
    (d, time(13, 30), time(18, 30)) for d in range(1, 6)
]


def create_shop_index(home, title="Commerces", slug="commerces"):
    index = home.add_child(instance=ShopIndexPage(title=title, slug=slug, locale=home.locale))
    index.save_revision().publish()
    return index


def create_shop(index, title="Fleurs du Beffroi", body=(), hours=WEEKDAY_HOURS, **fields):
    defaults = {
        "slug": slugify(title),
        "category": CategoryFactory(),
        "district": DistrictFactory(),
        "short_description": "Fleuriste artisanal au pied du beffroi.",
        "description": "Camille compose des bouquets avec des fleurs de saison.",
        "street": "Rue de la Chaussée 41",
        "postcode": "7000",
        "latitude": Decimal("50.45401"),
        "longitude": Decimal("3.95204"),
        "phone": "+32 65 00 01 23",
        "email": "bonjour@fleurs-du-beffroi.example",
        "website": "https://fleurs-du-beffroi.example/",
        "locale": index.locale,
    }
    shop = ShopPage(title=title, body=list(body), **{**defaults, **fields})
    shop.opening_hours = [OpeningHours(weekday=d, opens=o, closes=c) for d, o, c in hours]
    index.add_child(instance=shop)
    shop.save_revision().publish()
    shop.refresh_from_db()
    return shop


def translate_everything(instance, languages=("nl", "de", "en")):
    """Translate every segment as "<French text> [<lang>]", through wagtail-localize."""
    from wagtail_localize.models import StringSegment, TranslationSource

    source, created = TranslationSource.get_or_create_from_instance(instance)
    if not created:
        source.update_from_db()
    texts = StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    strings = {text: {lang: f"{text} [{lang}]" for lang in languages} for text in texts}
    others = Locale.objects.exclude(language_code__in=("fr", *languages))
    return translate_from_french(instance, strings, exclude_locales=others)


def create_story_index(home, title="Histoires", slug="histoires"):
    index = home.add_child(instance=StoryIndexPage(title=title, slug=slug, locale=home.locale))
    index.save_revision().publish()
    return index


class TopicFactory(DjangoModelFactory):
    class Meta:
        model = "campaign.Topic"
        django_get_or_create = ("slug", "locale")

    name = "Commerce en ligne"
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    locale = factory.LazyFunction(french)


def create_story(
    index,
    title="Le vélo cargo de Camille",
    date="2026-05-04",
    topics=(),
    shops=(),
    body=None,
    **fields,
):

    story = StoryPage(
        title=title,
        slug=slugify(title),
        date=date,
        intro=fields.pop("intro", "Comment une fleuriste du centre a gagné du temps."),
        body=body
        if body is not None
        else [
            {
                "type": "paragraph",
                "value": "<p>Camille livre le samedi.</p>",
                "id": str(uuid.uuid4()),
            }
        ],
        locale=index.locale,
        **fields,
    )
    story.topic_links = [StoryTopic(topic=topic) for topic in topics]
    story.related_shops = [StoryRelatedShop(shop=shop) for shop in shops]
    index.add_child(instance=story)
    story.save_revision().publish()
    return story


class TestimonialFactory(DjangoModelFactory):
    __test__ = False  # a factory, not a test class

    class Meta:
        model = "campaign.Testimonial"

    quote = factory.Sequence(lambda n: f"Depuis la campagne, mes clients réservent en ligne ({n}).")
    person_name = factory.Sequence(lambda n: f"Personne Fictive {n}")
    role = "Fleuriste"
    locale = factory.LazyFunction(french)


class PartnerOfferFactory(DjangoModelFactory):
    class Meta:
        model = "campaign.PartnerOffer"

    partner = "Boutiko"
    tool_type = "online_shop"
    title = "Boutique en ligne"
    free_part = "La boutique et 50 produits."
    free_months = 6
    price_after = Decimal("19.00")
    price_period = "month"
    conditions = "Sans engagement. 1,5 % par vente."
    data_terms_url = "https://boutiko.example/donnees/"
    locale = factory.LazyFunction(french)


COACHING_ACK_FR = "Bonjour {contact},\nMerci pour votre demande."
COACHING_STRINGS = {
    "Coaching": {"nl": "Coaching", "de": "Coaching", "en": "Coaching"},
    "coaching": {"nl": "coaching", "de": "coaching", "en": "coaching"},
    "Demandez le coaching gratuit.": {
        "nl": "Vraag de gratis coaching aan.",
        "de": "Fordern Sie das kostenlose Coaching an.",
        "en": "Ask for the free coaching.",
    },
    "Merci, nous vous appelons bientôt.": {
        "nl": "Bedankt, we bellen u binnenkort.",
        "de": "Danke, wir rufen Sie bald an.",
        "en": "Thank you, we will call you soon.",
    },
    "Votre demande de coaching": {
        "nl": "Uw aanvraag voor coaching",
        "de": "Ihre Coaching-Anfrage",
        "en": "Your coaching request",
    },
    "Bonjour {contact},\nMerci pour votre demande.": {
        "nl": "Dag {contact},\nBedankt voor uw aanvraag.",
        "de": "Guten Tag {contact},\nDanke für Ihre Anfrage.",
        "en": "Hello {contact},\nThank you for your request.",
    },
    "Nouvelle demande de coaching": {
        "nl": "Nouvelle demande de coaching",
        "de": "Nouvelle demande de coaching",
        "en": "Nouvelle demande de coaching",
    },
}


def create_coaching_page(home):
    """The coaching sign-up page in four languages, with the district of Jemappes."""
    district = DistrictFactory(name="Jemappes", postcode="7012")
    translate_from_french(
        district,
        {
            "Jemappes": dict.fromkeys(("nl", "de", "en"), "Jemappes"),
            "jemappes": dict.fromkeys(("nl", "de", "en"), "jemappes"),
        },
    )
    page = home.add_child(
        instance=CoachingSignupPage(
            title="Coaching",
            slug="coaching",
            locale=home.locale,
            intro="<p>Demandez le coaching gratuit.</p>",
            thank_you_text="<p>Merci, nous vous appelons bientôt.</p>",
            ack_subject="Votre demande de coaching",
            ack_body=COACHING_ACK_FR,
            to_address="vitrine@mons.example",
            from_address="noreply@mons.example",
            subject="Nouvelle demande de coaching",
        )
    )
    page.save_revision().publish()
    return {"fr": page, **translate_from_french(page, COACHING_STRINGS)}


EVERY_DAY_HOURS = [(day, time(9, 0), time(18, 0)) for day in range(7)]


def add_service(shop, name="Consultation mariage", **fields):
    """A bookable service on a French shop page, live at once (as after approval)."""
    service = BookableService.objects.create(page=shop, name=name, locale=shop.locale, **fields)
    shop.refresh_from_db()
    shop.save(update_fields=["takes_bookings", "is_digitalised"])
    return service


def create_full_shop(index, title, products, photos, services=1, testimonials=1):
    """A shop with all a page can show: logo, storefront, catalogue pictures, gallery,
    bookable services and testimonials with their photos."""
    images = [ImageFactory() for _ in range(photos)]
    shop = create_shop(
        index,
        title=title,
        body=[
            catalogue([product(f"P{i}", "1.00", image=images[i % photos]) for i in range(products)])
        ],
        logo=ImageFactory(),
        storefront=ImageFactory(),
        storefront_alt="La vitrine",
    )
    shop.gallery = [
        {
            "type": "photo",
            "value": {"image": image.pk, "decorative": False, "alt_text": "Le comptoir"},
        }
        for image in images
    ]
    shop.save_revision().publish()
    for number in range(services):
        add_service(shop, name=f"Service {number}")
    for _ in range(testimonials):
        TestimonialFactory(shop=shop, photo=ImageFactory())
    return shop


def translations_by_language(page):
    """{language code: page} of the page's translations, French included."""
    pages = type(page).objects.filter(translation_key=page.translation_key).select_related("locale")
    return {p.locale.language_code: p for p in pages}
