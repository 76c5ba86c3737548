"""The iCalendar file a resident's booking email carries, and a shop's private feed."""

from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress

from shops.hours import BRUSSELS


def calendar_uid(booking):
    return f"booking-{booking.reference}@vitrine.mons.be"


def calendar_file(booking, shop, service_name, method, organizer_email=""):
    """An iCalendar invitation (REQUEST) or its withdrawal (CANCEL) for one booking.

    The UID never changes and SEQUENCE counts the changes, so a calendar that received
    the invitation replaces or removes that very event.
    """
    calendar = new_calendar()
    calendar.add("method", method)
    event = booking_event(booking, f"{service_name} — {shop.title}")
    event.add("location", f"{shop.title}, {shop.street}, {shop.postcode} {shop.city}")
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    if organizer_email:
        organizer = vCalAddress(f"mailto:{organizer_email}")
        organizer.params["cn"] = shop.title
        event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{booking.email}")
    attendee.params["cn"] = booking.name
    attendee.params["role"] = "REQ-PARTICIPANT"
    event.add("attendee", attendee)
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()


def new_calendar():
    calendar = Calendar()
    calendar.add("prodid", "-//Ville de Mons//Vitrine//FR")
    calendar.add("version", "2.0")
    return calendar


def booking_event(booking, summary):
    event = Event()
    event.add("uid", calendar_uid(booking))
    event.add("sequence", booking.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", booking.starts_at.astimezone(BRUSSELS))
    event.add("dtend", booking.ends_at.astimezone(BRUSSELS))
    event.add("summary", summary)
    return event


def shop_feed(shop, bookings):
    """A calendar a merchant subscribes to: one event per booking, with who comes."""
    calendar = new_calendar()
    calendar.add("x-wr-calname", shop.title)
    calendar.add("x-wr-timezone", "Europe/Brussels")
    for booking in bookings:
        event = booking_event(booking, f"{booking.service_name} — {booking.name}")
        details = [booking.email, booking.phone, booking.note]
        event.add("description", "\n".join(detail for detail in details if detail))
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical().decode()
