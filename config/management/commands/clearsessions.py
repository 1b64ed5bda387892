"""Django's `clearsessions` (run daily; safe to rerun), and then the rows of allauth's
"Sessies" page (`allauth.usersessions.UserSession`) whose Django session is gone.

allauth drops such a row only when its member opens "Sessies" (`purge_and_list`); until then
the IP address and browser of a session that expired long ago stay stored. This command asks
each row the same question allauth asks there (`UserSession.purge`: does the session still
exist and does it still log someone in?) right after the expired sessions were deleted.
Being in `config`, the first app in INSTALLED_APPS, it replaces Django's command of that name.
"""

from __future__ import annotations

from django.contrib.sessions.management.commands import clearsessions

from allauth.usersessions.models import UserSession


class Command(clearsessions.Command):
    help = (
        "Delete expired sessions, and the rows of the 'Sessies' page (allauth usersessions) "
        "whose session no longer exists."
    )

    def handle(self, **options):
        super().handle(**options)
        purged = sum(1 for row in UserSession.objects.iterator() if row.purge())
        if options["verbosity"] >= 1:
            self.stdout.write(
                f"Verlopen sessies verwijderd; {purged} regel(s) van 'Sessies' verwijderd "
                "waarvan de sessie niet meer bestaat."
            )
