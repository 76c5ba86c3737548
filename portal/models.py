from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image


class VitrineImage(AbstractImage):
    """The project's image model, in place from the first migration.

    Alt text is required: every image a merchant or editor uploads is described for
    screen-reader users, so no template ever falls back to a file name. Permissions
    stay Wagtail's own (wagtailimages.add_image …), granted per collection.
    """

    description = models.CharField(
        _("alt text"),
        max_length=255,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. 'Bunches of tulips on the shop counter'."
        ),
    )

    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        return self.description


class VitrineRendition(AbstractRendition):
    image = models.ForeignKey(VitrineImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
