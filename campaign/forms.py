from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from portal.antispam import HoneypotMixin
from portal.validators import phone_validator
from shops.models import District


NEEDS = [
    ("website", _("A website")),
    ("online_shop", _("An online shop")),
    ("booking", _("Online booking")),
    ("social_media", _("Social media")),
    ("other", _("Something else")),
]


class CoachingSignupForm(HoneypotMixin, forms.Form):
    """A merchant asks for the free coaching. Labels come from the interface catalogues."""

    shop_name = forms.CharField(label=_("Name of your shop"), max_length=120)
    contact = forms.CharField(label=_("Contact person"), max_length=120)
    email = forms.EmailField(label=_("Email"), max_length=254)
    phone = forms.CharField(
        label=_("Phone"), max_length=24, required=False, validators=[phone_validator]
    )
    district = forms.ChoiceField(label=_("District"))
    needs = forms.MultipleChoiceField(
        label=_("What do you need?"), choices=NEEDS, widget=forms.CheckboxSelectMultiple
    )
    message = forms.CharField(
        label=_("Anything else we should know?"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the City of Mons processes these data to organise the coaching "
            "(see the privacy notice)."
        ),
        error_messages={"required": _("Please give your consent so that we can contact you.")},
    )

    def __init__(self, *args, page=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.get_active()
        self.fields["district"].choices = [("", "—")] + list(
            District.objects.filter(locale=locale).values_list("slug", "name")
        )

    def submission_data(self, language):
        """What the city team reads: French labels whatever language the merchant used."""
        data = {key: value for key, value in self.cleaned_data.items() if key != "homepage"}
        with translation.override("fr"):
            data["needs"] = ", ".join(str(dict(NEEDS)[key]) for key in data["needs"])
        district = District.objects.filter(
            slug=data["district"], locale__language_code="fr"
        ).first()
        data["district"] = district.name if district else data["district"]
        data["language"] = language
        return data

    @classmethod
    def data_fields(cls):
        fields = cls.base_fields
        return [(name, fields[name].label) for name in fields if name != "homepage"] + [
            ("language", _("Language"))
        ]
