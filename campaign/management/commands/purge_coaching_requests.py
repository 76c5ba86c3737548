from datetime import timedelta

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission

from campaign.models import CoachingSignupPage


class Command(BaseCommand):
    help = (
        "Delete coaching requests (the merchants' personal data in them) received more than "
        "--days days ago (default: COACHING_RETENTION_DAYS, two years, as the privacy "
        "notice promises). Run it daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.COACHING_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days must be 0 or more.")
        cutoff = timezone.now() - timedelta(days=days)
        deleted, _ = FormSubmission.objects.filter(
            page__in=CoachingSignupPage.objects.all(), submit_time__lt=cutoff
        ).delete()
        self.stdout.write(f"Coaching requests older than {days} days deleted ({deleted}).")
