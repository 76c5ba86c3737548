"""Public booking pages: choose a day and a slot, book, see it booked, cancel it.

Every step is a plain link or form, so booking works without JavaScript; the slots
endpoint lets static/js/booking.js change days without reloading.
"""

from datetime import date, timedelta

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
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
from shops.booking import ics, links, rules
from shops.booking.forms import BookingForm, WaitingListForm, parse_slot
from shops.booking.models import (
    Booking,
    WaitingListEntry,
    bookable_service,
    localized,
    localized_shop,
)
from shops.booking.slots import bookable_days, day_summary, nearest_free_slots, slots_between
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
        "days": [day_summary(day, day_slots) for day, day_slots in slots.items()],
        "selected_day": selected,
        "free_slots": free.get(selected, []),
        "has_full_slots": any(not slot.is_free for slot in slots.get(selected, [])),
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
        "waiting_list_url": reverse("waiting_list_join", args=[service.pk]),
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
                    # Times already taken: the page then offers the day's waiting list.
                    "taken_slots": sum(not slot.is_free for slot in slots),
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
        context["has_started"] = booking.starts_at <= timezone.now()
        return render(request, "shops/booking/expired.html", context, status=410)
    if request.method == "POST":
        rules.cancel(booking, by=Booking.BY_RESIDENT)
        booking.refresh_from_db()
        again = reverse("booking_service", args=[booking.service_id]) if booking.service_id else ""
        return render(request, "shops/booking/cancelled.html", {**context, "book_again_url": again})
    return render(request, "shops/booking/cancel.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def booking_reschedule(request, token):
    """The "move it" link of the booking emails: the service's free times on GET (mail
    scanners move nothing), the move itself on POST."""
    booking = links.booking_from_token(token, links.RESCHEDULE_SALT)
    if booking is None:
        return render(request, "shops/booking/invalid_link.html", status=404)
    context = booking_details_context(booking)
    if booking.status == Booking.CANCELLED:
        return render(request, "shops/booking/cancelled.html", context)
    if booking.service is None or not rules.can_be_cancelled_online(booking):
        context["has_started"] = booking.starts_at <= timezone.now()
        return render(request, "shops/booking/expired.html", context, status=410)
    status, chosen, alternatives = 200, None, []
    if request.method == "POST":
        chosen = parse_slot(request.POST.get("slot"))
        try:
            if chosen is None:
                raise rules.SlotUnavailable("no slot chosen")
            booking = rules.reschedule(booking, chosen)
        except rules.TooLateToChange:
            context["has_started"] = False
            return render(request, "shops/booking/expired.html", context, status=410)
        except rules.SlotUnavailable:
            status = 409
            alternatives = nearest_free_slots(booking.service, chosen) if chosen else []
        else:
            return render(request, "shops/booking/moved.html", booking_details_context(booking))
    selected = brussels_today(chosen) if chosen else None
    context.update(
        {
            "taken": status == 409,
            "alternatives": alternatives,
            **calendar_context(booking.service, request, selected),
        }
    )
    return render(request, "shops/booking/reschedule.html", context, status=status)


@never_cache
@require_http_methods(["GET", "POST"])
def waiting_list_join(request, service_id):
    """Join the waiting list of a full time, or of a day whose times are all full."""
    service = get_service_or_404(service_id)
    language = get_language()
    first, last = bookable_days(service)
    data = request.POST if request.method == "POST" else request.GET
    requested = parse_day(data.get("day"))
    day = min(max(requested or first, first), last)
    slots = slots_between(service, day, day)[day] if service.is_active else []
    full_slots = [slot for slot in slots if not slot.is_free]
    day_is_full = bool(slots) and len(full_slots) == len(slots)
    form = WaitingListForm(request.POST or None, initial={"slot": request.GET.get("slot", "")})
    context = {
        "service": service,
        "text": localized(service, language),
        "shop": localized_shop(service.page, language),
        "day": day,
        "full_slots": full_slots,
        "day_is_full": day_is_full,
        "form": form,
        "privacy_url": privacy_url(service.page, language),
        "book_url": f"{reverse('booking_service', args=[service.pk])}?day={day.isoformat()}",
        "claim_hours": settings.WAITING_LIST_CLAIM_HOURS,
    }
    status = 200
    if request.method == "POST":
        limit, period = settings.BOOKING_RATE_LIMIT
        if over_rate_limit(request, "booking", limit, period):
            return render(request, "429.html", status=429)
        if form.is_bot():
            form.add_error(None, _("Your request could not be sent. Please try again."))
            status = 400
        elif requested != day:
            form.add_error(None, _("Choose a day from the calendar."))
            status = 400
        elif form.is_valid():
            try:
                entry, _created = rules.join_waiting_list(
                    service,
                    day,
                    form.cleaned_data["slot"],
                    name=form.cleaned_data["name"],
                    email=form.cleaned_data["email"],
                    language=language,
                )
            except rules.StillFree:
                context["still_free"] = True
                status = 409
            except rules.SlotUnavailable:
                form.add_error("slot", _("Choose one of the times listed."))
                status = 400
            else:
                context["entry"] = entry
                return render(request, "shops/booking/waiting_joined.html", context)
        else:
            status = 400
    context["nothing_full"] = not full_slots
    return render(request, "shops/booking/waiting_list.html", context, status=status)


def offer_context(entry):
    language = get_language()
    return {
        "entry": entry,
        "shop": localized_shop(entry.shop, language),
        "service_name": localized(entry.service, language).name,
    }


@never_cache
@require_http_methods(["GET", "POST"])
def waiting_list_claim(request, token):
    """The link of the email offering a freed seat: the offer on GET (mail scanners book
    nothing), the booking on POST, through the lock bookings take."""
    entry, offer = links.entry_from_claim_token(token)
    if entry is None:
        return render(request, "shops/booking/invalid_link.html", status=404)
    context = offer_context(entry)
    if entry.offers == offer and entry.status == WaitingListEntry.BOOKED:
        return render(request, "shops/booking/offer_claimed.html", context, status=410)
    if entry.offers != offer or not entry.holds_seat():
        return render(request, "shops/booking/offer_expired.html", context, status=410)
    if request.method == "POST":
        try:
            booking = rules.claim(entry, offer)
        except rules.AlreadyClaimed:
            return render(request, "shops/booking/offer_claimed.html", context, status=410)
        except rules.BookingRefused:
            return render(request, "shops/booking/offer_expired.html", context, status=410)
        return redirect("booking_done", links.view_token(booking))
    return render(request, "shops/booking/offer.html", context)


@never_cache
@require_http_methods(["GET", "POST"])
def waiting_list_leave(request, token):
    entry = links.entry_from_leave_token(token)
    if entry is None:
        return render(request, "shops/booking/invalid_link.html", status=404)
    context = offer_context(entry)
    if request.method == "POST":
        rules.leave_waiting_list(entry)
        return render(request, "shops/booking/waiting_left.html", context)
    if entry.status not in (WaitingListEntry.WAITING, WaitingListEntry.OFFERED):
        return render(request, "shops/booking/waiting_left.html", context)
    return render(request, "shops/booking/waiting_leave.html", context)


@never_cache
@require_GET
def shop_calendar_feed(request, token):
    """A shop's bookings for the merchant's calendar app: private, behind a signed,
    revocable address; anything else is a plain 404."""
    feed = links.feed_from_token(token)
    if feed is None:
        raise Http404(_("This link is not valid."))
    body = ics.shop_feed(feed.shop, rules.calendar_feed_bookings(feed.shop))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="rendez-vous.ics"'
    response["X-Robots-Tag"] = "noindex"
    return response
