"""A visitor's registration POST and the click on the confirmation link stay cheap: they are
what 200 colleagues send at once when a webinar opens (issue #13, `make bench`). The bounds
count every query of the request, the savepoint of the test's transaction included; the mail
task runs after commit, outside the bound (production: one INSERT into the task queue)."""

from django.core import mail

import pytest

from events.models import Registration

# route (2), event lock, closed switch, same address, insert, savepoint + release
POST_MAX_QUERIES = 8
# site, agenda, event, view restrictions, the link's registration, event lock, registration
# lock, closed switch, seat count, update, savepoint + release
CONFIRM_MAX_QUERIES = 12


@pytest.fixture
def visitor_form():
    return {"name": "Anna de Vries", "email": "anna@gemeente.example", "organisation": "Gemeente"}


def test_registration_post_runs_a_bounded_number_of_queries(
    client,
    small_event,
    visitor_form,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    url = small_event.url + "aanmelden/"
    client.post(url, {**visitor_form, "email": "eerder@gemeente.example"})  # warm the caches
    mail.outbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        django_assert_max_num_queries(POST_MAX_QUERIES),
    ):
        response = client.post(url, visitor_form)
    assert response.status_code == 303
    registration = Registration.objects.get(email="anna@gemeente.example")
    assert registration.status == Registration.Status.PENDING
    # The confirmation request, sent by the task enqueued after commit.
    assert [m.to for m in mail.outbox] == [["anna@gemeente.example"]]


def test_confirmation_post_runs_a_bounded_number_of_queries(
    client,
    small_event,
    visitor_form,
    django_assert_max_num_queries,
    django_capture_on_commit_callbacks,
):
    client.post(small_event.url + "aanmelden/", visitor_form)
    registration = Registration.objects.get(email="anna@gemeente.example")
    link = registration.get_confirm_url()
    mail.outbox.clear()
    with (
        django_capture_on_commit_callbacks(execute=True),
        django_assert_max_num_queries(CONFIRM_MAX_QUERIES),
    ):
        response = client.post(link)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Uw aanmelding is bevestigd." in page
    assert 'aria-label="Kruimelpad"' in page and small_event.title in page
    registration.refresh_from_db()
    assert registration.status == Registration.Status.CONFIRMED
    # The confirmation with the join link, sent by the task enqueued after commit.
    assert [m.to for m in mail.outbox] == [["anna@gemeente.example"]]


def test_confirmation_on_a_full_event_stays_bounded_and_shows_the_waitlist_place(
    client, small_event, visitor_form, django_assert_max_num_queries
):
    """The waitlist answer shows the visitor's place: one query more, no more."""
    for n in range(2):
        email = f"collega{n}@gemeente.example"
        client.post(small_event.url + "aanmelden/", {**visitor_form, "email": email})
        client.post(Registration.objects.get(email=email).get_confirm_url())
    client.post(small_event.url + "aanmelden/", visitor_form)
    registration = Registration.objects.get(email="anna@gemeente.example")
    link = registration.get_confirm_url()
    with django_assert_max_num_queries(CONFIRM_MAX_QUERIES + 1):
        response = client.post(link)
    assert "U staat op de wachtlijst, op plaats 1." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == Registration.Status.WAITLISTED
