"""Closures a merchant adds in one click: the Belgian public holidays (from the
`holidays` library) and the city-wide dates the city team lists."""

from datetime import timedelta

import holidays
from django.conf import settings
from django.utils.translation import get_language

from shops.models import CityDate, OpeningException


# The library's language codes for the site's languages.
HOLIDAY_LANGUAGES = {"fr": "fr", "nl": "nl", "de": "de", "en": "en_US"}


def belgian_holidays(start, days=365, language=None):
    """[(date, name)] of the Belgian public holidays from ``start`` for ``days`` days."""
    end = start + timedelta(days=days)
    lang = HOLIDAY_LANGUAGES.get((language or get_language() or "fr")[:2], "fr")
    calendar = holidays.country_holidays("BE", years=range(start.year, end.year + 1), language=lang)
    return sorted((day, name) for day, name in calendar.items() if start <= day < end)


def holiday_name(day, language=None):
    lang = HOLIDAY_LANGUAGES.get((language or get_language() or "fr")[:2], "fr")
    return holidays.country_holidays("BE", years=day.year, language=lang).get(day, "")


def add_holiday_closures(page, start, days=365):
    """Add a closed-all-day exception for each coming public holiday not yet listed.

    Works on the page object it is given (typically the latest revision), so the
    change is saved as a draft that goes through moderation. Returns the dates added.
    """
    listed = {day for exception in page.opening_exceptions.all() for day in exception.days()}
    added = []
    for day, _name in belgian_holidays(start, days):
        if day not in listed:
            page.opening_exceptions.add(
                OpeningException(date=day, end_date=day, closed=True, reason="public_holiday")
            )
            added.append(day)
    return added


def coming_city_dates(today, language):
    """The city-wide dates not yet over, named in ``language`` when translated."""
    dates = CityDate.objects.filter(end_date__gte=today)
    named = {d.translation_key: d for d in dates.filter(locale__language_code=language)}
    sources = dates.filter(locale__language_code=settings.LANGUAGE_CODE)
    return [named.get(d.translation_key, d) for d in sources]


def add_city_date_closure(page, city_date):
    """Add the city-wide date as a closure, unless the page already has one on those days.

    Returns whether it was added.
    """
    days = set(OpeningException(date=city_date.date, end_date=city_date.end_date).days())
    listed = {day for exception in page.opening_exceptions.all() for day in exception.days()}
    if days & listed:
        return False
    page.opening_exceptions.add(
        OpeningException(
            date=city_date.date, end_date=city_date.end_date, closed=True, reason="event"
        )
    )
    return True
