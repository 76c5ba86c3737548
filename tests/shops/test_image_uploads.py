"""Pictures a merchant uploads through the admin: odd files are refused with a message in
their language, or accepted and shown on the shop page without a broken layout."""

import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from portal.models import VitrineImage


def picture(mode="RGB", size=(800, 600), fmt="PNG", **options):
    buffer = io.BytesIO()
    colour = {"RGB": "#9b1c1f", "CMYK": (0, 90, 80, 30), "RGBA": (155, 28, 31, 0)}.get(mode, 1)
    Image.new(mode, size, colour).save(buffer, format=fmt, **options)
    return buffer.getvalue()


def animated_gif():
    frames = [Image.new("P", (200, 150), n) for n in (1, 60, 120)]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:], duration=200)
    return buffer.getvalue()


@pytest.fixture
def upload(merchant_client, two_merchants):
    """Posts a file to the image library as merchant A, whose admin is in French."""
    profile = UserProfile.get_for_user(two_merchants["a"][0])
    profile.preferred_language = "fr"
    profile.save()
    collection = Collection.objects.get(name__startswith=two_merchants["a"][1].title)

    def post(name, content):
        return merchant_client.post(
            reverse("wagtailimages:add"),
            {
                "title": name,
                "file": SimpleUploadedFile(name, content),
                "description": "La vitrine",
                "collection": collection.pk,
            },
        )

    return post


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("minuscule.png", picture(size=(40, 30)), "Cette image est trop petite (40 × 30 pixels)"),
        ("immense.png", picture(mode="1", size=(13000, 11000)), "(143000000)"),
        ("abimee.jpg", picture(fmt="JPEG")[:400], "Ce fichier est endommagé"),
    ],
)
def test_tiny_huge_and_damaged_pictures_are_refused_in_the_merchants_language(
    upload, name, content, message
):
    response = upload(name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not VitrineImage.objects.filter(title=name).exists()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cmjn.jpg", picture(mode="CMYK", fmt="JPEG")),
        ("anime.gif", animated_gif()),
        ("transparent.png", picture(mode="RGBA")),
    ],
)
def test_cmyk_animated_and_transparent_pictures_show_on_the_shop_page(
    upload, client, two_merchants, name, content
):
    response = upload(name, content)
    assert response.status_code == 302, response.content.decode()[:2000]
    image = VitrineImage.objects.get(title=name)
    shop = two_merchants["a"][1]
    shop.storefront, shop.storefront_alt = image, "La vitrine"
    shop.save_revision().publish()

    html = client.get(shop.url).content.decode()

    lead = re.search(r'<li class="gallery__item gallery__item--lead">(.*?)</li>', html, re.S)
    assert 'type="image/avif"' in lead.group(1) and 'type="image/webp"' in lead.group(1)
    # A small picture has one rendition per format: a srcset of one URL, no width.
    webp = re.search(r'srcset="/media/([^" ]+\.webp)[ "]', lead.group(1)).group(1)
    with Image.open(image.file.storage.path(webp)) as rendition:
        assert rendition.mode in ("RGB", "RGBA")  # CMYK converted, transparency kept
        assert rendition.size[0] <= 1200
    fallback = re.search(r'<img[^>]*src="/media/([^"]+)"', lead.group(1)).group(1)
    with Image.open(image.file.storage.path(fallback)) as rendition:
        assert rendition.format == "JPEG"
