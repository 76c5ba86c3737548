"""The public booking form."""

import secrets
from datetime import UTC, datetime

from django import forms
from django.core.validators import RegexValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.antispam import HoneypotMixin
from portal.validators import phone_validator


class BookingForm(HoneypotMixin, forms.Form):
    """What a resident gives to book a slot; the slot itself is checked by shops.booking.rules."""

    # A random key per form shown: sending the same form twice makes one booking.
    submission = forms.RegexField(
        regex=r"^[A-Za-z0-9_-]{16,64}$", required=False, widget=forms.HiddenInput
    )
    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time slot.")},
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        validators=[
            RegexValidator(
                r"[\x00-\x1f\x7f]",
                _("Write your name on one line, without special characters."),
                inverse_match=True,
            )
        ],
    )
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We send the confirmation and the cancellation link here."),
    )
    phone = forms.CharField(
        label=_("Phone (optional)"), max_length=24, required=False, validators=[phone_validator]
    )
    note = forms.CharField(
        label=_("Note for the shop (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the shop and the City of Mons use these details to manage this "
            "appointment (see the privacy notice)."
        ),
        error_messages={"required": _("Please tick this box to book: we need your consent.")},
    )

    def clean_slot(self):
        moment = parse_slot(self.cleaned_data["slot"])
        if moment is None:
            raise forms.ValidationError(_("Choose a time slot."))
        return moment

    @classmethod
    def new_submission_key(cls):
        return secrets.token_urlsafe(24)


def parse_slot(value):
    """An aware moment within a year or two of today; None for anything else."""
    try:
        parsed = datetime.fromisoformat(value or "")
        if parsed.tzinfo is None:  # a slot names its time zone
            return None
        moment = parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        return None
    return moment if abs(moment.year - timezone.now().year) <= 2 else None


class WaitingListForm(HoneypotMixin, forms.Form):
    """Who waits for which full time of a day (none: any time, when the whole day is
    full); whether that time is full is checked by shops.booking.rules."""

    slot = forms.CharField(label=_("Time"), max_length=40, required=False)
    name = BookingForm.base_fields["name"]
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        help_text=_("We write to you here when a place frees up."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the shop and the City of Mons use these details to offer me a "
            "place that frees up (see the privacy notice)."
        ),
        error_messages={"required": _("Please tick this box: we need your consent.")},
    )

    def clean_slot(self):
        value = self.cleaned_data["slot"]
        if not value:
            return None
        moment = parse_slot(value)
        if moment is None:
            raise forms.ValidationError(_("Choose one of the times listed."))
        return moment
