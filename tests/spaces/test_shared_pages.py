"""Pages outside the tables shared with named organisations (TLP:AMBER+STRICT) or with a circle
of named people (TLP:RED): the page is restricted in Wagtail's privacy dialog to the group of
an organisation (its confirmed members) or of a circle (the people an editor named), and the
one policy decides every door from there (access/policy.py, access/labels.py)."""

import datetime as dt

from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

import pytest

from members import roles
from members.models import ThemeSubscription
from spaces import services
from spaces.models import Circle, Organisation

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory, UserFactory
from ..helpers import login_with_mfa, restrict_to_members
from ..search.conftest import (  # noqa: F401 - the engine fixtures
    _require_engine,
    apply_on_commit,
    engine_settings,
    search_index,
)

SECRET = "havenloodsgeheim"


@pytest.fixture
def beheerder(db):
    return UserFactory(roles=[roles.BEHEERDER])


@pytest.fixture
def police(beheerder):
    return Organisation.objects.create(name="Politie")


@pytest.fixture
def officer(police, beheerder):
    officer = UserFactory(email="agent@politie.example", roles=[roles.LID])
    services.set_people(audience=police, people=[officer], by=beheerder)
    return officer


@pytest.fixture
def circle(beheerder):
    return Circle.objects.create(name="Kernteam havens", purpose="Het onderzoek in de haven.")


@pytest.fixture
def named(circle, beheerder):
    person = UserFactory(email="kern@fiod.example", roles=[roles.LID])
    services.set_people(audience=circle, people=[person], by=beheerder)
    return person


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Logistieke knooppunten", slug="logistiek")


def _shared_page(parent, theme, group, title):
    page = ArticlePageFactory(
        parent=parent,
        title=title,
        summary=f"Samenvatting die {SECRET} noemt.",
        body=[("text", f"<p>Deze werkwijze noemt {SECRET}.</p>")],
        themes=[theme],
    )
    restrict_to_members(page, group_names=[group.name])
    return page


@pytest.fixture
def strict_page(knowledge_index, theme, police):
    return _shared_page(knowledge_index, theme, police.group, "Werkwijze containercontrole")


@pytest.fixture
def red_page(knowledge_index, theme, circle):
    return _shared_page(knowledge_index, theme, circle.group, "Stand van het haven-onderzoek")


def _banner(html: str) -> str:
    start = html.find('class="tlp-banner')
    return "" if start < 0 else html[start : html.index("</p>", start)]


def test_a_page_shared_with_an_organisation_opens_for_its_confirmed_members_only(
    client, strict_page, officer, member, knowledge_index
):
    client.force_login(officer)
    page = client.get(strict_page.url).content.decode()
    banner = _banner(page)
    assert "TLP:AMBER+STRICT" in banner
    assert "Alleen voor Politie; niet daarbuiten delen." in banner
    listing = client.get(knowledge_index.url).content.decode()
    card = listing[listing.index("Werkwijze containercontrole") - 600 :]
    assert "TLP:AMBER+STRICT" in card and "alleen genoemde organisaties" in card

    # Another member: no page, no teaser, no card, no search hit.
    client.force_login(member)
    assert client.get(strict_page.url).status_code == 404
    assert "Werkwijze containercontrole" not in client.get(knowledge_index.url).content.decode()
    results = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "Werkwijze containercontrole" not in results and "geen resultaten" in results
    # A visitor is asked to log in, and told nothing.
    client.logout()
    response = client.get(strict_page.url)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_page_shared_with_a_circle_is_red_and_closes_at_once_for_someone_taken_off(
    client, red_page, named, circle, beheerder
):
    client.force_login(named)
    page = client.get(red_page.url).content.decode()
    assert SECRET in page
    banner = _banner(page)
    assert "TLP:RED" in banner
    assert "de genoemde personen van de kring Kernteam havens" in banner
    results = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "Stand van het haven-onderzoek" in results

    services.set_people(audience=circle, people=[], by=beheerder)
    assert client.get(red_page.url).status_code == 404
    results = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "Stand van het haven-onderzoek" not in results


def test_someone_who_lost_the_membership_loses_what_the_circle_opened(client, red_page, named):
    named.groups.remove(named.groups.get(name=roles.LID))
    client.force_login(named)
    response = client.get(red_page.url)
    assert response.status_code == 404
    assert SECRET not in response.content.decode()


def test_only_approved_members_can_be_named(circle, beheerder):
    applicant = UserFactory(email="aanvrager@example.org")
    with pytest.raises(ValidationError, match="Alleen goedgekeurde leden"):
        services.set_people(audience=circle, people=[applicant], by=beheerder)
    assert not circle.group.user_set.exists()


