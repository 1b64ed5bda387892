"""Mails in mail.outbox: right recipients, Dutch text + HTML, join link only where allowed."""

import datetime as dt

from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django.utils.formats import date_format

import pytest
from icalendar import Calendar

from events import services
from events.models import EventState, Registration
from members import roles

from ..factories import RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


def html_of(message) -> str:
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    return html


def test_confirmation_mail_has_join_link_cancel_link_and_ics(member, small_event, mails):
    with mails():
        registration = services.registration_create(event=small_event, user=member)

    [message] = mail.outbox
    assert message.to == [member.email]
    assert (
        message.subject == "[Kennisplatform Ondermijning] Aanmelding bevestigd: Webinar witwassen"
    )
    assert f"Beste {member.get_full_name()}," in message.body
    assert small_event.join_link in message.body
    assert small_event.join_link in html_of(message)
    assert registration.get_cancel_url() in message.body
    assert '<html lang="nl">' in html_of(message)
    [(filename, content, mimetype)] = message.attachments
    assert filename == "uitnodiging.ics"
    assert mimetype.startswith("text/calendar")
    vevent = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(vevent["location"]) == small_event.join_link
    assert str(vevent["uid"]).startswith(str(small_event.translation_key))


def test_waitlisted_mail_has_no_join_link_and_no_ics(make_event, mails):
    event = make_event(capacity=1)
    services.registration_create(event=event, user=UserFactory(roles=[roles.LID]))
    waiting_user = UserFactory(roles=[roles.LID])

    with mails():
        services.registration_create(event=event, user=waiting_user)

    [message] = mail.outbox
    assert message.to == [waiting_user.email]
    assert "wachtlijst" in message.subject
    assert "plaats 1" in message.body
    assert event.join_link not in message.body
    assert event.join_link not in html_of(message)
    assert message.attachments == []


def test_text_part_is_not_html_escaped(make_event, mails):
    event = make_event(title="Drugs & ondermijning: 'wat werkt'")
    with mails():
        services.registration_request(event=event, name="Anne-Marie O'Neill", email="a@b.nl")

    [message] = mail.outbox
    assert "Drugs & ondermijning: 'wat werkt'" in message.subject
    assert "Beste Anne-Marie O'Neill," in message.body
    assert "&amp;" not in message.body and "&#x27;" not in message.body
    assert "Drugs &amp; ondermijning" in html_of(message)


def test_cancellation_mail_goes_to_the_person_who_cancelled(small_event, mails):
    registration = RegistrationFactory(event=small_event)
    with mails():
        services.registration_cancel(registration=registration)

    [message] = mail.outbox
    assert message.to == [registration.email]
    assert "Afmelding ontvangen" in message.subject
    assert small_event.join_link not in message.body


