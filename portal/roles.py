"""The two roles of DESIGN.md §6 and the approval workflow, kept in place after migrate.

City editors publish everything and approve; merchants get admin access here and,
per merchant, edit rights on their own shop pages only (see shops.merchants).
"""

import logging

from django.contrib.auth.models import Group, Permission
from django.utils.translation import gettext_lazy as _
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)


logger = logging.getLogger(__name__)

CITY_EDITORS = "City editors"
MERCHANTS = "Merchants"
WORKFLOW_NAME = "Validation par la Ville"

EDITOR_PERMISSIONS = [
    "wagtailadmin.access_admin",
    "wagtail_localize.submit_translation",
    "shops.add_category",
    "shops.change_category",
    "shops.delete_category",
    "shops.add_district",
    "shops.change_district",
    "shops.delete_district",
    "shops.add_citydate",
    "shops.change_citydate",
    "shops.delete_citydate",
    "shops.invite_merchant",
    "shops.view_booking",
    "shops.change_booking",
    *(
        f"{app}.{action}_{model}"
        for app, model in (
            ("campaign", "testimonial"),
            ("campaign", "topic"),
            ("campaign", "partneroffer"),
            ("portal", "navigation"),
        )
        for action in ("add", "change", "delete")
    ),
]
EDITOR_PAGE_PERMISSIONS = [
    "wagtailcore.add_page",
    "wagtailcore.change_page",
    "wagtailcore.publish_page",
    "wagtailcore.lock_page",
    "wagtailcore.unlock_page",
]
EDITOR_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]
MERCHANT_COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
]

# For makemessages: group names are shown in the admin. The last string is Wagtail's
# own workflow button ("Approve and Publish"), missing from Wagtail 8.0's catalogues.
_("City editors"), _("Merchants"), _("%(label)s and Publish")


def is_city_staff(user):
    """City editors and superusers: they see every page, request and report."""
    return user.is_superuser or user.groups.filter(name=CITY_EDITORS).exists()


def permissions(*names):
    """Permission objects from "app_label.codename" names.

    A permission that a migration (not a model) creates is missing from a database
    flushed between tests; it is skipped with a warning rather than failing.
    """
    found = []
    for name in names:
        app_label, codename = name.split(".")
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission is None:
            logger.warning("Permission %s does not exist (yet); not granted", name)
        else:
            found.append(permission)
    return found


def ensure_tree_roots():
    """The page tree's and the collections' root nodes.

    Wagtail's migrations create both; a test database flushed between tests has none.
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        locale, _created = Locale.objects.get_or_create(language_code="fr")
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def ensure_roles():
    """Create or complete the groups, their permissions and the approval workflow."""
    root_page = ensure_tree_roots()
    editors, _ = Group.objects.get_or_create(name=CITY_EDITORS)
    merchants, _ = Group.objects.get_or_create(name=MERCHANTS)
    editors.permissions.add(*permissions(*EDITOR_PERMISSIONS))
    merchants.permissions.add(*permissions("wagtailadmin.access_admin"))

    for permission in permissions(*EDITOR_PAGE_PERMISSIONS):
        GroupPagePermission.objects.get_or_create(
            group=editors, page=root_page, permission=permission
        )
    root_collection = Collection.get_first_root_node()
    for permission in permissions(*EDITOR_COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=editors, collection=root_collection, permission=permission
        )

    task, _ = GroupApprovalTask.objects.get_or_create(name=WORKFLOW_NAME)
    task.groups.add(editors)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    # On the tree's root: every page in every language goes through the city's approval.
    WorkflowPage.objects.update_or_create(page=root_page, defaults={"workflow": workflow})
    return editors, merchants


def ensure_roles_after_migrate(sender, **kwargs):
    """post_migrate receiver: acts once, after the last app, when all permissions exist."""
    from django.apps import apps

    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    if sender is last_app:
        ensure_roles()
