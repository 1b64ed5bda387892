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
