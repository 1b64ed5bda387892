from django.conf import settings
from django.core.management.base import BaseCommand

from config.demo import content
from config.demo.seed import seed_demo


class Command(BaseCommand):
    help = "Create the page tree and Dutch demo content. Safe to rerun: keeps existing data."

    def handle(self, *args, **options):
        created = seed_demo()
        self.stdout.write(
            self.style.SUCCESS(
                "Demo-inhoud klaar: {articles} artikelen, {toolkits} toolkits en {events} "
                "evenementen toegevoegd (bestaande inhoud is behouden).".format(**created)
            )
        )
        if settings.DEBUG:
            self.stdout.write(
                f"\nDemo-accounts (alleen voor ontwikkeling), wachtwoord: {content.DEMO_PASSWORD}"
            )
            for account in content.ACCOUNTS:
                self.stdout.write(f"  {account['role']:<22} {account['email']}")
            self.stdout.write(
                "Beheerders en redacteuren stellen bij de eerste keer /admin/ een "
                "authenticator-app in; in ontwikkeling werkt daarbij de code 000000."
            )
