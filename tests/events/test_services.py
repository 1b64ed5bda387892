"""Registration rules, tested on the services directly (as pretix tests its waiting list)."""

import datetime as dt

from django.contrib.auth.models import Group
from django.core import mail
from django.db import IntegrityError, transaction
from django.utils import timezone

import pytest

from events import services
from events.models import EventState, Registration
from events.selectors import registrations_for_user
from events.services import RegistrationError
from members import roles

from ..factories import RegistrationFactory, UserFactory

Status = Registration.Status
pytestmark = pytest.mark.django_db


def test_member_registers_in_one_click_with_profile_data(member, small_event):
    registration = services.registration_create(event=small_event, user=member)

    assert registration.status == Status.CONFIRMED
    assert registration.email == member.email
    assert registration.name == member.get_full_name()
    assert registration.user == member
    assert registration.confirmed_at is not None


def test_registration_beyond_capacity_goes_to_waitlist_in_order(small_event):
    people = [UserFactory(roles=[roles.LID]) for _ in range(4)]
    results = [services.registration_create(event=small_event, user=p) for p in people]

    assert [r.status for r in results] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [r.waitlist_position() for r in results[2:]] == [1, 2]


def test_full_event_without_waitlist_refuses_with_dutch_message(make_event):
    event = make_event(capacity=1, waitlist_enabled=False)
    services.registration_create(event=event, user=UserFactory(roles=[roles.LID]))

    with pytest.raises(RegistrationError) as excinfo:
        services.registration_create(event=event, user=UserFactory(roles=[roles.LID]))
    assert excinfo.value.status == 409
    assert "vol" in excinfo.value.message


def test_second_registration_is_refused_as_duplicate(member, small_event):
    services.registration_create(event=small_event, user=member)

    with pytest.raises(RegistrationError) as excinfo:
        services.registration_create(event=small_event, user=member)
    assert excinfo.value.code == "duplicate"
    assert excinfo.value.status == 409
    assert excinfo.value.message == "U bent al aangemeld voor dit evenement."
    assert Registration.objects.filter(event=small_event).count() == 1


def test_database_allows_one_active_registration_per_event_and_email(small_event):
    RegistrationFactory(event=small_event, email="Dubbel@Gemeente.nl")
    RegistrationFactory(event=small_event, email="dubbel@gemeente.nl", status="cancelled")

    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=small_event, email="dubbel@gemeente.nl", status="waitlisted")


@pytest.mark.parametrize(
    ("fields", "code", "text"),
    [
        (
            {"registration_opens_in": dt.timedelta(days=2)},
            "not_open",
            "De aanmelding is nog niet geopend",
        ),
        (
            {"registration_closes_in": -dt.timedelta(hours=1)},
            "closed",
            "De aanmelding voor dit evenement is gesloten",
        ),
        ({"start_in": -dt.timedelta(days=3)}, "past", "Dit evenement is al voorbij"),
        ({"start_in": -dt.timedelta(minutes=30)}, "started", "Dit evenement is al begonnen"),
    ],
)
def test_registration_outside_the_window_gets_a_clear_message(
    make_event, member, fields, code, text
):
    now = timezone.now()
    start = now + fields.get("start_in", dt.timedelta(days=7))
    event = make_event(start=start, end=start + dt.timedelta(hours=2))
    if "registration_opens_in" in fields:
        event.registration_opens = now + fields["registration_opens_in"]
    if "registration_closes_in" in fields:
        event.registration_closes = now + fields["registration_closes_in"]
    event.save()

    with pytest.raises(RegistrationError) as excinfo:
        services.registration_create(event=event, user=member)
    assert excinfo.value.code == code
    assert excinfo.value.status == 400
    assert excinfo.value.message.startswith(text)
    assert not Registration.objects.exists()


def test_members_only_event_refuses_accounts_without_a_role_and_visitors(make_event, user):
    event = make_event(members_only=True)

    with pytest.raises(RegistrationError) as excinfo:
        services.registration_create(event=event, user=user)
    assert excinfo.value.status == 403
    with pytest.raises(RegistrationError) as excinfo:
        services.registration_request(event=event, name="Bezoeker", email="b@example.org")
    assert excinfo.value.status == 403


def test_organiser_closing_registration_stops_new_registrations(member, small_event):
    services.event_close_registration(event=small_event)

    with pytest.raises(RegistrationError) as excinfo:
        services.registration_create(event=small_event, user=member)
    assert excinfo.value.message == (
        "De organisator heeft de aanmelding voor dit evenement gesloten."
    )

    services.event_open_registration(event=small_event)
    assert services.registration_create(event=small_event, user=member).status == "confirmed"


