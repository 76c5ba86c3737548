from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save, pre_delete
        from wagtail.models import PageViewRestriction, Site
        from wagtail.signals import (
            page_published,
            page_slug_changed,
            page_unpublished,
            post_page_move,
            pre_page_move,
        )

        from portal import cache_invalidation as purge
        from portal import renditions
        from portal.images import name_each_width_once_in_srcsets, set_avif_encoder_speed
        from portal.roles import ensure_roles_after_migrate
        from portal.spreadsheets import make_csv_exports_safe
        from portal.translation_sync import sync_after_page_publish, sync_after_snippet_save

        # After every migrate, so that a new deployment has its roles and workflow.
        post_migrate.connect(ensure_roles_after_migrate)
        # Translations take the facts of their French source the moment it changes.
        page_published.connect(sync_after_page_publish)
        post_save.connect(sync_after_snippet_save)
        # Pictures' renditions are made by the task worker, not in a visitor's request.
        page_published.connect(renditions.page_published)
        post_save.connect(renditions.snippet_saved)
        make_csv_exports_safe()
        set_avif_encoder_speed()
        name_each_width_once_in_srcsets()
        # Cached pages (portal/page_cache.py) are purged once the change is committed.
        page_published.connect(purge.page_changed)
        page_unpublished.connect(purge.page_changed)
        pre_delete.connect(purge.page_deleted)
        pre_page_move.connect(purge.subtree_moves)
        post_page_move.connect(purge.subtree_moves)
        page_slug_changed.connect(purge.slug_changed)
        post_save.connect(purge.content_object_changed)
        pre_delete.connect(purge.content_object_changed)
        for model in (Site, PageViewRestriction):
            post_save.connect(purge.structure_changed, sender=model)
            pre_delete.connect(purge.structure_changed, sender=model)
