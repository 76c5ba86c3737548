"""What a shop page offers to book, for the booking block and the page's template.

A template tag keeps the page model and its blocks free of the booking package, which
is built on top of them.
"""

from django import template

from portal.page_cache import expire_no_later_than
from shops.booking.slots import booking_offer as offer_of
from shops.booking.slots import offer_changes_at


register = template.Library()


@register.simple_tag(takes_context=True)
def booking_offer(context, page):
    """[{service, text, days}] of ``page`` (any language), or [] for another kind of page.
    A cached page or kept part showing it lasts until its first free slot is past."""
    offer = offer_of(page)
    expire_no_later_than(context.get("request"), offer_changes_at(offer))
    return offer
