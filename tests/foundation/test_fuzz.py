"""Bad input gets a clear Dutch message and a 4xx, never a 500 (docs/product.md, quality bars).

Hypothesis sends hostile query strings (and, for routes that take one, hostile path segments)
to every public GET endpoint on a small seeded site: unicode, control characters, NUL, CR/LF,
huge and negative numbers, very long values, repeated keys, broken percent-encoding, SQL and
search-engine query syntax, impossible dates. Every answer must be below 500, and every 4xx
must be Dutch: a Dutch HTML page, JSON with a message, or a Dutch plain-text line (the feeds'
clients read no HTML) — never Django's English default page.

The site is built once per module inside a transaction that is rolled back at the end; each
request runs in its own savepoint, so whatever a request writes (search query logs, a failed
statement) is undone before the next example. Examples are derandomized: the same cases run
every time. Database search here; `..._on_the_engine` below repeats the search
endpoints against the real engine (`search_engine` marker, `make test`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from dataclasses import dataclass, field
from urllib.parse import quote

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import transaction
from django.test import Client, override_settings
from django.utils import timezone

from wagtail.documents import get_document_model

import hypothesis
import pytest
from hypothesis import HealthCheck, given
from hypothesis import strategies as st

from members import roles

from ..factories import (
    ArticlePageFactory,
    AudienceFactory,
    EventPageFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
    UserFactory,
)
from ..helpers import restrict_to_members, service_missing

pytestmark = pytest.mark.django_db

# ---------------------------------------------------------------------------------------------
# Hostile values

CONTROL = "".join(chr(c) for c in range(0x20)) + "\x7f\x85\u2028\u2029\ufeff\u200b\u202e"
SYNTAX = [
    # SQL
    "' OR '1'='1",
    "'; DROP TABLE wagtailcore_page; --",
    '" OR ""="',
    "%",
    "_",
    "\\",
    "%%_\\%",
    "1; SELECT pg_sleep(1)",
    # Lucene / OpenSearch query_string and simple_query_string syntax
    "title:*",
    "a AND (b OR",
    '"niet afgesloten',
    "*",
    "?",
    "~",
    "/regex.*/",
    "a^999999",
    "[* TO *]",
    "{!lucene}",
    "NOT",
    "-",
    "+",
    "&&",
    "||",
    "witwassen~99",
    "\\\\\\",
    '{"query": {"match_all": {}}}',
    # SQLite FTS5 (make demo) and PostgreSQL tsquery syntax
    "a NEAR b",
    "a:*",
    "!&|",
    "<->",
    # templates and markup
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% debug %}",
    "../../../etc/passwd",
    "javascript:alert(1)",
    "//evil.example/",
    "http://evil.example/",
]
NUMBERS = [
    "0",
    "-1",
    "-0",
    "1e999",
    "NaN",
    "inf",
    "-inf",
    "0x10",
    "1.5",
    " 2 ",
    "２",  # fullwidth digit: int() reads it
    "²",  # superscript two: str.isdigit() says yes, int() says no
    "²⁰²⁶",
    "٢٠٢٦",  # Arabic-Indic digits
    "१२",  # Devanagari digits
    "9" * 400,
    "1" + "0" * 30,
]
DATES = [
    "0000-13",
    "9999-99",
    "2030-00",
    "2030-13",
    "0000-00",
    "-1-01",
    "2030-1",
    "2030--1",
    "99999-01",
    "2030-12-01",
    " 2030-12",
    "2030-12\n",
    "２０３０-１２",
    "²⁰³⁰-¹²",
    "2030-٠١",
    "1999-12",
    "2101-01",
    "2030-+1",
    "2030-1_2",
    "2030-12-",
    "-",
    "--",
]
PERCENT_JUNK = [
    "%",
    "%2",
    "%zz",
    "%C3%28",
    "%FF%FE",
    "%E2%82",
    "%00",
    "%0D%0A",
    "%25%32%35",
    "+%2B",
]


def _long(unit: str) -> st.SearchStrategy[str]:
    return st.integers(min_value=200, max_value=4_000).map(lambda n: unit * n)


# Digits of any script and number forms. int() reads the decimal digits of every script
# (Arabic-Indic, Devanagari, fullwidth); str.isdigit() also says yes to superscripts and
# circled digits, which int() refuses.
DIGIT_FORMS = "0123456789٠١٢٣٩०१२९০৩੦༠０１２９²³¹⁰⁴⁹₀₁₂①②⑨⑴⒈❶"
digits = st.text(st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=6)
year_like = st.text(st.sampled_from(DIGIT_FORMS), min_size=4, max_size=4)
month_like = st.text(st.sampled_from(DIGIT_FORMS), min_size=1, max_size=2)
number_like = st.one_of(
    digits, year_like, st.integers(min_value=-(10**40), max_value=10**40).map(str)
)
date_like = st.tuples(
    st.one_of(year_like, number_like), st.sampled_from(["-", "–", "/", "--"]), month_like
).map("".join)

hostile_values = st.one_of(
    st.text(st.characters(exclude_categories=["Cs"]), max_size=20),
    st.text(st.sampled_from(CONTROL), min_size=1, max_size=8),
    st.tuples(
        st.text(max_size=6), st.sampled_from(["\r\n", "\n", "\r", "\x00"]), st.text(max_size=6)
    ).map("".join),
    number_like,
    date_like,
    st.sampled_from(NUMBERS),
    st.sampled_from(DATES),
    st.sampled_from(SYNTAX),
    st.sampled_from(["a", "ä", "漢", "🙂", "x "]).flatmap(_long),
)


@dataclass(frozen=True)
class Endpoint:
    """A GET route, the query parameters its view reads, some valid values for them, and how
    many examples to send. `{segment}` in the path is fuzzed too; `{article}`, `{event}`, … are
    the URLs of the seeded pages."""

    path: str
    params: tuple[str, ...] = ()
    valid: dict[str, tuple[str, ...]] = field(default_factory=dict)
    examples: int = 100
    as_member: bool = False

    @property
    def fuzzes_path(self) -> bool:
        return "{segment}" in self.path


# Values that almost look right for the parameters that are parsed as numbers or dates.
NEAR_MISSES = {
    "jaar": st.one_of(year_like, number_like),
    "pagina": number_like,
    "p": number_like,
    "maand": st.one_of(date_like, st.sampled_from(DATES)),
}


def values_for(endpoint: Endpoint, key: str) -> st.SearchStrategy[str]:
    """Hostile values, near misses and valid values, so hostile values also meet working
    filters."""
    branches = [hostile_values, NEAR_MISSES.get(key, hostile_values)]
    if endpoint.valid.get(key):
        branches.append(st.sampled_from(endpoint.valid[key]))
    return st.one_of(branches)


def encode(value: str, how: str) -> str:
    """A value as it may arrive: correctly percent-encoded, raw (only the separators encoded;
    non-ASCII goes as UTF-8 bytes), or with broken percent-encoding mixed in."""
    if how == "quoted":
        return quote(value, safe="")
    if how == "raw":
        return value.replace("%", "%25").replace("&", "%26").replace("#", "%23").replace("=", "%3D")
    return quote(value, safe="") + how


ENCODINGS = ("quoted", "quoted", "raw", *PERCENT_JUNK)
LEFTOVERS = ("", "&", "=", "==", "x", ";", "%", "&&=&")


def _pairs(drawn: tuple[str, list[str], int, int, str]) -> list[str]:
    key, values, repeat, times, how = drawn
    if repeat == 0:  # the same key many times (the search page reads at most 50 per facet)
        values = ([value[:40] for value in values] * 80)[:times]
    return [f"{encode(key, 'quoted')}={encode(value, how)}" for value in values]


def _pieces(keys: st.SearchStrategy[str], values: st.SearchStrategy[str]):
    return st.tuples(
        keys,
        st.lists(values, min_size=1, max_size=3),
        st.integers(0, 7),
        st.integers(50, 80),
        st.sampled_from(ENCODINGS),
    ).map(_pairs)


def query_strings(endpoint: Endpoint) -> st.SearchStrategy[str]:
    """Query strings of up to five keys: mostly the parameters the view reads (each its own
    branch, so every one is drawn often), also unknown keys; built once per endpoint, as
    building strategies per example costs more than the request."""
    branches = [_pieces(st.just(key), values_for(endpoint, key)) for key in endpoint.params]
    branches += [
        _pieces(
            st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=12),
            hostile_values,
        ),
        _pieces(
            st.sampled_from(["q", "pagina", "next", "p", "page", "utm_source"]), hostile_values
        ),
    ]
    leftover = st.sampled_from((None,) * 9 + LEFTOVERS)
    return st.tuples(st.lists(st.one_of(branches), max_size=5), leftover).map(_join)


def _join(drawn: tuple[list[list[str]], str | None]) -> str:
    pieces, leftover = drawn
    pairs = [pair for piece in pieces for pair in piece]
    return "&".join(pairs if leftover is None else [*pairs, leftover])


path_segments = st.one_of(
    hostile_values.map(lambda v: quote(v[:300], safe="")),
    st.sampled_from(PERCENT_JUNK),
    st.sampled_from(["a:b:c", "..", ".", "%2e%2e", "x" * 2000, "abc-def:1a2b:3c4d"]),
)


# ---------------------------------------------------------------------------------------------
# The seeded site, built once


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    from config.site import ensure_site_structure

    # The database search backend, even when `make test` exports SEARCH_ENGINE_URL; the
    # engine has its own, smaller run below.
    no_engine = override_settings(SEARCH_ENGINE_URL="")
    with no_engine, django_db_blocker.unblock(), transaction.atomic():
        pages = ensure_site_structure()
        drugs = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs")
        ThemeFactory(name="XTC", slug="xtc", parent=drugs)
        laundering = ThemeFactory(name="Witwassen", slug="witwassen")
        region = RegionFactory(name="RIEC Zeeland-West-Brabant", slug="riec-zwb")
        audience = AudienceFactory(name="Gemeenten", slug="gemeenten")
        document = get_document_model()(title="Handreiking")
        document.file.save("handreiking.txt", ContentFile(b"Een handreiking over Bibob."))
        article = ArticlePageFactory(
            parent=pages["kennisbank"],
            title="Witwassen via vastgoed",
            themes=[laundering],
            regions=[region],
            audiences=[audience],
            body=[("text", "<p>Bibob en vastgoed.</p>"), ("document", {"document": document})],
        )
        hidden = ArticlePageFactory(
            parent=pages["kennisbank"], title="Besloten beeld", themes=[drugs]
        )
        restrict_to_members(hidden)
        toolkit = ToolkitPageFactory(parent=pages["toolkits"], audiences=[audience], themes=[drugs])
        event = EventPageFactory(parent=pages["agenda"], title="Webinar drugslabs", themes=[drugs])
        past = timezone.now() - dt.timedelta(days=20)
        EventPageFactory(parent=pages["agenda"], start=past, end=past + dt.timedelta(hours=2))
        member = UserFactory(email="fuzz-lid@gemeente-voorbeeld.nl", roles=[roles.LID])
        yield {
            "urls": {
                "article": article.url,
                "hidden": hidden.url,
                "toolkit": toolkit.url,
                "event": event.url,
                "document": document.url,
            },
            "member": member,
        }
        transaction.set_rollback(True)
    cache.clear()  # the taxonomy, sites and restrictions cached from rolled-back rows


FILTERS = {
    "soort": ("praktijkvoorbeeld", "ondermijningsbeeld", "nieuws", "evenement", "toolkit"),
    "thema": ("witwassen", "synthetische-drugs", "xtc"),
    "regio": ("riec-zwb",),
    "doelgroep": ("gemeenten",),
    "jaar": (str(dt.date.today().year), "2020"),
    "pagina": ("1", "2", "999"),
}
LISTING = ("soort", "thema", "regio", "doelgroep", "jaar", "pagina")
AGENDA = ("thema", "vorm", "doelgroep", "periode", "maand", "pagina")
AGENDA_VALID = {
    **FILTERS,
    "vorm": ("webinar", "symposium"),
    "periode": ("afgelopen",),
    "maand": (f"{dt.date.today():%Y-%m}", "2030-12", "2000-01", "2100-12"),
}
SEARCH = ("q", "sorteer", "pagina", "soort", "thema", "regio", "doelgroep", "jaar")
SEARCH_VALID = {
    **FILTERS,
    "q": ("witwassen", "bibob vastgoed", "drugs*", "ondermijning"),
    "sorteer": ("relevantie", "nieuwste", "eerstvolgende"),
}
DIRECTORY = ("q", "organisatie", "thema", "regio", "pagina")

# Every public GET route (config/urls.py, events/urls.py, search/urls.py, allauth, the page
# models' routes) and the parameters its view reads (request.GET in views and selectors).
ENDPOINTS = {
    "home": Endpoint("/", examples=80),
    "kennisbank": Endpoint("/kennisbank/", LISTING, FILTERS, examples=500),
    "kennisbank_feed": Endpoint("/kennisbank/feed/", examples=60),
    "article": Endpoint("{article}", examples=80),
    "members_only_article": Endpoint("{hidden}", examples=60),
    "page_path": Endpoint("/kennisbank/{segment}/", examples=120),
    "toolkits": Endpoint("/toolkits/", LISTING, FILTERS, examples=300),
    "toolkit": Endpoint("{toolkit}", examples=60),
    "themas": Endpoint("/themas/", examples=60),
    "theme_hub": Endpoint("/themas/witwassen/", ("regio",), FILTERS, examples=250),
    "theme_hub_slug": Endpoint("/themas/{segment}/", examples=100),
    "agenda": Endpoint("/agenda/", AGENDA, AGENDA_VALID, examples=500),
    "agenda_feed": Endpoint("/agenda/feed.ics", AGENDA, AGENDA_VALID, examples=400),
    "event": Endpoint("{event}", examples=80),
    "event_register": Endpoint("{event}aanmelden/", examples=80),
    "event_ics": Endpoint("{event}event.ics", examples=60),
    "event_ics_slug": Endpoint("/agenda/{segment}/event.ics", examples=100),
    "confirm_link": Endpoint("{event}bevestigen/{segment}/", examples=100),
    "cancel_link": Endpoint("{event}afmelden/{segment}/", examples=100),
    "search": Endpoint("/zoeken/", SEARCH, SEARCH_VALID, examples=600),
    "suggestions": Endpoint("/zoeken/suggesties/", ("q",), SEARCH_VALID, examples=300),
    "sitemap": Endpoint("/sitemap.xml", ("p",), {"p": ("1", "2")}, examples=120),
    "robots": Endpoint("/robots.txt", examples=60),
    "healthz": Endpoint("/healthz", examples=60),
    "document": Endpoint("{document}", examples=60),
    "document_id": Endpoint("/documenten/{segment}/handreiking.txt", examples=80),
    "login": Endpoint("/accounts/login/", ("next", "email"), examples=120),
    "signup": Endpoint("/accounts/signup/", ("next", "email"), examples=100),
    "password_reset": Endpoint("/accounts/password/reset/", examples=60),
    "login_code": Endpoint("/accounts/login/code/", examples=60),
    "confirm_email": Endpoint("/accounts/confirm-email/{segment}/", examples=80),
    "reset_key": Endpoint("/accounts/password/reset/key/{segment}/", examples=80),
    "admin_login": Endpoint("/admin/login/", ("next",), examples=80),
    "personal_feed": Endpoint("/mijn/agenda.ics", ("token",), examples=120),
    "unsubscribe": Endpoint("/mijn/themas/afmelden/{segment}/", examples=100),
    # Members only, but the directory's search form reads the query string.
    "directory": Endpoint("/leden/", DIRECTORY, FILTERS, examples=200, as_member=True),
}


# ---------------------------------------------------------------------------------------------
# What an answer must look like

ENGLISH_DEFAULTS = (
    "Bad Request",
    "Not Found",
    "Forbidden",
    "Server Error",
    "The requested resource",
    "Page not found",
    "CSRF verification failed",
)
DUTCH_WORDS = re.compile(
    r"\b(de|het|een|niet|ongeldig|ongeldige|onbekend|onbekende|kies|controleer|probeer|deze)\b",
    re.IGNORECASE,
)


def assert_clear_answer(response, url: str) -> None:
    status = response.status_code
    assert status < 500, f"{status} for {url!r}"
    if status < 400:
        return
    body = response.content.decode("utf-8", errors="replace")
    content_type = response.get("Content-Type", "")
    for english in ENGLISH_DEFAULTS:
        assert english not in body, f"{status} for {url!r} is Django's English page: {body[:200]}"
    if content_type.startswith("text/html"):
        assert '<html lang="nl"' in body, f"{status} for {url!r} is no Dutch page: {body[:200]}"
        assert "<h1" in body, f"{status} for {url!r} has no heading: {body[:200]}"
    elif content_type.startswith("application/json"):
        data = json.loads(body)
        assert str(data.get("message") or data.get("error") or "").strip(), body[:200]
    else:
        assert content_type.startswith("text/plain"), f"{status} {content_type} for {url!r}"
        assert DUTCH_WORDS.search(body), f"{status} for {url!r} is no Dutch message: {body[:200]}"


def fetch(client: Client, url: str):
    """One request in its own savepoint: what it writes is undone, a failed statement too."""
    with transaction.atomic():
        response = client.get(url)
        transaction.set_rollback(True)
    return response


def run_endpoint(world, endpoint: Endpoint, *, max_examples: int | None = None) -> None:
    client = Client()
    if endpoint.as_member:
        client.force_login(world["member"])

    @hypothesis.settings(
        max_examples=max_examples or endpoint.examples,
        derandomize=True,  # the same cases on every run and machine
        deadline=None,
        database=None,  # nothing written to .hypothesis/ in the working tree
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(
        segment=path_segments if endpoint.fuzzes_path else st.just(""),
        query=query_strings(endpoint),
    )
    def check(segment: str, query: str) -> None:
        path = endpoint.path.format(segment=segment, **world["urls"])
        url = f"{path}?{query}" if query else path
        assert_clear_answer(fetch(client, url), url)

    check()


@pytest.mark.parametrize("name", list(ENDPOINTS))
def test_hostile_input_never_gives_a_server_error(world, name):
    run_endpoint(world, ENDPOINTS[name])


def test_at_least_5000_cases_in_total():
    assert sum(e.examples for e in ENDPOINTS.values()) >= 5000


ENGINE_ENDPOINTS = {"search": 300, "suggestions": 150}


def engine_answers(client: Client) -> bool:
    """Whether the search page and the suggestions were answered by the engine (a failed
    engine query falls back to the database and would hide what the engine did with it)."""
    page = fetch(client, "/zoeken/?q=witwassen")
    suggestions = fetch(client, "/zoeken/suggesties/?q=witw").json()
    return page.context["results"].backend == "engine" and suggestions["backend"] == "engine"


@pytest.mark.search_engine
def test_hostile_search_input_never_gives_a_server_error_on_the_engine(world, settings, caplog):
    """The search endpoints once more against the real engine (query syntax, facets, paging
    reach OpenSearch instead of the database backend); no input may make the engine fail."""
    from search.engines import breaker, get_engine, index_alias
    from search.indexing import rebuild

    from ..search.conftest import ENGINE_KIND, ENGINE_URL, _engine_reachable

    if not ENGINE_URL:
        message = "SEARCH_ENGINE_URL is not set (run `make search-engine` and export it)"
        service_missing(message)
    assert _engine_reachable(ENGINE_URL), f"search engine at {ENGINE_URL} is not reachable"
    settings.SEARCH_ENGINE_URL = ENGINE_URL
    settings.SEARCH_ENGINE_KIND = ENGINE_KIND
    settings.SEARCH_INDEX_PREFIX = f"test-kp-fuzz-{uuid.uuid4().hex[:8]}"
    settings.SEARCH_REFRESH_ON_WRITE = True
    breaker.reset()
    rebuild()
    try:
        assert engine_answers(Client())
        for name, examples in ENGINE_ENDPOINTS.items():
            run_endpoint(world, ENDPOINTS[name], max_examples=examples)
        engine_failures = [r.getMessage() for r in caplog.records if "engine" in r.getMessage()]
        assert engine_failures == []
        assert engine_answers(Client())
    finally:
        engine = get_engine()
        for index in engine.list_indices(f"{index_alias()}*"):
            engine.delete_index(index)
        breaker.reset()