def test_visitor_registration_is_pending_until_confirmed_by_mail(small_event, mails):
    with mails():
        pending = services.registration_request(
            event=small_event, name="Fatima el Amrani", email="F.Amrani@Notaris.nl"
        )

    assert pending.status == Status.PENDING
    assert pending.email == "f.amrani@notaris.nl"
    assert [m.to for m in mail.outbox] == [["f.amrani@notaris.nl"]]
    assert pending.get_confirm_url() in mail.outbox[0].body
    assert small_event.join_link not in mail.outbox[0].body

    with mails():
        confirmed = services.registration_confirm(registration=pending)
    assert confirmed.status == Status.CONFIRMED
    assert "Aanmelding bevestigd" in mail.outbox[1].subject

    # A second click on the link changes nothing and sends nothing.
    with mails():
        again = services.registration_confirm(registration=pending)
    assert again.status == Status.CONFIRMED
    assert len(mail.outbox) == 2


def test_pending_registration_does_not_take_a_seat(make_event, member):
    event = make_event(capacity=1)
    services.registration_request(event=event, name="Bezoeker", email="bezoeker@example.org")

    assert services.registration_create(event=event, user=member).status == "confirmed"


def test_visitor_with_an_address_already_registered_gets_a_mail_not_a_disclosure(
    small_event, mails
):
    existing = RegistrationFactory(event=small_event, email="bekend@gemeente.nl")

    with mails():
        result = services.registration_request(
            event=small_event, name="Iemand anders", email="BEKEND@gemeente.nl"
        )

    assert result.pk == existing.pk
    assert Registration.objects.filter(event=small_event).count() == 1
    assert mail.outbox[0].to == ["bekend@gemeente.nl"]
    assert "al aangemeld" in mail.outbox[0].subject


def test_cancel_promotes_first_waitlisted(small_event, mails):
    first, second = (RegistrationFactory(event=small_event) for _ in range(2))
    early = RegistrationFactory(
        event=small_event,
        status="waitlisted",
        waitlisted_at=timezone.now() - dt.timedelta(hours=2),
    )
    late = RegistrationFactory(event=small_event, status="waitlisted")

    with mails():
        services.registration_cancel(registration=first)

    early.refresh_from_db()
    late.refresh_from_db()
    assert early.status == Status.CONFIRMED
    assert late.status == Status.WAITLISTED
    assert late.waitlist_position() == 1
    recipients = {m.to[0]: m for m in mail.outbox}
    assert set(recipients) == {first.email, early.email}
    assert "Afmelding ontvangen" in recipients[first.email].subject
    assert "plek vrijgekomen" in recipients[early.email].subject
    assert small_event.join_link in recipients[early.email].body


