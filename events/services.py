"""Business rules for registrations. Each service validates, then works inside
`transaction.atomic()` with the event row locked (`SELECT ... FOR UPDATE`), so capacity is never
overbooked however many requests arrive at once. Errors are `RegistrationError` with a Dutch
message that views show as a 4xx. Mails are enqueued after commit.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Iterable

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from . import selectors
from .access import is_member, user_display_name, user_organisation
from .models import EventPage, EventState, Registration

Status = Registration.Status
ACTIVE = [str(s) for s in Registration.ACTIVE_STATUSES]
SEATED = [str(s) for s in Registration.SEAT_STATUSES]

# Which published fields make a calendar entry change (SEQUENCE bump) and which of those are
# worth a mail to confirmed registrants (docs/product.md, Events: time or link).
CALENDAR_FIELDS = ("start", "end", "join_link", "title", "location", "online_platform")
# EventState.published_fingerprint of a withdrawn event: the last calendar data sent out was a
# cancellation (see event_withdraw, event_sync_published).
WITHDRAWN = "withdrawn"
NOTIFY_FIELDS = ("start", "end", "join_link")

REMINDERS = (
    ("reminder_1h", "reminder_1h_sent_at", dt.timedelta(hours=1)),
    ("reminder_24h", "reminder_24h_sent_at", dt.timedelta(hours=24)),
)


class RegistrationError(Exception):
    """A registration rule was broken; `message` is Dutch and safe to show to the user."""

    def __init__(self, message: str, *, code: str = "invalid", status: int = 400):
        super().__init__(message)
        self.message = message
        self.code = code
        self.status = status


# ---------------------------------------------------------------------------------------------
# Helpers


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.enqueue(*args))


def _mail(registration_id: int, kind: str) -> None:
    from .tasks import send_registration_mail

    _enqueue(send_registration_mail, registration_id, kind)


def _lock_event(event_id: int) -> EventPage:
    """Lock the event row (only events_eventpage, not Wagtail's page row) and return it fresh."""
    return EventPage.objects.select_for_update(of=("self",)).get(pk=event_id)


def _state(event: EventPage, *, lock: bool = False) -> EventState:
    qs = EventState.objects.select_for_update() if lock else EventState.objects
    state = qs.filter(event_id=event.pk).first()
    if state is None:
        state, _created = EventState.objects.get_or_create(event_id=event.pk)
    return state


def _seats_taken(event: EventPage) -> int:
    return Registration.objects.filter(event_id=event.pk, status__in=SEATED).count()


def _active_for_email(event: EventPage, email: str) -> Registration | None:
    return (
        Registration.objects.select_for_update()
        .filter(event_id=event.pk, email__iexact=email, status__in=ACTIVE)
        .first()
    )


def _local(value: dt.datetime) -> str:
    return date_format(timezone.localtime(value), "j F Y, H:i")


def registration_closed_reason(
    event: EventPage,
    *,
    state: EventState | None = None,
    closed_at: dt.datetime | None | bool = False,
    now: dt.datetime | None = None,
) -> RegistrationError | None:
    """Why registering is not possible right now (or None). Shared by the page and services.
    Pass the event's `state`, or its `closed_at` when already known, to save a query."""
    now = now or timezone.now()
    if event.end <= now:
        return RegistrationError(
            _("Dit evenement is al voorbij. Aanmelden is niet meer mogelijk."), code="past"
        )
    if event.start <= now:
        return RegistrationError(
            _("Dit evenement is al begonnen. Aanmelden is niet meer mogelijk."), code="started"
        )
    if event.registration_opens and now < event.registration_opens:
        return RegistrationError(
            _("De aanmelding is nog niet geopend. U kunt zich aanmelden vanaf %(when)s.")
            % {"when": _local(event.registration_opens)},
            code="not_open",
        )
    if event.registration_closes and now >= event.registration_closes:
        return RegistrationError(
            _("De aanmelding voor dit evenement is gesloten sinds %(when)s.")
            % {"when": _local(event.registration_closes)},
            code="closed",
        )
    if closed_at is False:
        if state is None:
            state = EventState.objects.filter(event_id=event.pk).first()
        closed_at = state.registration_closed_at if state is not None else None
    if closed_at:
        return RegistrationError(
            _("De organisator heeft de aanmelding voor dit evenement gesloten."), code="closed"
        )
    return None


def _check_open(event: EventPage) -> None:
    """For the freshly locked event: a registration that waited for the lock while the event
    was withdrawn must not get a seat."""
    if not event.live:
        raise RegistrationError(
            _("Dit evenement staat niet meer in de agenda. Aanmelden is niet mogelijk."),
            code="withdrawn",
            status=404,
        )
    error = registration_closed_reason(event)
    if error is not None:
        raise error


def _place(event: EventPage, registration: Registration) -> None:
    """Give the (locked) event's next seat or a waitlist place; the caller holds the lock."""
    now = timezone.now()
    if event.capacity is None or _seats_taken(event) < event.capacity:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
    elif event.waitlist_enabled:
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now
    else:
        raise RegistrationError(
            _("Dit evenement is vol. Er is geen wachtlijst."), code="full", status=409
        )


def _save_new(registration: Registration) -> None:
    """Save inside the caller's transaction. No savepoint of its own (two round trips on every
    registration): the error leaves the caller's `atomic()` block, which rolls back."""
    try:
        registration.save()
    except IntegrityError as exc:
        # The event lock makes this unreachable for registrations made through these services;
        # the constraint still guards data written any other way.
        raise RegistrationError(
            _("U bent al aangemeld voor dit evenement."), code="duplicate", status=409
        ) from exc


def _status_mail_kind(registration: Registration) -> str:
    return "confirmed" if registration.status == Status.CONFIRMED else "waitlisted"


# ---------------------------------------------------------------------------------------------
# Registering


def registration_create(*, event: EventPage, user) -> Registration:
    """One-click registration of a logged-in account with its own (verified) e-mail address."""
    if not getattr(user, "is_authenticated", False):
        raise RegistrationError(
            _("Log in om u met één klik aan te melden."), code="login", status=401
        )
    if event.members_only and not is_member(user):
        raise RegistrationError(
            _("Dit evenement is alleen voor leden van het kennisplatform."),
            code="members_only",
            status=403,
        )
    with transaction.atomic():
        event = _lock_event(event.pk)
        _check_open(event)
        existing = _active_for_email(event, user.email)
        if existing is not None and existing.status != Status.PENDING:
            message = (
                _("U staat al op de wachtlijst voor dit evenement.")
                if existing.status == Status.WAITLISTED
                else _("U bent al aangemeld voor dit evenement.")
            )
            raise RegistrationError(message, code="duplicate", status=409)
        registration = existing or Registration(event=event, email=user.email.lower())
        # A logged-in account has a verified address: an unconfirmed visitor registration with
        # the same address is taken over and confirmed right away.
        registration.user = user
        registration.name = user_display_name(user)[:200]
        registration.organisation = user_organisation(user) or registration.organisation
        _place(event, registration)
        _save_new(registration)
        _mail(registration.pk, _status_mail_kind(registration))
    return registration


def registration_request(
    *, event: EventPage, name: str, email: str, organisation: str = ""
) -> Registration:
    """A visitor's registration for a public event: stored as pending, confirmed by e-mail.

    To avoid telling strangers who registered for what, an address that is already registered
    gets the same answer on screen; the mail to that address says it is already registered.
    """
    name, email, organisation = name.strip(), email.strip().lower(), organisation.strip()
    if not name or not email:
        raise RegistrationError(_("Vul uw naam en e-mailadres in."), code="invalid")
    if event.members_only:
        raise RegistrationError(
            _("Dit evenement is alleen voor leden. Log in om u aan te melden."),
            code="members_only",
            status=403,
        )
    with transaction.atomic():
        event = _lock_event(event.pk)
        _check_open(event)
        existing = _active_for_email(event, email)
        if existing is not None and existing.status != Status.PENDING:
            _mail(existing.pk, "already_registered")
            return existing
        registration = existing or Registration(event=event, email=email)
        registration.name = name[:200]
        registration.organisation = organisation[:200]
        registration.status = Status.PENDING
        _save_new(registration)
        _mail(registration.pk, "confirm_request")
    return registration


def registration_confirm(*, registration: Registration) -> Registration:
    """The visitor clicked the link in the double opt-in mail: now a seat or waitlist place."""
    with transaction.atomic():
        event = _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise RegistrationError(
                _("Deze aanmelding is geannuleerd. Meld u opnieuw aan via de evenementpagina."),
                code="cancelled",
                status=409,
            )
        if registration.status != Status.PENDING:
            return registration  # a second click on the link changes nothing
        _check_open(event)
        _place(event, registration)
        registration.save()
        _mail(registration.pk, _status_mail_kind(registration))
    return registration


def registration_cancel(
    *, registration: Registration, by_organiser: bool = False, notify: bool = True
) -> Registration:
    """Cancel; a freed seat goes to the first person on the waitlist, in the same transaction."""
    with transaction.atomic():
        event = _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Status.CANCELLED:
            raise RegistrationError(
                _("Deze aanmelding is al geannuleerd."), code="already_cancelled", status=409
            )
        if registration.status == Status.ATTENDED:
            raise RegistrationError(
                _("U was aanwezig bij dit evenement; afmelden kan niet meer."),
                code="attended",
                status=409,
            )
        if event.start <= timezone.now() and not by_organiser:
            raise RegistrationError(
                _("Dit evenement is al begonnen; afmelden kan niet meer."),
                code="started",
                status=409,
            )
        previous = registration.status
        registration.status = Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save()
        if notify and previous != Status.PENDING:
            _mail(registration.pk, "cancelled")
        if previous == Status.CONFIRMED:
            _promote(event)
    return registration


def _promote(event: EventPage) -> list[Registration]:
    """Fill free seats from the waitlist, first come first served. Caller holds the lock."""
    if event.start <= timezone.now():
        return []
    queue = (
        Registration.objects.select_for_update()
        .filter(event_id=event.pk, status=Status.WAITLISTED)
        .order_by("waitlisted_at", "pk")
    )
    if event.capacity is not None:
        free = event.capacity - _seats_taken(event)
        if free <= 0:
            return []
        queue = queue[:free]
    promoted = list(queue)
    now = timezone.now()
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        registration.save(update_fields=["status", "confirmed_at", "updated_at"])
        _mail(registration.pk, "promoted")
    return promoted


def registration_mark_attendance(*, registration: Registration, attended: bool) -> Registration:
    with transaction.atomic():
        event = _lock_event(registration.event_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if event.start - dt.timedelta(hours=1) > timezone.now():
            raise RegistrationError(
                _("Aanwezigheid kunt u registreren vanaf een uur voor het begin."),
                code="too_early",
                status=409,
            )
        if registration.status not in SEATED:
            raise RegistrationError(
                _("Alleen bevestigde deelnemers kunnen als aanwezig worden gemarkeerd."),
                code="not_confirmed",
                status=409,
            )
        registration.status = Status.ATTENDED if attended else Status.CONFIRMED
        registration.save(update_fields=["status", "updated_at"])
    return registration


# ---------------------------------------------------------------------------------------------
# Organiser actions


def event_close_registration(*, event: EventPage) -> EventState:
    with transaction.atomic():
        _lock_event(event.pk)
        state = _state(event, lock=True)
        if state.registration_closed_at is None:
            state.registration_closed_at = timezone.now()
            state.save(update_fields=["registration_closed_at"])
    return state


def event_open_registration(*, event: EventPage) -> EventState:
    with transaction.atomic():
        _lock_event(event.pk)
        state = _state(event, lock=True)
        if state.registration_closed_at is not None:
            state.registration_closed_at = None
            state.save(update_fields=["registration_closed_at"])
    return state


def event_mail_registrants(
    *, event: EventPage, subject: str, message: str, statuses: Iterable[str]
) -> int:
    """Queue an organiser's message to every registrant with one of the statuses, one mail each
    (nobody sees the other addresses). Returns the number of recipients."""
    subject, message = subject.strip(), message.strip()
    statuses = [s for s in statuses if s in ACTIVE and s != Status.PENDING]
    if not subject or not message:
        raise RegistrationError(_("Vul een onderwerp en een bericht in."))
    if not statuses:
        raise RegistrationError(_("Kies ten minste één groep ontvangers."))
    count = (
        Registration.objects.filter(event_id=event.pk, status__in=statuses)
        .exclude(email="")
        .count()
    )
    if count == 0:
        raise RegistrationError(_("Er zijn geen aanmeldingen met deze status."), status=409)
    from .tasks import send_event_message

    _enqueue(send_event_message, event.pk, subject, message, statuses)
    return count


def _fingerprint(event: EventPage) -> str:
    raw = "\x1f".join(str(getattr(event, name) or "") for name in CALENDAR_FIELDS)
    return hashlib.sha256(raw.encode()).hexdigest()


def event_sync_published(*, event: EventPage) -> EventState:
    """After every publish: bump the ICS SEQUENCE when calendar fields changed, mail confirmed
    registrants when the time or join link changed, and fill seats added by more capacity."""
    with transaction.atomic():
        event = _lock_event(event.pk)
        state = _state(event, lock=True)
        fingerprint = _fingerprint(event)
        first_publish = not state.published_fingerprint
        # Back after a withdrawal: calendars hold a cancellation with the current SEQUENCE,
        # so new invitations need a higher one to be applied.
        withdrawn = state.published_fingerprint == WITHDRAWN
        changes = [
            name
            for name, old in (
                ("start", state.published_start),
                ("end", state.published_end),
                ("join_link", state.published_join_link),
            )
            if not first_publish and old != getattr(event, name)
        ]
        if withdrawn or (not first_publish and fingerprint != state.published_fingerprint):
            state.sequence += 1
        state.published_fingerprint = fingerprint
        state.published_start = event.start
        state.published_end = event.end
        state.published_join_link = event.join_link
        state.save()
        if changes and event.end > timezone.now():
            from .tasks import send_event_changed

            _enqueue(send_event_changed, event.pk, changes)
        _promote(event)
    return state


def event_withdraw(*, event: EventPage) -> int:
    """An event that has not started was unpublished: it does not go ahead. Every active
    registration is cancelled (nobody moves up from the waitlist: there is no event), the
    calendar SEQUENCE is bumped, and confirmed and waitlisted registrants are mailed, those
    with a seat with a calendar cancellation. Publishing it again opens it for new
    registrations. A started or past event is unpublished without any of this, and so is a
    page that is being deleted (Wagtail unpublishes before deleting, without saving).
    Returns the number of people mailed."""
    with transaction.atomic():
        event = _lock_event(event.pk)
        if event.live or event.start <= timezone.now():
            return 0
        recipients = list(
            selectors.withdrawal_recipients(
                events=EventPage.objects.filter(pk=event.pk)
            ).values_list("pk", "status")
        )
        active = Registration.objects.filter(
            event_id=event.pk, status__in=[Status.PENDING, Status.CONFIRMED, Status.WAITLISTED]
        )
        now = timezone.now()
        if not active.update(status=Status.CANCELLED, cancelled_at=now, updated_at=now):
            return 0
        state = _state(event, lock=True)
        state.sequence += 1
        state.published_fingerprint = WITHDRAWN
        state.save(update_fields=["sequence", "published_fingerprint"])
        if recipients:
            from .tasks import send_event_withdrawn

            seated = [pk for pk, status in recipients if status == Status.CONFIRMED]
            _enqueue(send_event_withdrawn, event.pk, [pk for pk, _s in recipients], seated)
    return len(recipients)


# ---------------------------------------------------------------------------------------------
# Scheduled work (management commands, safe to run every minute and concurrently)


def reminders_send_due(*, now: dt.datetime | None = None) -> int:
    """Claim and queue the 24-hour and 1-hour reminders that are due.

    A reminder is due from its moment (start minus 24 h / 1 h) until the start. Each one is
    claimed by writing its `*_sent_at` in the same transaction that queues the mail, with
    `SKIP LOCKED` so parallel runs never pick the same row: a reminder is sent at most once.
    People who were confirmed after a reminder's moment just received their confirmation, so
    that reminder is marked as not needed instead of sent. When the 1-hour reminder goes out
    the 24-hour one is no longer useful and is marked as well.
    """
    now = now or timezone.now()
    sent = 0
    for kind, field, offset in REMINDERS:
        with transaction.atomic():
            due = (
                Registration.objects.select_for_update(skip_locked=True, of=("self",))
                .filter(
                    status=Status.CONFIRMED,
                    event__start__gt=now,
                    event__start__lte=now + offset,
                    event__live=True,
                    **{f"{field}__isnull": True},
                )
                .exclude(email="")
                .select_related("event")
            )
            for registration in due:
                moment = registration.event.start - offset
                updates = {field: now}
                if kind == "reminder_1h":
                    updates["reminder_24h_sent_at"] = registration.reminder_24h_sent_at or now
                Registration.objects.filter(pk=registration.pk).update(**updates)
                if registration.confirmed_at and registration.confirmed_at > moment:
                    continue
                _mail(registration.pk, kind)
                sent += 1
    return sent


def materials_send_due(*, now: dt.datetime | None = None) -> int:
    """Once an event has ended and has a recording or materials, mail them to the registrants
    who had a seat (never to the public or the waitlist). Once per event."""
    now = now or timezone.now()
    events = 0
    with transaction.atomic():
        candidates = (
            EventPage.objects.live()
            .filter(end__lte=now, end__gte=now - dt.timedelta(days=60))
            .filter(~Q(recording_link="") | ~Q(materials=""))
            .exclude(state__materials_sent_at__isnull=False)
            .values_list("pk", flat=True)
        )
        for event_id in list(candidates):
            EventState.objects.get_or_create(event_id=event_id)
            state = (
                EventState.objects.select_for_update(skip_locked=True)
                .filter(event_id=event_id, materials_sent_at__isnull=True)
                .first()
            )
            if state is None:
                continue
            state.materials_sent_at = now
            state.save(update_fields=["materials_sent_at"])
            from .tasks import send_materials

            _enqueue(send_materials, event_id)
            events += 1
    return events


# ---------------------------------------------------------------------------------------------
# Privacy


def _anonymise_queryset(qs) -> int:
    return qs.filter(anonymised_at__isnull=True).update(
        name="", email="", organisation="", user=None, anonymised_at=timezone.now()
    )


def registrations_anonymise_past(*, days: int | None = None, now: dt.datetime | None = None) -> int:
    """Strip personal data from registrations of events that ended more than `days` ago
    (setting EVENTS_ANONYMISE_AFTER_DAYS, default 90) and delete never-confirmed requests whose
    link has expired. Safe to rerun: anonymised rows are skipped. Returns rows anonymised."""
    now = now or timezone.now()
    if days is None:
        days = getattr(settings, "EVENTS_ANONYMISE_AFTER_DAYS", 90)
    cutoff = now - dt.timedelta(days=days)
    expiry = now - dt.timedelta(seconds=CONFIRM_MAX_AGE)
    with transaction.atomic():
        Registration.objects.filter(status=Status.PENDING, updated_at__lt=expiry).delete()
        return _anonymise_queryset(Registration.objects.filter(event__end__lt=cutoff))


def registrations_release_for_user(*, user, registrations: QuerySet | None = None) -> int:
    """For account deletion: cancel every active registration of this user (freeing seats and
    promoting the waitlist, without mailing the leaving user), then anonymise all of their
    registrations, including those made with their address before they had an account.
    `registrations` are all of this person's (members.selectors.registrations_of_person also
    knows their earlier addresses); by default those of the account and its current address.
    Returns the number of registrations anonymised."""
    if registrations is None:
        email = (user.email or "").strip()
        mine = Q(user=user) | (Q(email__iexact=email) if email else Q(pk__in=[]))
        registrations = Registration.objects.filter(mine)
    ids = list(registrations.values_list("pk", flat=True))
    # Registrations of events that already ended are history (and statistics): they are only
    # anonymised, not cancelled.
    open_ids = list(
        Registration.objects.filter(pk__in=ids)
        .filter(
            status__in=[Status.PENDING, Status.CONFIRMED, Status.WAITLISTED],
            event__end__gt=timezone.now(),
        )
        .values_list("pk", flat=True)
    )
    for registration in Registration.objects.filter(pk__in=open_ids).select_related("event"):
        with contextlib.suppress(RegistrationError):  # already cancelled meanwhile
            registration_cancel(registration=registration, by_organiser=True, notify=False)
    return _anonymise_queryset(Registration.objects.filter(pk__in=ids))


CONFIRM_MAX_AGE = 3 * 24 * 3600  # seconds a double opt-in link stays valid
