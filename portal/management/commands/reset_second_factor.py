from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from portal.second_factor import remove_devices


class Command(BaseCommand):
    help = (
        "Turn off two-step sign-in for a user who lost both their phone and their backup "
        "codes: their authenticator and backup codes are deleted; they sign in with the "
        "password and set it up again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user is called {username!r}.")
        removed = remove_devices(user)
        self.stdout.write(f"{removed} device(s) of {username} removed.")
