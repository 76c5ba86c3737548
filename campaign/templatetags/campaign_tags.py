"""Campaign content shown on pages of other apps (a shop page's testimonials)."""

from django import template
from django.db.models import prefetch_related_objects

from campaign.models import Testimonial


register = template.Library()


@register.simple_tag
def shop_testimonials(shop, limit=3):
    """Testimonials about ``shop`` in its language, photos' renditions loaded at once."""
    testimonials = list(
        Testimonial.objects.filter(
            locale=shop.locale, shop__translation_key=shop.translation_key
        ).select_related("photo")[:limit]
    )
    prefetch_related_objects([t.photo for t in testimonials if t.photo], "renditions")
    return testimonials
