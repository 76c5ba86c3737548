"""Facts follow the French page the moment it is published, in every language; texts
stay translated, a changed text keeps its previous translation until someone reviews it,
and "Translate this page" never puts French text live under another language."""

import copy
import json
import re
from datetime import date, time, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from portal.translation_sync import OUT_OF_DATE
from shops.models import Category, CityDate, OpeningHours, ShopPage
from tests.admin_forms import exception_row, shop_form_data
from tests.conftest import SharedData, the_shop_index
from tests.factories import catalogue, create_shop, product, translate_everything


def jsonld(html):
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@SharedData.piece("shop")
def shop_pk(below):
    shop = create_shop(
        the_shop_index(below),
        body=[catalogue([product("Bouquet de saison", "12.50")], heading="Nos bouquets")],
    )
    translate_everything(shop)
    return shop.pk


@pytest.fixture
def shop(shop_index):
    """A French shop with a catalogue, translated into nl, de and en ("… [nl]")."""
    return ShopPage.objects.get(pk=SharedData.built("shop"))


def translations_of(shop):
    return {
        page.locale.language_code: page
        for page in ShopPage.objects.filter(translation_key=shop.translation_key).exclude(
            pk=shop.pk
        )
    }


def publish_change(shop, *, saturday_closes=None, price=None, description=None, user=None):
    """Save a revision of the French page with these changes and publish it, as the city's
    approval of a merchant's change does."""
    page = shop.get_latest_revision_as_object()
    if saturday_closes is not None:
        page.opening_hours = [
            OpeningHours(weekday=5, opens=time(9), closes=saturday_closes),
            *[h for h in page.opening_hours.all() if h.weekday != 5],
        ]
    if price is not None:
        body = copy.deepcopy(list(page.body.raw_data))
        body[0]["value"]["products"][0]["value"]["price"] = price
        page.body = body
    if description is not None:
        page.description = description
    page.save_revision(user=user).publish(user=user)


def test_a_published_french_change_reaches_every_language_at_once(client, shop):
    publish_change(shop, saturday_closes=time(17), price="15.00")

    for lang, page in translations_of(shop).items():
        assert page.live, lang
        html = client.get(page.url).content.decode()
        assert "15,00\xa0€" in html or "€15.00" in html, lang
        assert "12,50" not in html and "€12.50" not in html, lang
        assert f"Bouquet de saison [{lang}]" in html and f"Nos bouquets [{lang}]" in html
        assert f"Fleuriste artisanal au pied du beffroi. [{lang}]" in html
        data = jsonld(html)
        saturday = [s for s in data["openingHoursSpecification"] if "Saturday" in str(s)]
        assert [s["closes"] for s in saturday] == ["17:00"], lang
        assert [o["price"] for o in data["hasOfferCatalog"]["itemListElement"]] == ["15.00"]


def test_a_changed_french_text_keeps_the_previous_translation_marked_out_of_date(client, shop):
    publish_change(shop, description="Camille compose aussi des couronnes de deuil.")

    dutch = translations_of(shop)["nl"]
    html = client.get(dutch.url).content.decode()
    assert "Camille compose des bouquets avec des fleurs de saison. [nl]" in html
    assert "couronnes de deuil" not in html  # no French text presented as Dutch
    stale = StringTranslation.objects.filter(tool_name=OUT_OF_DATE, locale__language_code="nl")
    assert list(stale.values_list("translation_of__data", flat=True)) == [
        "Camille compose aussi des couronnes de deuil."
    ]


def test_an_approved_merchant_change_reaches_the_dutch_page(
    merchant_client, client, two_merchants, editor
):
    merchant, shop = two_merchants["a"]
    data = shop_form_data(
        shop,
        phone="+32 65 00 07 77",
        hours=[(5, "09:00", "17:00")],
        **{"action-submit": "submit"},
    )
    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)
    assert response.status_code == 302
    task_state = shop.current_workflow_state.current_task_state
    client.force_login(editor)
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[shop.pk, "approve", task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)

    client.logout()
    dutch = translations_of(shop)["nl"]
    assert dutch.phone == "+32 65 00 07 77"
    html = client.get(dutch.url).content.decode()
    assert 'href="tel:+3265000777"' in html

    def sorted_hours(page_html):  # rows of equal sort order may come in any order
        specs = jsonld(page_html)["openingHoursSpecification"]
        return sorted(specs, key=lambda spec: (spec.get("dayOfWeek", ""), spec["opens"]))

    hours = sorted_hours(html)
    assert hours == sorted_hours(client.get(shop.url).content.decode())
    assert "17:00" in [spec["closes"] for spec in hours]
    assert "Fleuriste artisanal au pied du beffroi. [nl]" in html


def test_a_french_category_change_reaches_its_translations_and_keeps_their_names(shop):
    french = Category.objects.get(pk=shop.category_id)
    translate_everything(french)
    french.schema_type = "Store"
    french.save()

    others = Category.objects.filter(translation_key=french.translation_key).exclude(pk=french.pk)
    assert sorted(c.schema_type for c in others) == ["Store"] * 3
    assert sorted(c.name for c in others) == ["Fleuriste [de]", "Fleuriste [en]", "Fleuriste [nl]"]


def test_translate_this_page_makes_a_draft_not_a_live_french_page(admin_client, client, shop_index):
    story_like = create_shop(shop_index, title="Nouvelle Boutique")
    german = Locale.objects.get(language_code="de")
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[story_like.pk]),
        {"locales": [german.pk]},
    )
    assert response.status_code == 302

    translated = ShopPage.objects.get(translation_key=story_like.translation_key, locale=german)
    assert not translated.live
    assert client.get(f"/de/geschaefte/{translated.slug}/").status_code == 404


