"""The public booking form."""

from datetime import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.antispam import HoneypotMixin
from shops.models.pages import phone_validator


class BookingForm(HoneypotMixin, forms.Form):
    """What a resident gives to book a slot; the slot itself is checked by shops.bookings."""

    slot = forms.CharField(
        label=_("Time"),
        max_length=40,
        error_messages={"required": _("Choose a time slot.")},
    )
    name = forms.CharField(label=_("Your name"), max_length=100)
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
        try:
            moment = datetime.fromisoformat(self.cleaned_data["slot"])
        except ValueError:
            raise forms.ValidationError(_("Choose a time slot.")) from None
        if moment.tzinfo is None:
            raise forms.ValidationError(_("Choose a time slot."))
        return moment
