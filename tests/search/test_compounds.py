"""Compound words are split with a shipped Dutch word list (Debian's wdutch with hyphen-nl's
hyphenation patterns, put in the engine's config directory by platform/opensearch/), plus the
parts editors add themselves (Snippets > Samenstellingen)."""

from __future__ import annotations

import pytest

from search.analysis import COMPOUND_FILTER, COMPOUND_WORDS_FILE, OWN_COMPOUND_FILTER
from search.documents import index_body
from search.models import CompoundPart

from ..factories import ArticlePageFactory
from .test_search_page import result_titles


def test_index_uses_the_shipped_list_and_the_editors_parts(db, settings):
    body = index_body(synonym_rules=[], compound_parts=["Bibob", "xtc"])
    filters = body["settings"]["analysis"]["filter"]
    assert filters[COMPOUND_FILTER]["word_list_path"] == COMPOUND_WORDS_FILE
    assert filters[COMPOUND_FILTER]["only_longest_match"] is True
    assert filters[OWN_COMPOUND_FILTER]["word_list"] == ["bibob", "xtc"]
    chain = body["settings"]["analysis"]["analyzer"]["nl_text"]["filter"]
    assert (
        chain.index(COMPOUND_FILTER) < chain.index(OWN_COMPOUND_FILTER) < chain.index("nl_stemmer")
    )
    # Without the files on the engine's nodes: the editors' parts only, same chain.
    settings.SEARCH_COMPOUND_DICTIONARY = False
    off = index_body(synonym_rules=[], compound_parts=[])["settings"]["analysis"]["filter"]
    assert off[COMPOUND_FILTER]["type"] == off[OWN_COMPOUND_FILTER]["type"] == "length"


def test_the_former_domain_list_is_the_editors_starter_parts(db):
    assert {"bibob", "xtc", "coronasteun", "drugsafval", "dumping"} <= set(CompoundPart.words())


def test_a_part_is_one_plain_word(db):
    from django.core.exceptions import ValidationError

    part = CompoundPart(word="Coördinatie")
    part.full_clean()
    assert part.word == "coordinatie"
    with pytest.raises(ValidationError):
        CompoundPart(word="twee woorden").full_clean()


@pytest.fixture
def article(knowledge_index, publish):
    def make(title: str, text: str):
        return publish(
            ArticlePageFactory(
                parent=knowledge_index, title=title, body=[("text", f"<p>{text}</p>")]
            )
        )

    return make


@pytest.mark.search_engine
def test_compounds_in_pages_split_at_word_boundaries_of_the_shipped_list(
    search_index, article, client
):
    CompoundPart.objects.all().delete()  # the shipped list alone
    from search.indexing import rebuild

    rebuild()
    licence = article("Vergunningen", "Een horecavergunning aanvragen.")
    housing = article("Wonen", "Arbeidsmigrantenhuisvesting in de regio.")
    airport = article("Luchtvracht", "Criminelen op de luchthaven.")
    port = article("Zeehaven", "Uithalers in de haven van Rotterdam.")
    assert result_titles(client.get("/zoeken/?q=vergunning horeca")) == [licence.title]
    assert result_titles(client.get("/zoeken/?q=huisvesting")) == [housing.title]
    # No noise from parts inside parts ("vesting", "ting") ...
    assert result_titles(client.get("/zoeken/?q=vesting")) == []
    # ... but the cost of splitting: the port's "haven" is also the airport's.
    assert set(result_titles(client.get("/zoeken/?q=haven"))) == {port.title, airport.title}
    # The query itself is not split by the list (its parts would match as "any of them").
    assert result_titles(client.get("/zoeken/?q=luchthaven")) == [airport.title]


@pytest.mark.search_engine
def test_an_editors_part_rebuilds_the_index_and_splits(
    search_index, article, client, apply_on_commit
):
    from search.indexing import rebuild

    CompoundPart.objects.all().delete()
    rebuild()
    page = article("Horeca", "Over bibobtoetsen bij een nieuwe zaak.")  # a word the list lacks
    assert result_titles(client.get("/zoeken/?q=bibob")) == []
    with apply_on_commit():  # saving a part enqueues a rebuild after commit, as a synonym does
        part = CompoundPart(word="Bibob")
        part.full_clean()
        part.save()
    assert result_titles(client.get("/zoeken/?q=bibob")) == [page.title]


@pytest.mark.search_engine
def test_a_compounds_part_finds_the_word_with_a_double_s(search_index, article, client):
    """The Dutch stemmer leaves "witwassen" as "witwass"; the part "witwas" of
    "witwaspraktijken" finds it because a final "ss" is undoubled after stemming, at index
    and search time alike (the relevance bench's 'witwaspraktijken': 0.16 -> 0.74)."""
    laundering = article("Vastgoed", "Witwassen via woningen.")
    trials = article("Rechtbank", "De processen duurden lang.")
    assert result_titles(client.get("/zoeken/?q=witwaspraktijken")) == [laundering.title]
    assert result_titles(client.get("/zoeken/?q=proces")) == [trials.title]


@pytest.mark.search_engine
def test_the_thesaurus_starts_with_vliegveld_for_luchthaven(search_index, article, client):
    """Added by migration 0006 as a row editors may change (Snippets > Synoniemen): a
    strict match, not a relaxed one."""
    from search.models import Synonym

    assert Synonym.objects.filter(terms="luchthaven, vliegveld").exists()
    airport = article("Luchtvracht", "Criminelen op de luchthaven.")
    response = client.get("/zoeken/?q=vliegveld criminelen")
    assert result_titles(response) == [airport.title]
    assert "Geen resultaten met alle woorden" not in response.content.decode()
