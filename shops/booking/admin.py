"""Bookings in the Wagtail admin: a filtered list with CSV export, a day view, and a
booking's page where it can be cancelled with a reason.

City editors (``shops.view_booking``) see every booking; a merchant sees the bookings
of the shops they own and nothing else: every view starts from ``visible_bookings``,
so another shop's booking is a 404 whatever id is put in the URL.
"""

from datetime import date, timedelta

import django_filters
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn, TitleColumn
from wagtail.admin.views.generic import IndexView, WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet
from wagtail.admin.widgets.button import HeaderButton

from portal.spreadsheets import spreadsheet_safe
from shops.booking import links, rules
from shops.booking.models import BookableService, Booking, CalendarFeed, WaitingListEntry
from shops.hours import BRUSSELS, MIDNIGHT, brussels_today
from shops.merchants import merchant_shops
from shops.models import ShopPage


def sees_all_bookings(user):
    return user.has_perm("shops.view_booking")


def visible_bookings(user):
    if sees_all_bookings(user):
        return Booking.objects.all()
    return Booking.objects.filter(shop__in=merchant_shops(user))


def may_see_bookings(user):
    return user.is_active and (sees_all_bookings(user) or merchant_shops(user).exists())


class BookingPermissionMixin:
    permission_policy = None
    any_permission_required = None

    def dispatch(self, request, *args, **kwargs):
        if not may_see_bookings(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def visible_shops(request):
    if request is None:
        return ShopPage.objects.none()
    return ShopPage.objects.filter(pk__in=visible_bookings(request.user).values("shop")).order_by(
        "title"
    )


def visible_services(request):
    if request is None:
        return BookableService.objects.none()
    return BookableService.objects.filter(
        pk__in=visible_bookings(request.user).values("service")
    ).order_by("name")


class BookingFilterSet(WagtailFilterSet):
    shop = django_filters.ModelChoiceFilter(label=_("Shop"), queryset=visible_shops)
    service = django_filters.ModelChoiceFilter(label=_("Service"), queryset=visible_services)
    starts_at = django_filters.DateFromToRangeFilter(label=_("Date"), widget=DateRangePickerWidget)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Booking.STATUS_CHOICES)

    class Meta:
        model = Booking
        fields = ["shop", "service", "starts_at", "status"]


class BookingIndexView(BookingPermissionMixin, IndexView):
    model = Booking
    page_title = _("Bookings")
    header_icon = "date"
    index_url_name = "bookings:index"
    index_results_url_name = "bookings:index_results"
    filterset_class = BookingFilterSet
    default_ordering = "starts_at"
    list_export = [
        "reference",
        "shop_title",
        "service_name",
        "local_date",
        "local_time",
        "status",
        "name",
        "email",
        "phone",
        "note",
        "language",
        "cancellation_reason",
        "attendance",
    ]
    export_headings = {
        "reference": _("Reference"),
        "shop_title": _("Shop"),
        "service_name": _("Service"),
        "local_date": _("Date"),
        "local_time": _("Time"),
        "status": _("Status"),
        "name": _("Name"),
        "email": _("Email"),
        "phone": _("Phone"),
        "note": _("Note"),
        "language": _("Language"),
        "cancellation_reason": _("Reason for cancelling"),
        "attendance": _("Attendance"),
    }
    export_filename = "bookings"

    def get_base_queryset(self):
        return visible_bookings(self.request.user).select_related("shop")

    @cached_property
    def header_buttons(self):
        return [
            HeaderButton(_("Day view"), url=reverse("bookings:day"), icon_name="calendar"),
            HeaderButton(_("Waiting lists"), url=reverse("bookings:waiting"), icon_name="list-ul"),
            HeaderButton(
                _("Calendar subscription"), url=reverse("bookings:calendar"), icon_name="link"
            ),
        ]

    def get_valid_orderings(self):
        return ["starts_at", "-starts_at", "name", "-name"]

    @property
    def columns(self):
        return [
            TitleColumn(
                "starts_at",
                label=_("Appointment"),
                accessor=lambda booking: booking_time_label(booking),
                url_name="bookings:detail",
                sort_key="starts_at",
            ),
            Column("service_name", label=_("Service")),
            Column("shop", label=_("Shop"), accessor="shop.title"),
            Column("name", label=_("Name"), sort_key="name"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda booking: booking.is_confirmed,
            ),
            Column("attendance", label=_("Attendance"), accessor="get_attendance_display"),
            DateColumn("created_at", label=_("Booked on")),
        ]

    def to_row_dict(self, item):
        local = item.starts_at.astimezone(BRUSSELS)
        values = {
            "reference": str(item.reference)[:8],
            "shop_title": item.shop.title,
            "local_date": local.date().isoformat(),
            "local_time": f"{local:%H:%M}",
            "status": item.get_status_display(),
            "attendance": item.get_attendance_display(),
        }
        return {
            field: spreadsheet_safe(values.get(field, getattr(item, field, "")))
            for field in self.list_export
        }


