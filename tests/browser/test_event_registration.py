"""A member registers for an event in a real browser; agenda and event page pass axe-core."""

import datetime as dt

from django.conf import settings
from django.test import Client
from django.utils import timezone

import pytest

from events.models import Registration

from ..factories import EventPageFactory
from .conftest import axe_violations

# serialized_rollback: the flush after this live-server test must leave the data migrations
# (groups, page tree) in place for the transactional tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def log_in(page, live_server, user) -> None:
    """Reuse a Django session in the browser (the login form is the members' tests' job)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def test_member_registers_for_an_event_and_pages_are_accessible(live_server, page, agenda, member):
    start = timezone.now() + dt.timedelta(days=10)
    event = EventPageFactory(
        parent=agenda,
        title="Symposium synthetische drugs",
        summary="Drugslabs, dumpingen en de aanpak in de regio.",
        start=start,
        end=start + dt.timedelta(hours=3),
        capacity=100,
    )
    EventPageFactory(parent=agenda, title="Webinar witwassen via vastgoed")

    page.goto(live_server.url + "/agenda/")
    assert page.get_by_role("link", name="Symposium synthetische drugs").is_visible()
    assert axe_violations(page) == []

    page.get_by_role("link", name="Maandoverzicht").click()
    page.wait_for_url("**/agenda/?maand=*")
    assert page.get_by_role("table").count() == 1
    assert axe_violations(page) == []

    page.goto(live_server.url + event.url)
    assert page.get_by_role("textbox", name="E-mailadres").is_visible()  # visitor form
    assert axe_violations(page) == []

    log_in(page, live_server, member)
    page.goto(live_server.url + event.url)
    assert axe_violations(page) == []
    button = page.get_by_role("button", name="Aanmelden met één klik")
    button.focus()
    page.keyboard.press("Enter")  # keyboard works as well as a click
    page.wait_for_url(f"**{event.url}#aanmelden")

    assert page.get_by_role("status").filter(has_text="U bent aangemeld").is_visible()
    assert page.get_by_text("U bent aangemeld.", exact=True).is_visible()
    join = page.get_by_role("link", name="Deelnemen aan Symposium synthetische drugs")
    assert join.get_attribute("href") == event.join_link
    assert Registration.objects.get(event=event, user=member).status == "confirmed"
    assert axe_violations(page) == []
