"""The anonymous page cache (config/page_cache.py): visitors share what is the same for every
visitor, nobody else ever gets a cached page, and every content change empties the cache."""

from django.conf import settings as django_settings
from django.core.cache import cache, caches
from django.test import RequestFactory

import pytest

from config.page_cache import GENERATION_KEY, HEADER

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    RegistrationFactory,
    ThemeFactory,
)
from ..helpers import restrict_to_members

SECRET = "vertrouwelijkwoord"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 300
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield
    for alias in ("default", "pages"):
        caches[alias].clear()


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Drugsafvaldumping", slug="drugsafvaldumping")


@pytest.fixture
def article(knowledge_index, theme):
    return ArticlePageFactory(parent=knowledge_index, title="Dumpingen in Brabant", themes=[theme])


@pytest.fixture
def changes(django_capture_on_commit_callbacks):
    """Content changes as the admin makes them: the cache empties once they are committed."""

    def capture():
        return django_capture_on_commit_callbacks(execute=True)

    return capture


def visit(client, url):
    response = client.get(url)
    return response.status_code, response.get(HEADER), response.content.decode()


def test_a_visitors_second_view_comes_from_the_cache_without_queries(
    client, article, django_assert_num_queries
):
    status, source, first = visit(client, article.url)
    assert (status, source) == (200, "miss")
    with django_assert_num_queries(0):
        status, source, second = visit(client, article.url)
    assert (status, source) == (200, "hit")
    assert second == first


def test_signed_in_members_neither_fill_nor_get_the_cache(client, article, member):
    client.force_login(member)
    status, source, page = visit(client, article.url)
    assert (status, source) == (200, None) and "Uitloggen" in page

    client.logout()
    status, source, page = visit(client, article.url)
    assert (status, source) == (200, "miss") and "Uitloggen" not in page

    client.force_login(member)
    status, source, page = visit(client, article.url)
    assert (status, source) == (200, None) and "Uitloggen" in page


def test_members_only_pages_are_never_stored(client, knowledge_index, member):
    page = ArticlePageFactory(parent=knowledge_index, body=[("text", f"<p>{SECRET}</p>")])
    restrict_to_members(page)
    for _ in range(2):
        status, source, body = visit(client, page.url)
        assert (status, source) == (403, None) and SECRET not in body

    client.force_login(member)
    assert SECRET in visit(client, page.url)[2]
    client.logout()
    status, source, body = visit(client, page.url)
    assert (status, source) == (403, None) and SECRET not in body


def test_pages_with_a_form_or_personal_state_are_not_stored(client, agenda):
    """An event page holds a registration form (its CSRF token renews a cookie) and says
    `Cache-Control: private`: it is rendered for every visitor."""
    event = EventPageFactory(parent=agenda)
    for _ in range(2):
        status, source, _body = visit(client, event.url)
        assert (status, source) == (200, None)


def test_a_waiting_message_or_a_session_bypasses_the_cache(client, article):
    visit(client, article.url)
    client.cookies["messages"] = "een melding"
    assert visit(client, article.url)[1] is None
    del client.cookies["messages"]
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "een-sessie"
    assert visit(client, article.url)[1] is None


def test_publishing_a_page_empties_the_cache(client, article, knowledge_index, changes):
    assert visit(client, "/")[1] == "miss"
    assert visit(client, "/")[1] == "hit"
    new = ArticlePageFactory(parent=knowledge_index, title="Nieuw ondermijningsbeeld", live=False)
    with changes():
        new.save_revision().publish()
    status, source, home = visit(client, "/")
    assert (status, source) == (200, "miss")
    assert "Nieuw ondermijningsbeeld" in home


def test_unpublishing_a_page_empties_the_cache(client, article, changes):
    visit(client, "/kennisbank/")
    with changes():
        article.unpublish()
    status, source, listing = visit(client, "/kennisbank/")
    assert source == "miss" and "Dumpingen in Brabant" not in listing
    assert visit(client, article.url)[0] == 404


def test_a_privacy_change_empties_the_cache(client, article, changes):
    assert visit(client, article.url)[:2] == (200, "miss")
    with changes():
        restrict_to_members(article)
    status, source, _body = visit(client, article.url)
    assert (status, source) == (403, None)


