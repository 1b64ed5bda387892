"""Weekly theme digest: new content and events in the chosen themes, never an item twice, only
what the subscriber may open, and a one-click unsubscribe link that works without login."""

import datetime as dt

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from members import tokens
from members.models import DigestItem, ThemeSubscription

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory, UserFactory
from ..helpers import restrict_to_members


def _published_event(**kwargs):
    """EventPageFactory pages are live but never went through publish(); real ones did."""
    event = EventPageFactory(**kwargs)
    type(event).objects.filter(pk=event.pk).update(first_published_at=timezone.now())
    return event


@pytest.fixture
def witwassen(db):
    return ThemeFactory(name="Witwassen", slug="witwassen")


@pytest.fixture
def subscriber(member, witwassen):
    ThemeSubscription.objects.create(user=member, theme=witwassen)
    return member


@pytest.mark.django_db
def test_digest_sends_new_items_once(subscriber, witwassen, knowledge_index, agenda):
    sub_theme = ThemeFactory(name="Vastgoed", slug="vastgoed", parent=witwassen)
    ArticlePageFactory(parent=knowledge_index, title="Witwassen via vastgoed", themes=[sub_theme])
    _published_event(parent=agenda, title="Webinar witwassen", themes=[witwassen])
    ArticlePageFactory(parent=knowledge_index, title="Over iets anders", themes=[ThemeFactory()])

    call_command("send_theme_digests", verbosity=0)
    [message] = mail.outbox
    assert message.to == [subscriber.email]
    assert "Witwassen via vastgoed" in message.body
    assert "Webinar witwassen" in message.body
    assert "Over iets anders" not in message.body
    assert message.alternatives[0][1] == "text/html"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert DigestItem.objects.filter(user=subscriber).count() == 2

    # Running again (even forced past the weekly interval) sends nothing already sent.
    call_command("send_theme_digests", verbosity=0)
    call_command("send_theme_digests", "--ignore-interval", verbosity=0)
    assert len(mail.outbox) == 1

    # A week later only the new item goes out.
    ArticlePageFactory(parent=knowledge_index, title="Nieuw witwasbeeld", themes=[witwassen])
    call_command("send_theme_digests", verbosity=0)
    assert len(mail.outbox) == 1  # too soon for the next weekly digest
    from members.services import digest_send

    assert digest_send(user=subscriber, now=timezone.now() + dt.timedelta(days=7)) == 1
    assert "Nieuw witwasbeeld" in mail.outbox[-1].body
    assert "Witwassen via vastgoed" not in mail.outbox[-1].body


@pytest.mark.django_db
def test_digest_leaves_out_what_the_subscriber_may_not_open(user, witwassen, knowledge_index):
    ThemeSubscription.objects.create(user=user, theme=witwassen)  # awaiting approval
    closed = ArticlePageFactory(
        parent=knowledge_index, title="Alleen voor leden", themes=[witwassen]
    )
    restrict_to_members(closed)
    ArticlePageFactory(parent=knowledge_index, title="Openbaar stuk", themes=[witwassen])
    call_command("send_theme_digests", verbosity=0)
    [message] = mail.outbox
    assert "Openbaar stuk" in message.body
    assert "Alleen voor leden" not in message.body
    assert "Alleen voor leden" not in message.alternatives[0][0]


@pytest.mark.django_db
def test_old_items_and_past_events_are_not_news(subscriber, witwassen, knowledge_index, agenda):
    old = ArticlePageFactory(parent=knowledge_index, title="Oud nieuws", themes=[witwassen])
    type(old).objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - dt.timedelta(days=60)
    )
    start = timezone.now() - dt.timedelta(days=2)
    _published_event(
        parent=agenda,
        title="Afgelopen webinar",
        themes=[witwassen],
        start=start,
        end=start + dt.timedelta(hours=1),
    )
    call_command("send_theme_digests", verbosity=0)
    assert mail.outbox == []


@pytest.mark.django_db
def test_one_click_unsubscribe_works_without_login(client, subscriber, witwassen):
    url = tokens.unsubscribe_path(subscriber)
    response = client.get(url)
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert not ThemeSubscription.objects.filter(user=subscriber).exists()
    # Undo, in case a link scanner clicked.
    response = client.post(url, {"action": "undo", "theme": [witwassen.pk]})
    assert response.status_code == 200
    assert ThemeSubscription.objects.filter(user=subscriber, theme=witwassen).exists()
    # RFC 8058: the mail client POSTs "List-Unsubscribe=One-Click", without CSRF token.
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not ThemeSubscription.objects.filter(user=subscriber).exists()


@pytest.mark.django_db
def test_forged_unsubscribe_token_does_nothing(client, subscriber):
    other = UserFactory()
    token = tokens.unsubscribe_token(other)
    response = client.get(reverse("members:unsubscribe", args=[token + "x"]))
    assert response.status_code == 404
    assert ThemeSubscription.objects.filter(user=subscriber).exists()


@pytest.mark.django_db
def test_unsubscribe_link_in_the_digest_is_the_signed_one(
    client, subscriber, witwassen, knowledge_index
):
    ArticlePageFactory(parent=knowledge_index, title="Witwasnieuws", themes=[witwassen])
    call_command("send_theme_digests", verbosity=0)
    [message] = mail.outbox
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert link in message.body
    path = link.replace("http://testserver", "")
    assert client.get(path).status_code == 200
    assert not ThemeSubscription.objects.filter(user=subscriber).exists()


@pytest.mark.django_db
def test_members_choose_their_themes(client, member, witwassen):
    other = ThemeFactory(name="Mensenhandel", slug="mensenhandel")
    client.force_login(member)
    assert client.get(reverse("members:subscriptions")).status_code == 200
    client.post(reverse("members:subscriptions"), {"themes": [witwassen.pk, other.pk]})
    assert set(
        ThemeSubscription.objects.filter(user=member).values_list("theme__slug", flat=True)
    ) == {
        "witwassen",
        "mensenhandel",
    }
    client.post(reverse("members:subscriptions"), {"themes": [other.pk]})
    assert list(
        ThemeSubscription.objects.filter(user=member).values_list("theme__slug", flat=True)
    ) == ["mensenhandel"]
