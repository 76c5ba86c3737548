"""The city's reports over every shop: the digitalisation checklist, for the coaching, and
the shops whose merchant has not confirmed their hours for too long."""

from django.core.exceptions import PermissionDenied
from django.db.models import F
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn, TitleColumn
from wagtail.admin.views.reports import ReportView

from portal.roles import is_city_staff
from shops import checklist
from shops.confirmations import stale_upkeep
from shops.models import ShopPage


class DoneColumn(Column):
    """Done or to do, said in words next to the icon (Wagtail's BooleanColumn says
    "True" in English to a screen reader)."""

    cell_template_name = "shops/admin/done_cell.html"


class CityReportView(ReportView):
    """A report for city staff only; merchants are refused like any forbidden admin page."""

    paginate_by = 100

    def dispatch(self, request, *args, **kwargs):
        if not is_city_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


def merchant_column():
    return Column(
        "merchant", label=_("Merchant"), accessor="merchant_email", sort_key="merchant_email"
    )


def shop_edit_column(**kwargs):
    return TitleColumn(
        "title", label=_("Shop"), url_name="wagtailadmin_pages:edit", sort_key="title", **kwargs
    )


class ChecklistReportView(CityReportView):
    page_title = _("Digitalisation checklist")
    header_icon = "tasks"
    index_url_name = "shops_checklist_report"
    index_results_url_name = "shops_checklist_report_results"
    default_ordering = "checklist_done"  # the shops most in need of coaching first

    @property
    def columns(self):
        return [
            shop_edit_column(),
            merchant_column(),
            *(
                DoneColumn(name, label=label, sort_key=name)
                for name, label in checklist.labels().items()
            ),
            NumberColumn("checklist_done", label=_("Done (of 5)"), sort_key="checklist_done"),
        ]

    list_export = ["title", "merchant_email", *checklist.labels(), "checklist_done"]

    @property
    def export_headings(self):
        return {
            "title": _("Shop"),
            "merchant_email": _("Merchant"),
            **checklist.labels(),
            "checklist_done": _("Done (of 5)"),
        }

    def get_base_queryset(self):
        return checklist.shops_with_checklist()

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering or self.default_ordering, "title", "pk")


class UnconfirmedShopsReportView(CityReportView):
    page_title = _("Shops with unconfirmed hours")
    header_icon = "time"
    index_url_name = "shops_unconfirmed_report"
    index_results_url_name = "shops_unconfirmed_report_results"
    default_ordering = "upkeep__confirmed_at"
    columns = [
        shop_edit_column(),
        merchant_column(),
        DateColumn(
            "confirmed_at",
            label=_("Last confirmed on"),
            accessor="upkeep.confirmed_at",
            sort_key="upkeep__confirmed_at",
        ),
        DateColumn(
            "reminded_at",
            label=_("Last reminded on"),
            accessor="upkeep.reminded_at",
            sort_key="upkeep__reminded_at",
        ),
    ]
    list_export = ["title", "merchant_email", "upkeep.confirmed_at", "upkeep.reminded_at"]
    export_headings = {
        "title": _("Shop"),
        "merchant_email": _("Merchant"),
        "upkeep.confirmed_at": _("Last confirmed on"),
        "upkeep.reminded_at": _("Last reminded on"),
    }

    def get_base_queryset(self):
        return (
            ShopPage.objects.filter(upkeep__in=stale_upkeep())
            .select_related("upkeep")
            .annotate(merchant_email=F("owner__email"))
        )

    def order_queryset(self, queryset):
        ordering = self.ordering or self.default_ordering
        return queryset.order_by(ordering, "title", "pk")
