"""Every block an editor can add shows a preview in the block picker."""

import pytest
from django.urls import reverse
from wagtail.models import Collection

from campaign import models as campaign
from home.models import HomePage
from portal.models import Navigation
from shops.models import ShopPage
from tests.factories import ImageFactory, create_shop, french


def body_blocks():
    """(name, block) of every block offered in a StreamField of the site."""
    fields = [
        ShopPage._meta.get_field("body"),
        campaign.StoryPage._meta.get_field("body"),
        HomePage._meta.get_field("steps"),
        Navigation._meta.get_field("menu"),
    ]
    return [(name, block) for f in fields for name, block in f.stream_block.child_blocks.items()]


# What a French-speaking editor reads in each preview.
PREVIEW_TEXT = {
    "paragraph": "Ouvert le dimanche matin",
    "image": 'alt="La vitrine"',
    "catalogue": "Bouquet de saison",
    "booking": "Les jours et heures de vos services réservables s’affichent ici.",
    "quote": "les clients entrent en sachant ce qu’ils veulent",
    "video": "Trois commerces de la Grand-Place racontent leur histoire",
    "shop_teaser": "Épicerie du Marché aux Herbes",
    "testimonial": "We kept our regulars and found new ones.",
    "step": "Coaching gratuit",
    "link": "Trouver un commerce",
}


@pytest.fixture
def library(shop_index):
    """An image, a shop and a testimonial, which choosers' previews show."""
    ImageFactory()
    shop = create_shop(shop_index, title="Épicerie du Marché aux Herbes")
    campaign.Testimonial.objects.create(
        quote="We kept our regulars and found new ones.",
        person_name="Noor",
        shop=shop,
        locale=french(),
    )


@pytest.mark.parametrize(("name", "block"), body_blocks(), ids=lambda v: str(v)[:20])
def test_every_block_has_a_preview_the_picker_renders(admin_client, library, name, block):
    assert block.is_previewable, name
    assert block.get_description(), name
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert PREVIEW_TEXT[name] in html
    assert "/static/css/vitrine" in html  # the site's own styles, not a bare page


def test_an_image_preview_never_shows_a_merchants_private_photo(admin_client, two_merchants):
    collection = Collection.objects.get(name__startswith=two_merchants["a"][1].title)
    ImageFactory(collection=collection, title="Private photo")
    image_block = ShopPage._meta.get_field("body").stream_block.child_blocks["image"]

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": image_block.definition_prefix}
    )

    assert response.status_code == 200
    assert "<img" not in response.content.decode()
