from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from portal import outbox


class Command(BaseCommand):
    help = (
        "Delete outgoing emails (they hold personal data) settled — sent, failed, withdrawn "
        "or too late — more than --days days ago (default: OUTBOX_RETENTION_DAYS, 30). "
        "Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.OUTBOX_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        deleted = outbox.purge(timezone.now() - timedelta(days=days))
        self.stdout.write(f"Outgoing emails older than {days} days deleted ({deleted}).")
