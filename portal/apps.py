from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_migrate

        from portal.roles import ensure_roles_after_migrate

        # After every migrate, so that a new deployment has its roles and workflow.
        post_migrate.connect(ensure_roles_after_migrate)
