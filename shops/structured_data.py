"""schema.org JSON-LD for a shop page, built from the same data the page shows."""

from portal.images import rendition_or_original
from portal.renditions import shown_before_made
from shops.blocks import SCHEMA_AVAILABILITY


SCHEMA_DAYS = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]


def _hhmm(value):
    return value.strftime("%H:%M")


def opening_hours_specification(page):
    specs = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": SCHEMA_DAYS[hours.weekday],
            "opens": _hhmm(hours.opens),
            "closes": _hhmm(hours.closes),
        }
        for hours in page.weekly_hours
    ]
    for exception in page.exception_dates:
        # schema.org convention: a closed day opens and closes at 00:00.
        opens, closes = (
            ("00:00", "00:00")
            if exception.closed
            else (_hhmm(exception.opens), _hhmm(exception.closes))
        )
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "validFrom": exception.date.isoformat(),
                "validThrough": exception.last_day.isoformat(),
                "opens": opens,
                "closes": closes,
            }
        )
    return specs


def picture_url(request, image, kind):
    """The rendition's absolute URL, or the original's until the task worker made it."""
    rendition, made = rendition_or_original(image, kind)
    if not made:
        shown_before_made(request, [(image, kind)])
    return request.build_absolute_uri(rendition.url)


def offer_catalogues(page, request):
    catalogues = []
    for block in page.body:
        if block.block_type != "catalogue":
            continue
        offers = []
        for product in block.value["products"]:
            item = {"@type": "Product", "name": product["name"]}
            if product["description"]:
                item["description"] = product["description"]
            if product["image"]:
                item["image"] = picture_url(request, product["image"], "structured_data_product")
            offer = {
                "@type": "Offer",
                "itemOffered": item,
                "price": f"{product['price']:.2f}",
                "priceCurrency": "EUR",
                "availability": SCHEMA_AVAILABILITY[product["availability"]],
            }
            if product["buy_url"]:
                offer["url"] = product["buy_url"]
            offers.append(offer)
        catalogues.append(
            {"@type": "OfferCatalog", "name": block.value["heading"], "itemListElement": offers}
        )
    return catalogues


# schema.org FoodEstablishment types, the ones with "acceptsReservations".
FOOD_ESTABLISHMENTS = {"Bakery", "CafeOrCoffeeShop", "Restaurant"}


def amenity_features(page):
    """The premises' accessibility as schema.org LocationFeatureSpecifications."""
    facts = [
        (name, getattr(page, name))
        for name in ("step_free_entrance", "accessible_toilet", "hearing_loop")
        if getattr(page, name)
    ]
    if page.wheelchair_access in ("full", "none"):
        facts.insert(0, ("wheelchair_access", page.wheelchair_access == "full"))
    return [
        {
            "@type": "LocationFeatureSpecification",
            "name": str(page._meta.get_field(name).verbose_name),
            "value": value,
        }
        for name, value in facts
    ]


def shop_structured_data(page, request):
    absolute = request.build_absolute_uri
    url = absolute(page.get_url(request))
    data = {
        "@context": "https://schema.org",
        "@type": page.category.schema_type,
        "@id": f"{url}#shop",
        "name": page.title,
        "description": page.short_description,
        "url": url,
        "address": {
            "@type": "PostalAddress",
            "streetAddress": page.street,
            "postalCode": page.postcode,
            "addressLocality": page.city,
            "addressCountry": "BE",
        },
        "openingHoursSpecification": opening_hours_specification(page),
    }
    if page.phone:
        data["telephone"] = page.phone
    if page.email:
        data["email"] = page.email
    if page.latitude is not None and page.longitude is not None:
        data["geo"] = {
            "@type": "GeoCoordinates",
            "latitude": float(page.latitude),
            "longitude": float(page.longitude),
        }
    images = [page.logo] if page.logo else []
    images += page.gallery_photos()
    if images:
        data["image"] = [picture_url(request, image, "structured_data_photo") for image in images]
    same_as = [link for link in (page.website, page.facebook_url, page.instagram_url) if link]
    if same_as:
        data["sameAs"] = same_as
    features = amenity_features(page)
    if features:
        data["amenityFeature"] = features
    if page.languages_spoken:
        data["knowsLanguage"] = list(page.languages_spoken)  # IETF BCP 47 codes
    if page.takes_bookings and page.category.schema_type in FOOD_ESTABLISHMENTS:
        data["acceptsReservations"] = True
    catalogues = offer_catalogues(page, request)
    if catalogues:
        data["hasOfferCatalog"] = (
            catalogues[0]
            if len(catalogues) == 1
            else {"@type": "OfferCatalog", "itemListElement": catalogues}
        )
    return data
