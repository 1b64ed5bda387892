"""Search without an engine (`make demo`, or the engine is down): Wagtail's database backend
still gives useful results with filters, highlighted words and suggestions, and never leaks."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

import pytest

from members import roles
from search.models import OutboxEntry, QueryLog

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    ThemeFactory,
    ToolkitPageFactory,
    UserFactory,
)
from ..helpers import login_with_mfa, restrict_to_members
from ..production_cache import production_caches  # noqa: F401 - a fixture
from .test_search_page import facet_counts, result_titles, summary_line


@pytest.fixture(autouse=True)
def no_engine(settings):
    settings.SEARCH_ENGINE_URL = ""


@pytest.fixture
def corpus(knowledge_index, toolkit_index, agenda):
    drugs = ThemeFactory(name="Drugs", slug="drugs")
    pages = {
        "afval": ArticlePageFactory(
            parent=knowledge_index,
            title="Drugsafval in het buitengebied",
            article_type="onderzoek",
            summary="Hoe gemeenten <b>drugsafval</b> samen met boeren aanpakken.",
            themes=[drugs],
        ),
        "toolkit": ToolkitPageFactory(
            parent=toolkit_index,
            title="Toolkit drugsafval voor agrariërs",
            summary="Checklist bij het vinden van vaten.",
            themes=[drugs],
        ),
        "event": EventPageFactory(
            parent=agenda,
            title="Webinar drugsafval",
            start=timezone.now() + dt.timedelta(days=5),
        ),
        "other": ArticlePageFactory(parent=knowledge_index, title="Mensenhandel in de horeca"),
    }
    return pages


def test_database_search_finds_filters_and_highlights(corpus, client):
    response = client.get("/zoeken/?q=drugsafval")
    assert response.status_code == 200
    assert sorted(result_titles(response)) == sorted(
        [
            "Drugsafval in het buitengebied",
            "Toolkit drugsafval voor agrariërs",
            "Webinar drugsafval",
        ]
    )
    html = response.content.decode()
    assert "<mark>Drugsafval</mark> in het buitengebied" in html
    assert "&lt;b&gt;<mark>drugsafval</mark>&lt;/b&gt;" in html  # escaped source, then marks
    assert "tijdelijk niet bereikbaar" not in html  # no engine by design: no outage notice
    assert facet_counts(response, "soort") == {"onderzoek": 1, "toolkit": 1, "evenement": 1}
    assert facet_counts(response, "thema") == {"drugs": 2}

    response = client.get("/zoeken/?q=drugsafval&soort=toolkit&soort=evenement")
    assert sorted(result_titles(response)) == [
        "Toolkit drugsafval voor agrariërs",
        "Webinar drugsafval",
    ]
    assert facet_counts(response, "soort") == {"onderzoek": 1, "toolkit": 1, "evenement": 1}
    response = client.get("/zoeken/?q=drugsafval&soort=toolkit&soort=evenement&thema=drugs")
    assert result_titles(response) == ["Toolkit drugsafval voor agrariërs"]
    assert QueryLog.objects.filter(backend="database").exists()


def test_database_search_sorts_and_pages(corpus, client):
    assert result_titles(client.get("/zoeken/?q=drugsafval&sorteer=eerstvolgende")) == [
        "Webinar drugsafval"
    ]
    response = client.get("/zoeken/?q=drugsafval&pagina=50")
    assert response.status_code == 200 and len(result_titles(response)) == 3


def test_database_search_suggestions_and_did_you_mean(corpus, client):
    data = client.get("/zoeken/suggesties/?q=drugsaf").json()
    assert data["backend"] == "database"
    assert {s["title"] for s in data["suggestions"]} == {
        "Drugsafval in het buitengebied",
        "Toolkit drugsafval voor agrariërs",
        "Webinar drugsafval",
    }
    html = client.get("/zoeken/?q=mensenhandl").content.decode()
    assert "Bedoelde u" in html and "mensenhandel" in html


def test_database_search_never_leaks_private_pages(knowledge_index, client):
    private = ArticlePageFactory(
        parent=knowledge_index,
        title="Vertrouwelijk: zwartgeldcarrousel",
        summary="De zwartgeldcarrousel in beeld.",
    )
    restrict_to_members(private)
    response = client.get("/zoeken/?q=zwartgeldcarrousel")
    assert summary_line(response).startswith("0 resultaten")
    assert client.get("/zoeken/suggesties/?q=zwartgeld").json()["suggestions"] == []
    assert "Bedoelde u" not in client.get("/zoeken/?q=zwartgeldcarousel").content.decode()

    client.force_login(UserFactory(roles=[roles.LID]))
    response = client.get("/zoeken/?q=zwartgeldcarrousel")
    assert result_titles(response) == ["Vertrouwelijk: zwartgeldcarrousel"]
    assert "alleen voor leden" in response.content.decode()


@pytest.mark.parametrize("order", [("afval", "toolkit", "event"), ("event", "toolkit", "afval")])
def test_facets_of_all_types_load_in_any_order(corpus, order):
    """The facet rows of all content types come in one UNION query, whichever type ranks
    first (PostgreSQL needs the same column types in every branch)."""
    from search.fallback import Candidate, _load_facets

    pages = [corpus[name] for name in order]
    keys = {"ArticlePage": "article", "EventPage": "event", "ToolkitPage": "toolkit"}
    candidates = {
        page.pk: Candidate(pk=page.pk, path=page.path, indexer_key=keys[type(page).__name__])
        for page in pages
    }
    _load_facets(candidates)
    event = candidates[corpus["event"].pk]
    assert event.facets["soort"] == {"evenement"} and event.event_start == corpus["event"].start
    assert candidates[corpus["afval"].pk].facets["thema"] == {"drugs"}
    assert candidates[corpus["afval"].pk].themes == {("drugs", "Drugs")}


DRUGSAFVAL = sorted(
    ["Drugsafval in het buitengebied", "Toolkit drugsafval voor agrariërs", "Webinar drugsafval"]
)
IGNORED_FILTERS = "Een of meer onbekende filters zijn genegeerd."


@pytest.mark.parametrize(
    ("querystring", "found", "says"),
    [
        ("q=", [], "Typ een zoekterm, bijvoorbeeld"),
        ("q=" + "x" * 10_000, [], "is ingekort tot de eerste woorden"),
        ("q=de het", [], "Uw zoekopdracht bestaat alleen uit veelvoorkomende woorden"),
        ('q=" * : (', [], "Geen resultaten"),
        ("q=drugsafval AND OR NOT", DRUGSAFVAL, "3 resultaten voor"),
        ("q=NEAR(drugsafval", DRUGSAFVAL, "3 resultaten voor"),
        ("q=drugsafval*", DRUGSAFVAL, "3 resultaten voor"),
        ("q=title:drugsafval", DRUGSAFVAL, "3 resultaten voor"),
        ("q=drugsafval&thema=nope&pagina=zz", DRUGSAFVAL, IGNORED_FILTERS),
        ("q=drugsafval&jaar=²⁰²⁴", DRUGSAFVAL, IGNORED_FILTERS),  # isdigit(), not int(): a 500
        ("q=drugsafval&jaar=٢٠٢٤", DRUGSAFVAL, IGNORED_FILTERS),
    ],
)
def test_database_search_bad_input(corpus, client, querystring, found, says):
    """Odd input is read as plain words and ignored filters, and the page says so in Dutch:
    the words still find their pages, a query without usable words finds none."""
    response = client.get("/zoeken/?" + querystring)

    assert response.status_code == 200
    html = response.content.decode()
    assert says in html
    assert sorted(result_titles(response)) == found
    if querystring == "q=":  # nothing asked: the start page, no count and no "none found"
        assert summary_line(response) == "" and "Geen resultaten" not in html
    else:
        assert summary_line(response).startswith(f"{len(found)} resultaten voor")
        # The empty state; a relaxed pass ("NEAR" is no word of the pages) says "Geen
        # resultaten met alle woorden" above its results.
        assert ('class="empty-state"' in html) == (not found)


def test_a_year_in_other_digits_is_an_ignored_filter(corpus, client):
    """Only the digits 0-9 make a year; superscripts ('²⁰²⁴') are ignored with the notice
    for unknown filters, and the words are still searched."""
    response = client.get("/zoeken/", {"q": "drugsafval", "jaar": "²⁰²⁴"})

    assert response.status_code == 200
    assert "onbekende filters zijn genegeerd" in response.content.decode()
    assert len(result_titles(response)) == 3


@pytest.mark.parametrize(
    "query", ['"drugsafval', "drugsafval*", "NEAR(drugsafval)", "body:drugsafval"]
)
def test_search_syntax_is_read_as_plain_words(corpus, client, query):
    assert len(result_titles(client.get("/zoeken/", {"q": query}))) == 3


@pytest.fixture
def network_pages(knowledge_index, toolkit_index, agenda):
    theme = ThemeFactory(name="Netwerken", slug="netwerken")
    for n in range(6):
        ArticlePageFactory(parent=knowledge_index, title=f"Netwerk {n}", themes=[theme])
        ToolkitPageFactory(parent=toolkit_index, title=f"Netwerk toolkit {n}", themes=[theme])
        EventPageFactory(parent=agenda, title=f"Netwerk webinar {n}", themes=[theme])
    restrict_to_members(ArticlePageFactory(parent=knowledge_index, title="Netwerk besloten"))


@pytest.mark.parametrize("as_member", [False, True])
def test_database_search_runs_a_bounded_number_of_queries(
    network_pages, client, django_assert_max_num_queries, as_member
):
    if as_member:
        client.force_login(UserFactory(roles=[roles.LID]))
    client.get("/zoeken/?q=netwerk")
    with django_assert_max_num_queries(12):
        response = client.get("/zoeken/?q=netwerk")
    assert len(result_titles(response)) == 10
    assert facet_counts(response, "thema") == {"netwerken": 18}
    with django_assert_max_num_queries(12):
        response = client.get("/zoeken/?q=netwerk&soort=toolkit&pagina=2")
    assert summary_line(response).startswith("6 resultaten")
    with django_assert_max_num_queries(12):  # a typo: no hits, a did-you-mean
        response = client.get("/zoeken/?q=netwrek")
    assert "Bedoelde u" in response.content.decode()


@pytest.mark.usefixtures("production_caches")
@pytest.mark.parametrize("reader", ["visitor", "member", "editor"])
def test_the_search_page_reads_at_most_twelve_times_with_the_database_cache(
    network_pages, client, reader, request, django_assert_max_num_queries
):
    """Production without Redis, where every cache read is a query: twelve reads at most, and
    the one write of the query log. Staff are not yet within it (issue #13): Wagtail's user
    bar reads their permissions and profile, two reads more."""
    if reader == "editor":
        login_with_mfa(client, request.getfixturevalue("editor"))
    elif reader == "member":
        client.force_login(UserFactory(roles=[roles.LID]))
    client.get("/zoeken/?q=netwerk")
    for url in ("/zoeken/?q=netwerk", "/zoeken/?q=netwrek"):
        with django_assert_max_num_queries(15) as queries:
            assert client.get(url).status_code == 200
        sql = [query["sql"] for query in queries.captured_queries]
        writes = [q for q in sql if not q.lstrip("(").startswith("SELECT")]
        assert len(writes) == 1 and writes[0].startswith('INSERT INTO "search_querylog"'), writes
        assert len(sql) - len(writes) <= (14 if reader == "editor" else 12), sql


def test_no_engine_configured_writes_no_outbox_rows(knowledge_index):
    ArticlePageFactory(parent=knowledge_index).save_revision().publish()
    assert not OutboxEntry.objects.exists()


def test_healthz_without_engine_is_ok(client, db):
    body = client.get("/healthz").json()
    assert body["checks"]["search"] == "ok" and body["search"]["backend"] == "database"