def test_a_digest_never_quotes_a_red_or_strict_page(theme, strict_page, red_page, officer, named):
    for person in (officer, named):
        ThemeSubscription.objects.create(user=person, theme=theme)
    call_command("send_theme_digests", verbosity=0)
    assert {tuple(message.to) for message in mail.outbox} == {(officer.email,), (named.email,)}
    for message in mail.outbox:
        for text in (message.subject, message.body, message.alternatives[0][0]):
            assert SECRET not in text
            assert "containercontrole" not in text and "haven-onderzoek" not in text
    bodies = " ".join(message.body for message in mail.outbox)
    assert "Nieuw besloten item (TLP:AMBER+STRICT)" in bodies
    assert "Nieuw besloten item (TLP:RED)" in bodies


def test_an_event_for_a_circle_travels_without_description_or_link(client, agenda, circle, named):
    start = timezone.now() + dt.timedelta(days=3)
    event = EventPageFactory(
        parent=agenda,
        title="Overleg kernteam",
        summary=f"Agenda die {SECRET} noemt.",
        start=start,
        end=start + dt.timedelta(hours=1),
    )
    restrict_to_members(event, group_names=[circle.group.name])
    client.force_login(named)
    assert "TLP:RED" in _banner(client.get(event.url).content.decode())
    ics = client.get(reverse("events:event_ics", args=[event.slug])).content.decode()
    assert "Overleg kernteam" in ics
    assert SECRET not in ics and event.url not in ics


def test_a_moderator_confirms_who_works_for_an_organisation_in_the_admin(client, police):
    moderator = UserFactory(roles=[roles.MODERATOR])
    colleague = UserFactory(email="rechercheur@politie.example", roles=[roles.LID])
    login_with_mfa(client, moderator)
    url = reverse("spaces_organisation:edit", args=[police.pk])
    response = client.post(url, {"name": "Politie", "add_people": "Rechercheur@Politie.example"})
    assert response.status_code == 302
    assert list(police.group.user_set.all()) == [colleague]


def test_the_people_form_lists_who_is_in_and_adds_by_address(client, police, officer):
    """The form shows the organisation's people to untick and takes new ones by e-mail
    address; an address of no approved member is refused by name and nothing changes."""
    moderator = UserFactory(roles=[roles.MODERATOR])
    applicant = UserFactory(email="nieuw@politie.example")  # signed up, not approved
    colleague = UserFactory(email="wijkagent@politie.example", roles=[roles.LID])
    login_with_mfa(client, moderator)
    url = reverse("spaces_organisation:edit", args=[police.pk])
    form = client.get(url).content.decode()
    assert officer.email in form and colleague.email not in form

    refused = client.post(
        url,
        {
            "name": "Politie",
            "people": [officer.pk],
            "add_people": f"{colleague.email}, {applicant.email}\nonbekend@elders.example",
        },
    )
    assert refused.status_code == 200
    assert (
        "Geen goedgekeurd lid met dit e-mailadres: nieuw@politie.example, "
        "onbekend@elders.example." in refused.content.decode()
    )
    assert list(police.group.user_set.all()) == [officer]

    client.post(url, {"name": "Politie", "add_people": colleague.email})  # officer unticked
    assert list(police.group.user_set.all()) == [colleague]


def test_an_editor_names_the_people_of_a_circle_in_the_admin(client, db):
    editor = UserFactory(roles=[roles.REDACTEUR])
    person = UserFactory(email="analist@om.example", roles=[roles.LID])
    login_with_mfa(client, editor)
    response = client.post(
        reverse("spaces_circle:add"),
        {"name": "Analisten zaak Oost", "purpose": "", "add_people": person.email},
    )
    assert response.status_code == 302
    circle = Circle.objects.get(name="Analisten zaak Oost")
    assert circle.group.name == "Kring: Analisten zaak Oost"
    assert list(circle.group.user_set.all()) == [person]


@pytest.fixture
def indexed(engine_settings, red_page):  # noqa: F811 - the engine fixture, as a parameter
    from search.engines import get_engine, index_alias
    from search.indexing import rebuild

    engine_settings.SEARCH_ENGINE_TIMEOUT = 15  # a cold node must not mean the fallback
    rebuild()
    yield red_page
    engine = get_engine()
    for name in engine.list_indices(f"{index_alias()}*"):
        engine.delete_index(name)


@pytest.mark.search_engine
def test_the_engine_finds_a_red_page_for_its_people_only(
    client, indexed, named, member, circle, beheerder
):
    client.force_login(named)
    html = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "1 resultaat" in html and 'class="tlp tlp-red"' in html
    assert "alleen voor leden" not in html  # the card's label is the page's own
    suggestions = str(client.get("/zoeken/suggesties/", {"q": "Stand van"}).json())
    assert "haven-onderzoek" in suggestions

    client.force_login(member)
    html = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "geen resultaten" in html and 'class="tlp tlp-red"' not in html
    suggestions = str(client.get("/zoeken/suggesties/", {"q": "Stand van"}).json())
    assert "haven-onderzoek" not in suggestions

    # Taken off the circle: the same index, nothing found any more.
    services.set_people(audience=circle, people=[], by=beheerder)
    client.force_login(named)
    html = client.get("/zoeken/", {"q": SECRET}).content.decode()
    assert "geen resultaten" in html and 'class="tlp tlp-red"' not in html
