"""A search never ends in a needless zero: when all words together find nothing, the page shows
what most or any of the words find, says so, and marks the words it left out; when nothing at
all is found it points to the closest themes and their newest items. On the engine and on the
database backend, always within what the person may open."""

from __future__ import annotations

import re

import pytest

from members import roles
from search.models import QueryLog

from ..factories import ArticlePageFactory, ThemeFactory, ToolkitPageFactory, UserFactory
from ..helpers import restrict_to_members
from .test_search_page import facet_counts, result_titles, summary_line

RELAXED = "Geen resultaten met alle woorden. Resultaten met een deel van de woorden:"


def left_out(response) -> str:
    match = re.search(r'<p class="left-out">Niet gevonden: (.*?)</p>', response.content.decode())
    return match.group(1) if match else ""


def missing_per_card(response) -> list[str]:
    html = response.content.decode()
    cards = re.findall(r'<li class="card search-result">(.*?)</li>', html, re.S)
    return [
        ", ".join(re.findall(r"<del>(.*?)</del>", m.group(1))) if m else ""
        for m in (re.search(r'class="meta missing">(.*?)</p>', card, re.S) for card in cards)
    ]


@pytest.fixture
def corpus(knowledge_index, toolkit_index, apply_on_commit):
    """Three public pages about drugs waste and one for members only that holds every word."""
    drugs = ThemeFactory(
        name="Drugsafvaldumping",
        slug="drugsafvaldumping",
        description="Dumpingen van drugsafval in natuurgebieden.",
    )
    other = ThemeFactory(name="Vakantieparken", slug="vakantieparken", description="Parken.")
    with apply_on_commit():
        pages = {
            "afval": ArticlePageFactory(
                parent=knowledge_index,
                title="Drugsafval in het buitengebied",
                summary="Hoe gemeenten dumpingen van drugsafval aanpakken met boeren.",
                themes=[drugs],
            ),
            "vaten": ArticlePageFactory(
                parent=knowledge_index,
                title="Vaten in de schuur",
                summary="Boeren vinden vaten met chemicaliën op hun erf.",
                themes=[other],
            ),
            "toolkit": ToolkitPageFactory(
                parent=toolkit_index,
                title="Toolkit drugsafval voor agrariërs",
                summary="Wat boeren doen bij een vondst van drugsafval.",
                themes=[drugs],
            ),
            "parken": ArticlePageFactory(
                parent=knowledge_index,
                title="Vakantieparken in beeld",
                summary="Permanente bewoning op vakantieparken.",
                themes=[other],
            ),
            "secret": ArticlePageFactory(
                parent=knowledge_index,
                title="Vertrouwelijk: drugsafval en zwavelzuur bij boeren",
                summary="Zwavelzuur, drugsafval en boeren in een vertrouwelijk beeld.",
                themes=[drugs],
            ),
        }
        for page in pages.values():
            page.save_revision().publish()
        restrict_to_members(pages["secret"])
    return pages


def check_relaxed_search(client, pages) -> None:
    # All words find something together: the strict result, no notice.
    strict = client.get("/zoeken/?q=drugsafval boeren")
    assert RELAXED not in strict.content.decode()
    assert set(result_titles(strict)) == {
        pages["afval"].title,
        pages["toolkit"].title,
    }

    # "zwavelzuur" occurs only on the members-only page: for a visitor all words together find
    # nothing, so the page shows what "drugsafval" finds and marks "zwavelzuur" as not found.
    response = client.get("/zoeken/?q=drugsafval zwavelzuur")
    html = response.content.decode()
    assert RELAXED in html
    assert left_out(response) == "zwavelzuur"
    assert '<del class="word">zwavelzuur</del>' in html
    titles = result_titles(response)
    assert set(titles) == {pages["afval"].title, pages["toolkit"].title}
    assert pages["secret"].title not in html and "Vertrouwelijk" not in html
    assert summary_line(response).startswith("2 resultaten")
    assert missing_per_card(response) == ["zwavelzuur", "zwavelzuur"]
    assert facet_counts(response, "thema") == {"drugsafvaldumping": 2}
    # Logged as found with part of the words, so the zero-result report lists it.
    assert QueryLog.objects.filter(query="drugsafval zwavelzuur", hits=2, relaxed=True).exists()
    assert QueryLog.objects.filter(query="drugsafval boeren", relaxed=False).exists()

    # Nothing at all: no relaxed notice, but the closest theme and its newest public items.
    nothing = client.get("/zoeken/?q=natuurgebieden kwartelkoning")
    html = nothing.content.decode()
    assert RELAXED not in html and "Geen resultaten" in html
    assert "Thema's die in de buurt komen" in html
    assert 'href="/themas/drugsafvaldumping/"' in html
    newest = re.search(r'<ul class="newest">(.*?)</ul>', html, re.S).group(1)
    assert pages["toolkit"].title in newest and pages["afval"].title in newest
    assert "Vertrouwelijk" not in newest and pages["parken"].title not in newest
    assert pages["vaten"].title not in newest
    # No "ask an expert" link while that feature does not exist (never a dead link).
    assert "Stel uw vraag aan een expert" not in html
    assert QueryLog.objects.filter(query="natuurgebieden kwartelkoning", hits=0).exists()


