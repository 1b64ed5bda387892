from django.core.management.base import BaseCommand

from knowledge.services import review_reminders_send


class Command(BaseCommand):
    help = "Mail owners of pages past their review date. Safe to rerun: each reminder once."

    def handle(self, *args, **options):
        sent = review_reminders_send()
        self.stdout.write(f"{sent} herinnering(en) verstuurd.")
