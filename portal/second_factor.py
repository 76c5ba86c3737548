"""A second factor for the admin: a code from an authenticator app (TOTP, django-otp).

The password alone never opens a session for a user who has a device: the sign-in
keeps who passed the password step in the session and asks for the code; only a right
code logs the user in. Wrong codes count as failed sign-ins for django-axes, so a code
guesser is paused like a password guesser.
"""

import time

import django_otp
import qrcode
import qrcode.image.svg
from axes.handlers.proxy import AxesProxyHandler
from axes.helpers import get_lockout_response
from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth import login as auth_login
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.views.account import LoginView

from portal.roles import is_city_staff


PENDING_KEY = "second_factor_pending"
PENDING_SECONDS = 300  # the code step must follow the password step within five minutes
BACKUP_CODE_COUNT = 10


def second_factor_required(user):
    """City staff must set up a device when the setting says so; merchants may."""
    return settings.OTP_REQUIRED_FOR_STAFF and is_city_staff(user)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        help_text=gettext_lazy("Six digits, or one of your backup codes."),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split()).lower()  # backup codes: any case


class PasswordThenCodeLoginView(LoginView):
    """Wagtail's sign-in; a user with a device is asked for a code before any session."""

    def form_valid(self, form):
        user = form.get_user()
        if not django_otp.user_has_device(user, confirmed=True):
            return super().form_valid(form)
        self.request.session[PENDING_KEY] = {
            "user": user.pk,
            "backend": user.backend,
            "remember": bool(form.cleaned_data.get("remember")),
            "next": self.get_success_url(),
            "since": time.time(),
        }
        return redirect("second_factor_verify")


def pending_user(request):
    pending = request.session.get(PENDING_KEY)
    if not pending or time.time() - pending["since"] > PENDING_SECONDS:
        return None, None
    user = get_user_model().objects.filter(pk=pending["user"], is_active=True).first()
    return user, pending


def count_failure(request, user):
    """A wrong code is a failed sign-in for axes, keyed on the username and address."""
    user_login_failed.send(
        sender=__name__,
        credentials={"username": user.get_username()},
        request=request,
    )


@never_cache
@sensitive_post_parameters("code")
def verify_code(request):
    """The second step of the sign-in: the code that proves the device is at hand."""
    user, pending = pending_user(request)
    if user is None:
        request.session.pop(PENDING_KEY, None)
        return redirect("wagtailadmin_login")
    credentials = {"username": user.get_username()}
    if AxesProxyHandler.is_locked(request, credentials):
        return get_lockout_response(request, None, credentials)

    form = CodeForm(request.POST or None)
    if form.is_valid():
        with transaction.atomic():  # django-otp's throttling and replay checks hold
            device = django_otp.match_token(user, form.cleaned_data["code"])
        if device is not None:
            del request.session[PENDING_KEY]
            auth_login(request, user, backend=pending["backend"])
            django_otp.login(request, device)
            request.session.set_expiry(settings.SESSION_COOKIE_AGE if pending["remember"] else 0)
            target = pending["next"]
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = reverse("wagtailadmin_home")
            return redirect(target)
        count_failure(request, user)
        form.add_error("code", _("This code is not valid. Enter the current code."))
    return TemplateResponse(request, "portal/admin/verify_code.html", {"form": form})


def qr_code_svg(device):
    """The device's otpauth:// address as an SVG drawn here: no image service sees the key."""
    image = qrcode.make(device.config_url, image_factory=qrcode.image.svg.SvgPathImage)
    return image.to_string(encoding="unicode")


def new_backup_codes(user):
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=_("Backup codes"))
    codes = [StaticToken.random_token() for _n in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remove_devices(user):
    """The user's authenticator and backup codes; returns how many devices went."""
    return sum(
        device_class.objects.filter(user=user).delete()[1].get(device_class._meta.label, 0)
        for device_class in (TOTPDevice, StaticDevice)
    )


def confirmed_totp(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@never_cache
@sensitive_post_parameters("code")
def two_factor_settings(request):
    """The user's own authenticator: set it up (QR code, then a code), or remove it.

    Every device here belongs to request.user; nothing in the request names a user or
    a device, so this page cannot touch another account.
    """
    user = request.user
    device = confirmed_totp(user)
    form = CodeForm(request.POST or None)
    context = {"form": form, "device": device, "required": second_factor_required(user)}

    if device is None:
        pending_device = TOTPDevice.objects.filter(
            user=user, confirmed=False
        ).first() or TOTPDevice.objects.create(
            user=user, confirmed=False, name=_("Authenticator app")
        )
        if form.is_valid():
            with transaction.atomic():
                accepted = pending_device.verify_token(form.cleaned_data["code"])
                if accepted:
                    pending_device.confirmed = True
                    pending_device.save()
                    TOTPDevice.objects.filter(user=user, confirmed=False).delete()
                    codes = new_backup_codes(user)
            if accepted:
                django_otp.login(request, pending_device)
                return TemplateResponse(request, "portal/admin/backup_codes.html", {"codes": codes})
            count_failure(request, user)
            form.add_error("code", _("This code is not valid. Enter the current code."))
        context["qr_code"] = qr_code_svg(pending_device)
        context["secret"] = pending_device.key
        context["setup"] = True
    elif form.is_valid() and request.POST.get("action") in ("backup-codes", "remove"):
        with transaction.atomic():
            matched = django_otp.match_token(user, form.cleaned_data["code"])
        if matched is not None and request.POST["action"] == "backup-codes":
            return TemplateResponse(
                request, "portal/admin/backup_codes.html", {"codes": new_backup_codes(user)}
            )
        if matched is not None:
            remove_devices(user)
            request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
            return redirect("second_factor_settings")
        count_failure(request, user)
        form.add_error("code", _("This code is not valid. Enter the current code."))
    return TemplateResponse(request, "portal/admin/two_factor_settings.html", context)
