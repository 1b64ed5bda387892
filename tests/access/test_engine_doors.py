"""The search engine's doors for the fixture world: hits, counts, facets, highlights,
suggestions and did-you-mean show nothing of a page the person may not open."""

from __future__ import annotations

import re

import pytest

from search.indexing import rebuild

from .conftest import BODY_WORDS, FILE_WORDS, KINDS, MATERIAL_WORD, ROLES, TITLES
from .test_doors import OPENS

pytestmark = pytest.mark.search_engine


@pytest.fixture
def indexed_world(world, engine_settings):
    from search.engines import get_engine, index_alias

    # The first queries of a run may meet a cold node: a slow answer must not turn into the
    # database fallback (a different door, tested in test_doors.py).
    engine_settings.SEARCH_ENGINE_TIMEOUT = 15
    rebuild()
    yield world
    engine = get_engine()
    for name in engine.list_indices(f"{index_alias()}*"):
        engine.delete_index(name)


def _count(html: str) -> int:
    found = re.search(r"(\d+)\s+resulta", html)
    return int(found.group(1)) if found else 0


def test_engine_hits_counts_and_highlights_follow_the_policy(indexed_world, as_role):
    for role in ROLES:
        client = as_role(role)
        for kind in KINDS:
            for word in (BODY_WORDS[kind], FILE_WORDS[kind]):
                html = client.get("/zoeken/", {"q": word}).content.decode()
                allowed = role in OPENS[kind]
                assert (TITLES[kind] in html) == allowed, f"{role}: {word}"
                assert _count(html) == int(allowed), f"{role}: count for {word}"
        # Every kind shares one theme: the facet counts only what this person may open.
        html = client.get("/zoeken/", {"q": "pagina noemt"}).content.decode()
        assert _count(html) == sum(role in OPENS[kind] for kind in KINDS), role
        # The materials of the past event are never in its index document.
        assert (
            "Webinar bestuurlijke aanpak"
            not in client.get("/zoeken/", {"q": MATERIAL_WORD}).content.decode()
        )


def test_engine_suggestions_and_did_you_mean_follow_the_policy(indexed_world, as_role):
    for role in ROLES:
        client = as_role(role)
        for kind in KINDS:
            suggestions = str(client.get("/zoeken/suggesties/", {"q": TITLES[kind][:8]}).json())
            assert (TITLES[kind] in suggestions) == (role in OPENS[kind]), f"{role}: {kind}"
        typo = BODY_WORDS["group"][:-1] + "x"
        html = client.get("/zoeken/", {"q": typo}).content.decode()
        if role not in OPENS["group"]:
            assert BODY_WORDS["group"] not in html, f"{role}: did-you-mean leaks"
