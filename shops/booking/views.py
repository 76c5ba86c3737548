"""Public booking pages: choose a day and a slot, book, see it booked, cancel it.

Every step is a plain link or form, so booking works without JavaScript; the slots
endpoint lets static/js/booking.js change days without reloading.
"""

from datetime import date, timedelta

from django.conf import settings
from django.http import Http404, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods
from wagtail.models import Locale

from portal.antispam import over_rate_limit
from portal.localization import localized_pages
from shops.booking import links, rules
from shops.booking.forms import BookingForm
from shops.booking.models import Booking, bookable_service, localized, localized_shop
from shops.booking.slots import bookable_days, nearest_free_slots, slots_between
from shops.hours import brussels_today


WINDOW_DAYS = 14
MAX_JSON_DAYS = 62


def parse_day(value):
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def get_service_or_404(service_id):
    service = bookable_service(service_id)
    if service is None:
        raise Http404(_("This service does not take bookings."))
    return service


def privacy_url(shop, language):
    index = shop.get_parent().specific
    privacy_page = getattr(index, "privacy_page", None)
    if privacy_page is None:
        return ""
    locale = Locale.objects.filter(language_code=language).first() or shop.locale
    page = localized_pages([privacy_page], locale).get(privacy_page.pk)
    return page.url if page else ""


def calendar_context(service, request, selected=None, now=None):
    """The two weeks of days shown, their free slots and the chosen day."""
    now = now or timezone.now()
    first, last = bookable_days(service, now)
    requested = parse_day(request.GET.get("day")) if selected is None else selected
    selected = min(max(requested or first, first), last)
    start = min(max(parse_day(request.GET.get("from")) or selected, first), last)
    if not start <= selected < start + timedelta(days=WINDOW_DAYS):
        start = selected
    end = min(start + timedelta(days=WINDOW_DAYS - 1), last)
    slots = slots_between(service, start, end, now)
    free = {day: [slot for slot in day_slots if slot.is_free] for day, day_slots in slots.items()}
    if requested is None and not free.get(selected):
        selected = next((day for day, day_slots in free.items() if day_slots), selected)
    previous_start = max(start - timedelta(days=WINDOW_DAYS), first)
    return {
        "days": [{"date": day, "free_count": len(day_slots)} for day, day_slots in free.items()],
        "selected_day": selected,
        "free_slots": free.get(selected, []),
        "previous_window": previous_start if start > first else None,
        "next_window": end + timedelta(days=1) if end < last else None,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def service_booking(request, service_id):
    service = get_service_or_404(service_id)
    language = get_language()
    form = BookingForm(
        request.POST or None, initial={"submission": BookingForm.new_submission_key()}
    )
    status = 200
    taken = False
    alternatives = []
    if request.method == "POST":
        limit, period = settings.BOOKING_RATE_LIMIT
        if over_rate_limit(request, "booking", limit, period):
            return render(request, "429.html", status=429)
        if form.is_bot():
            form.add_error(None, _("Your booking could not be sent. Please try again."))
            status = 400
        elif form.is_valid():
            data = form.cleaned_data
            try:
                booking = rules.book(
                    service,
                    data["slot"],
                    name=data["name"],
                    email=data["email"],
                    phone=data["phone"],
                    note=data["note"],
                    language=language,
                    submission_key=data["submission"],
                )
            except rules.SlotUnavailable:
                taken = True
                alternatives = nearest_free_slots(service, data["slot"])
                status = 409
            except rules.DailyLimitReached:
                form.add_error(
                    None,
                    _(
                        "You have already made several bookings today with this email "
                        "address. Please contact the shop directly."
                    ),
                )
                status = 429
            else:
                return redirect("booking_done", links.view_token(booking))
        else:
            status = 400
    chosen = getattr(form, "cleaned_data", {}).get("slot")
    selected = brussels_today(chosen) if chosen else None
    context = {
        "service": service,
        "text": localized(service, language),
        "shop": localized_shop(service.page, language),
        "form": form,
        "taken": taken,
        "alternatives": alternatives,
        "chosen_slot": chosen,
        "privacy_url": privacy_url(service.page, language),
        "slots_url": reverse("booking_slots", args=[service.pk]),
        **calendar_context(service, request, selected),
    }
    return render(request, "shops/booking/service.html", context, status=status)


@require_GET
def slots_json(request, service_id):
    """Free slots of a service between ?from= and ?to= (ISO dates, at most 62 days)."""
    service = bookable_service(service_id)
    if service is None:
        return JsonResponse({"error": _("This service does not take bookings.")}, status=404)
    first, last = bookable_days(service)
    start = parse_day(request.GET.get("from")) if "from" in request.GET else first
    end = parse_day(request.GET.get("to")) if "to" in request.GET else start
    if start is None or end is None or end < start:
        return JsonResponse({"error": _("Give dates as YYYY-MM-DD, from before to.")}, status=400)
    if (end - start).days >= MAX_JSON_DAYS:
        return JsonResponse({"error": _("Ask for at most 62 days at a time.")}, status=400)
    start, end = max(start, first), min(end, last)
    days = slots_between(service, start, end) if start <= end else {}
    text = localized(service, get_language())
    return JsonResponse(
        {
            "service": {
                "id": service.pk,
                "name": text.name,
                "duration_minutes": service.duration_minutes,
            },
            "timezone": "Europe/Brussels",
            "days": [
                {
                    "date": day.isoformat(),
                    "slots": [
                        {
                            "start": slot.local_start.isoformat(),
                            "end": slot.local_end.isoformat(),
                            "label": slot.local_start.strftime("%H:%M"),
                            "seats_left": slot.seats_left,
                        }
                        for slot in slots
                        if slot.is_free
                    ],
                }
                for day, slots in days.items()
            ],
        }
    )


def booking_details_context(booking):
    language = get_language()
    return {
        "booking": booking,
        "shop": localized_shop(booking.shop, language),
        "service_name": (
            localized(booking.service, language).name if booking.service else booking.service_name
        ),
    }


@never_cache
@require_GET
def booking_done(request, token):
    booking = links.booking_from_token(token, links.VIEW_SALT)
    if booking is None:
        raise Http404(_("This link is not valid."))
    return render(request, "shops/booking/done.html", booking_details_context(booking))


@never_cache
@require_http_methods(["GET", "POST"])
def booking_cancel(request, token):
    """The link of the confirmation email: a page with a button, never a cancel on GET,
    so mail scanners that open links cancel nothing."""
    booking = links.booking_from_token(token, links.CANCEL_SALT)
    if booking is None:
        return render(request, "shops/booking/invalid_link.html", status=404)
    context = booking_details_context(booking)
    if booking.status == Booking.CANCELLED:
        return render(request, "shops/booking/cancelled.html", context)
    if not rules.can_be_cancelled_online(booking):
        return render(request, "shops/booking/expired.html", context, status=410)
    if request.method == "POST":
        rules.cancel(booking, by=Booking.BY_RESIDENT)
        booking.refresh_from_db()
        again = reverse("booking_service", args=[booking.service_id]) if booking.service_id else ""
        return render(request, "shops/booking/cancelled.html", {**context, "book_again_url": again})
    return render(request, "shops/booking/cancel.html", context)
