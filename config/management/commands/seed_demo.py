from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from config.demo.loader import CONTENT_DIR, ContentError, read_folder
from config.demo.seed import DEMO_PASSWORD, seed_items


class Command(BaseCommand):
    help = (
        "Create the page tree and Dutch demo content from config/demo/content/ (one file per "
        "item, docs/demo-content.md). Safe to rerun: keeps existing data."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--content",
            type=Path,
            default=CONTENT_DIR,
            help="Folder with the demo files (default: config/demo/content/).",
        )

    def handle(self, *args, content, **options):
        try:
            items = read_folder(content)  # every file is checked before anything is stored
            created = seed_items(items)
        except ContentError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                "Demo-inhoud klaar: {article} artikelen, {toolkit} toolkits, {event} "
                "evenementen en {space} fenomeentafels toegevoegd (bestaande inhoud is "
                "behouden).".format(**{"space": 0, **created})
            )
        )
        if settings.DEBUG:
            self.stdout.write(
                f"\nDemo-accounts (alleen voor ontwikkeling), wachtwoord: {DEMO_PASSWORD}"
            )
            for account in items["account"]:
                self.stdout.write(f"  {account.header['role']:<22} {account.header['email']}")
            self.stdout.write(
                "Beheerders en redacteuren stellen bij de eerste keer /admin/ een "
                "authenticator-app in; in ontwikkeling werkt daarbij de code 000000."
            )
