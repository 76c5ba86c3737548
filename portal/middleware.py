from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


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
