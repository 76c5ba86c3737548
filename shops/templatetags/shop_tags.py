import json
from datetime import datetime, time, timedelta

from django import template
from django.utils.formats import date_format, get_format, time_format
from django.utils.numberformat import format as number_format
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, pgettext
from django.utils.translation import gettext as _

from portal.page_cache import expire_no_later_than
from shops.hours import BRUSSELS, brussels_today
from shops.public_holidays import holiday_name
from shops.structured_data import shop_structured_data


register = template.Library()


@register.filter
def price(value):
    """12,50 € in French, Dutch and German; €12.50 in English (non-breaking spaces)."""
    if value in (None, ""):
        return ""
    lang = get_language() or "fr"
    amount = number_format(
        value,
        get_format("DECIMAL_SEPARATOR", lang),
        decimal_pos=2,
        grouping=3,
        thousand_sep="\u00a0" if lang != "en" else ",",
        force_grouping=True,
    )
    return f"€{amount}" if lang.startswith("en") else f"{amount}\u00a0€"


@register.simple_tag(takes_context=True)
def shop_jsonld(context, page):
    """The shop's JSON-LD in a script element, safe against "</script>" in any text."""
    data = shop_structured_data(page, context["request"])
    text = json.dumps(data, ensure_ascii=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    # <, > and & are \u-escaped above, so the JSON cannot close the element.
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def _when(moment):
    """'today at 09:00', 'tomorrow at 09:00', 'Monday at 09:00' or '3 January at 09:00'."""
    local = moment.astimezone(BRUSSELS)
    at = time_format(local.time())
    days = (local.date() - brussels_today()).days
    if days == 0:
        return _("today at %(time)s") % {"time": at}
    if days == 1:
        return _("tomorrow at %(time)s") % {"time": at}
    if days < 7:
        return _("%(weekday)s at %(time)s") % {"weekday": date_format(local, "l"), "time": at}
    return _("%(date)s at %(time)s") % {"date": date_format(local, "MONTH_DAY_FORMAT"), "time": at}


def _next_midnight():
    tomorrow = brussels_today() + timedelta(days=1)
    return datetime.combine(tomorrow, time(0, 0), tzinfo=BRUSSELS)


@register.simple_tag(takes_context=True)
def opening_status(context, opening):
    """A short sentence saying whether the shop is open, for the page and listings.

    A cached page that shows it lives until the sentence would change: the closing or
    opening time, or midnight ("today", "tomorrow" and today's row in the hours table).
    """
    request = context.get("request")
    expire_no_later_than(request, opening.closes_at or opening.next_opening)
    expire_no_later_than(request, _next_midnight())
    if opening.is_open:
        local = opening.closes_at.astimezone(BRUSSELS)
        if local.date() > brussels_today() and local.time().hour == 0 and local.minute == 0:
            return _("Open now, until midnight")
        return _("Open now, until %(time)s") % {"time": time_format(local.time())}
    if opening.next_opening:
        return _("Closed, opens %(when)s") % {"when": _when(opening.next_opening)}
    return _("Closed")


@register.filter
def hours_range(time_range):
    end = _("midnight") if time_range.ends_at_midnight else time_format(time_range.closes)
    return f"{time_format(time_range.opens)}\u2013{end}"


@register.filter
def closure_reason(exception):
    """Why the shop is closed, in the reader's language: the holiday's own name ("Kerstmis")
    for a public holiday, otherwise the reason's label."""
    if exception.reason == "public_holiday":
        return holiday_name(exception.date) or exception.get_reason_display()
    return exception.get_reason_display()


@register.simple_tag
def date_range(first, last):
    """'Saturday 1 August', '1–21 August' or '28 July – 3 August', in the reader's language."""
    if last is None or last == first:
        return date_format(first, "l j F")
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}\u2013{date_format(last, 'j F')}"
    shown = "j F" if first.year == last.year else "j F Y"
    return f"{date_format(first, shown)} \u2013 {date_format(last, shown)}"


@register.simple_tag
def closure_summary(exception, is_past=False):
    """A closure on one line for the editor: '1–21 August 2026 · closed · Holidays'."""
    dates = date_range(exception.date, exception.last_day)
    if exception.date.year == exception.last_day.year:  # else date_range gives the years
        dates = f"{dates} {exception.last_day.year}"
    if exception.closed or exception.opens is None or exception.closes is None:
        hours = _("closed")
    else:
        hours = f"{time_format(exception.opens)}\u2013{time_format(exception.closes)}"
    parts = [dates, hours]
    if exception.reason:
        parts.append(closure_reason(exception))
    if is_past:
        parts.append(pgettext("a closure", "past"))
    return " · ".join(str(part) for part in parts)
