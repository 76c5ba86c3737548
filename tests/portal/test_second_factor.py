"""A stolen password is not enough: city staff sign in with a code from their phone."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice


LOGIN = "/admin/login/"
CODE = "/admin/login/code/"
SETUP = "/admin/account/two-factor/"
ADDRESS = "203.0.113.7"


def current_code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code(device):
    return f"{(int(current_code(device)) + 1) % 1_000_000:06d}"


@pytest.fixture
def admin_with_phone(db):
    user = get_user_model().objects.create_superuser("admin", "admin@mons.example", "right-pw")
    device = TOTPDevice.objects.create(user=user, name="Phone", confirmed=True)
    return user, device


def password_step(client):
    return client.post(
        LOGIN,
        {"username": "admin", "password": "right-pw", "next": "/admin/pages/"},
        REMOTE_ADDR=ADDRESS,
    )


def code_step(client, code):
    return client.post(CODE, {"code": code}, REMOTE_ADDR=ADDRESS)


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/users/", SETUP])
def test_a_stolen_password_without_the_code_reaches_no_admin_page(client, admin_with_phone, path):
    response = password_step(client)
    assert response.status_code == 302 and response["Location"] == CODE
    assert "_auth_user_id" not in client.session

    response = client.get(path, REMOTE_ADDR=ADDRESS)
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)


def test_the_code_page_asks_for_the_authenticator_in_french(client, admin_with_phone):
    password_step(client)
    response = client.get(CODE)

    assert response.status_code == 200
    assert "Code de votre application d’authentification" in response.content.decode()
    assert client.get(CODE, follow=False).status_code == 200


def test_the_right_code_signs_in_and_goes_where_the_user_was_going(client, admin_with_phone):
    _user, device = admin_with_phone
    password_step(client)
    response = code_step(client, current_code(device))

    assert response.status_code == 302 and response["Location"] == "/admin/pages/"
    assert client.get("/admin/").status_code == 200


def test_a_wrong_code_fails_and_says_so(client, admin_with_phone):
    _user, device = admin_with_phone
    password_step(client)
    response = code_step(client, wrong_code(device))

    assert response.status_code == 200
    assert "Ce code n’est pas valable" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_code_already_used_is_refused_the_second_time(client, admin_with_phone):
    _user, device = admin_with_phone
    code = current_code(device)
    password_step(client)
    assert code_step(client, code).status_code == 302

    thief = Client()
    password_step(thief)
    assert code_step(thief, code).status_code == 200
    assert "_auth_user_id" not in thief.session


def test_guessing_codes_is_paused_like_guessing_passwords(client, admin_with_phone):
    _user, device = admin_with_phone
    password_step(client)
    statuses = [code_step(client, f"{n:06d}").status_code for n in range(5)]
    assert statuses == [200] * 4 + [429]

    assert code_step(client, current_code(device)).status_code == 429  # even the right code
    assert password_step(Client()).status_code == 429  # and the password step from there
    assert "_auth_user_id" not in client.session


def test_the_code_step_without_the_password_step_goes_back_to_the_password(
    client, admin_with_phone
):
    _user, device = admin_with_phone
    response = code_step(client, current_code(device))

    assert response.status_code == 302 and response["Location"] == LOGIN
    assert "_auth_user_id" not in client.session


def test_a_backup_code_signs_in_once(client, admin_with_phone):
    user, _device = admin_with_phone
    backup = StaticDevice.objects.create(user=user, name="Backup", confirmed=True)
    StaticToken.objects.create(device=backup, token="abcd2345")

    password_step(client)
    assert code_step(client, "ABCD 2345").status_code == 302

    again = Client()
    password_step(again)
    assert code_step(again, "abcd2345").status_code == 200


def test_setting_up_shows_a_qr_code_drawn_here_then_gives_backup_codes(editor):
    client = Client()
    client.force_login(editor)
    page = client.get(SETUP)

    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "otpauth" not in html.split("<svg", 1)[1].split("</svg>")[0]
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)
    assert pending.key in html  # the key to type when the camera cannot scan

    done = client.post(SETUP, {"code": current_code(pending)})
    assert done.status_code == 200
    codes = StaticToken.objects.filter(device__user=editor).values_list("token", flat=True)
    assert len(codes) == 10 and all(code in done.content.decode() for code in codes)
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/admin/").status_code == 200  # this session proved the code


def test_a_wrong_code_turns_nothing_on(editor):
    client = Client()
    client.force_login(editor)
    client.get(SETUP)
    pending = TOTPDevice.objects.get(user=editor)

    response = client.post(SETUP, {"code": wrong_code(pending)})

    assert response.status_code == 200
    assert not TOTPDevice.objects.filter(user=editor, confirmed=True).exists()


def test_the_setup_page_cannot_add_a_device_to_someone_elses_account(editor, admin_with_phone):
    victim = get_user_model().objects.create_user("victim", "v@mons.example", "pw")
    attacker = Client()
    attacker.force_login(editor)
    attacker.get(SETUP, {"user": victim.pk, "user_id": victim.pk})
    pending = TOTPDevice.objects.get(user=editor, confirmed=False)

    forged = {"code": current_code(pending), "user": victim.pk, "user_id": victim.pk}
    attacker.post(SETUP, forged)

    assert not TOTPDevice.objects.filter(user=victim).exists()
    assert not StaticDevice.objects.filter(user=victim).exists()
    assert TOTPDevice.objects.get(user=editor).confirmed
    _admin, admin_device = admin_with_phone
    assert TOTPDevice.objects.filter(user=admin_with_phone[0]).get() == admin_device


def test_turning_it_off_needs_a_current_code(client, admin_with_phone):
    _user, device = admin_with_phone
    password_step(client)
    code_step(client, current_code(device))

    refused = client.post(SETUP, {"code": wrong_code(device), "action": "remove"})
    assert refused.status_code == 200
    assert TOTPDevice.objects.filter(pk=device.pk).exists()

    device.refresh_from_db()
    device.last_t = -1  # a fresh code from the next period
    device.throttling_failure_count = 0
    device.throttling_failure_timestamp = None
    device.save()
    assert client.post(SETUP, {"code": current_code(device), "action": "remove"}).status_code == 302
    assert not TOTPDevice.objects.filter(user=device.user).exists()


def test_new_backup_codes_replace_the_old_ones(client, admin_with_phone):
    user, device = admin_with_phone
    old = StaticDevice.objects.create(user=user, name="Backup", confirmed=True)
    StaticToken.objects.create(device=old, token="oldcode1")
    password_step(client)
    code_step(client, current_code(device))

    response = client.post(SETUP, {"code": "oldcode1", "action": "backup-codes"})

    new_codes = list(StaticToken.objects.filter(device__user=user).values_list("token", flat=True))
    assert len(new_codes) == 10 and "oldcode1" not in new_codes
    assert all(code in response.content.decode() for code in new_codes)


def test_a_session_opened_before_the_device_was_added_must_sign_in_again(editor):
    other_browser = Client()
    other_browser.force_login(editor)
    TOTPDevice.objects.create(user=editor, name="Phone", confirmed=True)

    response = other_browser.get("/admin/pages/")

    assert response.status_code == 302 and response["Location"].startswith(LOGIN)
    assert "_auth_user_id" not in other_browser.session


@pytest.fixture
def required(settings):
    settings.OTP_REQUIRED_FOR_STAFF = True


@pytest.mark.parametrize("path", ["/admin/", "/admin/pages/", "/admin/bookings/"])
def test_when_required_city_staff_set_it_up_before_any_other_page(required, editor, path):
    client = Client()
    client.force_login(editor)

    response = client.get(path)

    assert response.status_code == 302 and response["Location"] == SETUP
    setup = client.get(SETUP)
    assert "La Ville demande à son équipe" in setup.content.decode()


def test_when_required_merchants_are_not_forced(required, merchant_client):
    assert merchant_client.get("/admin/").status_code == 200
    assert merchant_client.get(SETUP).status_code == 200  # but they may


@pytest.mark.parametrize(
    "code", ["", "x" * 10_000, "１２３４５６", "-00001", "1e5", "' OR 1=1 --", "\x00", "ﷺ" * 8]
)
def test_hostile_codes_give_the_form_again_never_an_error(client, admin_with_phone, code):
    password_step(client)

    assert code_step(client, code).status_code in (200, 400)
    assert client.post(SETUP, {"code": code}).status_code in (302, 400)  # no session
    assert "_auth_user_id" not in client.session


def test_the_administrator_turns_it_off_for_someone_who_lost_phone_and_codes(admin_with_phone):
    user, _device = admin_with_phone
    StaticDevice.objects.create(user=user, name="Backup", confirmed=True)

    call_command("reset_second_factor", "admin", stdout=io.StringIO())

    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    with pytest.raises(CommandError):
        call_command("reset_second_factor", "nobody")
