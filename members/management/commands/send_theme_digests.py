"""Send the weekly theme digest. Safe to run as often as you like (cron daily or weekly): each
subscriber gets at most one digest per interval and never the same page twice."""

import datetime as dt

from django.core.management.base import BaseCommand

from members import services


class Command(BaseCommand):
    help = "Mail subscribers what is new in their themes (weekly digest)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--ignore-interval",
            action="store_true",
            help="Send now even to people who had a digest less than a week ago.",
        )
        parser.add_argument(
            "--lookback-days",
            type=int,
            default=services.DIGEST_LOOKBACK.days,
            help="How far back a page may have been published to count as new (default 14).",
        )

    def handle(self, *args, ignore_interval=False, lookback_days=14, **options):
        summary = services.digests_send(
            lookback=dt.timedelta(days=lookback_days),
            min_interval=dt.timedelta(0) if ignore_interval else services.DIGEST_MIN_INTERVAL,
        )
        if options["verbosity"]:
            self.stdout.write(
                f"{summary['mails']} digest(s) sent with {summary['items']} item(s) to "
                f"{summary['subscribers']} subscriber(s); {summary['failed']} failed."
            )
        if summary["failed"]:
            raise SystemExit(1)
