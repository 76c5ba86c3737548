from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.models import Page
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal import lockouts, outbox, page_cache, second_factor
from portal.models import Navigation, OutgoingEmail
from portal.roles import is_city_staff
from portal.translation_sync import translations_to_review


class NavigationViewSet(SnippetViewSet):
    model = Navigation
    icon = "list-ul"
    list_display = ["__str__", "locale"]
    add_to_admin_menu = True
    menu_order = 900


register_snippet(NavigationViewSet)


class ChooseableImagesAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API lists only images the user may choose (a merchant: their own)."""

    def get_queryset(self):
        policy = policy_registry.get_by_type(get_image_model())
        allowed = policy.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


class ChooseableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        policy = policy_registry.get_by_type(get_document_model())
        allowed = policy.instances_user_has_permission_for(self.request.user, "choose")
        return super().get_queryset().filter(pk__in=allowed.values("pk"))


@hooks.register("construct_admin_api", order=100)  # after Wagtail's own registrations
def restrict_admin_api(router):
    router.register_endpoint("images", ChooseableImagesAPIViewSet)
    router.register_endpoint("documents", ChooseableDocumentsAPIViewSet)


@hooks.register("construct_reports_menu")
def hide_reports_from_merchants(request, menu_items):
    """Reports list every page's title and every requester; they are for the city."""
    if not is_city_staff(request.user):
        menu_items[:] = []


def translations_to_review_view(request):
    """Every translation whose text needs a translator, per language, with its editor."""
    if not is_city_staff(request.user):
        raise PermissionDenied
    page = Paginator(translations_to_review(), 50).get_page(request.GET.get("p"))
    rows = []
    for translation in page:
        try:
            edit_url = translation.get_target_instance_edit_url()
        except ObjectDoesNotExist:  # the translated object was deleted since
            continue
        rows.append({"translation": translation, "edit_url": edit_url})
    return TemplateResponse(
        request,
        "portal/admin/translations_to_review.html",
        {"page_title": _("Translations to review"), "rows": rows, "page": page},
    )


OUTGOING_EMAIL_FILTERS = {
    "failed": [OutgoingEmail.FAILED],
    "waiting": [OutgoingEmail.PENDING, OutgoingEmail.SENDING],
    "all": None,
}


def outgoing_emails_view(request):
    """The outbox: emails that failed (with a retry action) or are still waiting."""
    if not is_city_staff(request.user):
        raise PermissionDenied
    if request.method == "POST":
        failed = OutgoingEmail.objects.filter(status=OutgoingEmail.FAILED)
        if "email" in request.POST:
            ids = [pk for pk in request.POST.getlist("email") if pk.isdigit() and len(pk) < 12]
            failed = failed.filter(pk__in=ids)
        retried = outbox.retry(failed)
        messages.success(
            request,
            ngettext(
                "%(count)s email will be sent again.",
                "%(count)s emails will be sent again.",
                retried,
            )
            % {"count": retried},
        )
        return redirect("outgoing_emails")
    shown = request.GET.get("status")
    shown = shown if shown in OUTGOING_EMAIL_FILTERS else "failed"
    emails = OutgoingEmail.objects.order_by("-created_at", "-pk")
    if OUTGOING_EMAIL_FILTERS[shown]:
        emails = emails.filter(status__in=OUTGOING_EMAIL_FILTERS[shown])
    return TemplateResponse(
        request,
        "portal/admin/outgoing_emails.html",
        {
            "page_title": _("Outgoing emails"),
            "page": Paginator(emails, 50).get_page(request.GET.get("p")),
            "shown": shown,
            "filters": [
                ("failed", _("Failed")),
                ("waiting", _("Waiting to be sent")),
                ("all", _("All")),
            ],
            "failed_count": OutgoingEmail.objects.filter(status=OutgoingEmail.FAILED).count(),
        },
    )


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/translations-to-review/",
            translations_to_review_view,
            name="translations_to_review",
        ),
        path("reports/outgoing-emails/", outgoing_emails_view, name="outgoing_emails"),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_review_menu_item():
    return MenuItem(
        _("Translations to review"),
        reverse("translations_to_review"),
        icon_name="globe",
        order=50,
    )


@hooks.register("register_reports_menu_item")
def register_outgoing_emails_menu_item():
    return MenuItem(_("Outgoing emails"), reverse("outgoing_emails"), icon_name="mail", order=60)


@hooks.register("construct_page_chooser_queryset")
def merchants_choose_published_pages(pages, request):
    """A merchant links to published pages and to their own, never sees others' drafts."""
    if is_city_staff(request.user):
        return pages
    published = Page.objects.live().public().values("pk")
    return pages.filter(Q(pk__in=published) | Q(owner=request.user))


@hooks.register("register_admin_urls")
def register_second_factor_url():
    return [
        path(
            "account/two-factor/",
            second_factor.two_factor_settings,
            name="second_factor_settings",
        )
    ]


@hooks.register("register_account_menu_item")
def second_factor_account_item(request):
    return {
        "url": reverse("second_factor_settings"),
        "label": _("Two-step sign-in"),
        "help_text": _("Ask for a code from an authenticator app after the password."),
    }


@hooks.register("construct_main_menu")
def only_setup_until_second_factor(request, menu_items):
    """City staff who must set up a device see nothing else in the menu until then."""
    if second_factor.second_factor_required(request.user) and not request.user.is_verified():
        menu_items[:] = []


@hooks.register("register_admin_urls")
def register_paused_sign_ins_urls():
    return [
        path("paused-sign-ins/", lockouts.paused_sign_ins_view, name="paused_sign_ins"),
        path(
            "paused-sign-ins/<int:attempt_id>/unlock/",
            lockouts.unlock_sign_in,
            name="unlock_sign_in",
        ),
    ]


class CityStaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_city_staff(request.user)


@hooks.register("register_settings_menu_item")
def register_paused_sign_ins_menu_item():
    return CityStaffMenuItem(
        _("Paused sign-ins"), reverse("paused_sign_ins"), icon_name="lock", order=700
    )


@hooks.register("before_serve_page")
def pages_may_be_cached(page, request, serve_args, serve_kwargs):
    """Wagtail pages are what the anonymous page cache keeps (portal/page_cache.py)."""
    page_cache.mark_as_page(request)
