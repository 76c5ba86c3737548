from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from portal.roles import MERCHANTS, is_city_staff
from shops import checklist, confirm_views, confirmations, views
from shops.booking.admin import BookingViewSet, upcoming_bookings
from shops.merchants import merchant_shops
from shops.models import Category, CityDate, District, ShopPage
from shops.reports import ChecklistReportView, UnconfirmedShopsReportView


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "tag"
    list_display = ["name", "slug", "schema_type"]
    search_fields = ["name"]
    list_export = ["name", "slug", "schema_type"]


class DistrictViewSet(SnippetViewSet):
    model = District
    icon = "site"
    list_display = ["name", "postcode", "slug"]
    search_fields = ["name"]
    list_export = ["name", "postcode", "slug"]


class CityDateViewSet(SnippetViewSet):
    model = CityDate
    icon = "date"
    list_display = ["name", "date", "end_date"]
    search_fields = ["name"]


class ShopTaxonomyGroup(SnippetViewSetGroup):
    items = (CategoryViewSet, DistrictViewSet, CityDateViewSet)
    menu_icon = "list-ul"
    menu_label = _("Shop lists")
    menu_name = "shop-lists"


register_snippet(ShopTaxonomyGroup)


@hooks.register("register_admin_urls")
def register_shop_admin_urls():
    return [
        path(
            "shops/<int:page_id>/invite/", views.invite_merchant_view, name="shops_invite_merchant"
        ),
        path(
            "shops/<int:page_id>/public-holidays/",
            views.add_public_holidays_view,
            name="shops_add_public_holidays",
        ),
        path(
            "shops/<int:page_id>/import-catalogue/",
            views.import_catalogue_view,
            name="shops_import_catalogue",
        ),
        path(
            "shops/catalogue-example.<str:extension>",
            views.catalogue_example_view,
            name="shops_catalogue_example",
        ),
        path(
            "shops/<int:page_id>/confirm/",
            confirm_views.confirm_from_dashboard,
            name="shops_confirm_from_dashboard",
        ),
        path(
            "shops/<int:page_id>/maps-listing/",
            confirm_views.claim_maps_listing,
            name="shops_claim_maps_listing",
        ),
        path(
            "reports/digitalisation-checklist/",
            ChecklistReportView.as_view(),
            name="shops_checklist_report",
        ),
        path(
            "reports/digitalisation-checklist/results/",
            ChecklistReportView.as_view(results_only=True),
            name="shops_checklist_report_results",
        ),
        path(
            "reports/unconfirmed-shops/",
            UnconfirmedShopsReportView.as_view(),
            name="shops_unconfirmed_report",
        ),
        path(
            "reports/unconfirmed-shops/results/",
            UnconfirmedShopsReportView.as_view(results_only=True),
            name="shops_unconfirmed_report_results",
        ),
    ]


def _shop_buttons(page, user):
    if not isinstance(page.specific_deferred, ShopPage):
        return
    if page.permissions_for_user(user).can_edit():
        yield Button(
            _("Add public holidays"),
            reverse("shops_add_public_holidays", args=[page.pk]),
            icon_name="date",
            priority=80,
        )
        yield Button(
            _("Import products"),
            reverse("shops_import_catalogue", args=[page.pk]),
            icon_name="upload",
            priority=82,
        )
    if user.has_perm("shops.invite_merchant"):
        yield Button(
            _("Invite the merchant"),
            reverse("shops_invite_merchant", args=[page.pk]),
            icon_name="user",
            priority=85,
        )


@hooks.register("register_page_header_buttons")
def shop_header_buttons(page, user, view_name, next_url=None):
    yield from _shop_buttons(page, user)


@hooks.register("register_page_listing_more_buttons")
def shop_listing_buttons(page, user, next_url=None):
    yield from _shop_buttons(page, user)


class MyShopsPanel(Component):
    """The merchant's dashboard: their shop, its state, links to edit and view it."""

    name = "my_shops"
    order = 50
    template_name = "shops/panels/my_shops.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        shops = merchant_shops(self.user).select_related("locale", "upkeep")
        return {
            "shops": [
                {
                    "page": page,
                    "status": page.status_string,
                    "upkeep": getattr(page, "upkeep", None),
                    "checklist": checklist.checklist_of(page),
                }
                for page in shops
            ],
            "confirm_months": confirmations.period_months(),
            "next_bookings": upcoming_bookings(self.user),
        }


@hooks.register("construct_homepage_panels")
def add_my_shops_panel(request, panels):
    if is_merchant(request.user):
        panels.insert(0, MyShopsPanel(request.user))


def is_merchant(user):
    return user.groups.filter(name=MERCHANTS).exists()


@hooks.register("construct_page_action_menu")
def merchant_submits_in_one_click(menu_items, request, context):
    """A merchant cannot publish, and a saved draft changes nothing the public sees: the
    main button sends the change to the city (the draft stays in the menu)."""
    if not is_merchant(request.user):
        return
    submit = next((item for item in menu_items if item.name == "action-submit"), None)
    if submit is not None:
        menu_items.remove(submit)
        menu_items.insert(0, submit)


@hooks.register("after_edit_page")
def merchant_back_to_dashboard(request, page):
    """After sending a change to the city, a merchant sees their dashboard, told in plain
    words what happens next, rather than a listing of the shop directory."""
    if not isinstance(page, ShopPage) or not is_merchant(request.user):
        return None
    if not request.accepts("text/html"):
        # A JSON save (Wagtail's autosave, switched off by WAGTAIL_AUTOSAVE_INTERVAL = 0,
        # or a hand-made request): no redirect, but the review restarts all the same, so
        # an approval never publishes a draft the city editor has not seen.
        page.restart_approval(request.user)
        return None
    if request.POST.get("action-submit"):
        message = _(
            "Sent to the city for approval: your changes to “%(shop)s” go live once a city "
            "editor approves them."
        )
    elif page.restart_approval(request.user):
        message = _(
            "Added to your change awaiting the city's approval: a city editor reviews "
            "“%(shop)s” again with this addition."
        )
    else:
        return None
    list(messages.get_messages(request))  # Wagtail's "submitted for moderation" says less
    messages.success(request, message % {"shop": page.title})
    return redirect("wagtailadmin_home")


@hooks.register("register_admin_viewset")
def register_booking_viewset():
    return BookingViewSet()


@hooks.register("register_reports_menu_item")
def register_attendance_report_menu_item():
    return MenuItem(_("Attendance at bookings"), reverse("bookings:attendance"), icon_name="date")


class CityStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_city_staff(request.user)


@hooks.register("register_reports_menu_item")
def register_checklist_report_menu_item():
    return CityStaffMenuItem(
        _("Digitalisation checklist"), reverse("shops_checklist_report"), icon_name="tasks"
    )


@hooks.register("register_reports_menu_item")
def register_unconfirmed_shops_menu_item():
    return CityStaffMenuItem(
        _("Shops with unconfirmed hours"), reverse("shops_unconfirmed_report"), icon_name="time"
    )


@hooks.register("register_log_actions")
def register_confirmation_log_action(actions):
    actions.register_action(
        confirmations.LOG_ACTION,
        _("Confirm the hours and catalogue"),
        _("Hours and catalogue confirmed as still right by the merchant"),
    )
