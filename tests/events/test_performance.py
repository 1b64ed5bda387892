"""The agenda and event pages cost a bounded number of queries (docs/product.md: at most 12 per page
view) for a visitor, a signed-in member with registrations, an editor and an organiser (both
get Wagtail's user bar; the organiser also the link to the registrations), whatever the number
of events, themes and registrations."""

from django.utils import timezone

import pytest

from ..factories import RegistrationFactory, ThemeFactory
from ..production_cache import (  # noqa: F401 - fixtures
    production_cache_kind,
    production_caches,
    production_redis_caches,
)

MAX_QUERIES = 12


@pytest.fixture
def agenda_full(make_event, member):
    """Twenty-five upcoming and five past events sharing themes, with registrations; the member
    holds a seat for the first one and waits for a full one."""
    main = ThemeFactory(name="Witwassen", slug="witwassen")
    themes = [main, ThemeFactory(name="Cryptovaluta", slug="cryptovaluta", parent=main)]
    events = [
        make_event(title=f"Webinar {n}", capacity=10, themes=themes, members_only=n % 4 == 0)
        for n in range(25)
    ]
    for n in range(5):
        start = timezone.now() - timezone.timedelta(days=n + 1)
        make_event(title=f"Terugblik {n}", start=start, end=start + timezone.timedelta(hours=2))
    for event in events:
        for _ in range(3):
            RegistrationFactory(event=event)
    full = make_event(title="Vol webinar", capacity=1)
    RegistrationFactory(event=full)
    RegistrationFactory(event=events[0], user=member, email=member.email)
    RegistrationFactory(event=full, user=member, email=member.email, status="waitlisted")
    return {"event": events[0], "members_only": events[4], "full": full}


PAGES = {
    "agenda": lambda a: "/agenda/",
    "agenda_past": lambda a: "/agenda/?periode=afgelopen",
    "agenda_month": lambda a: f"/agenda/?maand={timezone.localdate():%Y-%m}",
    "agenda_filtered": lambda a: "/agenda/?thema=witwassen&vorm=webinar",
    "event": lambda a: a["event"].url,
    "event_members_only": lambda a: a["members_only"].url,
    "event_full": lambda a: a["full"].url,
}


@pytest.fixture(params=["visitor", "member", "editor", "organiser"])
def reader(request, client):
    if request.param != "visitor":
        client.force_login(request.getfixturevalue(request.param))
    return request.param


@pytest.mark.parametrize("page", list(PAGES))
def test_agenda_and_event_views_run_at_most_twelve_queries(
    client, agenda_full, reader, page, django_assert_max_num_queries
):
    url = PAGES[page](agenda_full)
    client.get(url)  # warm the site and taxonomy caches, as any earlier visitor has
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
    assert ("userbar" in response.content.decode()) == (reader in ("editor", "organiser"))


def test_member_event_page_queries_do_not_grow_with_registrations(
    client, agenda_full, member, django_assert_max_num_queries, django_assert_num_queries
):
    """The member's own registration, free seats and the close switch are looked up once,
    however many people registered."""
    event = agenda_full["event"]
    client.force_login(member)
    client.get(event.url)
    with django_assert_max_num_queries(MAX_QUERIES) as few:
        assert client.get(event.url).status_code == 200
    for _ in range(30):
        RegistrationFactory(event=event, status="waitlisted")
    with django_assert_num_queries(len(few.captured_queries)):
        assert client.get(event.url).status_code == 200


@pytest.mark.usefixtures("production_cache_kind")
@pytest.mark.parametrize("page", list(PAGES))
def test_agenda_and_event_views_run_at_most_twelve_queries_with_the_production_caches(
    client, agenda_full, reader, page, django_assert_max_num_queries
):
    """The same bound with production's caches: the database cache, where every cache read
    is a query, and Redis."""
    url = PAGES[page](agenda_full)
    client.get(url)
    with django_assert_max_num_queries(MAX_QUERIES):
        response = client.get(url)
    assert response.status_code == 200
