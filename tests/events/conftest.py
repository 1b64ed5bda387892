import datetime as dt

from django.utils import timezone

import pytest

from ..factories import EventPageFactory
from ..helpers import login_with_mfa


@pytest.fixture
def make_event(agenda):
    """Create a published event under the agenda; keyword arguments override fields."""

    def make(**kwargs):
        kwargs.setdefault("parent", agenda)
        return EventPageFactory(**kwargs)

    return make


@pytest.fixture
def small_event(make_event):
    """Two seats, waitlist on, registration open now."""
    return make_event(title="Webinar witwassen", capacity=2)


@pytest.fixture
def past_event(make_event):
    start = timezone.now() - dt.timedelta(days=10)
    return make_event(title="Terugblik drugsafval", start=start, end=start + dt.timedelta(hours=2))


@pytest.fixture
def mails(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (where tasks are enqueued) inside `with mails():` blocks; the
    ImmediateBackend then sends at once into mail.outbox."""

    def capture():
        return django_capture_on_commit_callbacks(execute=True)

    return capture


@pytest.fixture
def organiser_client(client, organiser):
    """Signed in to the Wagtail admin as an organiser (TOTP set up, as staff must)."""
    login_with_mfa(client, organiser)
    return client