def test_editors_see_which_translations_need_work_per_language(client, editor, shop):
    review = reverse("translations_to_review")
    client.force_login(editor)
    assert "Toutes les traductions sont à jour." in client.get(review).content.decode()

    publish_change(shop, description="Camille compose aussi des couronnes de deuil.")
    html = client.get(review).content.decode()

    dutch = translations_of(shop)["nl"]
    assert reverse("wagtailadmin_pages:edit", args=[dutch.pk]) in html
    for language in ("nl", "de", "en"):
        assert f'id="language-{language}"' in html
    assert "Toutes les traductions sont à jour." not in html


def test_merchants_cannot_read_the_translation_report(merchant_client, two_merchants):
    _, shop_b = two_merchants["b"]
    publish_change(shop_b, description="Nouveau texte de la boutique B.")

    response = merchant_client.get(reverse("translations_to_review"))

    # Wagtail answers "permission denied" by sending the user to the dashboard.
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    assert shop_b.title not in merchant_client.get(response["Location"]).content.decode()


def test_a_french_publish_scheduled_for_later_changes_no_translation_before_it(client, shop):
    shop.unpublish()
    page = shop.get_latest_revision_as_object()
    page.go_live_at = timezone.now() + timedelta(days=3)
    body = copy.deepcopy(list(page.body.raw_data))
    body[0]["value"]["products"][0]["value"]["price"] = "99.00"
    page.body = body
    page.save_revision().publish()

    dutch = translations_of(shop)["nl"]
    html = client.get(dutch.url).content.decode()
    assert "12,50\xa0€" in html and "99,00" not in html


def test_a_translation_awaiting_approval_is_left_to_its_reviewer(client, shop, editor):
    dutch = translations_of(shop)["nl"]
    dutch.get_latest_revision_as_object().save_revision(user=editor)
    dutch.get_workflow().start(dutch, editor)

    publish_change(shop, price="15.00")

    dutch = ShopPage.objects.get(pk=dutch.pk)
    assert dutch.workflow_in_progress
    assert "12,50\xa0€" in client.get(dutch.url).content.decode()
    assert "15,00\xa0€" in client.get(translations_of(shop)["de"].url).content.decode()


def test_a_closure_period_and_the_week_grid_reach_every_language_on_publish(
    admin_client, client, shop
):
    closure = exception_row("2026-08-01", end_date="2026-08-21", reason="holidays")
    data = shop_form_data(
        shop,
        hours=[(5, "09:00", "17:00"), (1, "10:00", "12:00"), (1, "13:00", "18:00")],
        exceptions=[closure],
        **{"action-publish": "publish"},
    )

    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    assert response.status_code == 302
    for lang, page in translations_of(shop).items():
        assert [(h.weekday, h.opens, h.closes) for h in page.opening_hours.all()] == [
            (1, time(10), time(12)),
            (1, time(13), time(18)),
            (5, time(9), time(17)),
        ], lang
        assert [(e.date.day, e.end_date.day, e.reason) for e in page.opening_exceptions.all()] == [
            (1, 21, "holidays")
        ], lang
        specs = jsonld(client.get(page.url).content.decode())["openingHoursSpecification"]
        assert {"validFrom": "2026-08-01", "validThrough": "2026-08-21"}.items() <= [
            s for s in specs if "validFrom" in s
        ][0].items(), lang


def test_a_city_dates_change_of_days_reaches_its_translations_and_keeps_their_names(
    shop_index,
):
    french = CityDate.objects.create(
        name="Week-end du Doudou",
        date=date(2027, 6, 12),
        end_date=date(2027, 6, 13),
        locale=Locale.objects.get(language_code="fr"),
    )
    translate_everything(french)
    french.end_date = date(2027, 6, 14)
    french.save()

    others = CityDate.objects.filter(translation_key=french.translation_key).exclude(pk=french.pk)
    assert sorted(d.end_date for d in others) == [date(2027, 6, 14)] * 3
    assert sorted(d.name for d in others) == [
        "Week-end du Doudou [de]", "Week-end du Doudou [en]", "Week-end du Doudou [nl]"
    ]  # fmt: skip


def test_a_new_french_text_shows_as_french_until_it_is_translated(client, shop):
    page = shop.get_latest_revision_as_object()
    body = copy.deepcopy(list(page.body.raw_data))
    new = product("Couronne de l’Avent", "35.00", description="Sapin et pommes de pin.")
    body[0]["value"]["products"].append({"type": "item", "value": new, "id": "new-product"})
    page.body = body
    page.save_revision().publish()

    html = client.get(translations_of(shop)["nl"].url).content.decode()
    name = re.search(r'<h3 class="product__name"([^>]*)>Couronne de l’Avent</h3>', html)
    assert name and 'lang="fr"' in name.group(1)
    description = re.search(r'<p class="product__description"([^>]*)>Sapin et pommes', html)
    assert description and 'lang="fr"' in description.group(1)
    translated = re.search(r'<h3 class="product__name"([^>]*)>Bouquet de saison \[nl\]', html)
    assert translated and "lang=" not in translated.group(1)
    french = client.get(shop.url).content.decode()
    assert '<h3 class="product__name">Couronne de l’Avent</h3>' in french