@pytest.mark.search_engine
def test_engine_relaxes_only_when_all_words_find_nothing(search_index, corpus, client):
    check_relaxed_search(client, corpus)


@pytest.mark.search_engine
def test_engine_prefers_most_words_over_any_word(search_index, corpus, client):
    response = client.get("/zoeken/?q=drugsafval boeren kwartelkoning")
    assert RELAXED in response.content.decode()
    # Most words (two of three) first: only pages with both "drugsafval" and "boeren".
    assert set(result_titles(response)) == {corpus["afval"].title, corpus["toolkit"].title}
    assert left_out(response) == "kwartelkoning"


@pytest.mark.search_engine
def test_engine_relaxed_pass_shows_a_member_what_they_may_open(search_index, corpus, client):
    client.force_login(UserFactory(roles=[roles.LID]))
    response = client.get("/zoeken/?q=zwavelzuur drugsafval")
    assert RELAXED not in response.content.decode()  # both words are on the members' page
    assert result_titles(response) == [corpus["secret"].title]


@pytest.mark.search_engine
def test_engine_does_not_relax_what_a_facet_selection_hides(search_index, corpus, client):
    """The words match, only not within the chosen filter: strict, 0, and "Zoek zonder
    filters"."""
    response = client.get("/zoeken/?q=drugsafval boeren&thema=vakantieparken")
    html = response.content.decode()
    assert RELAXED not in html and result_titles(response) == []
    assert "Zoek zonder filters" in html


def test_database_backend_relaxes_too(settings, corpus, client):
    settings.SEARCH_ENGINE_URL = ""
    check_relaxed_search(client, corpus)


def test_database_backend_prefers_most_words_over_any_word(settings, corpus, client):
    """As on the engine: two of three words before any word ("Vaten in de schuur" holds only
    "boeren"), and the members' page that holds them stays hidden from a visitor."""
    settings.SEARCH_ENGINE_URL = ""
    response = client.get("/zoeken/?q=drugsafval boeren kwartelkoning")
    assert RELAXED in response.content.decode()
    assert set(result_titles(response)) == {corpus["afval"].title, corpus["toolkit"].title}
    assert left_out(response) == "kwartelkoning"
    assert missing_per_card(response) == ["kwartelkoning", "kwartelkoning"]

    # Any word only when no page holds most of them.
    anyword = client.get("/zoeken/?q=drugsafval kwartelkoning zeppelin")
    assert RELAXED in anyword.content.decode()
    assert set(result_titles(anyword)) == {corpus["afval"].title, corpus["toolkit"].title}
    assert left_out(anyword) == "kwartelkoning, zeppelin"


def test_a_member_who_finds_nothing_is_pointed_to_colleagues_with_that_expertise(
    settings, corpus, client
):
    """No questions feature yet: the member directory, filtered on the closest theme's
    expertise, is the way to ask someone; a visitor (no directory) gets no link."""
    settings.SEARCH_ENGINE_URL = ""
    query = "/zoeken/?q=natuurgebieden kwartelkoning"
    html = client.get(query).content.decode()
    assert "Geen resultaten" in html and "/leden/?thema=" not in html

    client.force_login(UserFactory(roles=[roles.LID]))
    html = client.get(query).content.decode()
    assert "Vraag het een collega met expertise in:" in html
    assert '<a href="/leden/?thema=drugsafvaldumping">Drugsafvaldumping</a>' in html
    assert client.get("/leden/?thema=drugsafvaldumping").status_code == 200
