"""Merchant onboarding, the dashboard, public holidays and approval by the city."""

import re
from datetime import date

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Collection, GroupCollectionPermission, Page
from wagtail.users.models import UserProfile

from shops.merchants import invite_merchant
from shops.models import ShopPage
from tests.admin_forms import shop_form_data
from tests.factories import ImageFactory, create_shop


@pytest.fixture
def shop(shop_index):
    return create_shop(shop_index)


def test_invite_merchant_command_does_the_whole_onboarding(
    shop, mailoutbox, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "invite_merchant",
            "Lotte@Cycles.example",
            "--shop",
            shop.slug,
            "--language",
            "nl",
            "--first-name",
            "Lotte",
            stdout=open("/dev/null", "w"),
        )

    user = get_user_model().objects.get(email__iexact="lotte@cycles.example")
    assert set(user.groups.values_list("name", flat=True)) == {"Merchants", f"Merchant #{user.pk}"}
    assert ShopPage.objects.get(pk=shop.pk).owner == user
    assert shop.permissions_for_user(user).can_edit()
    assert not shop.permissions_for_user(user).can_publish()
    assert Collection.objects.filter(name__startswith=shop.title).exists()

    (message,) = mailoutbox
    assert message.to == ["Lotte@cycles.example"]
    assert message.subject == "Uw winkelpagina Fleurs du Beffroi op Vitrine Bergen"
    assert "Kies uw wachtwoord" in message.body
    assert "Schrijf uw pagina in het Frans" in message.body  # who writes which language
    link = re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", message.body).group(1)
    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert b'name="new_password1"' in response.content


def test_inviting_twice_reuses_the_user_and_sends_a_new_invitation(
    shop, mailoutbox, django_capture_on_commit_callbacks
):
    for _ in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            call_command(
                "invite_merchant",
                "camille@fleurs.example",
                "--shop",
                str(shop.pk),
                stdout=open("/dev/null", "w"),
            )

    assert get_user_model().objects.filter(email="camille@fleurs.example").count() == 1
    assert len(mailoutbox) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["not-an-email", "--shop", "fleurs-du-beffroi"], "Not a valid email address"),
        (["a@b.example", "--shop", "nope"], "No French shop page"),
        (["a@b.example", "--shop", "999999"], "No French shop page"),
    ],
)
def test_invite_merchant_command_refuses_bad_input(shop, args, message):
    from django.core.management import CommandError

    with pytest.raises(CommandError, match=message):
        call_command("invite_merchant", *args)


def test_editor_invites_from_the_admin(
    client, editor, shop, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    url = reverse("shops_invite_merchant", args=[shop.pk])
    assert client.get(url).status_code == 200

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"email": "camille@fleurs.example", "language": "fr"})

    assert response.status_code == 302
    assert ShopPage.objects.get(pk=shop.pk).owner.email == "camille@fleurs.example"
    assert mailoutbox[0].subject == "Votre page Fleurs du Beffroi sur Vitrine Mons"


def test_invite_form_refuses_a_bad_email(client, editor, shop, mailoutbox):
    client.force_login(editor)

    response = client.post(
        reverse("shops_invite_merchant", args=[shop.pk]), {"email": "nope", "language": "fr"}
    )

    assert response.status_code == 200 and mailoutbox == []
    assert get_user_model().objects.filter(email="nope").count() == 0


def test_merchant_dashboard_lists_their_own_shop_only(merchant_client, two_merchants):
    html = merchant_client.get(reverse("wagtailadmin_home")).content.decode()

    assert "Fleurs du Beffroi" in html
    assert "Cycles du Grand Large" not in html
    assert reverse("wagtailadmin_pages:edit", args=[two_merchants["a"][1].pk]) in html


def test_merchant_adds_the_public_holidays_as_a_draft(merchant_client, two_merchants):
    shop = two_merchants["a"][1]
    url = reverse("shops_add_public_holidays", args=[shop.pk])
    assert "Noël" in merchant_client.get(url).content.decode()

    response = merchant_client.post(url)

    assert response.status_code == 302
    draft = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    added = {e.date for e in draft.opening_exceptions.all() if e.reason == "public_holiday"}
    assert date(2026, 12, 25) in added or date(2027, 12, 25) in added
    assert len(added) >= 10
    assert not ShopPage.objects.get(pk=shop.pk).opening_exceptions.exists()  # live page unchanged

    merchant_client.post(url)  # a second time adds nothing new
    again = ShopPage.objects.get(pk=shop.pk).get_latest_revision_as_object()
    assert len(again.opening_exceptions.all()) == len(draft.opening_exceptions.all())


def test_merchant_change_goes_live_only_after_an_editor_approves(
    merchant_client, two_merchants, editor, client, mailoutbox
):
    merchant, shop = two_merchants["a"]
    data = shop_form_data(shop, phone="+32 65 00 07 77", **{"action-submit": "submit"})

    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    assert response.status_code == 302
    shop.refresh_from_db()
    assert shop.phone == "+32 65 00 01 23"  # still the live value
    workflow_state = shop.current_workflow_state
    assert workflow_state and workflow_state.status == "in_progress"
    assert any(editor.email in m.to for m in mailoutbox)  # the city team is told

    mailoutbox.clear()
    client.force_login(editor)
    task_state = workflow_state.current_task_state
    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[shop.pk, "approve", task_state.pk]),
        {"comment": "Merci !"},
    )
    assert response.status_code in (200, 302)
    shop.refresh_from_db()
    assert shop.phone == "+32 65 00 07 77"
    assert any(merchant.email in m.to for m in mailoutbox)  # the merchant is told


