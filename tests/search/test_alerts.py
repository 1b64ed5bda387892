"""Saved-search alerts: a member or a confirmed visitor follows a search from /zoeken/ and is
mailed what is new, evaluated as that person when the mail goes out (search/alerts.py).

Most tests run on the database backend (`make demo`); the last one on the engine."""

from __future__ import annotations

import datetime as dt
import re

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

import pytest

from members import roles
from search import alerts
from search.models import SavedSearch

from ..factories import ArticlePageFactory, ThemeFactory, ToolkitPageFactory, UserFactory
from ..helpers import restrict_to_members

NOW = timezone.now

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_engine(request, settings):
    if request.node.get_closest_marker("search_engine") is None:
        settings.SEARCH_ENGINE_URL = ""


@pytest.fixture
def drugs(db):
    return ThemeFactory(name="Drugs", slug="drugs")


@pytest.fixture
def world(knowledge_index, toolkit_index, drugs, publish, apply_on_commit):
    """Pages about drugsafval: one from before the alert, and new ones for everyone, for
    members, for editors only, and one about something else."""
    old = NOW() - dt.timedelta(days=3)
    new = NOW() - dt.timedelta(hours=2)

    def page(factory, parent, title, published, **kwargs):
        return publish(
            factory(
                parent=parent,
                title=title,
                first_published_at=published,
                summary=kwargs.pop("summary", "Over drugsafval in het buitengebied."),
                themes=kwargs.pop("themes", [drugs]),
                **kwargs,
            )
        )

    pages = {
        "old": page(ArticlePageFactory, knowledge_index, "Oud stuk over drugsafval", old),
        "new": page(ArticlePageFactory, knowledge_index, "Nieuw onderzoek drugsafval", new),
        "toolkit": page(ToolkitPageFactory, toolkit_index, "Toolkit drugsafval", new),
        "members": page(ArticlePageFactory, knowledge_index, "Besloten beeld drugsafval", new),
        "editors": page(ArticlePageFactory, knowledge_index, "Redactienotitie drugsafval", new),
        "other": page(
            ArticlePageFactory,
            knowledge_index,
            "Mensenhandel in de horeca",
            new,
            summary="Over uitbuiting.",
            themes=[],
        ),
    }
    with apply_on_commit():
        restrict_to_members(pages["members"])
        restrict_to_members(pages["editors"], group_names=[roles.REDACTEUR])
    return pages


def follow(client, *, frequency="dagelijks", **data):
    data.setdefault("q", "drugsafval")
    return client.post("/zoeken/volgen/", {**data, "frequency": frequency})


def a_day_passes(alert: SavedSearch) -> None:
    """As if the alert was saved a day ago (before the new pages, after the old one)."""
    SavedSearch.objects.filter(pk=alert.pk).update(
        checked_until=NOW() - dt.timedelta(days=1, minutes=5)
    )


def titles_in(message) -> list[str]:
    return sorted(re.findall(r'font-weight:bold;">([^<]+)</a>', message.alternatives[0][0]))


# -- saving --------------------------------------------------------------------------------
def test_a_member_follows_a_search_with_its_filters_and_sees_it_on_mijn(client, member, drugs):
    client.force_login(member)
    page = client.get("/zoeken/?q=drugsafval&thema=drugs").content.decode()
    assert "Volg deze zoekopdracht" in page
    assert '<input type="hidden" name="thema" value="drugs">' in page
    assert 'name="email"' not in page  # the account's address is used

    response = follow(client, thema="drugs", frequency="wekelijks")
    assert response.status_code == 303
    assert response["Location"] == "/zoeken/?q=drugsafval&thema=drugs"
    alert = SavedSearch.objects.get()
    assert (alert.user, alert.query, alert.filters) == (member, "drugsafval", {"thema": ["drugs"]})
    assert alert.frequency == "wekelijks" and alert.confirmed_at is not None
    assert "U volgt deze zoekopdracht" in client.get(response["Location"]).content.decode()

    mijn = client.get("/mijn/").content.decode()
    assert "Mijn zoekopdrachten" in mijn
    assert "‘drugsafval’ · Thema: Drugs" in mijn
    assert "(wekelijks)" in mijn
    assert mail.outbox == []  # no confirmation for an account


