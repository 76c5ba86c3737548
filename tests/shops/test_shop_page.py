"""The public shop page: facts, hours, contact, catalogue, gallery, structured data."""

import json
import re
from unittest import mock

import pytest
from django.core.files.storage import default_storage
from django.utils import timezone
from wagtail.images.tests.utils import get_test_image_file

from shops.hours import BRUSSELS
from shops.models import OpeningException
from tests.factories import (
    ImageFactory,
    catalogue,
    create_full_shop,
    create_shop,
    product,
    translate_everything,
)


TUESDAY_10AM = timezone.datetime(2026, 11, 24, 10, 0, tzinfo=BRUSSELS)


@pytest.fixture
def frozen_now():
    with mock.patch("django.utils.timezone.now", return_value=TUESDAY_10AM):
        yield TUESDAY_10AM


@pytest.fixture
def shop(shop_index, frozen_now):
    image = ImageFactory()
    return create_shop(
        shop_index,
        body=[
            catalogue(
                [
                    product("Bouquet de saison", "12.50", image=image),
                    product("Orchidée en pot", "1234.5"),
                ]
            )
        ],
        online_shop_url="https://fleurs-du-beffroi.example/boutique/",
        offers_delivery=True,
        languages_spoken=["fr", "it"],
        wheelchair_access="partial",
        step_free_entrance=True,
    )


def jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def test_shop_page_shows_the_shops_facts(client, shop):
    html = client.get(shop.url).content.decode()

    assert '<h1 id="shop-name">Fleurs du Beffroi</h1>' in html
    assert "Fleuriste" in html and "Mons-centre" in html
    assert "Digitalised shop" not in html  # French page
    assert "Commerce numérique" in html
    assert 'href="tel:+3265000123"' in html
    assert 'href="mailto:bonjour@fleurs-du-beffroi.example"' in html
    assert 'href="https://www.openstreetmap.org/?mlat=50.45401&amp;mlon=3.95204' in html
    assert "<iframe" not in html


def test_shop_page_says_open_now_and_highlights_today(client, shop):
    html = client.get(shop.url).content.decode()

    assert "Ouvert, jusqu’à 12:30" in html
    today = re.search(r'<tr class="hours__today" aria-current="date">(.*?)</tr>', html, re.S).group(
        1
    )
    assert "mardi" in today
    assert re.findall(r'<span class="hours__range">([^<]+)</span>', today) == [
        "09:00–12:30",
        "13:30–18:30",
    ]


def test_closed_shop_says_when_it_opens(client, shop):
    with mock.patch("django.utils.timezone.now", return_value=TUESDAY_10AM.replace(hour=19)):
        html = client.get(shop.url).content.decode()

    assert "Fermé, ouvre demain à 09:00" in html


@pytest.mark.parametrize(
    ("lang", "small", "large"),
    [
        ("fr", "12,50\xa0€", "1\xa0234,50\xa0€"),
        ("nl", "12,50\xa0€", "1\xa0234,50\xa0€"),
        ("de", "12,50\xa0€", "1\xa0234,50\xa0€"),
        ("en", "€12.50", "€1,234.50"),
    ],
)
def test_prices_are_formatted_for_the_visitors_language(client, shop, lang, small, large):
    pages = translate_everything(shop)
    page = shop if lang == "fr" else pages[lang]

    html = client.get(page.url).content.decode()

    assert f'<span class="product__price">{small}</span>' in html
    assert f'<span class="product__price">{large}</span>' in html


def test_catalogue_image_and_gallery_are_responsive_and_lazy(client, shop):
    html = client.get(shop.url).content.decode()

    product_img = re.search(r'<img[^>]*class="product__image"[^>]*>', html).group(0)
    assert 'loading="lazy"' in product_img and 'width="320"' in product_img


def test_structured_data_describes_the_shop_its_hours_and_offers(client, shop):
    data = jsonld(client.get(shop.url).content.decode())

    assert data["@type"] == "Florist"
    assert data["name"] == "Fleurs du Beffroi"
    assert data["telephone"] == "+32 65 00 01 23"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rue de la Chaussée 41",
        "postalCode": "7000",
        "addressLocality": "Mons",
        "addressCountry": "BE",
    }
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 50.45401, "longitude": 3.95204}
    assert {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": "https://schema.org/Tuesday",
        "opens": "09:00",
        "closes": "12:30",
    } in data["openingHoursSpecification"]
    offers = data["hasOfferCatalog"]["itemListElement"]
    assert offers[0]["itemOffered"]["name"] == "Bouquet de saison"
    assert offers[0]["price"] == "12.50" and offers[0]["priceCurrency"] == "EUR"
    assert offers[0]["availability"] == "https://schema.org/InStock"
    assert data["sameAs"] == ["https://fleurs-du-beffroi.example/"]


