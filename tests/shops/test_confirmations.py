"""Every few months a merchant confirms, in one click from an email, that their hours and
catalogue are still right; residents see the date, and shops left unconfirmed for too
long drop out of "open now"."""

import html
import re
import time as clock
from datetime import datetime, time, timedelta
from unittest import mock

import pytest
from django.core import mail, signing
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, PageLogEntry, Revision

from search.finder import Finder, FinderQuery
from shops.confirmations import confirm_token, send_reminders
from shops.hours import BRUSSELS, brussels_today
from shops.merchants import grant_shop
from shops.models import ShopPage, ShopUpkeep


def text_of(response):
    content = response.content.decode()
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", content)))


def links_in(message):
    return re.findall(r"https?://\S+", message.body)


def path_of(url):
    return url.replace("http://testserver", "")


def confirm_url(token):
    with translation.override("fr"):
        return reverse("shops_confirm_hours", args=[token])


def started_following(shop, days_ago):
    """The city has followed the shop for this long, never confirmed."""
    upkeep, _ = ShopUpkeep.objects.get_or_create(shop=shop)
    upkeep.since = datetime.now(BRUSSELS) - timedelta(days=days_ago)
    upkeep.save()
    return upkeep


@pytest.fixture
def shops(two_merchants):
    """Shops A and B, as their merchants own them now."""
    return tuple(ShopPage.objects.get(pk=two_merchants[k][1].pk) for k in ("a", "b"))


def test_the_reminder_comes_once_per_period_in_the_merchants_language(
    shops, two_merchants, django_capture_on_commit_callbacks
):
    shop_a, shop_b = shops
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("remind_merchants_to_confirm", stdout=open("/dev/null", "w"))
    assert mail.outbox == []  # the clock starts now for both shops
    started_following(shop_a, days_ago=95)
    started_following(shop_b, days_ago=95)

    with django_capture_on_commit_callbacks(execute=True):
        call_command("remind_merchants_to_confirm", stdout=open("/dev/null", "w"))
        call_command("remind_merchants_to_confirm", stdout=open("/dev/null", "w"))

    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert len(mail.outbox) == 2
    french = by_recipient["camille@fleurs.example"]
    dutch = by_recipient["lotte@cycles.example"]
    assert "encore à jour" in french.subject and "Fleurs du Beffroi" in french.subject
    assert "nog juist" in dutch.subject
    assert "/nl/" in links_in(dutch)[0]  # the link's page speaks Dutch too

    # Three months later, unconfirmed: one more reminder each.
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders(today=brussels_today() + timedelta(days=95))
        send_reminders(today=brussels_today() + timedelta(days=96))
    assert len(mail.outbox) == 4


def test_the_link_shows_a_button_and_only_the_post_confirms(
    client, shops, django_capture_on_commit_callbacks
):
    shop_a, _ = shops
    started_following(shop_a, days_ago=95)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        send_reminders()
    link = path_of(links_in(mail.outbox[0])[0])
    revisions = Revision.objects.count()

    page = client.get(link)  # what a mail scanner does
    assert "Mes horaires et mon catalogue sont toujours exacts" in text_of(page)
    assert ShopUpkeep.objects.get(shop=shop_a).confirmed_at is None

    with django_capture_on_commit_callbacks(execute=True):
        done = client.post(link)

    assert "sont confirmés à jour" in text_of(done)
    upkeep = ShopUpkeep.objects.get(shop=shop_a)
    assert upkeep.confirmed_at is not None and upkeep.confirmed_by == shop_a.owner
    # Not a content change: no revision, no approval; but it is in the page's history.
    assert Revision.objects.count() == revisions
    assert ShopPage.objects.get(pk=shop_a.pk).current_workflow_state is None
    assert PageLogEntry.objects.filter(page=shop_a, action="shops.confirm_hours").count() == 1