def test_following_the_same_search_again_changes_only_its_frequency(client, member):
    client.force_login(member)
    follow(client, frequency="wekelijks")
    follow(client, frequency="dagelijks")
    assert list(SavedSearch.objects.values_list("frequency", flat=True)) == ["dagelijks"]


def test_a_member_deletes_a_saved_search_on_mijn_and_nobody_else_can(client, member):
    client.force_login(member)
    follow(client)
    alert = SavedSearch.objects.get()
    other = Client()
    other.force_login(UserFactory(roles=[roles.LID]))
    assert other.post(f"/zoeken/volgen/{alert.pk}/verwijderen/").status_code == 404
    response = client.post(f"/zoeken/volgen/{alert.pk}/verwijderen/")
    assert response.status_code == 303
    assert response["Location"] == "/mijn/#zoekopdrachten"
    assert not SavedSearch.objects.exists()
    assert "niet meer" in client.get("/mijn/").content.decode()


def test_a_visitor_confirms_by_mail_before_anything_is_sent(client, world, apply_on_commit):
    with apply_on_commit():  # the confirmation mail goes after commit
        response = follow(client, email="Analist@Voorbeeld.nl")
    assert response.status_code == 303
    alert = SavedSearch.objects.get()
    assert (alert.user, alert.email, alert.confirmed_at) == (None, "analist@voorbeeld.nl", None)
    (confirmation,) = mail.outbox
    assert confirmation.to == ["analist@voorbeeld.nl"]
    assert "Bevestig" in confirmation.subject
    assert confirmation.alternatives[0][1] == "text/html"
    link = re.search(r"http://testserver(/zoeken/volgen/bevestigen/\S+/)", confirmation.body)[1]

    a_day_passes(alert)
    assert alerts.alerts_send()["mails"] == 0  # not confirmed: nothing

    page = client.get(link)  # what a mail scanner does: it only asks
    assert page.status_code == 200
    assert "Ja, volg deze zoekopdracht" in page.content.decode()
    alert.refresh_from_db()
    assert alert.confirmed_at is None
    assert client.post(link).status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is not None


def test_a_visitor_cannot_change_what_another_address_receives(client, apply_on_commit):
    """Typing someone's address again with another frequency changes nothing until that
    address follows the new confirmation link."""
    with apply_on_commit():
        follow(client, email="analist@voorbeeld.nl", frequency="wekelijks")
    alert = SavedSearch.objects.get()
    alerts.alert_confirm(alert=alert)
    mail.outbox.clear()

    with apply_on_commit():
        assert follow(Client(), email="analist@voorbeeld.nl").status_code == 303
    alert.refresh_from_db()
    assert alert.frequency == "wekelijks"  # unchanged: only the address may change it
    (confirmation,) = mail.outbox
    assert "dagelijks" in confirmation.body
    link = re.search(r"http://testserver(/zoeken/volgen/bevestigen/\S+/)", confirmation.body)[1]
    page = client.get(link).content.decode()
    assert "Ja, volg deze zoekopdracht" in page and "(dagelijks)" in page
    alert.refresh_from_db()
    assert alert.frequency == "wekelijks"  # a GET (a mail scanner) changes nothing
    assert client.post(link).status_code == 200
    alert.refresh_from_db()
    assert alert.frequency == "dagelijks"


def test_a_forged_or_expired_confirmation_link_is_a_dutch_400(client, settings):
    response = client.get("/zoeken/volgen/bevestigen/nep:token/")
    assert response.status_code == 400
    assert "ongeldig of verlopen" in response.content.decode()