def test_cancelling_a_waitlisted_registration_promotes_nobody(small_event):
    RegistrationFactory.create_batch(2, event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    other = RegistrationFactory(event=small_event, status="waitlisted")

    services.registration_cancel(registration=waiting)

    other.refresh_from_db()
    assert other.status == Status.WAITLISTED


def test_cancel_twice_or_after_the_start_is_refused(small_event, past_event):
    registration = RegistrationFactory(event=small_event)
    services.registration_cancel(registration=registration)
    with pytest.raises(RegistrationError) as excinfo:
        services.registration_cancel(registration=registration)
    assert excinfo.value.message == "Deze aanmelding is al geannuleerd."

    old = RegistrationFactory(event=past_event)
    with pytest.raises(RegistrationError) as excinfo:
        services.registration_cancel(registration=old)
    assert "al begonnen" in excinfo.value.message


def test_more_capacity_on_publish_promotes_waitlist_and_bumps_nothing_else(small_event, mails):
    RegistrationFactory.create_batch(2, event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    small_event.save_revision().publish()
    sequence = EventState.objects.get(event=small_event).sequence

    small_event.capacity = 3
    with mails():
        small_event.save_revision().publish()

    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    assert EventState.objects.get(event=small_event).sequence == sequence
    assert [m.to for m in mail.outbox] == [[waiting.email]]


def test_time_change_bumps_sequence_and_mails_confirmed_registrants_only(small_event, mails):
    confirmed = RegistrationFactory.create_batch(2, event=small_event)  # full: 2 seats
    RegistrationFactory(event=small_event, status="waitlisted")
    RegistrationFactory(event=small_event, status="cancelled")
    small_event.save_revision().publish()
    assert EventState.objects.get(event=small_event).sequence == 0

    small_event.start += dt.timedelta(hours=1)
    small_event.end += dt.timedelta(hours=1)
    with mails():
        small_event.save_revision().publish()

    assert EventState.objects.get(event=small_event).sequence == 1
    assert sorted(m.to[0] for m in mail.outbox) == sorted(r.email for r in confirmed)
    assert "Gewijzigd" in mail.outbox[0].subject
    assert "De tijd van een evenement" in mail.outbox[0].body

    # Publishing again without changes neither bumps nor mails.
    with mails():
        small_event.save_revision().publish()
    assert EventState.objects.get(event=small_event).sequence == 1
    assert len(mail.outbox) == 2


def test_attendance_can_be_marked_from_the_start_only(small_event, past_event):
    upcoming = RegistrationFactory(event=small_event)
    with pytest.raises(RegistrationError):
        services.registration_mark_attendance(registration=upcoming, attended=True)

    registration = RegistrationFactory(event=past_event)
    marked = services.registration_mark_attendance(registration=registration, attended=True)
    assert marked.status == Status.ATTENDED
    undone = services.registration_mark_attendance(registration=registration, attended=False)
    assert undone.status == Status.CONFIRMED

    waitlisted = RegistrationFactory(event=past_event, status="waitlisted")
    with pytest.raises(RegistrationError):
        services.registration_mark_attendance(registration=waitlisted, attended=True)


def test_registrations_for_user_lists_newest_event_first(member, make_event):
    soon = make_event(start=timezone.now() + dt.timedelta(days=2))
    later = make_event(start=timezone.now() + dt.timedelta(days=20))
    RegistrationFactory(event=soon, user=member, email=member.email)
    RegistrationFactory(event=later, user=member, email=member.email, status="cancelled")
    RegistrationFactory(event=later)

    assert [r.event for r in registrations_for_user(member)] == [later, soon]


def test_release_for_user_cancels_promotes_and_anonymises(small_event, past_event, mails):
    leaving = UserFactory(email="vertrekker@gemeente.nl", roles=[roles.LID])
    mine = RegistrationFactory(event=small_event, user=leaving, email=leaving.email)
    RegistrationFactory(event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    history = RegistrationFactory(
        event=past_event, user=None, email="Vertrekker@gemeente.nl", status="attended"
    )

    with mails():
        count = services.registrations_release_for_user(user=leaving)

    assert count == 2
    mine.refresh_from_db()
    history.refresh_from_db()
    waiting.refresh_from_db()
    assert mine.status == Status.CANCELLED
    assert history.status == Status.ATTENDED  # history is kept, without personal data
    for row in (mine, history):
        assert (row.name, row.email, row.organisation, row.user) == ("", "", "", None)
        assert row.anonymised_at is not None
    assert waiting.status == Status.CONFIRMED
    assert [m.to for m in mail.outbox] == [[waiting.email]]  # the leaver gets no mail
    assert services.registrations_release_for_user(user=leaving) == 0


def test_anonymise_strips_personal_data_after_the_configured_days(make_event, settings):
    settings.EVENTS_ANONYMISE_AFTER_DAYS = 30
    long_ago = timezone.now() - dt.timedelta(days=40)
    recent = timezone.now() - dt.timedelta(days=5)
    old_event = make_event(start=long_ago, end=long_ago + dt.timedelta(hours=1))
    recent_event = make_event(start=recent, end=recent + dt.timedelta(hours=1))
    old = RegistrationFactory(event=old_event, status="attended")
    kept = RegistrationFactory(event=recent_event)

    assert services.registrations_anonymise_past() == 1
    assert services.registrations_anonymise_past() == 0  # safe to rerun

    old.refresh_from_db()
    kept.refresh_from_db()
    assert (old.name, old.email, old.organisation, old.status) == ("", "", "", "attended")
    assert kept.email and kept.anonymised_at is None


def test_anonymise_deletes_expired_unconfirmed_requests(small_event):
    stale = RegistrationFactory(event=small_event, status="pending")
    fresh = RegistrationFactory(event=small_event, status="pending")
    Registration.objects.filter(pk=stale.pk).update(
        updated_at=timezone.now() - dt.timedelta(days=4)
    )

    services.registrations_anonymise_past()

    assert list(Registration.objects.values_list("pk", flat=True)) == [fresh.pk]


def test_staff_roles_may_register_for_members_only_events(make_event):
    event = make_event(members_only=True)
    organiser = UserFactory()
    organiser.groups.add(Group.objects.get(name=roles.ORGANISATOR))

    assert services.registration_create(event=event, user=organiser).status == "confirmed"


def test_anonymise_command_honours_days_and_is_safe_to_rerun(make_event):
    from io import StringIO

    from django.core.management import call_command

    ended = timezone.now() - dt.timedelta(days=20)
    event = make_event(start=ended - dt.timedelta(hours=2), end=ended)
    registration = RegistrationFactory(event=event, status="attended")

    out = StringIO()
    call_command("anonymise_registrations", stdout=out)  # default 90 days: too early
    assert "0 aanmelding(en) geanonimiseerd" in out.getvalue()
    call_command("anonymise_registrations", "--days", "14", stdout=out)
    call_command("anonymise_registrations", "--days", "14", stdout=out)
    assert out.getvalue().count("1 aanmelding(en) geanonimiseerd") == 1

    registration.refresh_from_db()
    assert registration.email == "" and registration.anonymised_at is not None
