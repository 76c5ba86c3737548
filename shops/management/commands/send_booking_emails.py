from django.core.management.base import BaseCommand

from shops.booking.mail import send_pending


class Command(BaseCommand):
    help = (
        "Send the booking emails that could not be sent yet (mail server down). "
        "Run it from cron every few minutes; an email is never sent twice."
    )

    def handle(self, *args, **options):
        sent = send_pending()
        self.stdout.write(f"{sent} booking email(s) sent.")
