"""How the site's image renditions are encoded."""

from django.conf import settings
from PIL import AvifImagePlugin, Image
from wagtail.images.models import ResponsiveImage


def set_avif_encoder_speed():
    """Encode AVIF renditions at settings.AVIF_ENCODER_SPEED.

    Wagtail (through Willow) passes only the quality to Pillow, whose default speed, 6,
    takes over a second per 800-pixel picture on a small server: a shop page's first
    visit would wait for a dozen of them. Speed 8 is six times faster and its files stay
    smaller than WebP's.
    """
    speed = settings.AVIF_ENCODER_SPEED

    def save(im, fp, filename):
        im.encoderinfo.setdefault("speed", speed)
        AvifImagePlugin._save(im, fp, filename)

    Image.register_save(AvifImagePlugin.AvifImageFile.format, save)


def name_each_width_once_in_srcsets():
    """A picture asks for several widths (390, 780, 1200 …) and Wagtail never enlarges an
    image, so a photo narrower than the largest gets several renditions of its own width.
    A srcset naming one width twice is invalid HTML, which browsers may ignore: keep the
    first rendition of each width (they are the same picture)."""
    wagtail_srcset = ResponsiveImage.get_width_srcset.__func__

    def get_width_srcset(cls, renditions_list):
        by_width = {}
        for rendition in renditions_list:
            by_width.setdefault(rendition.width, rendition)
        return wagtail_srcset(cls, list(by_width.values()))

    ResponsiveImage.get_width_srcset = classmethod(get_width_srcset)
