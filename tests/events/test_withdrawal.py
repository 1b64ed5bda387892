"""Unpublishing an upcoming event means it does not go ahead: registrations lapse, the people
who had a seat or a waitlist place are told, and calendars drop the entry."""

from django.core import mail

import pytest
from icalendar import Calendar

from events import services
from events.models import EventPage, EventState, Registration

from ..factories import RegistrationFactory

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
    assert mimetype == "text/calendar; method=CANCEL"
    calendar = Calendar.from_ical(content)
    assert calendar["method"] == "CANCEL"
    vevent = calendar.walk("VEVENT")[0]
    assert str(vevent["status"]) == "CANCELLED"
    assert str(vevent["uid"]).startswith(str(small_event.translation_key))
    assert int(vevent["sequence"]) == 3  # above the invitation's, so calendars apply it
    waiting = by_recipient["waitlisted@gemeente.nl"]
    assert waiting.attachments == [] and "agendabestand" not in waiting.body


def test_publishing_again_opens_the_event_for_new_registrations(
    small_event, registered, mails, member
):
    small_event.unpublish()
    with mails():
        small_event.save_revision().publish()
    assert mail.outbox == []  # no "changed" mail to the lapsed registrations
    registration = services.registration_create(event=small_event, user=member)
    assert registration.status == Status.CONFIRMED


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
    assert "kan daarom niet worden verwijderd" in messages


def test_an_event_without_active_registrations_can_be_deleted(organiser_client, small_event):
    RegistrationFactory(event=small_event, status=Status.CANCELLED)
    response = organiser_client.post(f"/admin/pages/{small_event.pk}/delete/")
    assert response.status_code == 302
    assert not EventPage.objects.filter(pk=small_event.pk).exists()
