"""Personal data leaves the copies too: when a member deletes their account, their name on a
published contribution disappears from the search index and from the anonymous page cache,
not only from the database."""

from __future__ import annotations

import pytest

from config.page_cache import HEADER
from members.models import Contribution
from members.services import ANONYMOUS_CREDIT, account_delete

from ..factories import ArticlePageFactory, ProfileFactory, UserFactory
from .conftest import search_ids

pytestmark = pytest.mark.search_engine


@pytest.fixture
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture
def contributor(db):
    user = UserFactory(
        email="sanne@gemeente-voorbeeld.nl", first_name="Sanne", last_name="Wieringa"
    )
    ProfileFactory(user=user, organisation="Gemeente Deventer")
    return user


@pytest.fixture
def contribution(contributor, knowledge_index, publish):
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in Salland",
        author_credit="Sanne Wieringa (Gemeente Deventer)",
        source_organisation="Gemeente Deventer",
        owner=contributor,
    )
    publish(page)
    Contribution.objects.create(user=contributor, page=page, title=page.title)
    return page


def test_deleting_the_account_removes_the_name_from_index_and_cached_page(
    client, search_index, page_cache, contributor, contribution, apply_on_commit
):
    engine = search_index
    assert search_ids(engine, body="Wieringa") == [contribution.pk]
    first = client.get(contribution.url)
    assert first[HEADER] == "miss" and "Sanne Wieringa" in first.content.decode()
    assert client.get(contribution.url)[HEADER] == "hit"

    with apply_on_commit():
        account_delete(user=contributor)

    assert search_ids(engine, body="Wieringa") == []
    assert search_ids(engine, title="Salland") == [contribution.pk]  # the article stays
    page = client.get(contribution.url).content.decode()
    assert "Sanne Wieringa" not in page and "Gemeente Deventer" not in page
    assert ANONYMOUS_CREDIT in page
