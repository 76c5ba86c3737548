import re

import django_otp
from csp.constants import SELF
from csp.middleware import CSPMiddleware
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from portal.roles import is_city_staff


class RejectNulBytesMiddleware:
    """Answer 400 to a request whose parameters contain a NUL byte.

    No form or filter of the site needs one, and PostgreSQL refuses them in text,
    which would otherwise surface as a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path or any(
            "\x00" in key or any("\x00" in value for value in values)
            for params in (request.GET, request.POST)
            for key, values in params.lists()
        ):
            return HttpResponseBadRequest(_("Invalid characters in the request."))
        return self.get_response(request)


class CityStaffOnlyAdminMiddleware:
    """Admin screens that list pages across the site are for the city's staff.

    Reports, bulk actions and the move screens show titles of any page, drafts
    included, and report filters show usernames; Wagtail's error test ("failwhale")
    answers 500 on purpose. A merchant is sent to the dashboard as Wagtail does for any
    other refusal.
    """

    STAFF_ONLY = re.compile(r"^/admin/(reports/|bulk/wagtailcore/page/|pages/\d+/move/|failwhale/)")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            self.STAFF_ONLY.match(request.path_info)
            and user is not None
            and user.is_authenticated
            and not is_city_staff(user)
        ):
            messages.error(request, _("Sorry, you do not have permission to access this area."))
            return redirect("wagtailadmin_home")
        return self.get_response(request)


class AdminSecondFactorMiddleware:
    """In the admin, a user with a device must have proved it in this session.

    The sign-in already asks for the code; this catches a session that got past it
    another way (one opened before the device was added, on another browser). When
    OTP_REQUIRED_FOR_STAFF is on, city staff without a device are sent to set one up
    before any other admin page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            request.path_info.startswith("/admin/")
            and user is not None
            and user.is_authenticated
            and request.path_info not in self.always_open()
            and not user.is_verified()
        ):
            if django_otp.user_has_device(user, confirmed=True):
                logout(request)
                return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
            if (
                settings.OTP_REQUIRED_FOR_STAFF
                and is_city_staff(user)
                and request.path_info != reverse("second_factor_settings")
            ):
                return redirect("second_factor_settings")
        return self.get_response(request)

    @staticmethod
    def always_open():
        return {
            reverse(name)
            for name in (
                "wagtailadmin_login",
                "second_factor_verify",
                "wagtailadmin_logout",
                "wagtailadmin_javascript_catalog",
                "wagtailadmin_sprite",
            )
        }


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware with the admin's own policy and framing kept in step.

    Wagtail's admin needs a looser policy than public pages (ADMIN_CONTENT_SECURITY_POLICY);
    a response the site frames itself (Wagtail's preview iframe, marked X-Frame-Options:
    SAMEORIGIN) gets frame-ancestors 'self', every other one 'none'.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if (
            parts.config is None
            and request.path_info.startswith("/admin/")
            and report_only == settings.SECURITY_POLICY_REPORT_ONLY
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        # Wagtail renders a preview through the middleware as a dummy request, then frames it.
        if getattr(request, "is_dummy", False) or response.get("X-Frame-Options") == "SAMEORIGIN":
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts
