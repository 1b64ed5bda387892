import time

from django.core.management.base import BaseCommand

from config.demo.bulk import seed_bulk


class Command(BaseCommand):
    help = "Create N varied, live pages fast (articles, toolkits, events) for benchmarks."

    def add_arguments(self, parser):
        parser.add_argument("--pages", type=int, default=20_000)
        parser.add_argument(
            "--members-only",
            type=float,
            default=0.1,
            help="Share of knowledge pages restricted to members.",
        )
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, pages, members_only, seed, **options):
        started = time.monotonic()
        counts = seed_bulk(pages=pages, members_only_share=members_only, seed=seed)
        self.stdout.write(
            self.style.SUCCESS(
                f"{pages} pagina's aangemaakt in {time.monotonic() - started:.1f} s: "
                f"{counts['articles']} artikelen, {counts['toolkits']} toolkits, "
                f"{counts['events']} evenementen ({counts['members_only']} alleen voor leden)."
            )
        )