def test_the_public_page_says_when_the_hours_were_confirmed_in_every_language(
    client, shops, django_capture_on_commit_callbacks
):
    shop_a, _ = shops
    dutch = ShopPage.objects.get(translation_key=shop_a.translation_key, locale__language_code="nl")
    assert "Horaires confirmés" not in text_of(client.get(shop_a.url))
    token = confirm_token(shop_a, shop_a.owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(confirm_url(token))
    today = brussels_today()
    french_date = f"{today.day} "
    page = text_of(client.get(shop_a.url))
    assert f"Horaires confirmés le {french_date}" in page
    assert "Openingsuren bevestigd op" in text_of(client.get(dutch.url))


def test_a_forged_expired_or_other_merchants_link_changes_nothing(
    client, shops, two_merchants, shop_index, django_capture_on_commit_callbacks
):
    shop_a, shop_b = shops
    merchant_a, merchant_b = two_merchants["a"][0], two_merchants["b"][0]
    forged = signing.dumps({"shop": shop_b.pk, "user": merchant_b.pk}, salt="another.salt")
    response = client.post(confirm_url(forged))
    assert response.status_code == 404 and "Ce lien n’est pas valide" in text_of(response)

    with mock.patch("django.core.signing.time.time", return_value=clock.time() - 100 * 86400):
        old = confirm_token(shop_a, merchant_a)
    response = client.post(confirm_url(old))
    assert response.status_code == 404 and "Ce lien a expiré" in text_of(response)

    # Merchant B, signed in, opens merchant A's link.
    client.force_login(merchant_b)
    response = client.post(confirm_url(confirm_token(shop_a, merchant_a)))
    assert response.status_code == 403 and "envoyé à un autre commerçant" in text_of(response)
    client.logout()

    # Shop A has changed hands: its former merchant's link no longer works.
    with django_capture_on_commit_callbacks(execute=True):
        grant_shop(merchant_b, shop_a)
    response = client.post(confirm_url(confirm_token(shop_a, merchant_a)))
    assert response.status_code == 404

    assert not ShopUpkeep.objects.filter(confirmed_at__isnull=False).exists()
    assert not PageLogEntry.objects.filter(action="shops.confirm_hours").exists()


def test_the_dashboard_shows_the_last_confirmation_and_confirms_in_one_click(
    merchant_client, shops
):
    shop_a, shop_b = shops
    dashboard = text_of(merchant_client.get(reverse("wagtailadmin_home")))
    assert "Pas encore confirmé." in dashboard

    response = merchant_client.post(reverse("shops_confirm_from_dashboard", args=[shop_a.pk]))
    assert response["Location"] == reverse("wagtailadmin_home")
    dashboard = text_of(merchant_client.get(reverse("wagtailadmin_home")))
    assert "Dernière confirmation le" in dashboard

    # Merchant A confirms shop B by a forged id: refused, nothing recorded.
    response = merchant_client.post(reverse("shops_confirm_from_dashboard", args=[shop_b.pk]))
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
    assert not ShopUpkeep.objects.filter(shop=shop_b, confirmed_at__isnull=False).exists()


def tuesday_10am():
    today = brussels_today()
    tuesday = today + timedelta(days=(1 - today.weekday()) % 7)
    return datetime.combine(tuesday, time(10), tzinfo=BRUSSELS)


def open_now(language="fr"):
    finder = Finder(
        FinderQuery(open_now=True), Locale.objects.get(language_code=language), now=tuesday_10am()
    )
    return {shop.title for shop in finder.base().filter(finder.conditions())}


def test_a_shop_unconfirmed_for_twice_the_period_leaves_open_now_until_confirmed(
    shops, django_capture_on_commit_callbacks
):
    shop_a, shop_b = shops
    assert {"Fleurs du Beffroi", "Cycles du Grand Large"} <= open_now()
    started_following(shop_a, days_ago=200)  # more than 2 × 3 months
    started_following(shop_b, days_ago=100)  # reminded, not yet dropped

    assert "Fleurs du Beffroi" not in open_now()
    assert "Fleurs du Beffroi [nl]" not in open_now("nl")
    assert "Cycles du Grand Large" in open_now()

    with django_capture_on_commit_callbacks(execute=True):
        from shops.confirmations import confirm

        confirm(shop_a, shop_a.owner)
    assert "Fleurs du Beffroi" in open_now()


def test_the_city_sees_the_unconfirmed_shops_in_a_report(admin_client, merchant_client, shops):
    shop_a, shop_b = shops
    started_following(shop_a, days_ago=200)
    url = reverse("shops_unconfirmed_report")
    page = text_of(admin_client.get(url))
    assert "Fleurs du Beffroi" in page and "Cycles du Grand Large" not in page
    export = admin_client.get(url, {"export": "csv"})
    assert "Fleurs du Beffroi" in b"".join(export.streaming_content).decode()

    response = merchant_client.get(url)
    assert (response.status_code, response["Location"]) == (302, reverse("wagtailadmin_home"))
