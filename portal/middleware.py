import re

from django.contrib import messages
from django.http import HttpResponseBadRequest
from django.shortcuts import redirect
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
    included, and report filters show usernames: a merchant is sent to the dashboard
    as Wagtail does for any other refusal.
    """

    STAFF_ONLY = re.compile(r"^/admin/(reports/|bulk/wagtailcore/page/|pages/\d+/move/)")

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
