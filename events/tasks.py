"""Background tasks that send the event mails (django-tasks; production runs
`manage.py db_worker`, see README). Tasks take primary keys and re-read the database, so a mail
reflects the state at sending time: a registration cancelled meanwhile gets no join link.
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.utils import timezone, translation

from django_tasks import TaskContext, task

from . import mails
from .models import EventPage, Registration, SentMail

logger = logging.getLogger("kennisplatform.events")
Status = Registration.Status

# Which statuses a registration must still have for a queued mail to make sense.
REQUIRED_STATUS = {
    "confirm_request": {Status.PENDING},
    "already_registered": {Status.CONFIRMED, Status.WAITLISTED, Status.ATTENDED},
    "confirmed": {Status.CONFIRMED},
    "waitlisted": {Status.WAITLISTED},
    "promoted": {Status.CONFIRMED},
    "cancelled": {Status.CANCELLED},
    "reminder_24h": {Status.CONFIRMED},
    "reminder_1h": {Status.CONFIRMED},
    "event_changed": {Status.CONFIRMED},
    "materials": {Status.CONFIRMED, Status.ATTENDED},
}


@task()
def send_registration_mail(registration_id: int, kind: str) -> bool:
    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return False
    if registration.status not in REQUIRED_STATUS[kind]:
        logger.info(
            "skip %s mail for registration %s: now %s", kind, registration_id, registration.status
        )
        return False
    with translation.override(settings.LANGUAGE_CODE):
        mails.registration_message(registration, kind).send()
    return True


def _send_once(context: TaskContext, messages) -> int:
    """Send a batch, one mail at a time, each recorded in the transaction that sends it.

    A batch task that runs again (its worker was killed halfway and the next one took the task
    back, config/management/commands/task_worker.py) keeps its task id, so the mails already
    recorded are skipped: every recipient gets the mail once. Only a worker killed between
    handing a mail to the mail server and the commit right after it sends that one twice; a mail
    the server refused is rolled back and sent when the task runs again."""
    if not messages:
        return 0
    batch = str(context.task_result.id)
    sent = 0
    with get_connection() as connection:
        for message in messages:
            recipient = ",".join(sorted(address.lower() for address in message.to))
            key = hashlib.sha256(f"{batch}\n{recipient}".encode()).hexdigest()
            with transaction.atomic():
                _row, new = SentMail.objects.get_or_create(key=key)
                if new:
                    sent += connection.send_messages([message]) or 0
    return sent


@task(takes_context=True)
def send_event_changed(context: TaskContext, event_id: int, changes: list[str]) -> int:
    """The time or join link of an event changed: tell every confirmed registrant, with the
    updated calendar entry (higher SEQUENCE) attached."""
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None or event.end <= timezone.now():
        return 0
    registrations = event.registrations.filter(status=Status.CONFIRMED).exclude(email="")
    extra = {
        "time_changed": bool({"start", "end"} & set(changes)),
        "link_changed": "join_link" in changes,
    }
    with translation.override(settings.LANGUAGE_CODE):
        messages = [
            mails.registration_message(r, "event_changed", extra)
            for r in registrations.select_related("event")
        ]
    return _send_once(context, messages)


@task(takes_context=True)
def send_materials(context: TaskContext, event_id: int) -> int:
    """Recording and materials after the event, to registrants who had a seat only."""
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    registrations = event.registrations.filter(
        status__in=[Status.CONFIRMED, Status.ATTENDED]
    ).exclude(email="")
    with translation.override(settings.LANGUAGE_CODE):
        messages = [
            mails.registration_message(r, "materials")
            for r in registrations.select_related("event")
        ]
    return _send_once(context, messages)


@task(takes_context=True)
def send_event_message(
    context: TaskContext, event_id: int, subject: str, body: str, statuses: list[str]
) -> int:
    """An organiser's message to registrants, one mail per person."""
    registrations = (
        Registration.objects.filter(event_id=event_id, status__in=statuses)
        .exclude(email="")
        .select_related("event")
    )
    with translation.override(settings.LANGUAGE_CODE):
        messages = [mails.organiser_message(r, subject=subject, body=body) for r in registrations]
    return _send_once(context, messages)


@task(takes_context=True)
def send_event_withdrawn(
    context: TaskContext, event_id: int, registration_ids: list[int], seated_ids: list[int]
) -> int:
    """The event does not go ahead: tell the people who were registered; those who had a seat
    get a calendar cancellation for the entry their confirmation added."""
    event = EventPage.objects.select_related("state").filter(pk=event_id).first()
    if event is None:
        return 0
    registrations = list(
        Registration.objects.filter(pk__in=registration_ids, status=Status.CANCELLED).exclude(
            email=""
        )
    )
    seated = set(seated_ids)
    with translation.override(settings.LANGUAGE_CODE):
        messages = []
        for registration in registrations:
            registration.event = event  # loaded once, with its calendar state
            messages.append(
                mails.withdrawn_message(registration, had_seat=registration.pk in seated)
            )
    return _send_once(context, messages)
