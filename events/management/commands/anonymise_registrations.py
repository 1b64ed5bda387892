"""Remove personal data from registrations some days after their event (run daily).

Default: settings.EVENTS_ANONYMISE_AFTER_DAYS (90). Safe to rerun: anonymised rows are skipped.
Unconfirmed double opt-in requests whose link expired are deleted.
"""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.services import registrations_anonymise_past


class Command(BaseCommand):
    help = "Anonymise registrations of events that ended more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="Days after the event (default: EVENTS_ANONYMISE_AFTER_DAYS).",
        )

    def handle(self, *args, days=None, **options):
        if days is None:
            days = getattr(settings, "EVENTS_ANONYMISE_AFTER_DAYS", 90)
        if days < 0:
            raise CommandError("--days must be 0 or more")
        count = registrations_anonymise_past(days=days)
        if options["verbosity"] >= 1:
            self.stdout.write(f"{count} aanmelding(en) geanonimiseerd (ouder dan {days} dagen).")
