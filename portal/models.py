from django.conf import settings
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import TranslatableMixin

from portal.blocks import LinkBlock


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


class Navigation(TranslatableMixin, models.Model):
    """The main menu and the footer, one per language, managed by editors.

    Translated with wagtail-localize like any snippet; linked pages are shown in the
    visitor's language at render time.
    """

    menu = StreamField([("link", LinkBlock())], verbose_name=_("main menu"), blank=True)
    footer_links = StreamField(
        [("link", LinkBlock())],
        verbose_name=_("footer links"),
        blank=True,
        help_text=_("Contact, legal notice, privacy notice, accessibility statement …"),
    )
    footer_text = models.TextField(_("footer text"), blank=True, max_length=400)
    contact = models.TextField(_("contact details"), blank=True, max_length=400)

    panels = [
        FieldPanel("menu"),
        FieldPanel("footer_links"),
        FieldPanel("footer_text"),
        FieldPanel("contact"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation")
        verbose_name_plural = _("navigation")

    def __str__(self):
        return str(_("Menu and footer (%(language)s)") % {"language": self.locale})

    @classmethod
    def for_active_language(cls):
        """This language's navigation, or the French one while it is not translated."""
        codes = [get_language(), settings.LANGUAGE_CODE]
        navigations = cls.objects.filter(locale__language_code__in=codes).select_related("locale")
        found = {nav.locale.language_code: nav for nav in navigations}
        return found.get(codes[0]) or found.get(codes[1])


class OutgoingEmail(models.Model):
    """One email the site owes someone: written in the transaction of the change that
    causes it, sent later by the task worker (portal.outbox)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"
    EXPIRED = "expired"
    STATUS_CHOICES = [
        (PENDING, _("Waiting to be sent")),
        (SENDING, _("Being sent")),
        (SENT, _("Sent")),
        (FAILED, _("Failed")),
        (WITHDRAWN, _("Withdrawn")),
        (EXPIRED, _("Too late to send")),
    ]

    created_at = models.DateTimeField(_("created"), auto_now_add=True, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUS_CHOICES, default=PENDING)
    subject = models.CharField(_("subject"), max_length=255, blank=True)
    recipients = models.TextField(_("recipients"), blank=True)
    message = models.JSONField(default=dict)
    # What the email is about, e.g. "booking:12:confirmation": at most one email per
    # topic, and the handle by which a pending one is withdrawn.
    topic = models.CharField(max_length=100, null=True, blank=True, unique=True)
    # Past this moment the email is pointless (an appointment that is over): never sent.
    expires_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        indexes = [models.Index(fields=["status", "created_at"], name="outgoing_email_status")]

    def __str__(self):
        return self.subject or self.topic or f"#{self.pk}"

    @property
    def can_be_retried(self):
        """Failed, and readable: an email our code could not build has nothing to resend."""
        return self.status == self.FAILED and bool(self.message)
