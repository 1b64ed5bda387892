"""The index follows the database: publish, unpublish, delete, move and privacy changes reach
it through the outbox, an engine outage loses nothing, and a rebuild never interrupts search."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

import pytest

from search.engines import get_engine, index_alias
from search.indexing import drain_all, enqueue, outbox_backlog, rebuild
from search.models import IndexState, OutboxEntry

from ..factories import ArticlePageFactory, EventPageFactory, ToolkitPageFactory
from ..helpers import restrict_to_members
from .conftest import search_ids

pytestmark = pytest.mark.search_engine


def source(engine, page) -> dict | None:
    hits = engine.search(index_alias(), {"query": {"ids": {"values": [str(page.pk)]}}})
    found = hits["hits"]["hits"]
    return found[0]["_source"] if found else None


def test_dutch_analysis_finds_inflections_and_compound_parts(
    search_index, knowledge_index, publish
):
    """A query for "witwaspraktijken" finds a page that only says "witwaspraktijk", and the
    compound "drugsafvaldumping" is split into its domain parts."""
    practice = publish(
        ArticlePageFactory(
            parent=knowledge_index,
            title="Een opvallende witwaspraktijk",
            body=[("text", "<p>Deze witwaspraktijk kwam aan het licht via de notaris.</p>")],
        )
    )
    dumping = publish(
        ArticlePageFactory(
            parent=knowledge_index,
            title="Signalen in het buitengebied",
            body=[("text", "<p>Boeren vinden vaten drugsafval; de dumping kost miljoenen.</p>")],
        )
    )
    engine = search_index
    assert search_ids(engine, body="witwaspraktijken") == [practice.pk]
    assert search_ids(engine, body="drugsafvaldumping") == [dumping.pk]
    tokens = engine.analyze(index_alias(), {"field": "body", "text": "drugsafvaldumping"})
    assert {"drugsafval", "dumping"} <= set(tokens)


def test_publish_indexes_and_unpublish_and_delete_remove(
    search_index, knowledge_index, publish, apply_on_commit
):
    engine = search_index
    article = publish(
        ArticlePageFactory(parent=knowledge_index, title="Bibob-toets in de praktijk")
    )
    document = source(engine, article)
    assert document["title"] == "Bibob-toets in de praktijk"
    assert document["visibility"] == "public" and document["url"] == article.url

    with apply_on_commit():
        article.unpublish()
    assert source(engine, article) is None

    publish(article)
    assert source(engine, article) is not None
    with apply_on_commit():
        article.delete()
    assert search_ids(engine) == []
    assert outbox_backlog()["pending"] == 0


def test_privacy_change_reindexes_visibility(
    search_index, knowledge_index, publish, apply_on_commit
):
    engine = search_index
    article = publish(ArticlePageFactory(parent=knowledge_index))
    with apply_on_commit():
        restriction = restrict_to_members(article)
    document = source(engine, article)
    assert document["visibility"] == "members"
    assert document["restrictions"] == [str(restriction.pk)]
    assert "Lid" in document["groups"]

    with apply_on_commit():
        restriction.delete()
    assert source(engine, article)["visibility"] == "public"

    with apply_on_commit():
        PageViewRestriction.objects.create(
            page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
        )
    assert source(engine, article) is None, "password-protected pages are never indexed"


def test_move_reindexes_url_and_inherited_restrictions(
    search_index, knowledge_index, toolkit_index, publish, apply_on_commit
):
    engine = search_index
    with apply_on_commit():
        restriction = restrict_to_members(toolkit_index)
    article = publish(ArticlePageFactory(parent=knowledge_index, slug="verhuisd"))
    with apply_on_commit():
        article.move(toolkit_index, pos="last-child")
    document = source(engine, article)
    assert document["url"] == "/toolkits/verhuisd/"
    assert document["restrictions"] == [str(restriction.pk)]


def test_event_is_indexed_without_its_join_link(search_index, agenda, publish):
    engine = search_index
    event = publish(EventPageFactory(parent=agenda, title="Webinar ondermijning"))
    document = source(engine, event)
    assert document["kind"] == "evenement" and document["event_start"]
    raw = str(engine.search(index_alias(), {"query": {"match_all": {}}}))
    assert "meet.example.org" not in raw and "geheim-123" not in raw
    assert search_ids(engine, body="geheim") == []


def test_attachment_text_is_indexed_with_the_page_that_offers_it(
    search_index, toolkit_index, publish
):
    from config.demo.documents import make_pdf

    document = get_document_model()(title="Poster arbeidsuitbuiting")
    document.file.save(
        "poster.pdf",
        ContentFile(
            make_pdf("Poster", ["Herken signalen van uitbuiting bij seizoenswerkers in de kassen."])
        ),
    )
    toolkit = ToolkitPageFactory(parent=toolkit_index, title="Weerbare werkgevers")
    toolkit.materials.create(document=document, title="Poster", language="Nederlands")
    toolkit.save()
    publish(toolkit)
    engine = search_index
    assert search_ids(engine, attachments="seizoenswerkers") == [toolkit.pk]
    assert source(engine, toolkit)["card"]["attachments"] == ["Poster arbeidsuitbuiting"]


def test_outbox_survives_an_engine_outage_and_drains_after_restart(
    search_index, engine_proxy, settings, knowledge_index, publish, apply_on_commit
):
    """Publishing while the engine is down succeeds at once; the outbox keeps every change
    and applies them when the engine is back."""
    engine = search_index
    settings.SEARCH_ENGINE_URL = engine_proxy.url  # the app reaches the engine via the proxy
    kept = publish(ArticlePageFactory(parent=knowledge_index, title="Blijft staan"))
    removed = publish(ArticlePageFactory(parent=knowledge_index, title="Wordt ingetrokken"))
    assert sorted(search_ids(engine)) == sorted([kept.pk, removed.pk])

    engine_proxy.stop()
    started = time.monotonic()
    new = publish(ArticlePageFactory(parent=knowledge_index, title="Nieuw tijdens storing"))
    with apply_on_commit():
        removed.unpublish()
    assert time.monotonic() - started < 2
    pending = OutboxEntry.objects.filter(processed_at__isnull=True)
    assert set(pending.values_list("page_id", flat=True)) == {new.pk, removed.pk}
    assert all(row.attempts >= 1 and row.last_error for row in pending)
    assert sorted(search_ids(engine)) == sorted([kept.pk, removed.pk])  # unchanged meanwhile

    engine_proxy.start()
    call_command("search_drain", "--force")
    assert sorted(search_ids(engine)) == sorted([kept.pk, new.pk])
    assert outbox_backlog()["pending"] == 0


def test_publishing_with_a_hanging_engine_only_queues_work(
    search_index, settings, knowledge_index, apply_on_commit
):
    """With the production queue (database backend), a publish writes the outbox row and a
    task row and returns; it never waits for the engine, even one that accepts connections
    and never answers."""
    import socket

    from django_tasks_db.models import DBTaskResult

    hanging = socket.socket()
    hanging.bind(("127.0.0.1", 0))
    hanging.listen(8)  # accepts, never answers
    settings.SEARCH_ENGINE_URL = f"http://127.0.0.1:{hanging.getsockname()[1]}"
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    try:
        article = ArticlePageFactory(parent=knowledge_index)
        started = time.monotonic()
        with apply_on_commit():
            article.save_revision().publish()
        elapsed = time.monotonic() - started
    finally:
        hanging.close()
    assert elapsed < 0.5
    assert OutboxEntry.objects.filter(page_id=article.pk, processed_at__isnull=True).exists()
    assert DBTaskResult.objects.filter(task_path="search.tasks.drain_search_outbox").exists()


def test_rebuild_swaps_atomically_while_searches_keep_answering(
    search_index, knowledge_index, publish, monkeypatch
):
    engine = search_index
    pages = [
        ArticlePageFactory(parent=knowledge_index, title=f"Ondermijning {n}") for n in range(60)
    ]
    for page in pages:
        page.save_revision().publish()
    call_command("search_rebuild")
    old_index = engine.alias_targets(index_alias())
    assert engine.count(index_alias()) == 60

    failures: list[str] = []
    searches = 0
    stop = threading.Event()

    def search_loop():
        nonlocal searches
        while not stop.is_set():
            try:
                total = engine.search(
                    index_alias(), {"query": {"match": {"title": "ondermijning"}}, "size": 0}
                )["hits"]["total"]["value"]
                if total < 60:
                    failures.append(f"only {total} hits")
            except Exception as exc:  # noqa: BLE001 - every failure counts
                failures.append(repr(exc))
            searches += 1

    # A page published while the rebuild is loading must be in the new index too.
    import search.indexing as indexing

    original = indexing.iter_documents
    late = ArticlePageFactory(parent=knowledge_index, title="Ondermijning laat gepubliceerd")

    def slow_documents(**kwargs):
        for n, action in enumerate(original(**kwargs)):
            if n == 10:  # the outbox row is written after the rebuild started reading
                late.save_revision().publish()
            time.sleep(0.01)
            yield action

    monkeypatch.setattr(indexing, "iter_documents", slow_documents)
    thread = threading.Thread(target=search_loop)
    thread.start()
    try:
        result = rebuild()
    finally:
        stop.set()
        thread.join()
    assert failures == [] and searches > 10
    assert engine.alias_targets(index_alias()) == [result.index] != old_index
    assert engine.list_indices(f"{index_alias()}-*") == [result.index], "old index removed"
    assert late.pk in search_ids(engine, title="laat")
    assert IndexState.get().last_rebuild_documents == result.documents


def test_search_check_catches_a_document_deleted_behind_its_back(
    search_index, knowledge_index, publish, capsys
):
    engine = search_index
    article = publish(ArticlePageFactory(parent=knowledge_index))
    call_command("search_check")
    assert "no drift" in capsys.readouterr().out

    engine.delete(index_alias(), str(article.pk), refresh=True)
    with pytest.raises(SystemExit) as exit_info:
        call_command("search_check")
    assert exit_info.value.code == 1
    assert f"1 missing from the index: {article.pk}" in capsys.readouterr().out

    call_command("search_check", "--fix")
    assert search_ids(engine) == [article.pk]


def test_search_check_reports_pending_changes_as_not_drift(
    search_index, knowledge_index, publish, settings, capsys
):
    article = publish(ArticlePageFactory(parent=knowledge_index))
    get_engine().delete(index_alias(), str(article.pk), refresh=True)
    enqueue([article.pk], "publish")  # queued, not yet applied
    call_command("search_check")
    assert "pending in the outbox" in capsys.readouterr().out
    drain_all()
    assert search_ids(get_engine()) == [article.pk]


def test_search_status_reports_index_and_outbox(search_index, knowledge_index, publish, capsys):
    """The numbers an operator reads: documents behind the alias, the last rebuild's count,
    and the outbox's pending, failing and oldest rows."""
    first = publish(ArticlePageFactory(parent=knowledge_index))
    publish(ArticlePageFactory(parent=knowledge_index))
    built = rebuild()  # the last rebuild loads these two
    publish(ArticlePageFactory(parent=knowledge_index))  # indexed through the outbox after it
    enqueue([first.pk], "publish")  # queued, not yet applied
    OutboxEntry.objects.create(
        page_id=first.pk,
        reason="publish",
        attempts=3,
        created_at=timezone.now() - dt.timedelta(hours=1),
    )

    call_command("search_status", "--json")
    status = json.loads(capsys.readouterr().out)

    assert built.documents == 2
    assert status["alias"] == index_alias()
    assert status["indices"] == [built.index]
    assert status["documents"] == 3
    assert status["outbox"]["pending"] == 2 and status["outbox"]["failing"] == 1
    assert 3600 <= status["outbox"]["oldest_seconds"] < 3700
    assert status["last_rebuild"]["index"] == built.index
    assert status["last_rebuild"]["documents"] == 2

    call_command("search_status")
    lines = dict(
        line.strip().split(": ", 1) for line in capsys.readouterr().out.splitlines() if line
    )
    assert lines["alias"] == index_alias()
    assert lines["documents"] == "3"
    assert lines["outbox"].startswith("{'pending': 2, 'failing': 1, 'oldest_seconds': ")
    assert f"'index': '{built.index}', 'documents': 2," in lines["last_rebuild"]


