"""Unpublishing an upcoming event means it does not go ahead: registrations lapse, the people
who had a seat or a waitlist place are told, and calendars drop the entry."""

import datetime as dt

from django.core import mail
from django.utils import timezone

import pytest
from icalendar import Calendar

from events import services
from events.models import EventPage, EventState, Registration

from ..factories import RegistrationFactory
from ..helpers import login_with_mfa

pytestmark = pytest.mark.django_db
Status = Registration.Status


@pytest.fixture
def registered(small_event):
    EventState.objects.update_or_create(event=small_event, defaults={"sequence": 2})
    return {
        status: RegistrationFactory(event=small_event, status=status, email=f"{status}@gemeente.nl")
        for status in (Status.CONFIRMED, Status.WAITLISTED, Status.PENDING, Status.CANCELLED)
    }


def test_unpublishing_cancels_registrations_and_tells_the_registrants(
    small_event, registered, mails
):
    with mails():
        small_event.unpublish()

    statuses = set(Registration.objects.filter(event=small_event).values_list("status", flat=True))
    assert statuses == {Status.CANCELLED}  # nobody moved up from the waitlist
    by_recipient = {message.to[0]: message for message in mail.outbox}
    assert set(by_recipient) == {"confirmed@gemeente.nl", "waitlisted@gemeente.nl"}
    seated = by_recipient["confirmed@gemeente.nl"]
    assert seated.subject == "[Kennisplatform Ondermijning] Gaat niet door: Webinar witwassen"
    assert "gaat niet door" in seated.body and "agendabestand" in seated.body
    assert small_event.join_link not in seated.body
    assert "/afmelden/" not in seated.body  # nothing left to cancel
    assert "http://testserver/agenda/\n" in seated.body  # the event page is gone
    [(filename, content, mimetype)] = seated.attachments
    assert (filename, mimetype) == ("afgelast.ics", "text/calendar; method=CANCEL")
    calendar = Calendar.from_ical(content)
    assert calendar["method"] == "CANCEL"
    vevent = calendar.walk("VEVENT")[0]
    assert str(vevent["status"]) == "CANCELLED"
    assert str(vevent["uid"]).startswith(str(small_event.translation_key))
    assert int(vevent["sequence"]) == 3  # above the invitation's, so calendars apply it
    # RFC 5546 §3.2.5: a CANCEL names the organiser and the attendee.
    assert str(vevent["organizer"]).startswith("mailto:")
    assert vevent["organizer"].params["CN"] == "Kennisplatform Ondermijning"
    assert str(vevent["attendee"]) == "mailto:confirmed@gemeente.nl"
    assert str(vevent["url"]) == "http://testserver/agenda/"
    waiting = by_recipient["waitlisted@gemeente.nl"]
    assert waiting.attachments == [] and "agendabestand" not in waiting.body


def test_publishing_again_opens_the_event_for_new_registrations(
    small_event, registered, mails, member
):
    small_event.unpublish()
    with mails():
        small_event.save_revision().publish()
    assert mail.outbox == []  # no "changed" mail to the lapsed registrations
    with mails():
        registration = services.registration_create(event=small_event, user=member)
    assert registration.status == Status.CONFIRMED
    [invitation] = mail.outbox
    vevent = Calendar.from_ical(invitation.attachments[0][1]).walk("VEVENT")[0]
    assert int(vevent["sequence"]) == 4  # above the cancellation's 3


def test_a_registration_waiting_for_the_lock_gets_no_seat_after_withdrawal(small_event, member):
    stale = EventPage.objects.get(pk=small_event.pk)  # loaded by the view before the withdrawal
    small_event.unpublish()
    with pytest.raises(services.RegistrationError) as error:
        services.registration_create(event=stale, user=member)
    assert error.value.status == 404 and "niet meer in de agenda" in error.value.message
    assert not Registration.objects.filter(event=small_event, user=member).exists()


def test_a_running_event_is_not_withdrawn(make_event, mails):
    start = timezone.now() - dt.timedelta(minutes=30)
    event = make_event(start=start, end=start + dt.timedelta(hours=2))
    registration = RegistrationFactory(event=event)
    with mails():
        event.unpublish()
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED and mail.outbox == []


