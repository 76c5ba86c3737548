"""Bookable services and the bookings made on them.

A service is an inline of the shop page, so the merchant edits it with the page and
the city approves it with the page. Translations of the page get translated copies
of each service (same ``translation_key``); bookings always point at the French
service, so every language draws on one calendar.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable, TranslatableMixin

from portal.validators import phone_validator
from shops.models.pages import ShopPage


class BookableService(TranslatableMixin, Orderable):
    REMINDER_DAY_BEFORE = "day_before"
    REMINDER_TWO_HOURS = "2h"
    REMINDER_NONE = "none"
    REMINDER_CHOICES = [
        (
            REMINDER_DAY_BEFORE,
            _("The day before at 9:00 (2 hours before when booked less than a day ahead)"),
        ),
        (REMINDER_TWO_HOURS, _("2 hours before")),
        (REMINDER_NONE, _("No reminder")),
    ]

    page = ParentalKey(ShopPage, on_delete=models.CASCADE, related_name="services")
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True, max_length=500)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"),
        default=30,
        validators=[MinValueValidator(5), MaxValueValidator(8 * 60)],
    )
    capacity = models.PositiveSmallIntegerField(
        _("capacity per slot"),
        default=1,
        validators=[MinValueValidator(1), MaxValueValidator(50)],
        help_text=_("How many people or parallel appointments one time slot takes."),
    )
    buffer_minutes = models.PositiveSmallIntegerField(
        _("pause after each appointment (minutes)"),
        default=0,
        validators=[MaxValueValidator(4 * 60)],
    )
    min_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"),
        default=2,
        validators=[MaxValueValidator(30 * 24)],
        help_text=_("Residents cannot book a slot that starts sooner than this."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("bookable up to (days ahead)"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
    )
    reminder = models.CharField(
        _("reminder email"),
        max_length=12,
        choices=REMINDER_CHOICES,
        default=REMINDER_DAY_BEFORE,
        help_text=_("Reminders cut the appointments people forget."),
    )
    change_notice_hours = models.PositiveSmallIntegerField(
        _("cancel online up to (hours before)"),
        default=24,
        validators=[MaxValueValidator(14 * 24)],
        help_text=_(
            "Later than this, residents are asked to phone the shop. "
            "You can still cancel an appointment yourself under Bookings."
        ),
    )
    is_active = models.BooleanField(
        _("taking bookings"),
        default=True,
        help_text=_("Untick to pause bookings for this service without deleting it."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("buffer_minutes")]),
        FieldRowPanel([FieldPanel("capacity"), FieldPanel("is_active")]),
        FieldRowPanel([FieldPanel("min_notice_hours"), FieldPanel("horizon_days")]),
        FieldRowPanel([FieldPanel("reminder"), FieldPanel("change_notice_hours")]),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("bookable service")
        verbose_name_plural = _("bookable services")

    def __str__(self):
        return self.name


class Booking(models.Model):
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"
    STATUS_CHOICES = [(CONFIRMED, _("Confirmed")), (CANCELLED, _("Cancelled"))]
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    ATTENDANCE_CHOICES = [(ATTENDED, _("Came")), (NO_SHOW, _("Did not come"))]
    BY_RESIDENT = "resident"
    BY_SHOP = "shop"
    CANCELLED_BY_CHOICES = [(BY_RESIDENT, _("The resident")), (BY_SHOP, _("The shop"))]

    # Public identifier (links, calendar UID); the sequential pk never leaves the admin.
    reference = models.UUIDField(_("reference"), default=uuid.uuid4, unique=True, editable=False)
    shop = models.ForeignKey(
        ShopPage, verbose_name=_("shop"), on_delete=models.CASCADE, related_name="bookings"
    )
    service = models.ForeignKey(
        BookableService,
        verbose_name=_("service"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="bookings",
    )
    # Kept with the booking: the merchant may rename or delete the service later.
    service_name = models.CharField(_("service"), max_length=120)
    starts_at = models.DateTimeField(_("starts at"), db_index=True)
    ends_at = models.DateTimeField(_("ends at"))
    # End of the appointment plus the service's pause: the seat is taken until then.
    busy_until = models.DateTimeField()
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=CONFIRMED, db_index=True
    )
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    phone = models.CharField(_("phone"), max_length=24, blank=True, validators=[phone_validator])
    note = models.TextField(_("note"), blank=True, max_length=1000)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("booked on"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    cancelled_by = models.CharField(
        _("cancelled by"), max_length=10, blank=True, choices=CANCELLED_BY_CHOICES
    )
    cancellation_reason = models.TextField(_("reason for cancelling"), blank=True, max_length=500)
    # iCalendar SEQUENCE: each change sent to the resident's calendar counts one up.
    sequence = models.PositiveSmallIntegerField(default=0)
    # The random key of the form that was sent: the same form sent twice is one booking.
    submission_key = models.CharField(max_length=64, blank=True, editable=False)
    # When the reminder email is due (None: no reminder), and when it was sent.
    reminder_due_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Marked by the shop after the appointment; for the shop and the city only.
    attendance = models.CharField(
        _("attendance"), max_length=10, blank=True, choices=ATTENDANCE_CHOICES
    )
    # Where the resident moved the appointment from, for the shop's notice.
    moved_from = models.DateTimeField(_("moved from"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        ordering = ["starts_at", "pk"]
        indexes = [
            models.Index(fields=["service", "starts_at"], name="booking_service_start"),
            models.Index(fields=["shop", "starts_at"], name="booking_shop_start"),
            models.Index(fields=["email", "created_at"], name="booking_email_created"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["submission_key"],
                condition=~models.Q(submission_key=""),
                name="one_booking_per_submission",
            ),
        ]

    def __str__(self):
        return f"{self.service_name} — {self.name}"

    @property
    def is_confirmed(self):
        return self.status == self.CONFIRMED

    @property
    def change_deadline(self):
        """Until when the resident may cancel online: the service's notice before the start."""
        notice = self.service.change_notice_hours if self.service else 0
        return self.starts_at - timedelta(hours=notice)

    def can_be_marked_attended(self, now=None):
        return self.is_confirmed and self.starts_at <= (now or timezone.now())

    def can_be_cancelled_online(self, now=None):
        return self.is_confirmed and (now or timezone.now()) < self.change_deadline


