"""Mail owners of knowledge pages past their review date (run daily; safe to rerun)."""

from django.core.management.base import BaseCommand

from knowledge.services import review_reminders_send


class Command(BaseCommand):
    help = "Mail owners of pages past their review date. Safe to rerun: each reminder once."

    def handle(self, *args, **options):
        summary = review_reminders_send()
        if options["verbosity"] >= 1:
            self.stdout.write(f"{summary['mails']} herinnering(en) verstuurd.")
            if summary["without_owner"]:
                self.stdout.write(
                    f"{summary['without_owner']} verlopen pagina('s) zonder e-mailadres van "
                    "de eigenaar (zie het rapport Beoordeling verlopen)."
                )
        if summary["failed"]:
            self.stderr.write(f"{summary['failed']} herinnering(en) niet verstuurd.")
            raise SystemExit(1)
