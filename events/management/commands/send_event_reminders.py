"""Queue due event reminders (24 h and 1 h before) and post-event materials mails.

Safe to run every minute (cron or a systemd timer) and even twice at once: each reminder is
claimed in the database before its mail is queued, so nobody gets one twice.
"""

from django.core.management.base import BaseCommand

from events.services import materials_send_due, reminders_send_due


class Command(BaseCommand):
    help = "Queue due event reminders (24 h and 1 h before) and materials mails after events."

    def handle(self, *args, **options):
        reminders = reminders_send_due()
        materials = materials_send_due()
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"{reminders} herinnering(en) en materialen van {materials} evenement(en) "
                "in de wachtrij gezet."
            )