def test_structured_data_lists_closures_as_exceptions(client, shop):
    OpeningException.objects.create(page=shop, date=timezone.datetime(2026, 12, 25).date())

    data = jsonld(client.get(shop.url).content.decode())

    assert {
        "@type": "OpeningHoursSpecification",
        "validFrom": "2026-12-25",
        "validThrough": "2026-12-25",
        "opens": "00:00",
        "closes": "00:00",
    } in data["openingHoursSpecification"]


@pytest.mark.parametrize("lang", ["nl", "de", "en"])
def test_structured_data_is_valid_json_in_every_language(client, shop, lang):
    page = translate_everything(shop)[lang]

    data = jsonld(client.get(page.url).content.decode())

    assert data["name"] == f"Fleurs du Beffroi [{lang}]"
    assert data["url"] == f"http://testserver{page.url}"


def test_script_in_text_fields_is_inert(client, shop_index, frozen_now):
    attack = '</script><script>alert("x")</script>'
    shop = create_shop(
        shop_index,
        title=f"Evil {attack}",
        slug="evil",
        short_description=attack,
        body=[catalogue([product(attack, "1.00")], heading=attack)],
    )

    html = client.get(shop.url).content.decode()

    assert '<script>alert("x")</script>' not in html
    assert jsonld(html)["description"] == attack  # still the merchant's text, as data


def query_count(client, url, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # renditions created on the first render
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_what_the_shop_shows(
    client, shop_index, frozen_now, django_assert_max_num_queries
):
    small = create_full_shop(shop_index, "Petit", products=2, photos=1, services=1, testimonials=1)
    big = create_full_shop(shop_index, "Grand", products=100, photos=12, services=5, testimonials=3)

    small_count = query_count(client, small.url, django_assert_max_num_queries)
    big_count = query_count(client, big.url, django_assert_max_num_queries)

    assert small_count == big_count
    # The directory above the shop is remembered (portal.routing); the shop, its category,
    # district, locale, logo, storefront and hours confirmation come in one query
    # (ShopIndexPage.route); 31 queries when each was its own.
    assert small_count <= 12


def test_gallery_serves_modern_formats_and_links_each_photo_to_its_large_picture(client, shop):
    shop.storefront = ImageFactory(file=get_test_image_file(size=(1600, 1000)))
    shop.storefront_alt = "La vitrine un matin de marché"
    photo = {"image": ImageFactory().pk, "decorative": False, "alt_text": "Le comptoir fleuri"}
    shop.gallery = [{"type": "photo", "value": photo}]
    shop.save_revision().publish()

    html = client.get(shop.url).content.decode()

    gallery = re.search(r'<ul class="gallery__grid">(.*?)</ul>', html, re.S).group(1)
    lead, second = re.findall(r"<li[^>]*>(.*?)</li>", gallery, re.S)
    for item in (lead, second):
        assert 'type="image/avif"' in item and 'type="image/webp"' in item
        img = re.search(r"<img[^>]*>", item).group(0)
        assert 'width="' in img and 'height="' in img and ".jpg" in img
    lead_img = re.search(r"<img[^>]*>", lead).group(0)
    assert 'alt="La vitrine un matin de marché"' in lead_img
    assert 'loading="lazy"' not in lead_img  # the page's largest picture loads at once
    assert " 390w" in lead and " 1200w" in lead and "100vw" in lead
    assert 'alt="Le comptoir fleuri"' in second and 'loading="lazy"' in second
    # Without JavaScript a photo is a link to its large picture, a file that exists.
    large = re.search(r'<a class="gallery__link" href="/media/([^"]+)"', lead).group(1)
    assert large.endswith(".webp") and default_storage.exists(large)


def test_a_photo_narrower_than_the_widths_asked_names_each_width_once(client, shop_index):
    shop = create_shop(shop_index, title="Petite Vitrine", storefront=ImageFactory())  # 640 px

    html = client.get(shop.url).content.decode()

    storefront = re.search(r"<picture>(?:(?!</picture>).)*gallery__image.*?</picture>", html, re.S)
    srcsets = re.findall(r'srcset="([^"]+)"', storefront.group(0))
    assert len(srcsets) == 3  # AVIF, WebP, and the JPEG fallback
    for srcset in srcsets:
        widths = re.findall(r" (\d+)w", srcset)
        assert sorted(widths) == sorted(set(widths)) and "640" in widths, srcset