def test_a_scheduled_expiry_keeps_the_registrations(small_event, registered, mails):
    with mails():
        small_event.unpublish(set_expired=True)
    assert Registration.objects.get(pk=registered[Status.CONFIRMED].pk).status == Status.CONFIRMED
    assert mail.outbox == []


def test_unpublishing_a_past_event_changes_nothing(past_event, mails):
    registration = RegistrationFactory(event=past_event, status=Status.ATTENDED)
    with mails():
        past_event.unpublish()
    registration.refresh_from_db()
    assert registration.status == Status.ATTENDED and mail.outbox == []


def test_organiser_is_warned_before_unpublishing_and_registrants_are_mailed(
    organiser_client, small_event, registered, mails
):
    url = f"/admin/pages/{small_event.pk}/unpublish/"
    html = organiser_client.get(url).content.decode()
    assert "Er zijn 2 aanmeldingen voor dit evenement" in html
    assert "de publicatie van deze pagina wilt intrekken" in html  # Wagtail's own question

    with mails():
        response = organiser_client.post(url)
    assert response.status_code == 302
    assert not EventPage.objects.get(pk=small_event.pk).live
    assert len(mail.outbox) == 2


def test_no_warning_for_an_event_without_registrations(organiser_client, small_event):
    html = organiser_client.get(f"/admin/pages/{small_event.pk}/unpublish/").content.decode()
    assert "de publicatie van deze pagina wilt intrekken" in html
    assert "gaat het evenement niet door" not in html


def test_an_upcoming_event_with_registrations_cannot_be_deleted(
    organiser_client, small_event, registered, admin_user
):
    for method in ("get", "post"):
        response = getattr(organiser_client, method)(f"/admin/pages/{small_event.pk}/delete/")
        assert response.status_code == 302
        assert response["Location"] == f"/admin/pages/{small_event.pk}/edit/"
    assert Registration.objects.filter(event=small_event).count() == 4
    messages = organiser_client.get(f"/admin/pages/{small_event.pk}/edit/").content.decode()
    assert "Dit evenement heeft aanmeldingen en kan daarom niet worden verwijderd" in messages


@pytest.mark.parametrize("status", [Status.CANCELLED, Status.PENDING])
def test_an_event_without_seated_registrations_can_be_deleted(
    organiser_client, small_event, status, mails
):
    """Deleting unpublishes first without saving: that must not withdraw, mail or leave a
    calendar state behind."""
    RegistrationFactory(event=small_event, status=status)
    with mails():
        response = organiser_client.post(f"/admin/pages/{small_event.pk}/delete/")
    assert response.status_code == 302
    assert not EventPage.objects.filter(pk=small_event.pk).exists()
    assert not EventState.objects.filter(event_id=small_event.pk).exists()
    assert mail.outbox == []


def test_the_agenda_above_events_with_registrations_cannot_be_deleted(
    client, admin_user, agenda, small_event, registered
):
    login_with_mfa(client, admin_user)
    response = client.post(f"/admin/pages/{agenda.pk}/delete/")
    assert response.status_code == 302
    assert EventPage.objects.filter(pk=small_event.pk).exists()
    html = client.get(response["Location"]).content.decode()
    assert "Onder deze pagina staan evenementen met aanmeldingen" in html


@pytest.mark.parametrize("action", ["delete", "unpublish"])
def test_bulk_delete_or_unpublish_of_events_with_registrations_is_refused(
    organiser_client, small_event, registered, action, mails
):
    url = (
        f"/admin/bulk/wagtailcore/page/{action}/?id={small_event.pk}"
        f"&next=/admin/pages/{small_event.get_parent().pk}/"
    )
    with mails():
        response = organiser_client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{small_event.get_parent().pk}/"
    event = EventPage.objects.get(pk=small_event.pk)
    assert event.live and mail.outbox == []


def test_unpublishing_a_parent_warns_about_the_events_below(
    client, admin_user, agenda, small_event, registered
):
    login_with_mfa(client, admin_user)
    html = client.get(f"/admin/pages/{agenda.pk}/unpublish/").content.decode()
    assert "Onder deze pagina staan evenementen met 2 aanmeldingen" in html
