""" "Vergelijkbare kennis" on article and toolkit pages: the engine's more_like_this with the
teaser rule of related items, the theme-related articles without an engine, at most one SQL
query more than the page had, and never a title in the page cache that a visitor may not
know of (search/similar.py)."""

from __future__ import annotations

import re

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from members import roles

from ..factories import ArticlePageFactory, ThemeFactory, ToolkitPageFactory, UserFactory
from ..helpers import login_with_mfa, restrict_to_members

TEXT = (
    "<p>Chemisch afval uit drugslaboratoria wordt gedumpt in natuurgebieden en op "
    "erven van boeren. Vaten met lekkende chemicaliën, jerrycans en zuren vragen om een "
    "snelle melding bij de gemeente en opruimen door een gespecialiseerd bedrijf.</p>"
)
OTHER = "<p>Arbeidsuitbuiting in de horeca: signalen, meldpunten en de rol van inspecties.</p>"


def similar_titles(response) -> list[str]:
    html = response.content.decode()
    if "Vergelijkbare kennis" not in html:
        return []
    block = html.split('id="similar-heading"', 1)[1].split("</section>", 1)[0]
    return sorted(re.findall(r"<h3><a [^>]*>([^<]+)</a></h3>", block))


@pytest.fixture
def pages(knowledge_index, toolkit_index):
    theme = ThemeFactory(name="Drugsafval", slug="drugsafval")
    other_theme = ThemeFactory(name="Arbeidsuitbuiting", slug="arbeidsuitbuiting")

    def article(title, body=TEXT, themes=(theme,)):
        return ArticlePageFactory(
            parent=knowledge_index, title=title, body=[("text", body)], themes=list(themes)
        )

    made = {
        "page": article("Dumpingen van drugsafval in Brabant"),
        "public": article("Drugsafval op het erf: wat nu"),
        "members": article("Besloten analyse drugsafval"),
        "editors": article("Redactienotitie over drugsafval"),
        "unrelated": article("Uitbuiting in de horeca", body=OTHER, themes=(other_theme,)),
        "toolkit": ToolkitPageFactory(
            parent=toolkit_index,
            title="Toolkit drugsafval voor boeren",
            intro=TEXT,
            themes=[theme],
        ),
    }
    restrict_to_members(made["members"])
    restrict_to_members(made["editors"], group_names=[roles.REDACTEUR])
    return made


# -- without an engine: the theme-related articles -------------------------------------------
class TestDatabase:
    @pytest.fixture(autouse=True)
    def no_engine(self, settings):
        settings.SEARCH_ENGINE_URL = ""

    def test_the_block_lists_articles_of_the_same_themes_as_related_items_did(self, client, pages):
        titles = similar_titles(client.get(pages["page"].url))
        assert "Drugsafval op het erf: wat nu" in titles
        assert "Besloten analyse drugsafval" in titles  # a teaser title, as before
        assert "Redactienotitie over drugsafval" not in titles
        assert "Uitbuiting in de horeca" not in titles

    def test_a_teaser_shows_no_similar_items(self, client, pages):
        response = client.get(pages["members"].url)
        assert response.status_code == 403
        assert similar_titles(response) == []


# -- on the engine ---------------------------------------------------------------------------
@pytest.fixture
def indexed(search_index, pages, apply_on_commit):
    from search.indexing import drain_all, enqueue

    with apply_on_commit():
        enqueue([p.pk for p in pages.values()], "publish")
    drain_all(force=True)
    return pages


@pytest.mark.search_engine
def test_the_engine_finds_similar_articles_and_toolkits_by_their_text(client, indexed):
    titles = similar_titles(client.get(indexed["page"].url))
    assert "Drugsafval op het erf: wat nu" in titles
    assert "Toolkit drugsafval voor boeren" in titles  # toolkits too, unlike related items
    assert "Uitbuiting in de horeca" not in titles
    assert "Dumpingen van drugsafval in Brabant" not in titles  # not the page itself


@pytest.mark.search_engine
@pytest.mark.parametrize(
    ("who", "sees_members", "sees_editors"),
    [("visitor", True, False), ("member", True, False), ("editor", True, True)],
)
def test_similar_items_follow_the_teaser_rule(client, indexed, who, sees_members, sees_editors):
    if who == "member":
        client.force_login(UserFactory(roles=[roles.LID]))
    elif who == "editor":  # staff rights need the authenticator step
        login_with_mfa(client, UserFactory(roles=[roles.REDACTEUR]))
    html = client.get(indexed["page"].url).content.decode()
    titles = similar_titles(client.get(indexed["page"].url))
    assert ("Besloten analyse drugsafval" in titles) is sees_members
    assert ("Redactienotitie over drugsafval" in titles) is sees_editors
    assert "Redactienotitie" not in html or sees_editors
    if who == "visitor":
        assert "alleen voor leden" in html.split('id="similar-heading"', 1)[1]


@pytest.mark.search_engine
@pytest.mark.parametrize("who", ["visitor", "member"])
def test_the_engine_block_costs_at_most_one_query_more(
    client, indexed, settings, who, django_assert_max_num_queries
):
    if who == "member":
        client.force_login(UserFactory(roles=[roles.LID]))
    url = indexed["page"].url
    engine_url = settings.SEARCH_ENGINE_URL
    settings.SEARCH_ENGINE_URL = ""  # the page as it was: theme-related articles
    client.get(url)
    with CaptureQueriesContext(connection) as before:
        client.get(url)
    baseline = len(before)  # now: the next request clears the connection's query log
    settings.SEARCH_ENGINE_URL = engine_url
    client.get(url)
    with django_assert_max_num_queries(baseline + 1):
        response = client.get(url)
    assert "Drugsafval op het erf: wat nu" in similar_titles(response)


