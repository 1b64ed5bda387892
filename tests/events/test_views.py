"""The agenda and event pages, registration flows in the browser-facing views, 4xx messages."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.core import mail, signing
from django.utils import timezone

import pytest

from events.models import CONFIRM_SALT, Registration
from members import roles

from ..factories import RegistrationFactory, ThemeFactory, UserFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
JOIN = "https://meet.example.org/geheim-123"
pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


# ---------------------------------------------------------------------------------------------
# Event page


def test_visitor_sees_form_but_never_the_join_link_or_other_registrants(client, small_event):
    RegistrationFactory(event=small_event, name="Henk Geheimhouder")
    response = client.get(small_event.url)

    assert response.status_code == 200
    body = text(response)
    assert 'name="email"' in body and 'autocomplete="email"' in body
    assert "<legend>Uw gegevens</legend>" in body
    assert "Nog 1 plaats beschikbaar." in body
    assert JOIN not in body
    assert "Henk Geheimhouder" not in body
    assert "no-cache" in response["Cache-Control"]


def test_member_registers_in_one_click_and_then_sees_the_join_link(client, member, small_event):
    client.force_login(member)
    page = text(client.get(small_event.url))
    assert "Aanmelden met één klik" in page
    assert JOIN not in page

    response = client.post(f"{small_event.url}aanmelden/")

    assert response.status_code == 303
    assert response["Location"] == f"{small_event.url}#aanmelden"
    page = text(client.get(small_event.url))
    assert "U bent aangemeld." in page
    assert JOIN in page
    assert "U bent aangemeld. U ontvangt een bevestiging per e-mail" in page  # message
    assert Registration.objects.get().status == "confirmed"


def test_waitlisted_member_sees_position_but_no_join_link(client, make_event, member):
    event = make_event(capacity=1)
    RegistrationFactory(event=event)
    client.force_login(member)

    client.post(f"{event.url}aanmelden/")

    page = text(client.get(event.url))
    assert "U staat op de wachtlijst (plaats 1)." in page
    assert JOIN not in page


def test_duplicate_registration_is_a_409_with_a_dutch_message(client, member, small_event):
    client.force_login(member)
    client.post(f"{small_event.url}aanmelden/")

    response = client.post(f"{small_event.url}aanmelden/")

    assert response.status_code == 409
    assert "U bent al aangemeld voor dit evenement." in text(response)
    assert Registration.objects.count() == 1


@pytest.mark.parametrize(
    ("shift", "fields", "status_text"),
    [
        (dt.timedelta(days=-2), {}, "Dit evenement is al voorbij."),
        (dt.timedelta(days=5), {"opens": dt.timedelta(days=1)}, "nog niet geopend"),
        (dt.timedelta(days=5), {"closes": -dt.timedelta(days=1)}, "is gesloten sinds"),
    ],
)
def test_closed_registration_is_a_400_with_explanation(
    client, member, make_event, shift, fields, status_text
):
    start = timezone.now() + shift
    event = make_event(start=start, end=start + dt.timedelta(hours=1))
    if "opens" in fields:
        event.registration_opens = timezone.now() + fields["opens"]
    if "closes" in fields:
        event.registration_closes = timezone.now() + fields["closes"]
    event.save()
    client.force_login(member)

    page = client.get(event.url)
    assert status_text in text(page)
    assert "Aanmelden met één klik" not in text(page)

    response = client.post(f"{event.url}aanmelden/")
    assert response.status_code == 400
    assert status_text in text(response)
    assert not Registration.objects.exists()


def test_members_only_event_asks_visitors_to_log_in_and_refuses_their_post(client, make_event):
    event = make_event(members_only=True)

    page = text(client.get(event.url))
    assert "Inloggen om u aan te melden" in page
    assert 'name="email"' not in page

    response = client.post(
        f"{event.url}aanmelden/", {"name": "Bezoeker", "email": "bezoeker@example.org"}
    )
    assert response.status_code == 403
    assert "alleen voor leden" in text(response)


def test_account_awaiting_approval_cannot_register_for_members_only_event(client, user, make_event):
    event = make_event(members_only=True)
    client.force_login(user)

    assert "nog niet goedgekeurd" in text(client.get(event.url))
    assert client.post(f"{event.url}aanmelden/").status_code == 403


def test_visitor_registration_double_opt_in(client, small_event, mails):
    with mails():
        response = client.post(
            f"{small_event.url}aanmelden/",
            {"name": "Sanne de Vries", "email": "sanne@notariaat.nl", "organisation": "KNB"},
        )
    assert response.status_code == 303
    registration = Registration.objects.get()
    assert registration.status == "pending"
    [message] = mail.outbox
    assert message.to == ["sanne@notariaat.nl"]
    confirm_url = registration.get_confirm_url()
    assert confirm_url in message.body

    # GET (as a mail scanner would) changes nothing.
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert "Aanmelding bevestigen" in text(page)
    registration.refresh_from_db()
    assert registration.status == "pending"

    with mails():
        done = client.post(confirm_url)
    assert done.status_code == 200
    assert "Uw aanmelding is bevestigd." in text(done)
    registration.refresh_from_db()
    assert registration.status == "confirmed"
    assert JOIN in mail.outbox[1].body
    assert JOIN not in text(done)


def test_visitor_form_errors_are_a_400_with_field_messages(client, small_event):
    response = client.post(f"{small_event.url}aanmelden/", {"name": "", "email": "geen-adres"})

    assert response.status_code == 400
    body = text(response)
    assert "Controleer de gemarkeerde velden." in body
    assert "Vul uw naam in." in body
    assert "Vul een geldig e-mailadres in" in body
    assert 'aria-invalid="true"' in body
    assert 'value="geen-adres"' in body  # nothing typed is lost
    assert not Registration.objects.exists()


def test_visitor_registration_is_rate_limited(client, small_event, monkeypatch):
    monkeypatch.setattr("events.views.RATE_LIMIT", 10)  # the real limit: test_registration_limits
    for i in range(10):
        client.post(f"{small_event.url}aanmelden/", {"name": "X", "email": f"x{i}@example.org"})

    response = client.post(f"{small_event.url}aanmelden/", {"name": "X", "email": "y@example.org"})

    assert response.status_code == 429
    assert "te vaak geprobeerd" in text(response)


def test_one_address_cannot_be_flooded_with_confirmation_mails(client, small_event, mails):
    with mails():
        for i in range(6):
            response = client.post(
                f"{small_event.url}aanmelden/",
                {"name": "X", "email": "doelwit@example.org"},
                REMOTE_ADDR=f"10.0.0.{i}",
            )
    assert response.status_code == 429
    assert len(mail.outbox) == 5


def test_bad_or_expired_confirmation_link_is_a_400(client, small_event):
    registration = RegistrationFactory(event=small_event, status="pending")
    response = client.get(f"/agenda/{small_event.slug}/bevestigen/niet-geldig/")
    assert response.status_code == 400
    assert "ongeldig of verlopen" in text(response)

    old_token = signing.TimestampSigner(salt=CONFIRM_SALT).sign_object(registration.pk)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("events.services.CONFIRM_MAX_AGE", -1)
        expired = client.post(f"/agenda/{small_event.slug}/bevestigen/{old_token}/")
    assert expired.status_code == 400
    registration.refresh_from_db()
    assert registration.status == "pending"


def test_cancel_link_asks_first_then_cancels_and_promotes(client, small_event, mails):
    first = RegistrationFactory(event=small_event)
    RegistrationFactory(event=small_event)
    waiting = RegistrationFactory(event=small_event, status="waitlisted")
    url = first.get_cancel_url()

    page = client.get(url)
    assert page.status_code == 200
    assert "Ja, meld mij af" in text(page)
    assert page["Referrer-Policy"] == "no-referrer"
    first.refresh_from_db()
    assert first.status == "confirmed"

    with mails():
        done = client.post(url)
    assert done.status_code == 200
    assert "U bent afgemeld." in text(done)
    first.refresh_from_db()
    waiting.refresh_from_db()
    assert first.status == "cancelled"
    assert waiting.status == "confirmed"
    assert {m.to[0] for m in mail.outbox} == {first.email, waiting.email}

    again = client.post(url)
    assert again.status_code == 200
    assert "al geannuleerd" in text(again) or "U bent afgemeld" in text(again)


def test_cancel_link_of_another_event_or_forged_is_rejected(client, small_event, make_event):
    other = make_event(title="Ander evenement")
    registration = RegistrationFactory(event=other)
    token = registration.cancel_token()

    assert client.get(f"/agenda/{small_event.slug}/afmelden/{token}/").status_code == 400
    assert client.post(f"/agenda/{other.slug}/afmelden/{token}x/").status_code == 400
    registration.refresh_from_db()
    assert registration.status == "confirmed"


def test_cancel_after_start_is_a_409(client, past_event):
    registration = RegistrationFactory(event=past_event)
    response = client.post(registration.get_cancel_url())
    assert response.status_code == 409
    assert "al begonnen" in text(response)


def test_materials_after_the_event_for_registrants_only(client, member, past_event):
    past_event.recording_link = "https://video.example.org/opname-123"
    past_event.save()
    assert "opname-123" not in text(client.get(past_event.url))

    RegistrationFactory(event=past_event, user=member, email=member.email, status="attended")
    client.force_login(member)
    page = text(client.get(past_event.url))
    assert "https://video.example.org/opname-123" in page
    assert JOIN not in page  # the event is over


def test_event_page_query_count_is_bounded(
    client, member, small_event, django_assert_max_num_queries, django_assert_num_queries
):
    """At most 12 queries, for visitors and members alike (session, user and the user bar's
    permission check included); nothing grows with the number of registrations."""
    RegistrationFactory(event=small_event, user=member, email=member.email)
    with django_assert_max_num_queries(12):
        assert client.get(small_event.url).status_code == 200
    client.force_login(member)
    with django_assert_max_num_queries(12) as few:
        assert client.get(small_event.url).status_code == 200
    for _ in range(30):
        RegistrationFactory(event=small_event, status="waitlisted")
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(small_event.url).status_code == 200


# ---------------------------------------------------------------------------------------------
# Agenda


def test_agenda_lists_upcoming_then_past_with_filters(client, make_event):
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    soon = make_event(title="Komt eraan", themes=[theme])
    make_event(title="Ander onderwerp", event_format="symposium")
    start = timezone.now() - dt.timedelta(days=3)
    make_event(title="Was vorige week", start=start, end=start + dt.timedelta(hours=1))

    upcoming = text(client.get("/agenda/"))
    assert "Komt eraan" in upcoming and "Ander onderwerp" in upcoming
    assert "Was vorige week" not in upcoming
    assert "Was vorige week" in text(client.get("/agenda/?periode=afgelopen"))

    filtered = text(client.get("/agenda/?thema=witwassen"))
    assert "Komt eraan" in filtered and "Ander onderwerp" not in filtered
    assert "feed.ics?thema=witwassen" in filtered
    assert "Ander onderwerp" in text(client.get("/agenda/?vorm=symposium"))
    assert "Komt eraan" not in text(client.get("/agenda/?vorm=symposium"))
    assert soon.join_link not in upcoming


def test_agenda_shows_full_events_with_waitlist(client, make_event):
    event = make_event(title="Vol webinar", capacity=1)
    RegistrationFactory(event=event)
    assert "Vol – aanmelden voor de wachtlijst kan nog" in text(client.get("/agenda/"))


def test_month_grid_is_a_table_with_events_on_their_day_and_a_list(client, make_event):
    start = dt.datetime(2030, 12, 3, 14, 0, tzinfo=AMSTERDAM)
    make_event(title="Decemberwebinar", start=start, end=start + dt.timedelta(hours=2))
    two_days = dt.datetime(2030, 12, 30, 9, 0, tzinfo=AMSTERDAM)
    make_event(title="Tweedaagse", start=two_days, end=two_days + dt.timedelta(days=1, hours=8))
    make_event(title="Januari", start=dt.datetime(2031, 1, 15, 10, tzinfo=AMSTERDAM))

    response = client.get("/agenda/?maand=2030-12")

    assert response.status_code == 200
    body = text(response)
    assert '<table class="month-grid">' in body
    assert '<abbr title="Maandag">ma</abbr>' in body
    assert "December 2030" in body
    assert body.count("Decemberwebinar") == 2  # grid cell and small-screen list
    assert body.count("Tweedaagse") == 4  # two days, in grid and list
    assert "Januari" not in body
    assert "maand=2030-11" in body and "maand=2031-01" in body


def test_month_grid_marks_today(client, agenda):
    today = timezone.localdate()
    body = text(client.get(f"/agenda/?maand={today:%Y-%m}"))
    assert 'aria-current="date"' in body


@pytest.mark.parametrize("value", ["2030-13", "december", "2030-1-1", "1800-01"])
def test_invalid_month_is_a_400_in_dutch(client, agenda, value):
    response = client.get(f"/agenda/?maand={value}")
    assert response.status_code == 400
    assert "Ongeldige maand: gebruik de vorm JJJJ-MM" in text(response)


def test_agenda_query_count_is_bounded(client, make_event, django_assert_max_num_queries):
    themes = [ThemeFactory() for _ in range(3)]
    for i in range(25):
        event = make_event(title=f"Evenement {i}", capacity=10, themes=themes)
        RegistrationFactory(event=event)
    for url in ("/agenda/", "/agenda/?periode=afgelopen", f"/agenda/?maand={timezone.now():%Y-%m}"):
        with django_assert_max_num_queries(12):
            assert client.get(url).status_code == 200


def test_agenda_hides_view_restricted_events_from_visitors(client, make_event, member):
    from ..helpers import restrict_to_members

    hidden = make_event(title="Besloten sessie")
    restrict_to_members(hidden)

    assert "Besloten sessie" not in text(client.get("/agenda/"))
    assert "Besloten sessie" not in text(client.get("/agenda/feed.ics"))
    assert client.get(f"/agenda/{hidden.slug}/event.ics").status_code == 404
    client.force_login(member)
    assert "Besloten sessie" in text(client.get("/agenda/"))


def test_staff_role_users_can_register_too(client, small_event):
    organiser = UserFactory(roles=[roles.ORGANISATOR])
    client.force_login(organiser)
    assert client.post(f"{small_event.url}aanmelden/").status_code == 303


def test_join_link_recording_and_materials_are_not_searchable(make_event):
    from wagtail.search.backends import get_search_backend

    from events.models import EventPage

    event = make_event(title="Webinar ketenaanpak", recording_link="https://video.example.org/x")
    indexed = {field.field_name for field in EventPage.search_fields}
    assert not indexed & {"join_link", "recording_link", "materials"}
    backend = get_search_backend()
    backend.add(event)
    assert list(backend.search("geheim-123", EventPage)) == []
    assert list(backend.search("ketenaanpak", EventPage)) == [event]
