"""Demo shops for ``load_demo``: taxonomy, the directory, 24 shops and two merchants.

Content comes from content/shops.yaml, content/bookings.yaml and content/pictures.yaml
(French with its translations); pictures are drawn by portal.demo.pictures, so nothing
is downloaded. Every step is idempotent.
"""

import itertools
import uuid
from datetime import date, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail.models import Collection, Locale
from wagtail.users.models import UserProfile

from portal.demo import pictures
from portal.demo.content import read
from portal.models import VitrineImage
from portal.translation import translate_from_french, translations, unchanged
from shops.booking.models import source_services
from shops.booking.slots import bookable_days, slots_between
from shops.merchants import grant_shop, merchant_collection
from shops.models import (
    BookableService,
    Booking,
    Category,
    CityDate,
    District,
    OpeningHours,
    ShopIndexPage,
    ShopPage,
)
from shops.public_holidays import add_holiday_closures


def ensure_taxonomy():
    french = Locale.get_default()
    data = read("shops")
    for model, rows in ((Category, data["categories"]), (District, data["districts"])):
        for row in rows:
            synonyms = row.get("synonyms")
            extra = (
                {"schema_type": row["schema_type"], "synonyms": synonyms["fr"] if synonyms else ""}
                if model is Category
                else {"postcode": row["postcode"]}
            )
            item, created = model.objects.get_or_create(
                slug=row["slug"], locale=french, defaults={"name": row["name"]["fr"], **extra}
            )
            stale = model is Category and item.synonyms != extra["synonyms"]
            if stale:  # a demo loaded before the synonyms were written
                item.synonyms = extra["synonyms"]
                item.save(update_fields=["synonyms"])
            if (
                created
                or stale
                or model.objects.filter(translation_key=item.translation_key).count() < 4
            ):
                strings = {**translations(row["name"], synonyms), **unchanged(row["slug"])}
                translate_from_french(item, strings)


def ensure_city_dates():
    french = Locale.get_default()
    for row in read("shops")["city_dates"]:
        item, created = CityDate.objects.get_or_create(
            date=row["date"],
            name=row["name"]["fr"],
            locale=french,
            defaults={"end_date": row["end_date"]},
        )
        if created or CityDate.objects.filter(translation_key=item.translation_key).count() < 4:
            translate_from_french(item, translations(row["name"]))


def ensure_shop_index(home):
    row = read("shops")["index"]
    index = ShopIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=ShopIndexPage(
                title=row["title"]["fr"],
                slug=row["slug"]["fr"],
                intro=row["intro"]["fr"],
                locale=home.locale,
            )
        )
        index.save_revision().publish()
    if ShopIndexPage.objects.filter(translation_key=index.translation_key).count() < 4:
        translate_from_french(index, translations(row["title"], row["slug"], row["intro"]))
    return index


def alt_texts(template, name=None, thing=None):
    """An alt text template of pictures.yaml filled in each language."""
    return {
        lang: text.format(name=name, thing=(thing or {}).get(lang, ""))
        for lang, text in template.items()
    }


def save_picture(canvas, title, alt):
    """A drawn picture in the image library (the city's collection until a merchant
    owns the shop); ``alt`` is the French alt text, the library's own."""
    return VitrineImage.objects.create(
        title=title,
        description=alt,
        file=pictures.as_file(canvas, f"demo-{uuid.uuid4().hex[:8]}"),
        collection=Collection.get_first_root_node(),
    )


def product_kind(name, category):
    """The drawing for a product: the first word of pictures.yaml found in its name."""
    data = read("pictures")
    lowered = name.lower()
    for word, kind in data["product_words"].items():
        if word in lowered:
            return kind
    return data["categories"][category][0]["kind"]


