"""Demo registrations for `seed_demo` (config/demo/seed.py calls this per new event).

Deterministic, fictitious people at `.example` addresses; no mail is sent.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.utils import timezone

from .models import EventPage, Registration

FIRST_NAMES = [
    "Anouk", "Bas", "Chantal", "Daan", "Esra", "Femke", "Gijs", "Hatice", "Ilse", "Jeroen",
    "Karin", "Lars", "Mohamed", "Nadia", "Olaf", "Priya", "Quinten", "Roos", "Sem", "Tamara",
    "Umut", "Vera", "Wouter", "Yara", "Zeynep",
]  # fmt: skip
LAST_NAMES = [
    "Bakker", "de Boer", "Dijkstra", "El Idrissi", "Hendriks", "de Jong", "Kok", "Meijer",
    "Mulder", "Peters", "Postma", "Smit", "de Vries", "Visser", "van Dijk", "van Leeuwen",
    "Yilmaz", "Willems", "Verhoeven",
]  # fmt: skip
ORGANISATIONS = [
    "Gemeente Utrecht", "Gemeente Eindhoven", "Politie Oost-Brabant", "Belastingdienst",
    "Openbaar Ministerie", "RIEC Rotterdam", "Gemeente Groningen", "FIOD", "KNB",
    "Gemeente Tilburg", "Douane", "RIEC Limburg",
]  # fmt: skip

Status = Registration.Status


def _person(event: EventPage, index: int) -> dict:
    first = FIRST_NAMES[index % len(FIRST_NAMES)]
    last = LAST_NAMES[(index * 7 + event.pk) % len(LAST_NAMES)]
    local = f"{first}.{last}".lower().replace(" ", "")
    return {
        "name": f"{first} {last}",
        "email": f"{local}.{index}@deelnemer.example",
        "organisation": ORGANISATIONS[(index + event.pk) % len(ORGANISATIONS)],
    }


def seed_registrations(
    event: EventPage, *, full: bool = False, member=None, member_status: str | None = None
) -> int:
    """Fill a new demo event with registrations. Full events get every seat taken plus a
    waitlist; past events get mostly attended registrations; others a modest number.
    `member` (with `member_status`) registers the demo member. Skips events that already have
    registrations. Returns the number created."""
    if event.registrations.exists():
        return 0
    now = timezone.now()
    capacity = event.capacity
    rows: list[Registration] = []

    def add(index: int, status: str, moment: dt.datetime) -> None:
        rows.append(
            Registration(
                event=event,
                status=status,
                created_at=moment,
                confirmed_at=moment if status in (Status.CONFIRMED, Status.ATTENDED) else None,
                waitlisted_at=moment if status == Status.WAITLISTED else None,
                **_person(event, index),
            )
        )

    opened = event.start - dt.timedelta(days=30)
    seats = (capacity or 60) - (1 if member is not None else 0)
    if event.end < now:
        count = min(seats, 45)
        for i in range(count):
            add(i, Status.ATTENDED if i % 5 else Status.CONFIRMED, opened + dt.timedelta(hours=i))
    elif full and capacity:
        for i in range(seats):
            add(i, Status.CONFIRMED, opened + dt.timedelta(minutes=17 * i))
        for j in range(6):
            add(seats + j, Status.WAITLISTED, now - dt.timedelta(hours=6 - j))
    else:
        count = min(seats, 12 + (event.pk % 9))
        for i in range(count):
            add(i, Status.CONFIRMED, min(now, opened + dt.timedelta(hours=5 * i)))
    if member is not None:
        status = member_status or (Status.ATTENDED if event.end < now else Status.CONFIRMED)
        rows.append(
            Registration(
                event=event,
                user=member,
                name=member.get_full_name() or member.email,
                email=member.email,
                status=status,
                created_at=opened,
                confirmed_at=opened,
            )
        )
    if event.end < now - dt.timedelta(days=getattr(settings, "EVENTS_ANONYMISE_AFTER_DAYS", 90)):
        # As `anonymise_registrations` would have left them by now.
        for row in rows:
            row.name = row.email = row.organisation = ""
            row.user = None
            row.anonymised_at = now
    Registration.objects.bulk_create(rows)
    return len(rows)
