"""What a shop page offers to book, for the booking block and the page's template.

A template tag keeps the page model and its blocks free of the booking package, which
is built on top of them.
"""

from django import template

from shops.booking.slots import booking_offer as offer_of


register = template.Library()


@register.simple_tag
def booking_offer(page):
    """[{service, text, days}] of ``page`` (any language), or [] for another kind of page."""
    return offer_of(page)
