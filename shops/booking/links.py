"""The secret links a booking's emails and pages carry: signed, never guessable.

The cancel and reschedule links live as long as the booking; the "booked" page's link is shown once,
right after booking, and expires after two days.
"""

from django.core import signing

from shops.booking.models import Booking


CANCEL_SALT = "shops.booking.cancel"
RESCHEDULE_SALT = "shops.booking.reschedule"
VIEW_SALT = "shops.booking.view"
VIEW_LINK_MAX_AGE = 2 * 24 * 3600


def cancel_token(booking):
    return signing.dumps(str(booking.reference), salt=CANCEL_SALT)


def reschedule_token(booking):
    return signing.dumps(str(booking.reference), salt=RESCHEDULE_SALT)


def view_token(booking):
    return signing.dumps(str(booking.reference), salt=VIEW_SALT)  # timestamped by dumps


def booking_from_token(token, salt):
    """The booking a signed link names, or None for a forged, tampered or stale one."""
    max_age = VIEW_LINK_MAX_AGE if salt == VIEW_SALT else None
    try:
        reference = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Booking.objects.select_related("shop", "service").filter(reference=reference).first()