def test_join_link_change_mails_confirmed_registrants_with_the_new_link(small_event, mails):
    confirmed = RegistrationFactory(event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    RegistrationFactory(event=small_event)  # full, so nobody is promoted
    small_event.save_revision().publish()

    small_event.join_link = "https://meet.example.org/nieuwe-link"
    with mails():
        small_event.save_revision().publish()

    recipients = sorted(m.to[0] for m in mail.outbox)
    assert waiting.email not in recipients
    assert confirmed.email in recipients
    message = next(m for m in mail.outbox if m.to == [confirmed.email])
    assert "De deelnamelink van een evenement" in message.body
    assert "https://meet.example.org/nieuwe-link" in message.body
    vevent = Calendar.from_ical(message.attachments[0][1]).walk("VEVENT")[0]
    assert vevent["sequence"] == 1


def test_organiser_message_goes_to_each_chosen_registrant_separately(small_event, mails):
    confirmed = RegistrationFactory(event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    RegistrationFactory(event=small_event, status="cancelled")

    with mails():
        count = services.event_mail_registrants(
            event=small_event,
            subject="Programma gewijzigd",
            message="De pauze is verplaatst.\n\nTot dan!",
            statuses=["confirmed", "attended"],
        )

    assert count == 1
    [message] = mail.outbox
    assert message.to == [confirmed.email]
    assert message.subject == "[Kennisplatform Ondermijning] Programma gewijzigd"
    assert "De pauze is verplaatst." in message.body
    assert "<p>De pauze is verplaatst.</p>" in html_of(message)
    assert waiting.email not in str(message.message())


def test_a_mail_batch_run_again_sends_only_the_mails_it_had_not_sent(small_event):
    """A worker killed halfway through a batch leaves the task to the next worker, which runs
    it again under the same task id (config/management/commands/task_worker.py): the mails
    sent before the kill are not sent a second time, the rest are."""
    from types import SimpleNamespace

    from events.models import SentMail
    from events.tasks import send_event_message

    first, second = RegistrationFactory(event=small_event), RegistrationFactory(event=small_event)
    context = SimpleNamespace(task_result=SimpleNamespace(id="batch-1"))
    args = (small_event.pk, "Programma gewijzigd", "De pauze is verplaatst.", ["confirmed"])
    mail.outbox.clear()
    send_event_message.call(context, *args)
    assert sorted(m.to[0] for m in mail.outbox) == sorted([first.email, second.email])

    # The kill came after the first mail: its record stays, the second one's is gone.
    mail.outbox.clear()
    SentMail.objects.order_by("-pk").first().delete()
    assert send_event_message.call(context, *args) == 1
    assert [m.to for m in mail.outbox] == [[second.email]]
    assert SentMail.objects.count() == 2
    assert "@" not in "".join(SentMail.objects.values_list("key", flat=True))

    # Another batch (a new task) is a new message: everybody gets it.
    mail.outbox.clear()
    other = SimpleNamespace(task_result=SimpleNamespace(id="batch-2"))
    assert send_event_message.call(other, *args) == 2


def test_materials_mail_goes_to_registrants_with_a_seat_only(past_event, mails):
    past_event.recording_link = "https://video.example.org/opname"
    past_event.materials = '<p>De <a href="/documenten/1/slides.pdf">slides</a>.</p>'
    past_event.save()
    seated = RegistrationFactory(event=past_event, status="attended")
    confirmed = RegistrationFactory(event=past_event)
    RegistrationFactory(event=past_event, status="waitlisted")
    RegistrationFactory(event=past_event, status="cancelled")

    with mails():
        call_command("send_event_reminders", verbosity=0)
    with mails():
        call_command("send_event_reminders", verbosity=0)

    assert sorted(m.to[0] for m in mail.outbox) == sorted([seated.email, confirmed.email])
    message = mail.outbox[0]
    assert "Opname en materialen" in message.subject
    assert "https://video.example.org/opname" in message.body
    assert "slides (http://testserver/documenten/1/slides.pdf)" in message.body
    assert 'href="http://testserver/documenten/1/slides.pdf"' in html_of(message)
    assert EventState.objects.get(event=past_event).materials_sent_at is not None


def test_reminder_command_run_twice_sends_once(make_event, mails):
    now = timezone.now()
    tomorrow = make_event(title="Morgen", start=now + dt.timedelta(hours=23))
    soon = make_event(title="Straks", start=now + dt.timedelta(minutes=50))
    later = make_event(title="Volgende week", start=now + dt.timedelta(days=7))
    early = now - dt.timedelta(days=3)
    r1 = RegistrationFactory(event=tomorrow, confirmed_at=early)
    r2 = RegistrationFactory(event=soon, confirmed_at=early)
    RegistrationFactory(event=later, confirmed_at=early)
    RegistrationFactory(event=tomorrow, status="waitlisted")
    RegistrationFactory(event=tomorrow, status="cancelled")

    with mails():
        call_command("send_event_reminders", verbosity=0)
    with mails():
        call_command("send_event_reminders", verbosity=0)

    sent = {(m.to[0], m.subject) for m in mail.outbox}
    assert len(mail.outbox) == 2
    assert (
        r1.email,
        "[Kennisplatform Ondermijning] Herinnering: Morgen, "
        f"{date_format(timezone.localtime(tomorrow.start), 'l j F')} om "
        f"{timezone.localtime(tomorrow.start):%H:%M} uur",
    ) in sent
    assert any(to == r2.email and "Over een uur" in subject for to, subject in sent)
    for message in mail.outbox:
        assert "https://meet.example.org/geheim-123" in message.body
    r1.refresh_from_db()
    r2.refresh_from_db()
    assert r1.reminder_24h_sent_at and not r1.reminder_1h_sent_at
    assert r2.reminder_1h_sent_at and r2.reminder_24h_sent_at  # 24 h one no longer useful


def test_no_reminder_for_someone_who_just_registered(make_event, member, mails):
    event = make_event(start=timezone.now() + dt.timedelta(hours=5))
    with mails():
        services.registration_create(event=event, user=member)
        call_command("send_event_reminders", verbosity=0)

    assert [m.subject for m in mail.outbox] == [
        f"[Kennisplatform Ondermijning] Aanmelding bevestigd: {event.title}"
    ]
    assert Registration.objects.get().reminder_24h_sent_at is not None


def test_queued_mail_for_a_registration_cancelled_meanwhile_is_skipped(small_event):
    from events.tasks import send_registration_mail

    registration = RegistrationFactory(event=small_event, status="cancelled")
    send_registration_mail.enqueue(registration.pk, "reminder_1h")
    assert mail.outbox == []


def test_organiser_cannot_mail_unconfirmed_addresses(small_event):
    RegistrationFactory(event=small_event, status="pending")

    with pytest.raises(services.RegistrationError):
        services.event_mail_registrants(
            event=small_event, subject="Hallo", message="Test", statuses=["pending"]
        )
    assert mail.outbox == []