def draw_shop_pictures(row, number):
    """The shop's logo, storefront, product pictures and gallery, with their alt texts:
    {"logo", "storefront", "storefront_alt", "products": {French name: (image, alts)},
    "gallery": [(image, alts)]}."""
    data = read("pictures")
    name = row["name"]
    objects = data["categories"][row["category"]]
    kinds = [thing["kind"] for thing in objects]
    storefront_alt = alt_texts(data["alt"]["storefront"], name=name)
    drawn = {
        "logo": save_picture(pictures.draw_logo(name, number), f"Logo {name}", f"Logo {name}"),
        "storefront": save_picture(
            pictures.draw_storefront(name, number, kinds), f"Devanture {name}", storefront_alt["fr"]
        ),
        "storefront_alt": storefront_alt,
        "products": {},
    }
    products = [p for section in row["catalogue"] for p in section["products"]]
    for n, product in enumerate(products):
        alts = alt_texts(data["alt"]["thing"], thing=product["name"])
        kind = product_kind(product["name"]["fr"], row["category"])
        canvas = pictures.draw_product(kind, product["name"]["fr"], number + n)
        image = save_picture(canvas, product["name"]["fr"], alts["fr"])
        drawn["products"][product["name"]["fr"]] = (image, alts)
    if products:
        drawn["gallery"] = list(drawn["products"].values())[:3]
    else:
        drawn["gallery"] = []
        for n, thing in enumerate(objects):
            alts = alt_texts(data["alt"]["thing"], thing=thing["name"])
            canvas = pictures.draw_product(thing["kind"], thing["name"]["fr"], number + n)
            drawn["gallery"].append((save_picture(canvas, thing["name"]["fr"], alts["fr"]), alts))
    return drawn


def _gallery_blocks(drawn):
    return [
        {
            "type": "photo",
            "id": str(uuid.uuid4()),
            "value": {"image": image.pk, "decorative": False, "alt_text": alts["fr"]},
        }
        for image, alts in drawn["gallery"]
    ]


def _picture_strings(drawn):
    alts = [drawn["storefront_alt"], *(a for _i, a in drawn["products"].values())]
    return translations(*alts, *(a for _i, a in drawn["gallery"]))


def _catalogue_blocks(row, drawn):
    blocks = []
    for section in row["catalogue"]:
        products = [
            {
                "type": "item",
                "id": str(uuid.uuid4()),
                "value": {
                    "name": p["name"]["fr"],
                    "description": (p["description"] or {}).get("fr", ""),
                    "price": p["price"],
                    "image": drawn["products"][p["name"]["fr"]][0].pk,
                    "image_alt": drawn["products"][p["name"]["fr"]][1]["fr"],
                    "availability": p["availability"],
                    "buy_url": p["buy_url"],
                },
            }
            for p in section["products"]
        ]
        blocks.append(
            {
                "type": "catalogue",
                "id": str(uuid.uuid4()),
                "value": {
                    "heading": section["heading"]["fr"],
                    "intro": (section["intro"] or {}).get("fr", ""),
                    "products": products,
                },
            }
        )
    return blocks


def _shop_strings(row):
    texts = [row["short_description"], row["description"]]
    for section in row["catalogue"]:
        texts += [section["heading"], section["intro"]]
        for product in section["products"]:
            texts += [product["name"], product["description"]]
    return {**translations(*texts), **unchanged(row["name"], row["slug"])}


def create_shop(index, row, number):
    french = index.locale
    drawn = draw_shop_pictures(row, number)
    shop = ShopPage(
        title=row["name"],
        slug=row["slug"],
        locale=french,
        category=Category.objects.get(slug=row["category"], locale=french),
        district=District.objects.get(slug=row["district"], locale=french),
        short_description=row["short_description"]["fr"],
        description=row["description"]["fr"],
        logo=drawn["logo"],
        storefront=drawn["storefront"],
        storefront_alt=drawn["storefront_alt"]["fr"],
        gallery=_gallery_blocks(drawn),
        street=row["street"],
        postcode=row["postcode"],
        latitude=Decimal(row["latitude"]),
        longitude=Decimal(row["longitude"]),
        phone=row["phone"],
        email=row["email"],
        website=row["website"],
        online_shop_url=row["online_shop_url"],
        facebook_url=row["facebook_url"],
        instagram_url=row["instagram_url"],
        offers_delivery="delivery" in row["services"],
        offers_click_and_collect="click_and_collect" in row["services"],
        languages_spoken=row["languages"],
        wheelchair_access=row["wheelchair_access"],
        step_free_entrance=row["step_free_entrance"],
        accessible_toilet=row["accessible_toilet"],
        hearing_loop=row["hearing_loop"],
        seating=row["seating"],
        joined_campaign=date.fromisoformat(row["joined"]),
        body=_catalogue_blocks(row, drawn),
    )
    shop.opening_hours = [
        OpeningHours(weekday=day, opens=time.fromisoformat(o), closes=time.fromisoformat(c))
        for day, o, c in row["hours"]
    ]
    add_holiday_closures(shop, date.today())
    index.add_child(instance=shop)
    shop.save_revision().publish()
    return shop, _picture_strings(drawn)


