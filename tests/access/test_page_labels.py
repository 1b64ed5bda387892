"""Pages carry the sharing label that names who may open them (access/labels.py): a public page
TLP:CLEAR, a members-only page TLP:GREEN, a page for a narrower group TLP:AMBER. The label shows
on the page and its cards; calendar files and digest mails never carry an AMBER item's text."""

import datetime as dt

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from members import roles
from members.models import ThemeSubscription

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory, UserFactory
from ..helpers import login_with_mfa, restrict_to_members


@pytest.fixture
def witwassen(db):
    return ThemeFactory(name="Witwassen", slug="witwassen")


@pytest.fixture
def public(knowledge_index, witwassen):
    return ArticlePageFactory(
        parent=knowledge_index, title="Openbare handreiking", themes=[witwassen]
    )


@pytest.fixture
def green(knowledge_index, witwassen):
    page = ArticlePageFactory(
        parent=knowledge_index, title="Beeld voor alle leden", themes=[witwassen]
    )
    restrict_to_members(page)
    return page


@pytest.fixture
def amber(knowledge_index, witwassen):
    """A page for the editors only: narrower than all members."""
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Redactioneel dossier Zuidas",
        summary="Vertrouwelijke samenvatting over de Zuidas.",
        themes=[witwassen],
    )
    restrict_to_members(page, group_names=[roles.REDACTEUR])
    return page


def _banner(html: str) -> str:
    start = html.find('class="tlp-banner')
    return "" if start < 0 else html[start : html.index("</p>", start)]


def test_a_public_page_shows_no_banner_and_its_card_no_label(client, public, knowledge_index):
    assert _banner(client.get(public.url).content.decode()) == ""
    assert "TLP:" not in client.get(knowledge_index.url).content.decode()


def test_a_members_page_says_tlp_green_on_the_page_and_its_card(
    client, member, green, knowledge_index
):
    client.force_login(member)
    banner = _banner(client.get(green.url).content.decode())
    assert "TLP:GREEN" in banner
    assert "Voor alle leden van het kennisplatform" in banner
    listing = client.get(knowledge_index.url).content.decode()
    card = listing[
        listing.index("Beeld voor alle leden") - 600 : listing.index("Beeld voor alle leden")
    ]
    assert "TLP:GREEN" in card and "alleen voor leden" in card


def test_a_visitor_sees_the_green_label_on_the_teaser_card(client, green, knowledge_index):
    listing = client.get(knowledge_index.url).content.decode()
    assert "Beeld voor alle leden" in listing and "TLP:GREEN" in listing


def test_a_page_for_a_narrower_group_says_tlp_amber_and_names_it(client, amber):
    login_with_mfa(client, UserFactory(roles=[roles.LID, roles.REDACTEUR]))
    banner = _banner(client.get(amber.url).content.decode())
    assert "TLP:AMBER" in banner
    assert f"Alleen voor {roles.REDACTEUR}; niet daarbuiten delen." in banner


def test_an_event_for_a_closed_group_travels_without_description_or_link(client, agenda):
    event = EventPageFactory(
        parent=agenda,
        title="Besloten werksessie",
        summary="Vertrouwelijke werkwijze van de sessie.",
        start=timezone.now() + dt.timedelta(days=2),
        end=timezone.now() + dt.timedelta(days=2, hours=1),
    )
    restrict_to_members(event, group_names=[roles.ORGANISATOR])
    login_with_mfa(client, UserFactory(roles=[roles.LID, roles.ORGANISATOR]))
    page = client.get(event.url).content.decode()
    assert "TLP:AMBER" in _banner(page)
    for url in (reverse("events:event_ics", args=[event.slug]), "/agenda/feed.ics"):
        ics = client.get(url).content.decode()
        assert "Besloten werksessie" in ics
        assert "Vertrouwelijke werkwijze" not in ics and event.url not in ics
        assert "CLASS:CONFIDENTIAL" in ics


def test_a_digest_names_an_amber_item_only_as_new_and_links_without_its_address(
    client, witwassen, public, amber
):
    editor = UserFactory(roles=[roles.LID, roles.REDACTEUR])
    ThemeSubscription.objects.create(user=editor, theme=witwassen)
    call_command("send_theme_digests", verbosity=0)
    [message] = mail.outbox
    html = message.alternatives[0][0]
    assert "Openbare handreiking" in message.body
    assert "Nieuw besloten item (TLP:AMBER)" in message.body
    for text in (message.subject, message.body, html):
        assert "Zuidas" not in text and amber.slug not in text
    link = reverse("page_link", args=[amber.pk])
    assert link in message.body
    # The link brings the reader on to the page, and nobody else.
    login_with_mfa(client, editor)
    assert client.get(link)["Location"] == amber.url
    client.force_login(UserFactory(roles=[roles.LID]))
    assert client.get(link).status_code == 404


def test_a_restriction_changed_in_the_admin_changes_the_card_label(
    client, member, green, knowledge_index
):
    client.force_login(member)
    assert "TLP:GREEN" in client.get(knowledge_index.url).content.decode()
    restriction = green.get_view_restrictions().get()
    restriction.groups.set(Group.objects.filter(name=roles.LID))
    restriction.save()  # the privacy dialog saves the restriction after its groups
    member_group_only = client.get(knowledge_index.url).content.decode()
    assert "TLP:GREEN" in member_group_only
    restriction.delete()
    assert "TLP:" not in client.get(knowledge_index.url).content.decode()


@pytest.mark.parametrize(
    ("restrictions", "label"),
    [
        ([], "clear"),
        ([("login", [])], "green"),
        ([("groups", ["Lid", "Organisatie: Politie"])], "green"),  # every member passes
        ([("groups", ["Organisatie: Politie", "Organisatie: FIOD"])], "amber_strict"),
        ([("groups", ["Kring: Kernteam"])], "red"),
        ([("groups", ["Kring: Kernteam", "Tafel: drugs"])], "amber"),  # the table admits more
        ([("login", []), ("groups", ["Kring: Kernteam"])], "red"),  # both must pass
        ([("password", [])], "amber"),
        ([("groups", [])], "amber"),  # admits nobody
    ],
)
def test_a_restriction_carries_its_most_open_group_and_a_page_its_most_closed_restriction(
    restrictions, label
):
    from access.labels import restrictions_label

    assert restrictions_label(restrictions) == label
