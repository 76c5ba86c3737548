"""The secret links a booking's emails and pages carry: signed, never guessable.

The cancel and reschedule links live as long as the booking; the "booked" page's link is shown once,
right after booking, and expires after two days.
"""

import uuid

from django.core import signing
from django.utils.crypto import constant_time_compare

from shops.booking.models import Booking, CalendarFeed, WaitingListEntry


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


CLAIM_SALT = "shops.booking.waitlist.claim"
LEAVE_SALT = "shops.booking.waitlist.leave"


def claim_token(entry):
    """Names the entry and the offer it was sent with: a link of an earlier offer, or
    one used already, claims nothing."""
    return signing.dumps([str(entry.reference), entry.offers], salt=CLAIM_SALT)


def leave_token(entry):
    return signing.dumps(str(entry.reference), salt=LEAVE_SALT)


def entry_from_claim_token(token):
    """(entry, offer number) a claim link names, or (None, None) for a forged one."""
    try:
        reference, offer = signing.loads(token, salt=CLAIM_SALT)
        entry = waiting_entry(reference)
    except (signing.BadSignature, TypeError, ValueError):
        return None, None
    return (entry, offer) if entry is not None and isinstance(offer, int) else (None, None)


def entry_from_leave_token(token):
    try:
        return waiting_entry(signing.loads(token, salt=LEAVE_SALT))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def waiting_entry(reference):
    """Raises ValueError for what is not a reference (a signed value of another kind)."""
    return (
        WaitingListEntry.objects.select_related("shop", "service")
        .filter(reference=uuid.UUID(str(reference)))
        .first()
    )


FEED_SALT = "shops.booking.calendar_feed"


def feed_token(feed):
    """The shop's calendar address: its id and current secret, signed."""
    return signing.dumps([feed.shop_id, feed.secret], salt=FEED_SALT)


def feed_from_token(token):
    """The calendar feed a token names, or None: forged, or revoked by a newer secret."""
    try:
        shop_id, secret = signing.loads(token, salt=FEED_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(shop_id, int) or not isinstance(secret, str):
        return None
    feed = CalendarFeed.objects.select_related("shop").filter(shop_id=shop_id).first()
    return feed if feed is not None and constant_time_compare(feed.secret, secret) else None