def source_services():
    """Services that take bookings, on live French shop pages: the shared calendars."""
    return BookableService.objects.filter(
        is_active=True,
        page__live=True,
        locale__language_code=settings.LANGUAGE_CODE,
    ).select_related("page")


def bookable_service(service_id):
    """The French service behind an id from any language's page, or None."""
    service = BookableService.objects.filter(pk=service_id).only("translation_key").first()
    if service is None:
        return None
    return source_services().filter(translation_key=service.translation_key).first()


def localized(service, language):
    """The service's name and description in ``language``, the French ones if untranslated."""
    if service.locale.language_code == language:
        return service
    translated = BookableService.objects.filter(
        translation_key=service.translation_key, locale__language_code=language
    ).first()
    return translated or service


def localized_shop(shop, language):
    """The live shop page in ``language``, the French one if there is none."""
    translated = (
        ShopPage.objects.live()
        .filter(translation_key=shop.translation_key, locale__language_code=language)
        .first()
    )
    return translated or shop


class WaitingListEntry(models.Model):
    """A resident waiting for a seat on a full slot (or on any slot of a full day).

    When a seat frees, the first one waiting is offered it: the seat is held for them
    until ``offer_expires_at`` (nobody else can book it), and only their claim books it.
    """

    WAITING = "waiting"
    OFFERED = "offered"
    BOOKED = "booked"
    LAPSED = "lapsed"
    LEFT = "left"
    STATUS_CHOICES = [
        (WAITING, _("Waiting")),
        (OFFERED, _("Place offered")),
        (BOOKED, _("Booked")),
        (LAPSED, _("Offer lapsed")),
        (LEFT, _("Left the list")),
    ]

    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    shop = models.ForeignKey(
        ShopPage, verbose_name=_("shop"), on_delete=models.CASCADE, related_name="waiting_list"
    )
    service = models.ForeignKey(
        BookableService,
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="waiting_list",
    )
    day = models.DateField(_("day"))  # in Brussels
    # The full slot waited for; empty: any time of the day.
    starts_at = models.DateTimeField(_("time"), null=True, blank=True)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), max_length=254)
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    created_at = models.DateTimeField(_("joined on"), auto_now_add=True)
    status = models.CharField(
        _("status"), max_length=10, choices=STATUS_CHOICES, default=WAITING, db_index=True
    )
    # The seat held for this resident while the offer runs.
    offered_starts_at = models.DateTimeField(_("place offered"), null=True, blank=True)
    offered_busy_until = models.DateTimeField(null=True, blank=True)
    offer_expires_at = models.DateTimeField(_("offer valid until"), null=True, blank=True)
    # Counts the offers made: a claim link names the offer it was sent with.
    offers = models.PositiveSmallIntegerField(default=0)
    booking = models.ForeignKey(
        Booking, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("waiting list entry")
        verbose_name_plural = _("waiting lists")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["service", "day", "status"], name="waiting_service_day"),
            models.Index(fields=["service", "status", "offer_expires_at"], name="waiting_holds"),
        ]

    def __str__(self):
        return f"{self.name} — {self.day}"

    def holds_seat(self, now=None):
        return self.status == self.OFFERED and (now or timezone.now()) < self.offer_expires_at


class CalendarFeed(models.Model):
    """The secret behind a shop's private calendar address; a new secret revokes the old
    address."""

    shop = models.OneToOneField(ShopPage, on_delete=models.CASCADE, related_name="calendar_feed")
    secret = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("calendar subscription")
        verbose_name_plural = _("calendar subscriptions")

    def __str__(self):
        return str(self.shop)
