"""Visitor registration limits (issue #13): a flood from one address stops, but one
organisation's office network registers its 200 people for a webinar within the hour."""

import pytest

from events import views
from events.models import Registration

pytestmark = pytest.mark.django_db

OFFICE = "145.12.0.7"  # one municipality's network address


def register(client, event, email: str, address: str = OFFICE):
    return client.post(
        f"{event.url}aanmelden/",
        {"name": "Collega", "email": email, "organisation": "Gemeente Voorbeeld"},
        REMOTE_ADDR=address,
    )


def test_two_hundred_colleagues_behind_one_address_register_within_the_hour(client, make_event):
    webinar = make_event(title="Webinar ondermijning in het buitengebied", capacity=None)

    answers = [
        register(client, webinar, f"collega{n}@gemeente.example").status_code for n in range(200)
    ]

    assert set(answers) == {303}
    assert Registration.objects.filter(event=webinar).count() == 200


def test_a_flood_from_one_address_stops_at_the_address_limit(client, make_event, monkeypatch):
    monkeypatch.setattr(views, "RATE_LIMIT", 20)  # the same counter, a smaller number
    event = make_event(title="Webinar", capacity=None)
    for n in range(20):
        assert register(client, event, f"bot{n}@spam.example").status_code == 303

    response = register(client, event, "bot-extra@spam.example")

    assert response.status_code == 429
    body = response.content.decode()
    assert "U heeft het te vaak geprobeerd. Probeer het over een uur opnieuw" in body
    assert Registration.objects.filter(event=event).count() == 20
    # Someone at another address is not held back.
    assert register(client, event, "iemand@elders.example", "192.0.2.9").status_code == 303


def test_an_event_takes_a_bounded_number_of_attempts_from_all_addresses(
    client, make_event, monkeypatch
):
    monkeypatch.setattr(views, "RATE_LIMIT_PER_EVENT", 30)
    event, other = (
        make_event(title="Webinar", capacity=None),
        make_event(title="Ander", capacity=None),
    )
    for n in range(30):
        assert register(client, event, f"p{n}@x.example", f"198.51.100.{n}").status_code == 303

    assert register(client, event, "laat@x.example", "203.0.113.1").status_code == 429
    assert register(client, other, "laat@x.example", "203.0.113.1").status_code == 303


def test_one_mailbox_gets_at_most_five_confirmation_requests_an_hour(client, make_event):
    event = make_event(title="Webinar", capacity=None)
    answers = [
        register(client, event, "doelwit@example.org", f"10.1.0.{n}").status_code for n in range(6)
    ]
    assert answers == [303] * views.RATE_LIMIT_PER_EMAIL + [429]
