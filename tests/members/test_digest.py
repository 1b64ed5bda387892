"""Weekly theme digest: new content and events in the chosen themes, never an item twice, only
what the subscriber may open, and an unsubscribe link that works without login: opening it only
asks, its button or a mail client's RFC 8058 one-click POST unsubscribes."""

import datetime as dt

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import Client
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


def _subscribed(user) -> list[str]:
    return list(ThemeSubscription.objects.filter(user=user).values_list("theme__slug", flat=True))


@pytest.mark.django_db
def test_a_bare_get_of_the_unsubscribe_link_only_asks(client, subscriber):
    """Mail scanners and link previews open every link: opening it unsubscribes nobody."""
    response = client.get(tokens.unsubscribe_path(subscriber))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Afmelden voor de themadigest?" in body
    assert "Witwassen" in body  # what they would stop receiving
    assert '<button type="submit" name="action" value="unsubscribe"' in body
    assert 'method="post"' in body and "csrfmiddlewaretoken" in body
    assert "no-store" in response["Cache-Control"]
    assert _subscribed(subscriber) == ["witwassen"]


@pytest.mark.django_db
def test_the_confirmation_button_unsubscribes_without_login_and_can_be_undone(
    subscriber, witwassen
):
    browser = Client(enforce_csrf_checks=True)
    url = tokens.unsubscribe_path(subscriber)
    browser.get(url)
    csrf = browser.cookies[settings.CSRF_COOKIE_NAME].value
    response = browser.post(url, {"action": "unsubscribe", "csrfmiddlewaretoken": csrf})
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert _subscribed(subscriber) == []
    # Undo, in case of a slip.
    response = browser.post(
        url, {"action": "undo", "theme": [witwassen.pk], "csrfmiddlewaretoken": csrf}
    )
    assert "U bent weer aangemeld" in response.content.decode()
    assert _subscribed(subscriber) == ["witwassen"]


@pytest.mark.django_db
def test_the_confirmation_post_needs_its_csrf_token(subscriber):
    """Only the RFC 8058 one-click request goes without a CSRF token."""
    response = Client(enforce_csrf_checks=True).post(
        tokens.unsubscribe_path(subscriber), {"action": "unsubscribe"}
    )
    assert response.status_code == 403
    assert _subscribed(subscriber) == ["witwassen"]


@pytest.mark.django_db
def test_one_click_post_unsubscribes_without_csrf_token_or_login(subscriber):
    """RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` to the header's URL."""
    response = Client(enforce_csrf_checks=True).post(
        tokens.unsubscribe_path(subscriber),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert _subscribed(subscriber) == []


@pytest.mark.django_db
def test_tampered_unsubscribe_token_is_a_dutch_400(client, subscriber):
    token = tokens.unsubscribe_token(subscriber)
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")
    url = reverse("members:unsubscribe", args=[tampered])
    for response in (
        client.get(url),
        Client(enforce_csrf_checks=True).post(
            url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
        ),
    ):
        assert response.status_code == 400
        assert "Deze afmeldlink werkt niet" in response.content.decode()
    # Another account's valid token does not reach this one either.
    other = UserFactory()
    ThemeSubscription.objects.create(user=other, theme=ThemeFactory())
    client.post(reverse("members:unsubscribe", args=[tokens.unsubscribe_token(other)]))
    assert _subscribed(subscriber) == ["witwassen"]


@pytest.mark.django_db
def test_the_digest_mail_carries_one_click_unsubscribe_headers(
    subscriber, witwassen, knowledge_index
):
    ArticlePageFactory(parent=knowledge_index, title="Witwasnieuws", themes=[witwassen])
    call_command("send_theme_digests", verbosity=0)
    [message] = mail.outbox
    sent = message.message()  # the headers as they leave in the mail
    link = f"{settings.WAGTAILADMIN_BASE_URL}{tokens.unsubscribe_path(subscriber)}"
    assert sent["List-Unsubscribe"] == f"<{link}>"
    assert sent["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert link in message.body  # the link in the text asks first (see above)
    assert link in message.alternatives[0][0]

    path = link.removeprefix(settings.WAGTAILADMIN_BASE_URL)
    Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert _subscribed(subscriber) == []


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
