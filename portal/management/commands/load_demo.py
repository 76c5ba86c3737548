import os

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction

from portal import renditions
from portal.bulk_saves import indexes_updated_at_the_end
from portal.demo import campaign as campaign_demo
from portal.demo import shops as shops_demo
from portal.demo import site as demo
from portal.roles import ensure_roles


class Command(BaseCommand):
    help = (
        "Create or update the demo site: four locales, the home page in French translated "
        "into Dutch, German and English, the editor and merchant groups, an admin user. "
        "Safe to run again: nothing is duplicated."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--merchant-password",
            default=os.environ.get("DEMO_MERCHANT_PASSWORD", "vitrine-merchant"),
            help="Password of the two demo merchant accounts.",
        )
        parser.add_argument(
            "--admin-password",
            default=os.environ.get("DEMO_ADMIN_PASSWORD", "vitrine-demo"),
            help="Password of the demo 'admin' user (default: $DEMO_ADMIN_PASSWORD or "
            "'vitrine-demo'). Never run the demo loader on a public server.",
        )
        parser.add_argument(
            "--skip-renditions",
            action="store_true",
            help="Queue no picture renditions: each page asks the task worker for those it "
            "misses when it is first shown.",
        )

    def handle(self, *args, admin_password, merchant_password, skip_renditions, **options):
        # Pages are published by the hundred here: rather than a task per publish, the
        # renditions still missing at the end, one task per page, the home page's first.
        # `make run` starts the worker; until it made them, pages show the drawings' PNG
        # files themselves (20 KB at most), never encoding anything for the visitor.
        # The search and reference indexes are updated here, once per object, so that
        # the finder finds the shops as soon as the command returns.
        with renditions.held(), indexes_updated_at_the_end():
            merchants = self.load(admin_password, merchant_password)
        if not skip_renditions:
            call_command("make_renditions", queue=True, stdout=self.stdout)
        self.stdout.write(
            self.style.SUCCESS(
                "Demo ready. Admin: http://127.0.0.1:8000/admin/ "
                f"user 'admin', password '{admin_password}'"
            )
        )
        self.stdout.write(
            f"Demo merchants: {', '.join(merchants)} (password '{merchant_password}')"
        )

    @transaction.atomic
    def load(self, admin_password, merchant_password):
        ensure_roles()
        pages = demo.ensure_translated_home_pages()
        self.stdout.write(f"Home page in {', '.join(sorted(pages))}.")
        shops, merchants = shops_demo.load(pages["fr"], merchant_password)
        self.stdout.write(f"{len(shops)} shops in four languages.")
        campaign = campaign_demo.load(pages["fr"], shops)
        self.stdout.write(
            f"{campaign['stories']} stories, with the campaign pages, in four languages."
        )
        demo.ensure_admin("admin", "admin@vitrine.mons.invalid", admin_password)
        return merchants
