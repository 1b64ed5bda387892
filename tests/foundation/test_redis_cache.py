"""The page cache on production's Redis configuration (CACHE_URL), on a real Redis: a visitor's
repeat view reaches neither the database nor the page's code."""

from django.core.cache import caches

import pytest

from config.page_cache import HEADER

from ..factories import ArticlePageFactory, EventPageFactory, RegistrationFactory
from ..production_cache import production_redis_caches  # noqa: F401 - a fixture


@pytest.fixture(autouse=True)
def page_cache(settings, production_redis_caches):  # noqa: F811 - the fixture above
    settings.PAGE_CACHE_SECONDS = 300


def test_on_redis_a_visitors_repeat_view_costs_no_database_query(
    client, knowledge_index, django_assert_num_queries
):
    article = ArticlePageFactory(parent=knowledge_index, title="Dumpingen in Brabant")
    first = client.get(article.url)
    assert first[HEADER] == "miss"
    with django_assert_num_queries(0):
        second = client.get(article.url)
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert caches["pages"].get_many(["pages:generation"])  # in Redis, under the page prefix


def test_on_redis_a_registration_renders_only_the_agenda_again(
    client, agenda, django_capture_on_commit_callbacks
):
    event = EventPageFactory(parent=agenda, title="Webinar witwassen", capacity=2)
    assert client.get("/").get(HEADER) == "miss"
    assert "Nog 2 plaatsen" in client.get("/agenda/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        RegistrationFactory(event=event)
    assert client.get("/")[HEADER] == "hit"
    agenda_view = client.get("/agenda/")
    assert agenda_view[HEADER] == "miss"
    assert "Nog 1 plaats" in agenda_view.content.decode()
