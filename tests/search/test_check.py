"""`search_check` (run daily) compares the database with the index and exits 1 on drift of any
kind: a page missing from the index, a document for a page that is gone, an older version, a
document whose visibility (view restrictions, groups) or taxonomy (themes, regions, audiences)
differs from what the page has now. `--fix` repairs each. Changes the worker has not applied
yet are reported as pending, not as drift. Without a search engine (`make demo`) there is
nothing to compare.

Drift is made here the way it happens: a change whose outbox rows were lost (the worker was
down and its queue went with a restore), or a change made without signals (a data migration,
an SQL fix, `QuerySet.update()`).
"""

from __future__ import annotations

import io

from django.core.management import CommandError, call_command

from wagtail.models import PageViewRestriction

import pytest

from members import roles
from search.engines import index_alias
from search.models import OutboxEntry

from ..factories import ArticlePageFactory, RegionFactory, ThemeFactory
from ..helpers import restrict_to_members
from .conftest import search_ids


def lose_the_outbox() -> None:
    """The changes waiting for the worker are gone (it was down; the queue was lost)."""
    OutboxEntry.objects.filter(processed_at__isnull=True).delete()


def source(engine, page) -> dict | None:
    hits = engine.search(index_alias(), {"query": {"ids": {"values": [str(page.pk)]}}})
    found = hits["hits"]["hits"]
    return found[0]["_source"] if found else None


def search_check(*args: str) -> tuple[int, str]:
    """Run the command as cron does: its exit status and what it printed."""
    out = io.StringIO()
    try:
        call_command("search_check", *args, stdout=out, stderr=io.StringIO())
    except SystemExit as exc:
        return int(exc.code or 0), out.getvalue()
    return 0, out.getvalue()


def assert_drift_repaired(label: str, page) -> None:
    """search_check names the page under `label` and exits 1; `--fix` repairs it."""
    status, out = search_check()
    assert status == 1, out
    assert f"1 {label}: {page.pk}\n" in out
    status, out = search_check("--fix")
    assert status == 0 and out.endswith("re-indexed 1, failed 0\n"), out
    status, out = search_check()
    assert status == 0 and out.endswith("no drift\n"), out


# -- no engine ---------------------------------------------------------------------------------


@pytest.mark.django_db
def test_without_a_search_engine_there_is_nothing_to_compare(settings):
    """The `make demo` stack: SEARCH_ENGINE_URL is empty and search uses the database."""
    settings.SEARCH_ENGINE_URL = ""
    for args in ((), ("--fix",)):
        status, out = search_check(*args)
        assert status == 0
        assert out == "No search engine configured (SEARCH_ENGINE_URL); nothing to compare.\n"


@pytest.mark.django_db
def test_an_unreachable_engine_is_an_error_not_a_pass(settings):
    settings.SEARCH_ENGINE_URL = "http://127.0.0.1:9"
    settings.SEARCH_ENGINE_TIMEOUT = 0.5
    with pytest.raises(CommandError, match="search engine error"):
        call_command("search_check", stdout=io.StringIO())


# -- every kind of drift -----------------------------------------------------------------------


@pytest.mark.search_engine
def test_in_step_is_no_drift(search_index, knowledge_index, publish):
    article = publish(ArticlePageFactory(parent=knowledge_index))
    status, out = search_check()
    assert status == 0
    assert out == "database: 1 pages, index: 1 documents\nno drift\n"
    assert search_ids(search_index) == [article.pk]


@pytest.mark.search_engine
def test_a_page_missing_from_the_index(search_index, knowledge_index):
    article = ArticlePageFactory(parent=knowledge_index)  # live, but never published: no signal
    assert_drift_repaired("missing from the index", article)
    assert search_ids(search_index) == [article.pk]


@pytest.mark.search_engine
def test_a_document_for_a_page_no_longer_published(search_index, knowledge_index, publish):
    article = publish(ArticlePageFactory(parent=knowledge_index))
    article.unpublish()
    lose_the_outbox()
    assert_drift_repaired("in the index but not (or no longer) published", article)
    assert search_ids(search_index) == []


@pytest.mark.search_engine
def test_an_older_version_in_the_index(search_index, knowledge_index, publish):
    article = publish(ArticlePageFactory(parent=knowledge_index, title="Oude titel"))
    article.title = "Nieuwe titel"
    article.save_revision().publish()
    lose_the_outbox()
    assert_drift_repaired("older in the index than in the database", article)
    assert source(search_index, article)["title"] == "Nieuwe titel"


@pytest.mark.search_engine
def test_a_restriction_the_index_does_not_know(search_index, knowledge_index, publish):
    """The page became members-only while the worker was down: the index still says public
    (searches filter on the restriction IDs the document carries)."""
    article = publish(ArticlePageFactory(parent=knowledge_index))
    restriction = restrict_to_members(article)
    lose_the_outbox()
    assert_drift_repaired("with other visibility in the index", article)
    document = source(search_index, article)
    assert document["visibility"] == "members"
    assert document["restrictions"] == [str(restriction.pk)]


@pytest.mark.search_engine
def test_a_restriction_narrowed_without_signals(
    search_index, knowledge_index, publish, apply_on_commit
):
    """A restriction's groups narrowed by a data migration (deleting rows of the through table
    sends no m2m signal): the restriction IDs in the index are the same, but its `visibility`
    and `groups` are wrong."""
    article = publish(ArticlePageFactory(parent=knowledge_index))
    with apply_on_commit():
        restriction = restrict_to_members(article)
    assert source(search_index, article)["visibility"] == "members"
    PageViewRestriction.groups.through.objects.filter(pageviewrestriction=restriction).exclude(
        group__name=roles.REDACTEUR
    ).delete()
    assert_drift_repaired("with other visibility in the index", article)
    document = source(search_index, article)
    assert document["visibility"] == "groups" and document["groups"] == [roles.REDACTEUR]


@pytest.mark.search_engine
def test_themes_changed_without_reindexing(search_index, knowledge_index, publish):
    """A theme renamed and a region added by a bulk update: no signal, no outbox row."""
    theme = ThemeFactory(name="Drugs", slug="drugs")
    article = publish(ArticlePageFactory(parent=knowledge_index, themes=[theme]))
    type(theme).objects.filter(pk=theme.pk).update(name="Drugscriminaliteit")
    assert_drift_repaired("with other themes, regions or audiences in the index", article)
    assert source(search_index, article)["theme_names"] == ["Drugscriminaliteit"]

    region = RegionFactory(name="RIEC Zeeland-West-Brabant", slug="riec-zwb")
    article.regions.through.objects.create(articlepage=article, region=region)
    assert_drift_repaired("with other themes, regions or audiences in the index", article)
    assert source(search_index, article)["regions"] == ["riec-zwb"]


@pytest.mark.search_engine
def test_changes_waiting_for_the_worker_are_pending_not_drift(
    search_index, knowledge_index, publish
):
    """The worker is down: the restriction's outbox rows wait. Until they are applied those
    pages are left out of every search (queries.pages_in_flux), so this is not drift."""
    article = publish(ArticlePageFactory(parent=knowledge_index))
    restrict_to_members(article)
    status, out = search_check()
    assert status == 0
    assert f"1 pending in the outbox (not drift): {article.pk}\n" in out
    assert "no drift" in out