def picture_strings(shop):
    """The translations of the alt texts of a shop's pictures, read back from the page
    (a shop created by an earlier load)."""
    data = read("pictures")
    row = next(r for r in read("shops")["shops"] if r["slug"] == shop.slug)
    things = [p["name"] for s in row["catalogue"] for p in s["products"]]
    things += [thing["name"] for thing in data["categories"][row["category"]]]
    alts = [alt_texts(data["alt"]["thing"], thing=thing) for thing in things]
    return translations(alt_texts(data["alt"]["storefront"], name=row["name"]), *alts)


def ensure_shops(index, slugs=None):
    """The demo shops (or only those of ``slugs``), translated, with their services."""
    existing = {page.slug: page for page in ShopPage.objects.child_of(index)}
    shops = {}
    for number, row in enumerate(read("shops")["shops"]):
        if slugs is not None and row["slug"] not in slugs:
            continue
        shop = existing.get(row["slug"])
        if shop is None:
            shop, alts = create_shop(index, row, number)
        else:
            alts = picture_strings(shop)
        services = read("bookings")["services"].get(row["slug"], [])
        added = ensure_services(shop, services)
        if added or ShopPage.objects.filter(translation_key=shop.translation_key).count() < 4:
            texts = [text for s in services for text in (s["name"], s["description"])]
            translate_from_french(shop, {**_shop_strings(row), **translations(*texts), **alts})
        shops[row["slug"]] = shop
    return shops


def ensure_services(shop, rows):
    """The shop's bookable services, as if the merchant had added them and the city had
    approved them. Returns whether any was added."""
    if not rows or shop.services.exists():
        return False
    for order, row in enumerate(rows):
        facts = {k: v for k, v in row.items() if k not in ("name", "description")}
        BookableService.objects.create(
            page=shop,
            locale=shop.locale,
            sort_order=order,
            name=row["name"]["fr"],
            description=row["description"]["fr"],
            **facts,
        )
    shop.save_revision().publish()
    return True


def ensure_demo_bookings(now=None):
    """A few upcoming bookings per demo service, so the admin's lists are not empty."""
    if Booking.objects.exists():
        return
    now = now or timezone.now()
    residents = itertools.cycle(read("bookings")["residents"])
    for service in source_services():
        first, last = bookable_days(service, now)
        days = slots_between(service, first, min(last, first + timedelta(days=13)), now)
        free = [slot for slots in days.values() for slot in slots if slot.is_free]
        for slot in free[3::7][:4]:
            resident = next(residents)
            Booking.objects.create(
                shop=service.page,
                service=service,
                service_name=service.name,
                starts_at=slot.starts_at,
                ends_at=slot.ends_at,
                busy_until=slot.ends_at + timedelta(minutes=service.buffer_minutes),
                name=resident["name"],
                email=resident["email"],
                language=resident["language"],
            )


def ensure_demo_merchants(shops, password):
    """The two demo merchant accounts, each owning one shop. Returns their usernames."""
    User = get_user_model()
    rows = read("bookings")["merchants"]
    for row in rows:
        user, created = User.objects.get_or_create(
            username=row["username"],
            defaults={k: row[k] for k in ("email", "first_name", "last_name")},
        )
        user.set_password(password)
        user.save()
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = row["language"]
        profile.save()
        shop = grant_shop(user, shops[row["shop"]])
        own = {image.pk for image in shop.images_on_page()}
        VitrineImage.objects.filter(pk__in=own).exclude(
            collection=merchant_collection(shop)
        ).update(collection=merchant_collection(shop))
    return [row["username"] for row in rows]


def load(home, merchant_password):
    ensure_taxonomy()
    ensure_city_dates()
    index = ensure_shop_index(home)
    shops = ensure_shops(index)
    merchants = ensure_demo_merchants(shops, merchant_password)
    ensure_demo_bookings()
    return shops, merchants
