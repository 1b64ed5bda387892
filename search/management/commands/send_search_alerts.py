"""Mail saved searches their new items. Run it daily (cron, systemd timer): each alert runs when
its interval (a day or a week) has passed, as its recipient at that moment, and mails only
items first published since its previous run, so a rerun sends nothing twice."""

from django.core.management.base import BaseCommand

from search import alerts


class Command(BaseCommand):
    help = "Mail the new items of saved searches that are due (daily or weekly)."

    def handle(self, *args, **options):
        summary = alerts.alerts_send()
        if options["verbosity"]:
            self.stdout.write(
                f"{summary['mails']} alert mail(s) sent with {summary['items']} item(s) for "
                f"{summary['alerts']} due alert(s); {summary['failed']} failed; "
                f"{summary['expired']} unconfirmed request(s) removed."
            )
        if summary["failed"]:
            raise SystemExit(1)