@pytest.mark.search_engine
def test_a_cached_page_never_holds_an_item_that_became_hidden(
    client, indexed, settings, apply_on_commit
):
    """The visitor's copy in the page cache: once the public similar article is restricted to
    editors, no visitor sees it, neither while the worker has yet to re-index it (its outbox
    row waits) nor from a stale copy in the cache."""
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    url = indexed["page"].url
    assert "Drugsafval op het erf: wat nu" in similar_titles(client.get(url))
    assert client.get(url)["X-Page-Cache"] == "hit"

    restrict_to_members(indexed["public"], group_names=[roles.REDACTEUR])  # not committed yet:
    caches["pages"].clear()  # nothing re-indexed, the outbox row waits
    response = client.get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Drugsafval op het erf: wat nu" not in similar_titles(response)

    with apply_on_commit():  # the commit: a new cache generation, the worker re-indexes
        indexed["public"].save_revision().publish()
    assert "Drugsafval op het erf: wat nu" not in similar_titles(client.get(url))
    caches["pages"].clear()


def _similar_block(response) -> str:
    return response.content.decode().split('id="similar-heading"', 1)[1].split("</section>")[0]


@pytest.mark.search_engine
def test_similar_items_carry_their_own_sharing_label(client, indexed, apply_on_commit):
    """A circle's page (TLP:RED) shows its own label to the named person, not "alleen voor
    leden"; a members' page shows TLP:GREEN; a public page no label."""
    from search.indexing import drain_all, enqueue
    from spaces import services
    from spaces.models import Circle

    person = UserFactory(roles=[roles.LID])
    circle = Circle.objects.create(name="Kernteam drugsafval", purpose="Het onderzoek.")
    services.set_people(audience=circle, people=[person], by=UserFactory(roles=[roles.BEHEERDER]))
    indexed["editors"].view_restrictions.all().delete()  # from editors only to the circle
    restrict_to_members(indexed["editors"], group_names=[circle.group.name])
    with apply_on_commit():
        enqueue([indexed["editors"].pk], "privacy")
    drain_all(force=True)
    client.force_login(person)

    block = _similar_block(client.get(indexed["page"].url))

    found = re.findall(r'<span class="label">(.*?)</span><h3><a [^>]*>([^<]+)</a>', block, re.S)
    cards = {title: badge for badge, title in found}
    assert "TLP:RED" in cards["Redactienotitie over drugsafval"]
    assert "alleen genoemde personen" in cards["Redactienotitie over drugsafval"]
    assert "TLP:GREEN" in cards["Besloten analyse drugsafval"]
    assert "TLP" not in cards["Drugsafval op het erf: wat nu"]


# -- the engine's answer kept while the index is unchanged -----------------------------------
@pytest.fixture
def kept_answers(settings):
    """Answers kept as in production; a counter of the engine requests similar items make."""
    from search import similar

    settings.SEARCH_SIMILAR_CACHE_SECONDS = 300
    caches["pages"].clear()
    asked = []
    engine = similar.get_engine()
    original = engine.search

    def counting(index, body):
        asked.append(body)
        return original(index, body)

    engine.search = counting
    yield asked
    engine.search = original
    caches["pages"].clear()


@pytest.mark.search_engine
def test_a_kept_answer_spares_the_engine_round_trip_per_role(client, indexed, kept_answers):
    url = indexed["page"].url
    first = similar_titles(client.get(url))
    assert similar_titles(client.get(url)) == first
    assert "Drugsafval op het erf: wat nu" in first
    assert len(kept_answers) == 1  # the visitor's answer, asked once

    client.force_login(UserFactory(roles=[roles.LID]))
    assert similar_titles(client.get(url)) == first  # members see the members' teaser too
    similar_titles(client.get(url))
    assert len(kept_answers) == 2  # signed in has its own answer, also asked once


@pytest.mark.search_engine
def test_a_kept_answer_never_shows_what_the_index_has_hidden_since(
    client, indexed, kept_answers, apply_on_commit
):
    """Restricted to editors: hidden while its outbox row waits (pages in flux are checked on
    every view) and after the worker re-indexed it (a new index generation, asked again)."""
    from search.indexing import drain_all, enqueue

    url = indexed["page"].url
    assert "Drugsafval op het erf: wat nu" in similar_titles(client.get(url))

    restrict_to_members(indexed["public"], group_names=[roles.REDACTEUR])
    enqueue([indexed["public"].pk], "privacy")
    assert "Drugsafval op het erf: wat nu" not in similar_titles(client.get(url))
    assert len(kept_answers) == 1  # the kept answer, filtered on this view

    drain_all(force=True)
    assert "Drugsafval op het erf: wat nu" not in similar_titles(client.get(url))
    assert len(kept_answers) == 2  # the index changed: asked again


@pytest.mark.search_engine
def test_a_renamed_article_shows_its_new_title_once_indexed(client, indexed, kept_answers):
    from search.indexing import drain_all, enqueue

    url = indexed["page"].url
    assert "Drugsafval op het erf: wat nu" in similar_titles(client.get(url))
    public = indexed["public"]
    public.title = "Drugsafval op het erf: het stappenplan"
    public.save()
    enqueue([public.pk], "publish")
    drain_all(force=True)

    titles = similar_titles(client.get(url))
    assert "Drugsafval op het erf: het stappenplan" in titles
    assert "Drugsafval op het erf: wat nu" not in titles


@pytest.mark.search_engine
def test_a_lost_generation_never_brings_an_old_answer_back(client, indexed, kept_answers):
    from search import generation

    url = indexed["page"].url
    client.get(url)
    before = generation.current()
    caches["pages"].delete(generation.KEY)  # evicted
    assert generation.current() > before
    client.get(url)
    assert len(kept_answers) == 2
