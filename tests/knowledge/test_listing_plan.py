"""Listings read as many pages as they show, not every page of the site (issue #13).

On the 20,000-page corpus the home page sorted all 20,000 pages to find its first three
toolkits, the kennisbank's years facet read, checked and sorted every one of 14,000 articles,
and the theme hub read the full rows of every article of the theme to show twelve. These
tests read PostgreSQL's plan (EXPLAIN ANALYZE) of those queries on a corpus of 6,000 pages
with more than 1,000 restrictions; the answers stay the same (tests/knowledge/test_listings.py,
tests/access/test_doors.py).
"""

import json

from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

import pytest

from access import policy
from config.demo.bulk import seed_bulk
from knowledge import selectors
from knowledge.models import ArticlePage
from knowledge.taxonomy import Theme, term_by_slug

from ..helpers import service_missing


@pytest.fixture(autouse=True)
def _postgresql():
    if connection.vendor != "postgresql":
        service_missing("reads PostgreSQL's query plans: set DATABASE_URL to PostgreSQL")


@pytest.fixture
def corpus(site_pages):
    """4,800 knowledge pages (1,200 members-only), 1,200 events; statistics gathered."""
    seed_bulk(pages=6000, members_only_share=0.25)
    assert PageViewRestriction.objects.count() >= 1000
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _nodes(plan: dict):
    yield plan
    for child in plan.get("Plans", []):
        yield from _nodes(child)


def _plan(sql: str, params=None) -> list[dict]:
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
        (row,) = cursor.fetchone()
    return list(_nodes((json.loads(row) if isinstance(row, str) else row)[0]["Plan"]))


def _page_rows_read(nodes: list[dict]) -> int:
    """Rows of Wagtail's page table the query read for the listed pages (not the few pages
    with children that the visibility condition reads through its own index)."""
    return sum(
        node["Actual Rows"] * node["Actual Loops"] + node.get("Rows Removed by Filter", 0)
        for node in nodes
        if node.get("Relation Name") == "wagtailcore_page"
        and node.get("Index Name") != "access_parent_page_path"
    )


def _full_scans(nodes: list[dict]) -> list[str]:
    """Tables read from end to end, but the small ones (groups, themes)."""
    big = ("wagtailcore_page", "knowledge_articlepage", "knowledge_toolkitpage")
    return [
        node["Relation Name"]
        for node in nodes
        if node["Node Type"] == "Seq Scan" and node["Relation Name"] in big
    ]


def _user(who: str, member):
    return AnonymousUser() if who == "visitor" else member


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_the_home_pages_cards_read_a_few_pages_not_all_of_them(corpus, who, member):
    """The first three toolkits by title and the six newest articles: pages read in order
    through an index ((content type, title) for the toolkits) until the cards are found, no
    sort of all pages (which read each of the 6,000)."""
    user = _user(who, member)
    toolkits = selectors.cards(policy.knowable(selectors.toolkits(), user))[:3]
    articles = selectors.cards(policy.knowable(selectors.articles(), user))[:6]
    pages = Page.objects.count()
    for name, listing in (("toolkits", toolkits), ("articles", articles)):
        nodes = _plan(*listing.query.sql_with_params())
        assert not _full_scans(nodes), name
        assert _page_rows_read(nodes) < pages / 10, name
    assert len(list(toolkits)) == 3 and len(list(articles)) == 6


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_the_years_facet_asks_the_index_once_per_year(corpus, who, member):
    user = _user(who, member)
    knowable = policy.knowable(selectors.articles(), user)
    with CaptureQueriesContext(connection) as queries:
        years = selectors._year_options(knowable)
    (query,) = queries.captured_queries
    nodes = _plan(query["sql"])
    expected = sorted(
        {d.year for d in knowable.order_by().dates("first_published_at", "year")}, reverse=True
    )
    assert [int(year) for year, _label in years] == expected
    walks = [n for n in nodes if n.get("Index Name") == "knowledge_page_type_published"]
    assert walks
    assert not _full_scans(nodes)
    # A few pages per year, where collecting the distinct years read every article.
    assert _page_rows_read(nodes) < ArticlePage.objects.count() / 5


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_the_theme_hub_reads_full_rows_only_for_the_cards_it_shows(corpus, who, member):
    """The hub's articles: threat pictures first, newest first, with the count of all of them
    in the same query; the wide article table is read for those shown and a few more."""
    slug = Theme.objects.filter(parent__isnull=True).order_by("pk").values_list("slug").first()
    theme = term_by_slug("themes", slug[0])
    request = RequestFactory().get("/themas/")
    request.user = _user(who, member)
    with CaptureQueriesContext(connection) as queries:
        hub = selectors.theme_hub(request, theme)
    (articles_query,) = [
        q for q in queries.captured_queries if '"knowledge_articlepage"."summary"' in q["sql"]
    ]
    nodes = _plan(articles_query["sql"])
    wide_reads = [
        n
        for n in nodes
        if n.get("Relation Name") == "knowledge_articlepage"
        and n["Node Type"] in ("Index Scan", "Seq Scan", "Bitmap Heap Scan")
    ]
    assert hub["article_count"] > 100
    # The newest of each kind until twelve are found, where the window count read them all.
    read = sum(n["Actual Rows"] * n["Actual Loops"] for n in wide_reads)
    assert read < hub["article_count"] / 3, wide_reads
    lead = [hub["threat_picture"]] if hub["threat_picture"] else []
    assert len(lead + hub["hub_articles"]) == 12
    # The counts (on Wagtail's page table alone) are those of the listings' own querysets.
    user = request.user
    for key, listing in (("article", selectors.articles()), ("toolkit", selectors.toolkits())):
        expected = selectors.tagged_with(policy.knowable(listing, user), theme).count()
        assert hub[f"{key}_count"] == expected, key