def booking_time_label(booking):
    local = booking.starts_at.astimezone(BRUSSELS)
    return f"{local:%Y-%m-%d %H:%M}"


class BookingDayView(BookingPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "shops/admin/booking_day.html"
    page_title = _("Bookings of the day")
    header_icon = "date"

    def get_day(self):
        """The asked day, within ten years of today (today for anything else)."""
        today = brussels_today()
        try:
            day = date.fromisoformat(self.request.GET.get("date", ""))
        except ValueError:
            return today
        return day if abs((day - today).days) <= 3650 else today

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("bookings:index"), "label": _("Bookings")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        day = self.get_day()
        start = timezone.datetime.combine(day, MIDNIGHT, tzinfo=BRUSSELS)
        end = timezone.datetime.combine(day + timedelta(days=1), MIDNIGHT, tzinfo=BRUSSELS)
        day_bookings = (
            visible_bookings(self.request.user)
            .filter(starts_at__gte=start, starts_at__lt=end)
            .select_related("shop")
            .order_by("starts_at", "shop__title")
        )
        return super().get_context_data(
            day=day,
            previous_day=day - timedelta(days=1),
            next_day=day + timedelta(days=1),
            today=brussels_today(),
            now=timezone.now(),
            bookings=day_bookings,
            **kwargs,
        )


class CancelBookingForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason, sent to the resident"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: “The shop is closed that day because of illness.”"),
    )


class BookingDetailView(BookingPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "shops/admin/booking_detail.html"
    page_title = _("Booking")
    header_icon = "date"

    @cached_property
    def booking(self):
        return get_object_or_404(
            visible_bookings(self.request.user).select_related("shop", "service"),
            pk=self.kwargs["pk"],
        )

    def get_page_subtitle(self):
        return f"{self.booking.service_name} — {self.booking.name}"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("bookings:index"), "label": _("Bookings")},
            {"url": "", "label": str(self.booking)},
        ]

    def post(self, request, *args, **kwargs):
        if "attendance" in request.POST:
            return self.mark_attendance(request)
        form = CancelBookingForm(request.POST)
        if not self.booking.is_confirmed:
            messages.warning(request, _("This booking was already cancelled."))
            return redirect("bookings:detail", self.booking.pk)
        if form.is_valid():
            rules.cancel(self.booking, by=Booking.BY_SHOP, reason=form.cleaned_data["reason"])
            messages.success(request, _("Booking cancelled. The resident has been told by email."))
            return redirect("bookings:detail", self.booking.pk)
        return self.render_to_response(self.get_context_data(form=form))

    def mark_attendance(self, request):
        attendance = request.POST["attendance"]
        if attendance not in dict(Booking.ATTENDANCE_CHOICES):
            messages.error(request, _("Choose whether the resident came."))
        elif not self.booking.can_be_marked_attended():
            messages.error(request, _("Attendance can be marked once the appointment has begun."))
        else:
            Booking.objects.filter(pk=self.booking.pk).update(attendance=attendance)
            messages.success(request, _("Attendance saved."))
        if request.POST.get("next") == "day":
            day = self.booking.starts_at.astimezone(BRUSSELS).date()
            return redirect(f"{reverse('bookings:day')}?date={day.isoformat()}")
        return redirect("bookings:detail", self.booking.pk)

    def get_context_data(self, **kwargs):
        kwargs.setdefault("form", CancelBookingForm())
        return super().get_context_data(
            booking=self.booking,
            local_start=self.booking.starts_at.astimezone(BRUSSELS),
            local_end=self.booking.ends_at.astimezone(BRUSSELS),
            can_cancel=self.booking.is_confirmed,
            can_mark_attendance=self.booking.can_be_marked_attended(),
            **kwargs,
        )


def visible_waiting_lists(user):
    """The entries still waiting (or offered a seat) on the lists of the user's shops."""
    entries = WaitingListEntry.objects.filter(
        status__in=[WaitingListEntry.WAITING, WaitingListEntry.OFFERED],
        day__gte=brussels_today(),
    )
    if sees_all_bookings(user):
        return entries
    return entries.filter(shop__in=merchant_shops(user))


def waiting_for_label(entry):
    local = entry.starts_at.astimezone(BRUSSELS) if entry.starts_at else None
    return f"{entry.day:%Y-%m-%d} {local:%H:%M}" if local else f"{entry.day:%Y-%m-%d} —"