def test_healthz_reports_engine_and_outbox(search_index, client, engine_proxy, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["checks"]["search"] == "ok" and body["checks"]["outbox"] == "ok"
    assert body["search"]["index"].startswith(index_alias())
    assert body["search"]["nodes"] >= 1 and body["search"]["unassigned_shards"] == 0

    settings.SEARCH_ENGINE_URL = engine_proxy.url
    engine_proxy.stop()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["search"] == "unavailable"


def test_healthz_reports_a_stuck_outbox(search_index, client):
    import datetime as dt

    from django.utils import timezone

    OutboxEntry.objects.create(
        page_id=1, reason="publish", created_at=timezone.now() - dt.timedelta(hours=1)
    )
    body = client.get("/healthz").json()
    assert body["checks"]["outbox"] == "backlog"
    assert body["search"]["outbox"]["pending"] == 1


def test_renaming_a_theme_reindexes_its_pages(
    search_index, knowledge_index, publish, apply_on_commit
):
    from ..factories import ThemeFactory

    parent = ThemeFactory(name="Drugscriminaliteit", slug="drugscriminaliteit")
    child = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs", parent=parent)
    article = publish(ArticlePageFactory(parent=knowledge_index, themes=[child]))
    document = source(search_index, article)
    assert document["themes"] == ["drugscriminaliteit", "synthetische-drugs"]
    with apply_on_commit():
        parent.name = "Drugs en precursoren"
        parent.save()
    assert "Drugs en precursoren" in source(search_index, article)["theme_names"]


def test_changing_a_document_reindexes_the_pages_that_offer_it(
    search_index, toolkit_index, publish, apply_on_commit
):
    from config.demo.documents import make_pdf

    document = get_document_model()(title="Flyer")
    document.file.save("flyer.pdf", ContentFile(make_pdf("Flyer", ["Tekst van de flyer."])))
    toolkit = ToolkitPageFactory(parent=toolkit_index, title="Voorlichting")
    toolkit.materials.create(document=document, title="Flyer")
    toolkit.save()
    publish(toolkit)
    with apply_on_commit():
        document.title = "Flyer voor seizoenswerkers in het Pools"
        document.save()
    assert source(search_index, toolkit)["card"]["attachments"] == [document.title]
    assert search_ids(search_index, attachments="seizoenswerkers") == [toolkit.pk]
