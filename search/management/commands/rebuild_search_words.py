from django.core.management.base import BaseCommand

from search.spelling import rebuild


class Command(BaseCommand):
    help = "Rebuild the vocabulary that misspelt finder queries are corrected to."

    def handle(self, **options):
        rebuild()