def test_unconfirmed_requests_are_forgotten_after_a_week(client):
    follow(client, email="iemand@voorbeeld.nl")
    SavedSearch.objects.update(created_at=NOW() - dt.timedelta(days=8))
    assert alerts.alerts_send()["expired"] == 1
    assert not SavedSearch.objects.exists()


# -- bad input -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"q": ""}, "Vul een zoekterm in of kies een filter"),
        ({"q": "de het een"}, "alleen uit veelvoorkomende woorden"),
        ({"frequency": "elk uur"}, "Kies dagelijks of wekelijks."),
        ({"email": "geen-adres"}, "Vul een geldig e-mailadres in."),
        ({"email": ""}, "Vul uw e-mailadres in."),
    ],
)
def test_bad_input_gets_a_dutch_message_and_a_400(client, data, message):
    data = {"q": "drugsafval", "email": "a@voorbeeld.nl", "frequency": "dagelijks", **data}
    response = client.post("/zoeken/volgen/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert "Volgen is niet gelukt" in html  # the error summary, with the form again
    assert not SavedSearch.objects.exists()


def test_an_account_that_awaits_approval_cannot_follow_with_it(client):
    client.force_login(UserFactory())  # no role: not an approved member
    response = follow(client)
    assert response.status_code == 403
    assert "zodra uw account is goedgekeurd" in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_get_of_the_save_url_is_refused(client):
    assert client.get("/zoeken/volgen/").status_code == 405


def test_saving_is_rate_limited_per_target_address(client, apply_on_commit):
    for _ in range(3):
        with apply_on_commit():
            assert follow(client, email="doelwit@voorbeeld.nl").status_code == 303
    response = follow(client, email="doelwit@voorbeeld.nl")
    assert response.status_code == 429
    assert "te vaak geprobeerd" in response.content.decode()
    assert len(mail.outbox) == 3


def test_a_member_follows_at_most_twenty_searches(client, member):
    client.force_login(member)
    for n in range(alerts.MAX_ALERTS):
        SavedSearch.objects.create(user=member, query=f"woord{n}", key=str(n), confirmed_at=NOW())
    response = follow(client)
    assert response.status_code == 400
    assert "U volgt al 20 zoekopdrachten" in response.content.decode()


# -- sending -------------------------------------------------------------------------------
def test_the_mail_holds_new_items_the_member_may_open_and_nothing_else(client, member, world):
    client.force_login(member)
    follow(client)
    a_day_passes(SavedSearch.objects.get())

    assert alerts.alerts_send() == {"alerts": 1, "mails": 1, "items": 3, "failed": 0, "expired": 0}
    (message,) = mail.outbox
    assert message.to == [member.email]
    assert message.subject.endswith("3 nieuwe resultaten voor ‘drugsafval’")
    assert titles_in(message) == [
        "Besloten beeld drugsafval",  # members-only: a member may open it
        "Nieuw onderzoek drugsafval",
        "Toolkit drugsafval",
    ]
    for absent in ("Oud stuk", "Redactienotitie", "Mensenhandel"):
        assert absent not in message.body
    assert "http://testserver/kennisbank/" in message.body  # absolute links


def test_a_visitor_gets_public_items_only(client, world):
    follow(client, email="analist@voorbeeld.nl")
    alert = SavedSearch.objects.get()
    alerts.alert_confirm(alert=alert)
    a_day_passes(alert)
    mail.outbox.clear()
    alerts.alerts_send()
    (message,) = mail.outbox
    assert titles_in(message) == ["Nieuw onderzoek drugsafval", "Toolkit drugsafval"]
    assert "Beste lezer" in message.body


def test_someone_who_lost_a_group_is_not_sent_its_items(client, world):
    editor = UserFactory(roles=[roles.REDACTEUR])
    client.force_login(editor)
    follow(client)
    a_day_passes(SavedSearch.objects.get())
    editor.groups.remove(Group.objects.get(name=roles.REDACTEUR))
    editor.groups.add(Group.objects.get(name=roles.LID))

    alerts.alerts_send()
    (message,) = mail.outbox
    assert "Redactienotitie drugsafval" not in message.body
    assert "Besloten beeld drugsafval" in message.body  # still a member


def test_a_closed_groups_page_is_mailed_without_title_or_text(client, world):
    """A mail travels (access/labels.py): an item for a narrower group than all members
    (TLP:AMBER) is announced, never quoted; the link asks the reader to sign in."""
    editor = UserFactory(roles=[roles.REDACTEUR])
    client.force_login(editor)
    follow(client)
    a_day_passes(SavedSearch.objects.get())
    alerts.alerts_send()
    (message,) = mail.outbox
    html = message.alternatives[0][0]
    for text in (message.body, html, message.subject):
        assert "Redactienotitie" not in text
    assert "Nieuw besloten item (TLP:AMBER)" in message.body
    assert f"http://testserver/p/{world['editors'].pk}/" in message.body
    assert "Besloten beeld drugsafval" in message.body  # members-only (GREEN) is quoted


@pytest.fixture
def table(db, drugs, settings):
    """A table (spaces/) with one participant, a member of no table, and items of every label
    that name drugsafval."""
    from access.labels import Label
    from spaces import services as spaces
    from spaces.models import Organisation

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    beheerder = UserFactory(roles=[roles.BEHEERDER])
    space = spaces.create_space(
        name="Fenomeentafel drugsafval", slug="drugsafval", theme=drugs, description="Dumpingen."
    )
    participant = UserFactory(roles=[roles.LID], email="piet@politie.nl")
    spaces.appoint(
        space=space, user=participant, organisation="Politie", role="coordinator", by=beheerder
    )
    for label in Label:
        spaces.post_update(
            space=space,
            author=participant,
            title=f"Tafelbericht drugsafval {label.label}",
            body="Over drugsafval.",
            label=label,
            people=[participant] if label == Label.RED else [],
            organisations=Organisation.objects.filter(name="Politie"),
        )
    return space, participant, UserFactory(roles=[roles.LID], email="mila@gemeente.nl")


def test_a_tables_meeting_reaches_its_participants_only_and_unquoted(
    client, world, table, agenda, publish
):
    """A table's meeting is a page restricted to the table's group: in a participant's mail
    as a closed item, in nobody else's. A table's updates are not searched at all."""
    from ..factories import EventPageFactory

    space, participant, outsider = table
    meeting = publish(
        EventPageFactory(
            parent=agenda,
            title="Tafeloverleg drugsafval",
            summary="Vertrouwelijke agenda over drugsafval.",
            start=NOW() + dt.timedelta(days=3),
            end=NOW() + dt.timedelta(days=3, hours=2),
            first_published_at=NOW() - dt.timedelta(hours=2),
            space=space,
        )
    )
    for person in (participant, outsider):
        client.force_login(person)
        follow(client)
    for alert in SavedSearch.objects.all():
        a_day_passes(alert)
    assert alerts.alerts_send()["mails"] == 2
    by_address = {message.to[0]: message for message in mail.outbox}
    inside, outside = by_address["piet@politie.nl"], by_address["mila@gemeente.nl"]
    assert f"http://testserver/p/{meeting.pk}/" in inside.body
    assert "Nieuw besloten item (TLP:AMBER)" in inside.body
    for message in (inside, outside):
        text = message.body + message.alternatives[0][0]
        assert "Tafeloverleg" not in text and "Vertrouwelijke agenda" not in text
        assert "Tafelbericht" not in text  # a table's items never reach search
    assert f"/p/{meeting.pk}/" not in outside.body
    assert titles_in(outside) == [
        "Besloten beeld drugsafval",
        "Nieuw onderzoek drugsafval",
        "Toolkit drugsafval",
    ]


def test_filters_count_and_a_rerun_sends_nothing_twice(client, member, world):
    client.force_login(member)
    follow(client, soort="toolkit")
    a_day_passes(SavedSearch.objects.get())
    alerts.alerts_send()
    (message,) = mail.outbox
    assert titles_in(message) == ["Toolkit drugsafval"]
    assert alerts.alerts_send()["mails"] == 0
    assert len(mail.outbox) == 1


def test_a_weekly_alert_waits_a_week_and_no_news_sends_no_mail(client, member, world):
    client.force_login(member)
    follow(client, frequency="wekelijks")
    a_day_passes(SavedSearch.objects.get())
    assert alerts.alerts_send()["alerts"] == 0  # a day is not a week
    SavedSearch.objects.update(checked_until=NOW() - dt.timedelta(hours=1))  # after the news
    next_week = NOW() + dt.timedelta(days=7)
    assert alerts.alerts_send(now=next_week) == {
        "alerts": 1,
        "mails": 0,
        "items": 0,
        "failed": 0,
        "expired": 0,
    }
    assert mail.outbox == []


def test_a_search_that_only_relaxed_matches_sends_nothing(client, member, world):
    """'drugsafval zeppelin' matches nothing with both words; the page would show pages with
    some of the words, a mail must not."""
    client.force_login(member)
    follow(client, q="drugsafval zeppelin")
    a_day_passes(SavedSearch.objects.get())
    assert alerts.alerts_send()["mails"] == 0


def test_the_command_sends_and_reports(client, member, world):
    client.force_login(member)
    follow(client)
    a_day_passes(SavedSearch.objects.get())
    call_command("send_search_alerts", verbosity=0)
    assert len(mail.outbox) == 1
    call_command("send_search_alerts", verbosity=0)
    assert len(mail.outbox) == 1


# -- unsubscribing -------------------------------------------------------------------------
@pytest.fixture
def sent(client, member, world):
    client.force_login(member)
    follow(client)
    a_day_passes(SavedSearch.objects.get())
    alerts.alerts_send()
    client.logout()
    (message,) = mail.outbox
    return message


def test_every_alert_mail_offers_one_click_unsubscribe(sent):
    url = sent.extra_headers["List-Unsubscribe"].strip("<>")
    assert url.startswith("http://testserver/zoeken/volgen/afmelden/")
    assert sent.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert url in sent.body

    # RFC 8058: the mail client POSTs without cookie or CSRF token.
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(url, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not SavedSearch.objects.exists()
    again = strict.post(url, {"List-Unsubscribe": "One-Click"})
    assert again.status_code == 200
    assert "geen e-mail meer" in again.content.decode()


def test_the_unsubscribe_link_asks_first_then_the_button_unsubscribes(sent, client):
    url = sent.extra_headers["List-Unsubscribe"].strip("<>")
    page = client.get(url)
    assert page.status_code == 200
    assert "‘drugsafval’" in page.content.decode()
    assert SavedSearch.objects.exists()  # a link scanner's GET changes nothing
    assert client.post(url).status_code == 200
    assert not SavedSearch.objects.exists()


def test_a_tampered_unsubscribe_link_is_a_dutch_400(client):
    response = client.get("/zoeken/volgen/afmelden/1:vervalst/")
    assert response.status_code == 400
    assert "Deze afmeldlink werkt niet" in response.content.decode()


# -- on the engine -------------------------------------------------------------------------
@pytest.mark.search_engine
def test_on_the_engine_the_mail_holds_what_the_recipient_may_open(
    search_index, world, client, member
):
    client.force_login(member)
    follow(client)
    a_day_passes(SavedSearch.objects.get())
    assert alerts.alerts_send()["failed"] == 0
    (message,) = mail.outbox
    assert titles_in(message) == [
        "Besloten beeld drugsafval",
        "Nieuw onderzoek drugsafval",
        "Toolkit drugsafval",
    ]
    assert "Redactienotitie" not in message.body
