import time

from django.core.management.base import BaseCommand

from portal import renditions


class Command(BaseCommand):
    help = (
        "Make the missing renditions of every picture the live pages and snippets show "
        "(publishing asks the task worker for them). Run it after loading content in "
        "bulk, or after a release that changes the sizes a template shows."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--queue",
            action="store_true",
            help="Ask the task worker (db_worker) for them, one task per page, instead.",
        )

    def handle(self, *args, queue, **options):
        started = time.perf_counter()
        if queue:
            count = renditions.make_every_shown()
            self.stdout.write(f"{count} pictures queued for the task worker.")
            return
        count = renditions.make_every_shown(now=True)
        self.stdout.write(
            f"{count} picture renditions made in {time.perf_counter() - started:.0f} s."
        )