class WaitingListIndexView(BookingPermissionMixin, IndexView):
    """Who waits for which full time, first come first; the shop sees its own lists."""

    model = WaitingListEntry
    page_title = _("Waiting lists")
    header_icon = "list-ul"
    index_url_name = "bookings:waiting"
    index_results_url_name = "bookings:waiting_results"
    default_ordering = "day"

    def get_base_queryset(self):
        return visible_waiting_lists(self.request.user).select_related("shop", "service")

    def get_valid_orderings(self):
        return ["day", "-day"]

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering, "starts_at", "created_at", "pk")

    @property
    def columns(self):
        return [
            Column(
                "day",
                label=_("Waiting for"),
                accessor=waiting_for_label,
                sort_key="day",
            ),
            Column("service", label=_("Service"), accessor="service.name"),
            Column("shop", label=_("Shop"), accessor="shop.title"),
            Column("name", label=_("Name")),
            Column("email", label=_("Email")),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda entry: entry.status == WaitingListEntry.OFFERED,
            ),
            DateColumn("created_at", label=_("Joined on")),
        ]


class CalendarFeedView(BookingPermissionMixin, WagtailAdminTemplateMixin, TemplateView):
    """A merchant's private calendar address for each of their shops, and a button that
    replaces it (the old address then stops working)."""

    template_name = "shops/admin/calendar_feed.html"
    page_title = _("Calendar subscription")
    header_icon = "link"

    def get_breadcrumbs_items(self):
        return [
            *super().get_breadcrumbs_items(),
            {"url": reverse("bookings:index"), "label": _("Bookings")},
            {"url": "", "label": self.page_title},
        ]

    def post(self, request, *args, **kwargs):
        shop_id = request.POST.get("shop", "")
        if not shop_id.isdigit() or len(shop_id) > 12:
            raise Http404
        shop = get_object_or_404(merchant_shops(request.user), pk=shop_id)
        had_one = CalendarFeed.objects.filter(shop=shop).exists()
        rules.renew_calendar_feed(shop)
        if had_one:
            messages.success(request, _("New address created: the old one no longer works."))
        else:
            messages.success(request, _("Address created: add it to your calendar app."))
        return redirect("bookings:calendar")

    def get_context_data(self, **kwargs):
        shops = merchant_shops(self.request.user).select_related("calendar_feed").order_by("title")
        rows = []
        for shop in shops:
            feed = getattr(shop, "calendar_feed", None)
            address = ""
            if feed is not None:
                path = reverse("shop_calendar_feed", args=[links.feed_token(feed)])
                address = self.request.build_absolute_uri(path)
            rows.append({"shop": shop, "address": address})
        return super().get_context_data(rows=rows, **kwargs)


class BookingViewSet(ViewSet):
    name = "bookings"
    url_prefix = "bookings"
    icon = "date"
    menu_label = _("Bookings")
    menu_order = 250
    add_to_admin_menu = True

    def get_urlpatterns(self):
        return [
            path("", BookingIndexView.as_view(), name="index"),
            path("results/", BookingIndexView.as_view(results_only=True), name="index_results"),
            path("day/", BookingDayView.as_view(), name="day"),
            path("<int:pk>/", BookingDetailView.as_view(), name="detail"),
            path("attendance/", AttendanceReportView.as_view(), name="attendance"),
            path("calendar/", CalendarFeedView.as_view(), name="calendar"),
            path("waiting/", WaitingListIndexView.as_view(), name="waiting"),
            path(
                "waiting/results/",
                WaitingListIndexView.as_view(results_only=True),
                name="waiting_results",
            ),
        ]

    def get_menu_item(self, order=None):
        item = super().get_menu_item(order)
        item.is_shown = lambda request: may_see_bookings(request.user)
        return item


def attendance_by_shop_and_month(months=12):
    """Past confirmed bookings per shop and month, with how many came and did not."""
    since = timezone.now() - timedelta(days=31 * months)
    return (
        Booking.objects.filter(
            status=Booking.CONFIRMED, starts_at__lte=timezone.now(), starts_at__gte=since
        )
        .annotate(month=TruncMonth("starts_at", tzinfo=BRUSSELS))
        .values("shop__title", "month")
        .annotate(
            total=Count("pk"),
            attended=Count("pk", filter=Q(attendance=Booking.ATTENDED)),
            no_shows=Count("pk", filter=Q(attendance=Booking.NO_SHOW)),
            unmarked=Count("pk", filter=Q(attendance="")),
        )
        .order_by("-month", "shop__title")
    )


class AttendanceReportView(WagtailAdminTemplateMixin, TemplateView):
    """For the city: whether reminders work, shop by shop. Residents are never named."""

    template_name = "shops/admin/attendance_report.html"
    page_title = _("Attendance at bookings")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not sees_all_bookings(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(rows=attendance_by_shop_and_month(), **kwargs)


def upcoming_bookings(user, count=5):
    """The next confirmed bookings of a merchant's shops, for the dashboard."""
    return list(
        visible_bookings(user)
        .filter(status=Booking.CONFIRMED, starts_at__gte=timezone.now())
        .select_related("shop")
        .order_by("starts_at")[:count]
    )
