from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.permissions import policy_registry
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.models import Navigation
from portal.roles import CITY_EDITORS


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
    user = request.user
    if not user.is_superuser and not user.groups.filter(name=CITY_EDITORS).exists():
        menu_items[:] = []
