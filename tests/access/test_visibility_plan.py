"""The visibility condition scales with the number of view restrictions (issue #13).

On the 20,000-page corpus with 1,596 restrictions every listing query first collected the
tree paths of all restricted pages (reading the page row of each of them) and then compared
each listed page with the prefixes of its own path: 5 ms and more per query before a single
page was counted. Now a restriction on the page itself is found by page id in the
restrictions table, and only the restricted pages that have children (found through the
partial index `access_parent_page_path`, access migration 0003) are compared with the listed
pages' paths. These tests read PostgreSQL's own plan (EXPLAIN ANALYZE) on a corpus with more
than 1,000 restrictions, and check that the answer is still the policy's.
"""

import json

from django.contrib.auth.models import AnonymousUser, Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from access import policy
from config.demo.bulk import seed_bulk
from events import selectors
from events.models import EventPage
from knowledge.models import ArticlePage
from members import roles

from ..factories import ArticlePageFactory, UserFactory
from ..helpers import restrict_to_members, service_missing

PARENT_INDEX = "access_parent_page_path"


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


def _restricted_page_reads(nodes: list[dict]) -> list[dict]:
    """The nodes that read the pages restrictions are on (any alias but the listed pages')."""
    return [
        node
        for node in nodes
        if node.get("Relation Name") == "wagtailcore_page"
        and node.get("Alias") != "wagtailcore_page"
    ]


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_agenda_count_finds_restrictions_by_page_not_by_reading_every_restricted_page(
    corpus, who, member
):
    user = AnonymousUser() if who == "visitor" else member
    if who == "member":
        assert member.role_names  # loaded, as the middleware leaves request.user
    plan = _explain(_agenda_count_query(user))
    nodes = list(_nodes(plan))
    events = EventPage.objects.live().filter(end__gte=timezone.now()).count()
    assert events > 100

    # The pages that restrictions are on are read only through the index of pages with
    # children: never all 1,200 of them (the old form read each one's row for its path).
    reads = _restricted_page_reads(nodes)
    assert reads
    assert all(node.get("Index Name") == PARENT_INDEX for node in reads), reads
    parents = Page.objects.filter(numchild__gt=0).count()
    assert all(node["Actual Rows"] <= parents for node in reads), reads
    # No node compares pages with restrictions row by row: the rows a join filter removes stay
    # within one per event (the old prefix form removed events x 10, the first events x
    # restrictions).
    removed = sum(node.get("Rows Removed by Join Filter", 0) for node in nodes)
    assert removed <= events


@pytest.mark.parametrize("who", ["visitor", "member"])
def test_a_short_listing_never_reads_the_pages_of_all_restrictions(corpus, who, member):
    """Ten newest articles: restrictions are matched by page id; of the pages they are on,
    only those with children are read (through their index)."""
    user = None if who == "visitor" else member
    listing = policy.openable(ArticlePage.objects.order_by("-first_published_at"), user)[:10]
    nodes = list(_nodes(_explain(*listing.query.sql_with_params())))
    reads = _restricted_page_reads(nodes)
    assert reads
    assert all(node.get("Index Name") == PARENT_INDEX for node in reads), reads
    assert len(listing) == 10


def test_listings_give_the_same_answer_as_the_page_verdict(corpus, member):
    """Every members-only page is left out for a visitor and counted for a member."""
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
    """A chain of twelve pages: a restriction near the bottom and one near the top both hide
    the pages below them, in listings as in the page verdict."""
    parent = site_pages["kennisbank"]
    chain = []
    for level in range(12):
        parent = ArticlePageFactory(parent=parent, title=f"Niveau {level}")
        chain.append(parent)
    assert chain[-1].depth > 12
    outsider = UserFactory()  # signed in, no role: fails members-level restrictions

    restrict_to_members(chain[-2])  # deep
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


def test_a_page_added_under_a_restricted_leaf_is_hidden_at_once(site_pages):
    """A restricted page without children restricts only itself, until it gets one: the child
    is hidden from the moment it exists (the page's `numchild`, kept by the tree)."""
    leaf = ArticlePageFactory(parent=site_pages["kennisbank"], title="Nog zonder kinderen")
    restrict_to_members(leaf, group_names=[roles.REDACTEUR])
    child = ArticlePageFactory(parent=leaf, title="Eerste kind")
    only_child = ArticlePage.objects.filter(pk=child.pk)
    member = UserFactory(roles=[roles.LID])
    assert not policy.openable(only_child, None).exists()
    assert not policy.openable(only_child, member).exists()
    assert not policy.knowable(only_child, member).exists()
    assert policy.openable(only_child, UserFactory(roles=[roles.REDACTEUR])).exists()


def test_a_page_moved_under_a_restricted_section_is_hidden_and_free_again_when_moved_out(
    site_pages,
):
    section = ArticlePageFactory(parent=site_pages["kennisbank"], title="Besloten dossier")
    restrict_to_members(section)
    page = ArticlePageFactory(parent=site_pages["kennisbank"], title="Losse notitie")
    openable = ArticlePage.objects.filter(pk=page.pk)
    assert policy.openable(openable, None).exists()

    page.move(section, pos="last-child")
    assert not policy.openable(openable, None).exists()
    Page.objects.get(pk=page.pk).move(site_pages["kennisbank"], pos="last-child")
    assert policy.openable(openable, None).exists()


def _people(site_pages):
    """One account of each kind the policy tells apart."""
    organisation = Group.objects.create(name=policy.ORGANISATION_GROUP_PREFIX + "Gemeente X")
    member = UserFactory(roles=[roles.LID])
    in_organisation = UserFactory(roles=[roles.LID])
    in_organisation.groups.add(organisation)
    lost_membership = UserFactory()  # still in the organisation's group, no role any more
    lost_membership.groups.add(organisation)
    editor = UserFactory(roles=[roles.REDACTEUR])
    unverified = UserFactory(roles=[roles.REDACTEUR])
    unverified.staff_mfa_passed = False
    return organisation, [member, in_organisation, lost_membership, editor, unverified]


def test_restrictions_failed_are_the_same_with_the_groups_loaded_or_not(site_pages):
    """A request's user has its groups loaded (the policy names them in the SQL); a mail's
    or a task's has not (the policy asks for them in a subquery): the same restrictions."""
    organisation, people = _people(site_pages)
    kennisbank = site_pages["kennisbank"]
    for names in ([roles.LID], [roles.REDACTEUR], [organisation.name], [roles.REDACTEUR, "x"]):
        Group.objects.get_or_create(name=names[-1])
        restrict_to_members(ArticlePageFactory(parent=kennisbank), group_names=names)
    PageViewRestriction.objects.create(
        page=ArticlePageFactory(parent=kennisbank), restriction_type=PageViewRestriction.LOGIN
    )
    for person in people:
        fresh = type(person).objects.get(pk=person.pk)
        fresh.staff_mfa_passed = getattr(person, "staff_mfa_passed", True)
        unloaded = set(policy.failed_restrictions(fresh).values_list("pk", flat=True))
        untold_unloaded = set(policy.untold_restrictions(fresh).values_list("pk", flat=True))
        assert "role_names" not in vars(fresh)
        policy.forget(fresh)
        assert fresh.role_names is not None  # loaded, as the middleware does
        loaded = set(policy.failed_restrictions(fresh).values_list("pk", flat=True))
        untold_loaded = set(policy.untold_restrictions(fresh).values_list("pk", flat=True))
        assert loaded == unloaded, person
        assert untold_loaded == untold_unloaded, person
