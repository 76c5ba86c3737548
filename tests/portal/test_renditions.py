"""Pictures are encoded by the task worker when the page or snippet showing them is
published, never in a resident's request: until the worker ran, a page shows each
picture's original file at the size its smallest rendition will have; once it ran, the
AVIF, WebP and JPEG srcsets."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django_tasks_db.models import DBTaskResult
from PIL import Image
from wagtail.images.tests.utils import get_test_image_file

from portal import renditions
from portal.models import VitrineImage, VitrineRendition
from shops.models import ShopPage
from tests.factories import (
    ImageFactory,
    TestimonialFactory,
    catalogue,
    create_shop,
    create_story,
    create_story_index,
    product,
    translate_everything,
)
from tests.outbox_helpers import run_worker


pytestmark = pytest.mark.usefixtures("queued_mail")  # tasks wait in the database queue


def rendition_jobs():
    return DBTaskResult.objects.ready().filter(task_path=renditions.make_renditions.module_path)


def gallery_lead(html):
    return re.search(r'<li class="gallery__item gallery__item--lead">(.*?)</li>', html, re.S)[1]


def sources(picture):
    """{MIME type: srcset} of a <picture>'s <source>s."""
    return {
        re.search(r'type="([^"]+)"', tag)[1]: re.search(r'srcset="([^"]+)"', tag)[1]
        for tag in re.findall(r"<source[^>]*>", picture)
    }


def img(picture):
    return re.search(r"<img[^>]*>", picture)[0]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


@pytest.fixture
def storefront():
    return ImageFactory(file=get_test_image_file(size=(1600, 1000)))


def test_a_new_storefront_is_encoded_by_the_worker_and_shown_as_its_original_until_then(
    client, shop_index, storefront
):
    shop = create_shop(shop_index)
    assert not rendition_jobs().exists()  # a shop without pictures asks for nothing
    shop.storefront, shop.storefront_alt = storefront, "La vitrine un matin de marché"
    shop.save_revision().publish()
    assert rendition_jobs().count() == 1

    made_before = VitrineRendition.objects.count()
    html = client.get(shop.url).content.decode()

    assert VitrineRendition.objects.count() == made_before  # nothing encoded for a reader
    lead = gallery_lead(html)
    assert sources(lead) == {} and "srcset" not in lead
    fallback = img(lead)
    # The original file, at the size of the smallest JPEG rendition (1600 × 1000 at 390).
    assert f'src="{storefront.file.url}"' in fallback
    assert 'width="390"' in fallback and 'height="243"' in fallback
    assert 'alt="La vitrine un matin de marché"' in fallback and "sizes=" not in fallback
    # The link to the large photo opens the original too, never a missing file.
    assert f'href="{storefront.file.url}" data-width="1600" data-height="1000"' in lead
    assert f"{storefront.file.url}" in html.split('type="application/ld+json"')[1]

    run_worker()

    lead = gallery_lead(client.get(shop.url).content.decode())
    formats = sources(lead)
    assert formats.keys() == {"image/avif", "image/webp"}
    for srcset in formats.values():
        assert re.findall(r" (\d+)w", srcset) == ["390", "780", "1200"]
    fallback = img(lead)
    assert re.search(r'src="/media/images/[^"]+\.format-jpeg\.width-390\.jpg"', fallback)
    assert 'width="390"' in fallback and 'height="243"' in fallback
    assert storefront.file.url not in lead
    assert not rendition_jobs().exists()


def test_publishing_twice_and_the_translations_queue_the_work_once(client, shop_index, storefront):
    shop = create_shop(shop_index, logo=ImageFactory(), storefront=storefront)
    translate_everything(shop)  # the translations are published with the same pictures
    shop.short_description = "Fleuriste artisanal, ouvert le dimanche."
    shop.save_revision().publish()  # translation_sync republishes the three translations

    assert rendition_jobs().count() == 1
    run_worker()
    made = VitrineRendition.objects.count()
    # Work asked for again (another server, a lost cache) costs no encoding.
    renditions.make_renditions.enqueue([[storefront.pk, "gallery_lead"]])
    run_worker()
    assert VitrineRendition.objects.count() == made
    assert not rendition_jobs().exists()
    assert renditions.make([[storefront.pk, "a_kind_a_release_dropped"]]) == 0

    dutch = ShopPage.objects.get(translation_key=shop.translation_key, locale__language_code="nl")
    assert 'type="image/avif"' in gallery_lead(client.get(dutch.url).content.decode())


