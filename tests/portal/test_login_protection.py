"""The admin sign-in stops a password guesser without locking the city out."""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse


LOGIN = "/admin/login/"


@pytest.fixture
def admin_user_with_password(db):
    return get_user_model().objects.create_superuser("admin", "admin@mons.example", "right-pw")


def sign_in(client, password, username="admin", address="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_five_wrong_passwords_pause_that_name_from_that_address(client, admin_user_with_password):
    statuses = [sign_in(client, f"guess-{n}").status_code for n in range(5)]
    assert statuses == [200] * 4 + [429]  # the form again with its error, then the pause

    locked = sign_in(client, "right-pw")  # even the right password waits now
    assert locked.status_code == 429
    assert "15" in locked.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_pause_is_per_name_and_address_so_others_still_sign_in(
    client, admin_user_with_password
):
    for n in range(6):
        sign_in(client, f"guess-{n}")

    from_elsewhere = sign_in(client, "right-pw", address="198.51.100.20")
    assert from_elsewhere.status_code == 302
    assert from_elsewhere["Location"] == reverse("wagtailadmin_home")


def test_a_right_password_before_the_limit_resets_the_count(client, admin_user_with_password):
    for n in range(4):
        sign_in(client, f"guess-{n}")
    assert sign_in(client, "right-pw").status_code == 302
    client.logout()
    for n in range(4):
        sign_in(client, f"again-{n}")
    assert sign_in(client, "right-pw").status_code == 302


PAUSED = "/admin/paused-sign-ins/"


def paused_attempt():
    return AccessAttempt.objects.get(username="admin")


@pytest.fixture
def paused_admin(client, admin_user_with_password):
    for n in range(5):
        sign_in(client, f"guess-{n}")
    return paused_attempt()


def test_a_city_editor_sees_the_paused_sign_in_and_unlocks_it(client, paused_admin, editor):
    staff = Client()
    staff.force_login(editor)
    listing = staff.get(PAUSED)
    assert listing.status_code == 200
    assert "admin" in listing.content.decode() and "203.0.113.7" in listing.content.decode()
    assert "Connexions en pause" in listing.content.decode()

    staff.post(f"{PAUSED}{paused_admin.pk}/unlock/")

    assert not AccessAttempt.objects.filter(pk=paused_admin.pk).exists()
    assert sign_in(client, "right-pw").status_code == 302


def test_merchants_and_strangers_cannot_see_or_lift_a_pause(paused_admin, merchant_client):
    unlock = f"{PAUSED}{paused_admin.pk}/unlock/"
    assert merchant_client.get(PAUSED).status_code in (302, 403)
    assert "203.0.113.7" not in merchant_client.get(PAUSED, follow=True).content.decode()
    merchant_client.post(unlock)
    anonymous = Client()
    assert anonymous.post(unlock).status_code == 302  # to the sign-in
    assert AccessAttempt.objects.filter(pk=paused_admin.pk).exists()


def test_a_forged_or_replayed_unlock_changes_nothing(paused_admin, editor):
    staff = Client()
    staff.force_login(editor)

    assert (
        staff.get(f"{PAUSED}{paused_admin.pk}/unlock/").status_code == 405
    )  # a link unlocks nothing
    forged = staff.post(f"{PAUSED}{paused_admin.pk + 999}/unlock/", follow=True)
    assert forged.status_code == 404
    assert AccessAttempt.objects.filter(pk=paused_admin.pk).exists()
    assert staff.post(f"{PAUSED}{paused_admin.pk}/unlock/").status_code == 302
    assert staff.post(f"{PAUSED}{paused_admin.pk}/unlock/", follow=True).status_code == 404


def test_a_few_wrong_passwords_are_not_listed_as_paused(client, admin_user_with_password, editor):
    for n in range(2):
        sign_in(client, f"guess-{n}")
    staff = Client()
    staff.force_login(editor)

    assert "203.0.113.7" not in staff.get(PAUSED).content.decode()


def test_password_reset_tells_nobody_which_addresses_have_an_account(admin_user_with_password):
    answers = []
    for email in ("admin@mons.example", "nobody@mons.example"):
        client = Client()
        response = client.post("/admin/password_reset/", {"email": email})
        done = client.get(response["Location"]).content.decode()
        done = re.sub(r'"CSRF_TOKEN": "\w+"', "", done)  # each session has its own
        answers.append((response.status_code, response["Location"], done))

    assert answers[0][0] == 302
    assert answers[0] == answers[1]
