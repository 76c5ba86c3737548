"""Shop pages, the directory, the admin editor and merchants.

The shop tests use the shared fixtures of tests/conftest.py (shop_index, two_merchants,
merchant_client, editor); each module builds its own shops.
"""

from datetime import timedelta

import pytest
from wagtail.models import Locale

from shops.hours import brussels_today
from shops.models import CityDate


@pytest.fixture
def city_dates(shop_index):
    """The city's Doudou weekend in a month, in French and in Dutch: {language: date}."""
    first = brussels_today() + timedelta(days=30)
    french = CityDate.objects.create(
        name="Week-end du Doudou",
        date=first,
        end_date=first + timedelta(days=1),
        locale=Locale.objects.get(language_code="fr"),
    )
    dutch = french.copy_for_translation(Locale.objects.get(language_code="nl"))
    dutch.name = "Doudou-weekend"
    dutch.save()
    return {"fr": french, "nl": dutch}