def test_renaming_a_theme_empties_the_cache(client, article, theme, changes):
    visit(client, article.url)
    with changes():
        theme.name = "Drugsafval"
        theme.save()
    status, source, page = visit(client, article.url)
    assert source == "miss" and ">Drugsafval<" in page


def test_moving_and_deleting_pages_empty_the_cache(client, article, knowledge_index, changes):
    other = ArticlePageFactory(parent=knowledge_index, title="Ander artikel")
    visit(client, "/kennisbank/")
    with changes():
        other.move(knowledge_index, pos="first-child")
    assert visit(client, "/kennisbank/")[1] == "miss"
    with changes():
        other.delete()
    status, source, listing = visit(client, "/kennisbank/")
    assert source == "miss" and "Ander artikel" not in listing


def test_registrations_update_the_free_seats_on_the_agenda(client, agenda, changes):
    event = EventPageFactory(parent=agenda, title="Webinar witwassen", capacity=2)
    assert "Nog 2 plaatsen" in visit(client, "/agenda/")[2]
    assert visit(client, "/agenda/")[1] == "hit"
    with changes():
        RegistrationFactory(event=event)
    status, source, page = visit(client, "/agenda/")
    assert source == "miss" and "Nog 1 plaats" in page


def test_a_registration_leaves_the_pages_without_free_seats_cached(
    client, agenda, article, changes
):
    """Only the agenda shows free seats (its page class names the "registrations" topic): the
    home page, which lists the same event without seats, and an article stay cached."""
    event = EventPageFactory(parent=agenda, title="Webinar witwassen", capacity=2)
    for url in ("/", "/agenda/", article.url):
        assert visit(client, url)[1] == "miss", url
    with changes():
        RegistrationFactory(event=event)
    assert visit(client, "/")[1] == "hit"
    assert visit(client, article.url)[1] == "hit"
    assert visit(client, "/agenda/")[1] == "miss"


class Clock:
    """The page cache's clock, moved by the test (config.page_cache reads `time`)."""

    def __init__(self):
        import time

        self.offset = 0.0
        self._time = time

    def time(self):
        return self._time.time() + self.offset

    def time_ns(self):
        return self._time.time_ns() + int(self.offset * 1e9)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock()
    monkeypatch.setattr("config.page_cache.time", clock)
    return clock


def _lock_key(url):
    from config.page_cache import _key

    return _key(RequestFactory().get(url)) + ":computing"


def hold_recompute_lock(url):
    """As if another request were rendering `url` right now."""
    caches["pages"].add(_lock_key(url), 1, 10)


def release_recompute_lock(url):
    caches["pages"].delete(_lock_key(url))


def test_while_one_request_recomputes_an_expired_page_the_others_get_the_stale_copy(
    client, agenda, clock, settings
):
    """No stampede: after PAGE_CACHE_SECONDS one request renders the page again; the ones that
    arrive meanwhile get the copy they would have had a moment earlier, not a render each."""
    settings.PAGE_CACHE_STALE_SECONDS = 10
    EventPageFactory(parent=agenda, title="Webinar witwassen", capacity=2)
    _status, _source, first = visit(client, "/agenda/")
    clock.offset = settings.PAGE_CACHE_SECONDS + 1
    hold_recompute_lock("/agenda/")
    status, source, page = visit(client, "/agenda/")
    assert (status, source) == (200, "stale") and page == first


def test_a_registration_serves_the_old_seats_only_while_the_agenda_is_rendered_again(
    client, agenda, changes
):
    event = EventPageFactory(parent=agenda, title="Webinar witwassen", capacity=2)
    visit(client, "/agenda/")
    with changes():
        RegistrationFactory(event=event)
    hold_recompute_lock("/agenda/")
    status, source, page = visit(client, "/agenda/")
    assert (status, source) == (200, "stale") and "Nog 2 plaatsen" in page
    release_recompute_lock("/agenda/")
    status, source, page = visit(client, "/agenda/")
    assert (status, source) == (200, "miss") and "Nog 1 plaats" in page
    assert visit(client, "/agenda/")[1] == "hit"


