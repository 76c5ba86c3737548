"""Flood and bot protection shared by the public forms: a honeypot and a rate limit."""

from django import forms
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
    # Behind the reverse proxy the client is the first X-Forwarded-For entry.
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    return forwarded.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "unknown")


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
