"""/healthz, /robots.txt and /sitemap.xml."""

from unittest import mock

import pytest


@pytest.mark.django_db
def test_healthz_reports_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["status"] == "ok"
    assert response.json()["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_healthz_degrades_instead_of_failing(client):
    with mock.patch("django.db.backends.utils.CursorWrapper.execute", side_effect=OSError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["status"] == "degraded"
    assert response.json()["checks"]["database"] == "unavailable"


@pytest.mark.django_db
def test_healthz_names_every_dependency(client):
    body = client.get("/healthz").json()
    assert body["checks"] == {
        "database": "ok",
        "cache": "ok",
        "search": "ok",  # no engine configured: database search, by design
        "outbox": "ok",
        "tasks": "ok",
    }
    assert body["cache"] == {"backend": "LocMemCache"}


@pytest.mark.django_db
def test_healthz_says_the_cache_is_unavailable_when_it_refuses_writes(client):
    """A Redis that is down or full (noeviction) refuses writes: logins would fail, so the
    report says so, with a 503 and no 500."""
    from django.core.cache import caches

    with mock.patch.object(type(caches["default"]), "set", side_effect=ConnectionError):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"] == "unavailable"
    assert response.json()["checks"]["database"] == "ok"


@pytest.mark.django_db
def test_healthz_reports_the_task_queue_backlog_and_its_oldest_task(client, settings):
    import datetime as dt

    from django.utils import timezone

    from django_tasks_db.models import DBTaskResult

    from members.tasks import send_membership_mail

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    waiting, _recent = (
        send_membership_mail.enqueue(0, "welcome"),
        send_membership_mail.enqueue(0, "welcome"),
    )
    body = client.get("/healthz").json()
    assert body["checks"]["tasks"] == "ok"
    assert body["tasks"] == {"ready": 2, "running": 0, "oldest_seconds": 0}

    ten_minutes_ago = timezone.now() - dt.timedelta(minutes=10)
    DBTaskResult.objects.filter(pk=waiting.id).update(enqueued_at=ten_minutes_ago)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["tasks"] == "backlog"
    assert 595 <= response.json()["tasks"]["oldest_seconds"] <= 660


@pytest.mark.django_db
def test_healthz_is_checked_once_per_few_seconds(client, settings, django_assert_num_queries):
    """Polled every second by every monitor, it checks its dependencies once per
    HEALTHZ_CACHE_SECONDS in each process and answers from that report meanwhile."""
    from config import health

    settings.HEALTHZ_CACHE_SECONDS = 5
    health._report = None
    try:
        first = client.get("/healthz").json()
        with django_assert_num_queries(0):
            again = client.get("/healthz").json()
    finally:
        health._report = None
    assert again["checks"] == first["checks"]
    assert 0 <= again["age_seconds"] < 5


def test_livez_answers_without_touching_the_database(client, django_db_blocker):
    """The load balancer's probe: a web process that answers is alive, whatever its
    dependencies do (any query here would raise)."""
    with django_db_blocker.block():
        response = client.get("/livez")
    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_robots_txt_points_at_the_sitemap(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_sitemap_lists_public_pages_only(client, knowledge_index):
    from ..factories import ArticlePageFactory
    from ..helpers import restrict_to_members

    public = ArticlePageFactory(parent=knowledge_index, title="Openbaar artikel")
    private = ArticlePageFactory(parent=knowledge_index, title="Besloten artikel")
    restrict_to_members(private)
    response = client.get("/sitemap.xml")
    body = response.content.decode()
    assert response.status_code == 200
    assert public.slug in body
    assert private.slug not in body
