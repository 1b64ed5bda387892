"""The page tree of a new installation, without demo content (run once after `migrate`; safe
to rerun): home, the index pages of the URL contract, contact, privacy and accessibility pages,
the roles' page permissions and the editorial workflow. With --hostname the default site
answers to the production host name (Wagtail builds absolute URLs in mails from it)."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from wagtail.models import Page, Site

from config.site import ensure_site_structure


class Command(BaseCommand):
    help = "Create the page tree every installation has (no demo content); safe to rerun."

    def add_arguments(self, parser):
        parser.add_argument(
            "--hostname", help="host name of the default site, e.g. kennisplatform.nl"
        )
        parser.add_argument("--port", type=int, default=443, help="its port (default 443)")

    def handle(self, *args, hostname=None, port=443, **options):
        existing = set(Page.objects.values_list("pk", flat=True))
        pages = ensure_site_structure()
        site = Site.objects.get(is_default_site=True)
        if hostname is not None:
            hostname = hostname.strip().lower()
            if not hostname or any(c in hostname for c in "/: "):
                raise CommandError(
                    f"Ongeldige hostnaam: {hostname!r} (alleen de naam, zonder https:// of poort)."
                )
            if not 0 < port < 65536:
                raise CommandError(f"Ongeldige poort: {port}.")
            site.hostname, site.port = hostname, port
            site.save(update_fields=["hostname", "port"])
        created = sum(page.pk not in existing for page in pages.values())
        self.stdout.write(
            f"Paginastructuur klaar: {created} pagina's aangemaakt, {len(pages)} aanwezig; "
            f"site {site.hostname}:{site.port}."
        )
