"""Demo shops for ``load_demo``: taxonomy, the directory, 24 shops and two merchants.

Content comes from content/shops.yaml and content/bookings.yaml (French with its
translations); images are drawn here with Pillow, so nothing is downloaded. Every step
is idempotent.
"""

import io
import itertools
import uuid
from datetime import date, time, timedelta
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont
from wagtail.models import Collection, Locale
from wagtail.users.models import UserProfile

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


PALETTE = ["#9b1c1f", "#1a5fb4", "#26734d", "#7d3c98", "#b35900", "#2e4a62", "#8a5a00"]


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


def draw_logo(name, colour):
    """A square logo with the shop's initials, as a PNG file for the image library."""
    initials = "".join(word[0] for word in name.replace("'", " ").split() if word[0].isupper())[:3]
    canvas = Image.new("RGB", (480, 480), colour)
    draw = ImageDraw.Draw(canvas)
    font = ImageFont.load_default(size=180)
    box = draw.textbbox((0, 0), initials, font=font)
    position = ((480 - (box[2] - box[0])) / 2 - box[0], (480 - (box[3] - box[1])) / 2 - box[1])
    draw.text(position, initials, fill="#ffffff", font=font)
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return ImageFile(buffer, name=f"logo-{uuid.uuid4().hex[:8]}.png")


def _catalogue_blocks(row):
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
                    "image": None,
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
    logo = VitrineImage.objects.create(
        title=f"Logo {row['name']}",
        description=f"Logo {row['name']}",
        file=draw_logo(row["name"], PALETTE[number % len(PALETTE)]),
        collection=Collection.get_first_root_node(),
    )
    shop = ShopPage(
        title=row["name"],
        slug=row["slug"],
        locale=french,
        category=Category.objects.get(slug=row["category"], locale=french),
        district=District.objects.get(slug=row["district"], locale=french),
        short_description=row["short_description"]["fr"],
        description=row["description"]["fr"],
        logo=logo,
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
        body=_catalogue_blocks(row),
    )
    shop.opening_hours = [
        OpeningHours(weekday=day, opens=time.fromisoformat(o), closes=time.fromisoformat(c))
        for day, o, c in row["hours"]
    ]
    add_holiday_closures(shop, date.today())
    index.add_child(instance=shop)
    shop.save_revision().publish()
    return shop


def ensure_shops(index, slugs=None):
    """The demo shops (or only those of ``slugs``), translated, with their services."""
    existing = {page.slug: page for page in ShopPage.objects.child_of(index)}
    shops = {}
    for number, row in enumerate(read("shops")["shops"]):
        if slugs is not None and row["slug"] not in slugs:
            continue
        shop = existing.get(row["slug"]) or create_shop(index, row, number)
        services = read("bookings")["services"].get(row["slug"], [])
        added = ensure_services(shop, services)
        if added or ShopPage.objects.filter(translation_key=shop.translation_key).count() < 4:
            texts = [text for s in services for text in (s["name"], s["description"])]
            translate_from_french(shop, {**_shop_strings(row), **translations(*texts)})
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
        if shop.logo and shop.logo.collection != merchant_collection(shop):
            shop.logo.collection = merchant_collection(shop)
            shop.logo.save()
    return [row["username"] for row in rows]


def load(home, merchant_password):
    ensure_taxonomy()
    ensure_city_dates()
    index = ensure_shop_index(home)
    shops = ensure_shops(index)
    merchants = ensure_demo_merchants(shops, merchant_password)
    ensure_demo_bookings()
    return shops, merchants
