"""Validators shared by every form that asks for the same kind of value."""

from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _


phone_validator = RegexValidator(
    r"^\+?[0-9][0-9 ./()-]{6,20}$",
    _("Enter a phone number with digits only, e.g. +32 65 12 34 56 or 065 12 34 56."),
)
