"""ICS output parsed back with icalendar and checked field by field."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.utils import timezone

import pytest
from icalendar import Calendar

from events import ics
from events.models import CalendarToken

from ..factories import AudienceFactory, RegistrationFactory, ThemeFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
pytestmark = pytest.mark.django_db


def parse(response) -> Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> dict[str, object]:
    return {str(e["summary"]): e for e in calendar.walk("VEVENT")}


def test_single_event_ics_fields(client, make_event):
    start = dt.datetime(2030, 3, 14, 14, 0, tzinfo=AMSTERDAM)  # winter time, +01:00
    event = make_event(
        title="Symposium synthetische drugs",
        summary="Drugslabs en dumpingen.",
        start=start,
        end=start + dt.timedelta(hours=3),
        online_platform="Teams",
    )
    event.save_revision().publish()

    calendar = parse(client.get(f"{event.url}event.ics"))

    assert calendar["version"] == "2.0"
    assert calendar["method"] == "PUBLISH"
    [timezone_component] = calendar.walk("VTIMEZONE")
    assert timezone_component["tzid"] == "Europe/Amsterdam"
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["uid"]) == f"{event.translation_key}@kennisplatform-ondermijning.nl"
    assert vevent["dtstart"].params["TZID"] == "Europe/Amsterdam"
    assert vevent.decoded("dtstart") == start
    assert vevent.decoded("dtstart").utcoffset() == dt.timedelta(hours=1)
    assert vevent.decoded("dtend") == start + dt.timedelta(hours=3)
    assert vevent["sequence"] == 0
    assert str(vevent["summary"]) == "Symposium synthetische drugs"
    assert str(vevent["url"]) == f"http://testserver{event.url}"
    assert str(vevent["location"]) == "Online via Teams"
    assert "Drugslabs en dumpingen." in str(vevent["description"])
    assert event.join_link not in response_text(client, f"{event.url}event.ics")
    assert vevent.decoded("dtstamp").tzinfo is not None


def response_text(client, url: str) -> str:
    return client.get(url).content.decode()


def unfolded_lines(response) -> list[str]:
    """The content lines as a calendar app reads them: long lines unfolded (RFC 5545 §3.1)."""
    return response.content.decode().replace("\r\n ", "").split("\r\n")


def test_uid_is_stable_and_sequence_bumps_after_a_time_change(client, make_event):
    event = make_event(title="Webinar mensenhandel")
    event.save_revision().publish()
    before = parse(client.get(f"{event.url}event.ics")).walk("VEVENT")[0]

    event.start += dt.timedelta(days=1)
    event.end += dt.timedelta(days=1)
    event.slug = "webinar-mensenhandel-nieuw"
    event.save_revision().publish()
    event.refresh_from_db()
    after = parse(client.get(f"{event.url}event.ics")).walk("VEVENT")[0]

    assert after["uid"] == before["uid"]
    assert before["sequence"] == 0
    assert after["sequence"] == 1
    assert after.decoded("dtstart") == before.decoded("dtstart") + dt.timedelta(days=1)


def test_feed_lists_events_honours_filters_and_never_contains_join_links(client, make_event):
    drugs = ThemeFactory(name="Drugs", slug="drugs")
    xtc = ThemeFactory(name="XTC", slug="xtc", parent=drugs)
    notaries = AudienceFactory(name="Notarissen", slug="notarissen")
    a = make_event(title="Webinar XTC", themes=[xtc])
    b = make_event(title="Bijeenkomst notarissen", event_format="bijeenkomst")
    b.audiences.set([notaries])
    b.save()
    old = timezone.now() - dt.timedelta(days=400)
    make_event(title="Heel oud", start=old, end=old + dt.timedelta(hours=1))

    everything = parse(client.get("/agenda/feed.ics"))
    assert set(vevents(everything)) == {"Webinar XTC", "Bijeenkomst notarissen"}
    assert len(everything.walk("VTIMEZONE")) == 1
    assert a.join_link not in client.get("/agenda/feed.ics").content.decode()

    by_theme = parse(client.get("/agenda/feed.ics?thema=drugs"))  # parent theme includes XTC
    assert set(vevents(by_theme)) == {"Webinar XTC"}
    by_format = parse(client.get("/agenda/feed.ics?vorm=bijeenkomst"))
    assert set(vevents(by_format)) == {"Bijeenkomst notarissen"}
    by_audience = parse(client.get("/agenda/feed.ics?doelgroep=notarissen"))
    assert set(vevents(by_audience)) == {"Bijeenkomst notarissen"}
    assert b.pk


def test_feed_with_unknown_format_is_a_400_in_dutch(client, agenda):
    response = client.get("/agenda/feed.ics?vorm=rave")
    assert response.status_code == 400
    assert "Onbekende vorm" in response.content.decode()


def test_personal_feed_has_my_confirmed_events_with_join_links(client, member, make_event):
    mine = make_event(title="Mijn webinar", join_link="https://meet.example.org/mijn-link")
    waiting = make_event(title="Wachtlijst-webinar", join_link="https://meet.example.org/wacht")
    other = make_event(title="Niet voor mij", join_link="https://meet.example.org/ander")
    RegistrationFactory(event=mine, user=member, email=member.email)
    RegistrationFactory(event=waiting, user=member, email=member.email, status="waitlisted")
    RegistrationFactory(event=other)
    token = CalendarToken.objects.create(user=member)

    response = client.get(f"/mijn/agenda.ics?token={token.token}")
    calendar = parse(response)

    assert set(vevents(calendar)) == {"Mijn webinar"}
    event = vevents(calendar)["Mijn webinar"]
    assert str(event["location"]) == "https://meet.example.org/mijn-link"
    assert "https://meet.example.org/mijn-link" in str(event["description"])
    assert "private" in response["Cache-Control"]
    assert calendar.walk("VTIMEZONE")


def test_personal_feed_rejects_unknown_and_revoked_tokens(client, member):
    token = CalendarToken.objects.create(user=member)
    assert client.get("/mijn/agenda.ics").status_code == 404
    assert client.get("/mijn/agenda.ics?token=verkeerd-verkeerd-verkeerd").status_code == 404

    client.force_login(member)
    client.post("/mijn/agenda-feed/", {"action": "revoke"})
    response = client.get(f"/mijn/agenda.ics?token={token.token}")
    assert response.status_code == 404
    assert "ingetrokken" in response.content.decode()


def test_calendar_token_page_creates_rotates_and_revokes(client, member):
    assert client.get("/mijn/agenda-feed/").status_code == 302  # login required
    client.force_login(member)

    page = client.get("/mijn/agenda-feed/")
    assert page.status_code == 200
    assert "Maak mijn agenda-link" in page.content.decode()

    client.post("/mijn/agenda-feed/", {"action": "create"})
    first = CalendarToken.objects.get(user=member).token
    assert first in client.get("/mijn/agenda-feed/").content.decode()

    client.post("/mijn/agenda-feed/", {"action": "rotate"})
    second = CalendarToken.objects.get(user=member).token
    assert second != first
    assert client.get(f"/mijn/agenda.ics?token={first}").status_code == 404
    assert client.get(f"/mijn/agenda.ics?token={second}").status_code == 200

    client.post("/mijn/agenda-feed/", {"action": "revoke"})
    assert not CalendarToken.objects.filter(user=member).exists()
    assert client.post("/mijn/agenda-feed/", {"action": "zomaar"}).status_code == 400


@pytest.mark.parametrize("value", ["%0D%0Ax", "%0Ax", "x%0D%0AX-EVIL:1", "%01%1B", "bestaat-niet"])
def test_feed_with_an_unknown_theme_is_a_400_in_dutch_like_the_agenda(client, agenda, value):
    """A theme that is not in the list (a typo, a removed theme, injected line breaks) is
    refused with the agenda's own message, never copied into the calendar."""
    feed = client.get(f"/agenda/feed.ics?thema={value}")
    page = client.get(f"/agenda/?thema={value}")

    assert feed.status_code == 400
    assert "Onbekend thema: kies een thema uit de lijst." in feed.content.decode()
    assert page.status_code == 400
    assert "Onbekend thema: kies een thema uit de lijst." in page.content.decode()