def test_rejection_keeps_the_live_page_and_tells_the_merchant(
    merchant_client, two_merchants, editor, client, mailoutbox
):
    merchant, shop = two_merchants["a"]
    data = shop_form_data(shop, phone="+32 65 00 07 77", **{"action-submit": "submit"})
    merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)
    mailoutbox.clear()

    client.force_login(editor)
    task_state = Page.objects.get(pk=shop.pk).current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[shop.pk, "reject", task_state.pk]),
        {"comment": "Le numéro ne répond pas."},
    )

    shop.refresh_from_db()
    assert shop.phone == "+32 65 00 01 23"
    rejection = [m for m in mailoutbox if merchant.email in m.to]
    assert rejection


def test_a_merchant_who_loses_the_shop_loses_its_page_and_photos(
    client, two_merchants, django_capture_on_commit_callbacks
):
    (old_merchant, shop), (new_merchant, _) = two_merchants["a"], two_merchants["b"]
    collection = Collection.objects.get(name__startswith=shop.title)
    photo = ImageFactory(collection=collection, title="Vitrine de Noël")

    with django_capture_on_commit_callbacks(execute=True):
        invite_merchant(new_merchant.email, shop, "nl")

    shop.refresh_from_db()
    assert shop.owner == new_merchant
    assert not shop.permissions_for_user(old_merchant).can_edit()
    assert shop.permissions_for_user(new_merchant).can_edit()
    client.force_login(old_merchant)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[shop.pk]))
    assert edit.status_code == 302 and edit["Location"] == reverse("wagtailadmin_home")
    photo_edit = client.get(reverse("wagtailimages:edit", args=[photo.pk]))
    assert photo_edit.status_code == 302 and photo_edit["Location"] == reverse("wagtailadmin_home")
    assert "Vitrine de Noël" not in client.get(reverse("wagtailimages:index")).content.decode()


def test_a_renamed_shop_passes_its_photos_to_the_new_merchant(
    two_merchants, django_capture_on_commit_callbacks
):
    (old_merchant, shop), (new_merchant, _) = two_merchants["a"], two_merchants["b"]
    collection = Collection.objects.get(name__startswith=shop.title)
    ShopPage.objects.filter(translation_key=shop.translation_key).update(title="Fleurs et Thé")

    with django_capture_on_commit_callbacks(execute=True):
        invite_merchant(new_merchant.email, ShopPage.objects.get(pk=shop.pk), "nl")

    rights = GroupCollectionPermission.objects.filter(collection=collection)
    assert not rights.filter(group__user=old_merchant).exists()
    assert rights.filter(group__user=new_merchant).count() == rights.count() > 0


def test_a_change_the_previous_merchant_left_awaiting_approval_is_withdrawn(
    merchant_client, two_merchants, django_capture_on_commit_callbacks
):
    (_, shop), (new_merchant, _) = two_merchants["a"], two_merchants["b"]
    data = shop_form_data(shop, phone="+32 65 00 06 66", **{"action-submit": "submit"})
    response = merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)
    assert response.status_code == 302
    assert ShopPage.objects.get(pk=shop.pk).workflow_in_progress

    with django_capture_on_commit_callbacks(execute=True):
        invite_merchant(new_merchant.email, shop, "nl")

    shop = ShopPage.objects.get(pk=shop.pk)
    assert not shop.workflow_in_progress
    assert shop.phone == "+32 65 00 01 23"  # nothing of theirs can be approved any more


def test_each_person_gets_one_email_per_event_in_their_language_with_public_links(
    merchant_client, two_merchants, editor, client, mailoutbox, settings
):
    merchant, shop = two_merchants["a"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "nl"
    profile.save()
    get_user_model().objects.create_superuser("it", "it@mons.example", "pw-for-tests")
    mailoutbox.clear()

    data = shop_form_data(shop, phone="+32 65 00 07 77", **{"action-submit": "submit"})
    merchant_client.post(reverse("wagtailadmin_pages:edit", args=[shop.pk]), data)

    (request,) = mailoutbox  # the approver only, once; the IT superuser is not an approver
    assert request.to == [editor.email]
    assert "ter goedkeuring" in request.subject + request.body  # Dutch, her language
    links = re.findall(r"https?://\S+", request.body)
    assert links and all(link.startswith(settings.WAGTAILADMIN_BASE_URL) for link in links)
    assert "Ville de Mons" not in request.body and "Stad Bergen" in request.body

    mailoutbox.clear()
    client.force_login(editor)
    task_state = Page.objects.get(pk=shop.pk).current_workflow_state.current_task_state
    client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[shop.pk, "approve", task_state.pk]),
        {"comment": "Merci !"},
    )
    (approved,) = [m for m in mailoutbox if m.to == [merchant.email]]
    links = re.findall(r"https?://\S+", approved.body)
    assert links and all(link.startswith(settings.WAGTAILADMIN_BASE_URL) for link in links)
    assert "Ville de Mons" in approved.body  # the merchant reads French
