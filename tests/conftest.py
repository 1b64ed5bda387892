import os

import pytest

from members import roles

from .factories import UserFactory
from .served import (  # noqa: F401 - the served stack's fixtures and marker, for every folder
    pytest_collection_modifyitems,
    served,
    served_stack,
)

# Service-backed tests fail instead of skipping when CI is set (see tests/search, tests/browser).
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture(autouse=True)
def _fresh_process_state():
    """No test inherits another's process state: the caches (allauth's and the visitors' rate
    limits, the policy's restricted paths, the page cache) start empty and the search engine's
    circuit breaker closed (an earlier test's dead engine would send searches to the database)."""
    from django.core.cache import caches

    from search.engines import breaker

    for cache in caches.all():
        cache.clear()
    breaker.reset()
    yield
    breaker.reset()


@pytest.fixture
def site_pages(db):
    """The real page tree: home, kennisbank, toolkits, themas, agenda."""
    from config.site import ensure_site_structure

    return ensure_site_structure()


@pytest.fixture
def home_page(site_pages):
    return site_pages["root"]


@pytest.fixture
def knowledge_index(site_pages):
    return site_pages["kennisbank"]


@pytest.fixture
def toolkit_index(site_pages):
    return site_pages["toolkits"]


@pytest.fixture
def agenda(site_pages):
    return site_pages["agenda"]


@pytest.fixture
def user(db):
    """An account without any role (e.g. awaiting approval)."""
    return UserFactory()


@pytest.fixture
def member(db):
    return UserFactory(email="lid@gemeente-voorbeeld.nl", roles=[roles.LID])


@pytest.fixture
def editor(db):
    return UserFactory(email="redacteur@kennisplatform.example", roles=[roles.REDACTEUR])


@pytest.fixture
def chief_editor(db):
    return UserFactory(email="hoofdredacteur@kennisplatform.example", roles=[roles.HOOFDREDACTEUR])


@pytest.fixture
def organiser(db):
    return UserFactory(email="organisator@kennisplatform.example", roles=[roles.ORGANISATOR])


@pytest.fixture
def event(agenda):
    from .factories import EventPageFactory

    return EventPageFactory(parent=agenda)


@pytest.fixture
def moderator(db):
    return UserFactory(email="moderator@kennisplatform.example", roles=[roles.MODERATOR])
