"""Times and form posts shared by the booking tests (fixtures are in conftest)."""

from datetime import UTC, datetime, time, timedelta

from django.core import mail
from django.urls import reverse
from django.utils import translation

from portal.models import OutgoingEmail
from shops.hours import BRUSSELS, brussels_today
from shops.models import Booking


def next_wednesday():
    """At least three days ahead, on a day the factory shops open (09:00-12:30)."""
    day = brussels_today() + timedelta(days=3)
    return day + timedelta(days=(2 - day.weekday()) % 7)


DAY = next_wednesday()


def at(hour, minute=0, day=None):
    return datetime.combine(day or DAY, time(hour, minute), tzinfo=BRUSSELS).astimezone(UTC)


def slot_at(days_ahead=3, hour=10, minute=0):
    return at(hour, minute, brussels_today() + timedelta(days=days_ahead))


def url(name, *args, language="fr"):
    with translation.override(language):
        return reverse(name, args=args)


def booking_data(when, **overrides):
    return {
        "slot": when if isinstance(when, str) else when.isoformat(),
        "name": "Noor Peeters",
        "email": "noor@example.org",
        "phone": "0470 12 34 56",
        "note": "Cheveux longs.",
        "consent": "on",
        **overrides,
    }


def post_booking(client, service, when, language="fr", **overrides):
    """Post the booking form of ``service`` (a service or a bare id, forged or not)."""
    service_id = getattr(service, "pk", service)
    return client.post(
        url("booking_service", service_id, language=language), booking_data(when, **overrides)
    )


def booking_state():
    """Bookings, their queued emails and the sent mails, to show a refused request did nothing."""
    fields = ("pk", "status", "starts_at", "name", "email", "phone", "note", "cancelled_by")
    return {
        "bookings": set(Booking.objects.values_list(*fields, "cancellation_reason", "sequence")),
        "emails": set(OutgoingEmail.objects.values_list("pk", "topic", "status", "attempts")),
        "mails": len(mail.outbox),
    }
