from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from shops.merchants import invite_merchant
from shops.models import ShopPage


class Command(BaseCommand):
    help = (
        "Invite a merchant to edit their shop page: creates (or reuses) the user, gives "
        "them the page and a personal image collection, and emails a set-password link."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--shop", required=True, help="Shop page id or slug.")
        parser.add_argument(
            "--language", default="fr", choices=[code for code, _ in settings.LANGUAGES]
        )
        parser.add_argument("--first-name", default="")
        parser.add_argument("--last-name", default="")

    def handle(self, email, shop, language, first_name, last_name, **options):
        try:
            validate_email(email)
        except ValidationError as error:
            raise CommandError(f"Not a valid email address: {email}") from error
        page = self.find_shop(shop)
        user, created = invite_merchant(email, page, language, first_name, last_name)
        verb = "Created" if created else "Updated"
        self.stdout.write(
            self.style.SUCCESS(f"{verb} merchant {user.email} for “{page.title}”; invitation sent.")
        )

    def find_shop(self, reference):
        shops = ShopPage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        found = (
            shops.filter(pk=int(reference)) if reference.isdigit() else shops.filter(slug=reference)
        )
        page = found.first()
        if page is None:
            raise CommandError(f"No French shop page with id or slug “{reference}”.")
        return page
