from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save
        from wagtail.signals import page_published

        from portal.roles import ensure_roles_after_migrate
        from portal.translation_sync import sync_after_page_publish, sync_after_snippet_save

        # After every migrate, so that a new deployment has its roles and workflow.
        post_migrate.connect(ensure_roles_after_migrate)
        # Translations take the facts of their French source the moment it changes.
        page_published.connect(sync_after_page_publish)
        post_save.connect(sync_after_snippet_save)
