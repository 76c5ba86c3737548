from django.conf import settings
from django.core.management.base import BaseCommand

from shops.confirmations import send_reminders


class Command(BaseCommand):
    help = (
        "Email each merchant whose shop was last confirmed MERCHANT_CONFIRM_MONTHS ago "
        "(default 3) a one-click link to confirm their hours and catalogue, once per period. "
        "The emails go to the outbox, which `manage.py db_worker` sends. Run it daily from cron."
    )

    def handle(self, *args, **options):
        sent = send_reminders()
        months = settings.MERCHANT_CONFIRM_MONTHS
        self.stdout.write(f"{sent} reminders to confirm queued (every {months} months).")
