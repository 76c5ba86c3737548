from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from shops.booking.rules import purge_personal_data


class Command(BaseCommand):
    help = (
        "Delete bookings (and the personal data in them) whose appointment ended more "
        "than --days days ago (default: BOOKING_RETENTION_DAYS, 90), and the waiting "
        "lists of those days. Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.BOOKING_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.now() - timedelta(days=days)
        deleted = purge_personal_data(cutoff)
        self.stdout.write(f"Bookings older than {days} days deleted ({deleted} rows).")