def test_an_expired_page_is_rendered_once_and_then_fresh_again(client, article, clock, settings):
    visit(client, article.url)
    clock.offset = settings.PAGE_CACHE_SECONDS + 1
    assert visit(client, article.url)[1] == "miss"  # this request held the lock and rendered
    assert visit(client, article.url)[1] == "hit"


def test_no_stale_copy_outlives_a_privacy_change_or_an_unpublish(client, article, changes):
    """A stale copy is one of the current generation only: a page made members-only or taken
    offline is never served from before, not even while it is being rendered again."""
    visit(client, article.url)
    hold_recompute_lock(article.url)
    with changes():
        restrict_to_members(article)
    assert visit(client, article.url)[:2] == (403, None)
    visit(client, "/kennisbank/")
    hold_recompute_lock("/kennisbank/")
    with changes():
        article.unpublish()
    status, source, listing = visit(client, "/kennisbank/")
    assert source == "miss" and "Dumpingen in Brabant" not in listing


def test_a_lost_generation_never_revives_old_entries(client, article):
    """The generation key may be evicted from the cache: a new one starts from the clock, so
    entries stored before can never match again."""
    visit(client, article.url)
    assert visit(client, article.url)[1] == "hit"
    caches["pages"].delete(GENERATION_KEY)
    assert visit(client, article.url)[1] == "miss"
    assert visit(client, article.url)[1] == "hit"


def test_the_cache_is_off_when_its_lifetime_is_zero(client, article, settings):
    settings.PAGE_CACHE_SECONDS = 0
    for _ in range(2):
        assert visit(client, article.url)[1] is None


def test_parameters_no_page_reads_share_one_entry_and_never_reach_the_page(client, article):
    """A crawler's made-up query strings cannot fill the cache: only parameters a page reads
    count, in one order, each value once; the page itself never sees the others, so a cached
    page carries none of them in its links."""
    first = visit(client, "/kennisbank/?utm_source=nieuwsbrief&thema=drugsafvaldumping")
    assert first[:2] == (200, "miss")
    assert "utm_source" not in first[2]
    for url in (
        "/kennisbank/?thema=drugsafvaldumping&utm_source=iets-anders",
        "/kennisbank/?thema=drugsafvaldumping&thema=drugsafvaldumping",
        "/kennisbank/?thema=drugsafvaldumping&fbclid=123",
    ):
        status, source, page = visit(client, url)
        assert (status, source) == (200, "hit"), url
        assert page == first[2]


def test_the_order_of_filters_does_not_make_a_new_entry(client, article, knowledge_index):
    assert visit(client, "/kennisbank/?regio=zeeland&thema=drugsafvaldumping")[1] == "miss"
    assert visit(client, "/kennisbank/?thema=drugsafvaldumping&regio=zeeland")[1] == "hit"
    # A different filter is a different page.
    assert visit(client, "/kennisbank/?thema=witwassen")[1] == "miss"


def test_signed_in_members_keep_their_whole_query_string(client, article, member):
    client.force_login(member)
    response = client.get("/kennisbank/?thema=drugsafvaldumping&utm_source=nieuwsbrief")
    assert response.wsgi_request.GET.get("utm_source") == "nieuwsbrief"


def test_the_cache_stores_a_bounded_number_of_pages(client, article, settings):
    settings.PAGE_CACHE_MAX_ENTRIES = 4
    settings.PAGE_CACHE_SECONDS = 86_400  # one counting window for the whole test
    sources = [visit(client, f"/kennisbank/?pagina={n}")[1] for n in range(1, 9)]
    assert sources.count("miss") == 2  # half the bound per lifetime: never more than 4 alive
    assert sources[2:] == [None] * 6  # served, not stored
    assert visit(client, "/kennisbank/?pagina=1")[1] == "hit"


def test_the_page_cache_keeps_out_of_the_security_counters_cache(client, article):
    """allauth keeps its rate-limit counters in the default cache; pages go elsewhere."""
    visit(client, article.url)
    assert visit(client, article.url)[1] == "hit"
    assert caches["pages"].get(GENERATION_KEY) is not None
    assert cache.get(GENERATION_KEY) is None