def test_feed_with_an_unknown_audience_is_a_400_in_dutch(client, agenda):
    response = client.get("/agenda/feed.ics?doelgroep=%0D%0Aiedereen")
    assert response.status_code == 400
    assert "Onbekende doelgroep: kies een doelgroep uit de lijst." in response.content.decode()


def test_feed_name_shows_the_chosen_filters_by_their_names(client, make_event):
    """The calendar is named after the filters' labels from the taxonomy, not the raw
    query string."""
    ThemeFactory(name="Witwassen", slug="witwassen")
    AudienceFactory(name="Notarissen", slug="notarissen")

    response = client.get("/agenda/feed.ics?thema=witwassen&vorm=webinar&doelgroep=notarissen")
    parse(response)
    lines = unfolded_lines(response)

    # TEXT escapes its commas (RFC 5545 §3.3.11); calendar apps show "Agenda (Witwassen, …".
    name = r"Agenda (Witwassen\, Webinar\, Notarissen) – Kennisplatform Ondermijning"
    assert f"NAME:{name}" in lines
    assert f"X-WR-CALNAME:{name}" in lines


def test_line_breaks_in_a_calendar_name_are_escaped(make_event):
    """Whatever text reaches the calendar name (here an event title with a line break) is
    written as one escaped TEXT value, so it can never start a content line of its own."""
    event = make_event(title="Eerste regel\r\nX-INJECTED:ja")
    content = ics.single_event_calendar(event).decode()

    assert "\r\nX-INJECTED" not in content
    assert "NAME:Eerste regel\\nX-INJECTED:ja" in content
    assert "SUMMARY:Eerste regel\\nX-INJECTED:ja" in content
