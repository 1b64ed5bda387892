"""The visibility condition scales with the number of view restrictions (issue #13).

On the 20,000-page corpus with 1,596 restrictions the agenda's count of upcoming events was a
nested-loop anti join that compared every event with every restricted path (2.1 M rows filtered,
0.8-0.9 s per view). Now the restricted paths are hashed once and each page probes the hash
with the prefixes of its own path. These tests read PostgreSQL's own plan (EXPLAIN ANALYZE) on
a corpus with more than 1,000 restrictions, and check that the answer is still the policy's.
"""

import json

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from access import policy
from config.demo.bulk import seed_bulk
from events import selectors
from events.models import EventPage
from knowledge.models import ArticlePage

from ..factories import ArticlePageFactory, UserFactory
from ..helpers import restrict_to_members, service_missing


@pytest.fixture(autouse=True)
def _postgresql():
    """Reads PostgreSQL's query plans: under CI a run without PostgreSQL fails here."""
    if connection.vendor != "postgresql":
        service_missing("reads PostgreSQL's query plans: set DATABASE_URL to PostgreSQL")


@pytest.fixture
def corpus(site_pages):
    """4,800 knowledge pages, a quarter members-only (1,200 restrictions), 1,200 events;
    statistics gathered as autovacuum would have."""
    counts = seed_bulk(pages=6000, members_only_share=0.25)
    assert PageViewRestriction.objects.count() >= 1000
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return counts


def _nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _explain(sql: str, params=None) -> dict:
    # Without parameters the SQL goes as it is: its LIKE patterns keep their "%".
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        (row,) = cursor.fetchone()
    return (json.loads(row) if isinstance(row, str) else row)[0]["Plan"]


def _agenda_count_query(user) -> str:
    request = RequestFactory().get("/agenda/")
    request.user = user
    with CaptureQueriesContext(connection) as queries:
        selectors.agenda(request)
    counts = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert len(counts) == 1, counts
    return counts[0]  # as sent, its parameters inlined


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_agenda_count_hashes_the_restricted_paths_instead_of_joining_them_per_event(
    corpus, who, member
):
    user = AnonymousUser() if who == "visitor" else member
    plan = _explain(_agenda_count_query(user))
    nodes = list(_nodes(plan))
    events = EventPage.objects.live().filter(end__gte=timezone.now()).count()
    assert events > 100

    # No node compares pages with restricted paths row by row: the rows a join filter
    # removes stay a small multiple of the events (at most one per tree level tried), where
    # the nested-loop anti join removed events x restrictions.
    removed = sum(node.get("Rows Removed by Join Filter", 0) for node in nodes)
    assert removed <= events * policy.PREFIX_LEVELS
    # The restrictions are read once per query, not once per event.
    restriction_scans = [
        node for node in nodes if node.get("Relation Name") == "wagtailcore_pageviewrestriction"
    ]
    assert restriction_scans
    assert all(node["Actual Loops"] <= 1 for node in restriction_scans), restriction_scans
    assert any("hashed SubPlan" in json.dumps(node) for node in nodes)


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_the_check_for_deep_restrictions_reads_an_index_not_the_page_table(corpus, who, member):
    """Restrictions on pages deeper than PREFIX_LEVELS are usually none: the partial index of
    such pages (access migration 0002) finds that without reading every page."""
    user = None if who == "visitor" else member
    listing = policy.openable(ArticlePage.objects.order_by("-first_published_at"), user)[:10]
    nodes = list(_nodes(_explain(*listing.query.sql_with_params())))
    deep_scans = [node for node in nodes if "depth > 10" in json.dumps(node.get("Filter", ""))]
    assert not deep_scans, deep_scans
    assert any(node.get("Index Name") == "access_deep_page_path" for node in nodes)


def test_listings_give_the_same_answer_as_the_page_verdict(corpus, member):
    """Every members-only page is left out for a visitor and counted for a member; a page
    under a restricted page, and a restriction deeper than the prefixes tried, still count."""
    visitor_ids = set(policy.openable(ArticlePage.objects.all(), None).values_list("pk", flat=True))
    member_ids = set(
        policy.openable(ArticlePage.objects.all(), member).values_list("pk", flat=True)
    )
    restricted = set(
        ArticlePage.objects.filter(view_restrictions__isnull=False).values_list("pk", flat=True)
    )
    everything = set(ArticlePage.objects.live().values_list("pk", flat=True))
    assert restricted and visitor_ids == everything - restricted
    assert member_ids == everything


def test_restrictions_on_ancestors_at_any_depth(site_pages, member):
    """A chain of pages deeper than PREFIX_LEVELS: a restriction at the top and one at the
    bottom both hide the pages below them, in listings as in the page verdict."""
    parent = site_pages["kennisbank"]
    chain = []
    for level in range(policy.PREFIX_LEVELS + 2):
        parent = ArticlePageFactory(parent=parent, title=f"Niveau {level}")
        chain.append(parent)
    assert chain[-1].depth > policy.PREFIX_LEVELS
    outsider = UserFactory()  # signed in, no role: fails members-level restrictions

    restrict_to_members(chain[-2])  # deeper than the prefixes tried
    shown = set(policy.openable(ArticlePage.objects.all(), outsider).values_list("pk", flat=True))
    assert {p.pk for p in chain[:-2]} <= shown
    assert not {chain[-2].pk, chain[-1].pk} & shown
    assert policy.page_verdict(outsider, chain[-1].specific) is not policy.Verdict.OPEN

    restrict_to_members(chain[1])  # shallow: hides everything below it
    shown = set(policy.openable(ArticlePage.objects.all(), outsider).values_list("pk", flat=True))
    assert shown & {p.pk for p in chain} == {chain[0].pk}
    member_shown = set(
        policy.openable(ArticlePage.objects.all(), member).values_list("pk", flat=True)
    )
    assert {p.pk for p in chain} <= member_shown
    annotated = dict(
        ArticlePage.objects.filter(pk__in=[p.pk for p in chain])
        .annotate(restricted=policy.under(PageViewRestriction.objects.all()))
        .values_list("pk", "restricted")
    )
    assert annotated == {p.pk: index >= 1 for index, p in enumerate(chain)}