def test_the_shop_page_costs_the_same_queries_whatever_its_pictures_before_and_after_the_worker(
    client, shop_index
):
    def shop_with(title, photos):
        return create_shop(
            shop_index,
            title=title,
            logo=ImageFactory(),
            storefront=ImageFactory(),
            gallery=[
                {"type": "photo", "value": {"image": ImageFactory().pk, "decorative": True}}
                for _ in range(photos)
            ],
            body=[catalogue([product(f"P{n}", image=ImageFactory()) for n in range(photos)])],
        )

    small, big = shop_with("Petit", 1), shop_with("Grand", 6)
    client.get(small.url)  # the menu and the site's root, cached on a first visit

    waiting = queries(client, small.url), queries(client, big.url)
    assert rendition_jobs().count() == 2
    run_worker()
    client.get(small.url), client.get(big.url)  # Wagtail's rendition cache, filled
    made = queries(client, small.url), queries(client, big.url)

    assert waiting[0] == waiting[1] and made[0] == made[1]
    assert made[0] <= waiting[0] < 30


def test_a_page_missing_renditions_asks_the_worker_for_them_once(client, shop_index, storefront):
    shop = create_shop(shop_index, storefront=storefront)
    run_worker()
    # Renditions gone for any reason (content older than this queue, a lost media folder).
    VitrineRendition.objects.filter(image=storefront).delete()

    client.get(shop.url)
    client.get(shop.url)  # asks for nothing more

    assert rendition_jobs().count() == 1
    run_worker()
    assert 'type="image/avif"' in gallery_lead(client.get(shop.url).content.decode())


def png(size, colour):
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_replaced_storefront_file_is_encoded_again_by_the_worker(
    client, shop_index, storefront, editor
):
    shop = create_shop(shop_index, storefront=storefront)
    run_worker()
    before = gallery_lead(client.get(shop.url).content.decode())
    client.force_login(editor)

    response = client.post(
        reverse("wagtailimages:edit", args=[storefront.pk]),
        {
            "title": storefront.title,
            "description": storefront.description,
            "collection": storefront.collection_id,
            "file": SimpleUploadedFile("nouvelle-vitrine.png", png((1200, 900), "#1c5f9b")),
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.logout()
    storefront.refresh_from_db()
    assert rendition_jobs().count() == 1

    waiting = img(gallery_lead(client.get(shop.url).content.decode()))
    assert f'src="{storefront.file.url}"' in waiting  # the new file, never a deleted one
    assert 'width="390"' in waiting and 'height="292"' in waiting
    run_worker()
    lead = gallery_lead(client.get(shop.url).content.decode())
    assert sources(lead).keys() == {"image/avif", "image/webp"}
    assert 'height="292"' in img(lead) and lead != before


def test_a_testimonial_photo_is_encoded_when_the_testimonial_is_saved(shop_index):
    photo = ImageFactory()
    TestimonialFactory(photo=photo)
    assert rendition_jobs().count() == 1

    run_worker()

    made = VitrineImage.objects.get(pk=photo.pk).renditions.values_list("filter_spec", flat=True)
    assert set(made) == set(renditions.filter_specs("testimonial_photo"))


def test_a_published_story_has_its_hero_encoded_for_its_page_its_card_and_link_previews(
    client, home_pages
):
    hero = ImageFactory(file=get_test_image_file(size=(1600, 900)))
    index = create_story_index(home_pages["fr"])
    story = create_story(index, hero_image=hero, hero_alt="Camille devant sa vitrine")
    assert rendition_jobs().count() == 1

    page = client.get(story.url).content.decode()
    assert '<meta property="og:image" content="http://testserver/static/img/' in page
    run_worker()

    page = client.get(story.url).content.decode()
    listing = client.get(index.url).content.decode()
    card = re.search(r'<article class="card">.*?</article>', listing, re.S)[0]
    assert 'type="image/avif"' in page and " 1600w" in page
    assert 'type="image/avif"' in card and " 800w" in card
    assert re.search(r'og:image" content="http://testserver/media/images/[^"]+fill-1200x630', page)


def test_make_renditions_makes_what_a_bulk_load_left_missing(client, shop_index, storefront):
    with renditions.held():  # a bulk load queues nothing
        shop = create_shop(shop_index, logo=ImageFactory(), storefront=storefront)
    assert not rendition_jobs().exists()

    call_command("make_renditions", stdout=io.StringIO())

    assert not rendition_jobs().exists()
    made = VitrineRendition.objects.filter(image=storefront).values_list("filter_spec", flat=True)
    for kind in ("gallery_lead", "gallery_large", "share", "structured_data_photo"):
        assert set(renditions.filter_specs(kind)) <= set(made), kind
    html = client.get(shop.url).content.decode()
    assert html.count('type="image/avif"') == 2  # the logo and the storefront
