"""The admin sign-in stops a password guesser without locking the city out."""

import pytest
from django.contrib.auth import get_user_model
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
