"""Flood and bot protection shared by the public forms: a honeypot and a rate limit."""

import ipaddress

from django import forms
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext_lazy as _


HONEYPOT_FIELD = "homepage"


class HoneypotMixin(forms.Form):
    """A field people never see nor fill; bots that fill every field reveal themselves."""

    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_bot(self):
        return bool(self.data.get(HONEYPOT_FIELD))


def client_address(request):
    """The visitor's address, as far as it can be trusted.

    Clients can write anything into X-Forwarded-For; each proxy in front of the app
    appends the address it saw. With TRUSTED_PROXY_COUNT proxies, the entry the first
    of them appended is the last address nobody but our proxies wrote.
    """
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = [
        entry.strip()
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "unknown")


def client_ip(request):
    """The visitor's address when it is one (None for a request without any)."""
    address = client_address(request)
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return None
    return address


def over_rate_limit(request, scope, limit, period_seconds):
    """Count one more attempt from this address; True once ``limit`` is exceeded."""
    key = f"ratelimit:{scope}:{client_address(request)}"
    cache.add(key, 0, timeout=period_seconds)
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, timeout=period_seconds)
        attempts = 1
    return attempts > limit
