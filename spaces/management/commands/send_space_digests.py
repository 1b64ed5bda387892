"""The daily summary of the tables, for participants who chose it. Safe to rerun: each item is
in one summary at most."""

from django.core.management.base import BaseCommand

from spaces import services


class Command(BaseCommand):
    help = "Mail participants who chose a daily summary what is new in their tables."

    def handle(self, *args, **options):
        sent = services.send_digests()
        self.stdout.write(f"{sent} samenvatting(en) verstuurd.")
