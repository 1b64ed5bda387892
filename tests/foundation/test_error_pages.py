"""Error pages are Dutch pages of the site, never Django's English defaults: 404 for what does
not exist, 400 for a request Django refuses, 403 (a refused CSRF check too) and 500 from the
same layout, with the site's header, search, navigation and footer: a way on from every error.
The 500 page needs no database (it is what shows when the database is gone)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import OperationalError
from django.db.backends.base.base import BaseDatabaseWrapper
from django.test import RequestFactory
from django.views import defaults

import pytest

pytestmark = pytest.mark.django_db

# The site around every error page: skip link, header search, main menu, footer pages.
LAYOUT = [
    '<a class="skip-link" href="#inhoud">Naar de inhoud</a>',
    '<form class="site-search" action="/zoeken/" method="get" role="search">',
    '<label for="site-search-q" class="visually-hidden">Zoek op het kennisplatform</label>',
    '<nav class="main-nav" aria-label="Hoofdmenu">',
    '<li><a href="/kennisbank/">Kennisbank</a></li>',
    '<li><a href="/agenda/">Agenda</a></li>',
    '<li><a href="/contact/">Contact</a></li>',
    '<li><a href="/privacy/">Privacyverklaring</a></li>',
    '<li><a href="/toegankelijkheid/">Toegankelijkheidsverklaring</a></li>',
    '<main id="inhoud" tabindex="-1">',
]


def assert_site_layout(html: str) -> None:
    missing = [piece for piece in LAYOUT if piece not in html]
    assert missing == [], missing


def test_an_unknown_page_is_a_dutch_404_with_a_way_on(client, home_page):
    response = client.get("/kennisbank/bestaat-niet/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="nl">' in html
    assert "<h1>Pagina niet gevonden</h1>" in html
    assert 'href="/zoeken/"' in html
    assert "Not Found" not in html
    assert_site_layout(html)


def test_a_sitemap_page_that_does_not_exist_is_the_dutch_404(client, home_page):
    """Django's sitemap answers Http404 for ?p=x; the visitor sees our page, not English."""
    response = client.get("/sitemap.xml?p=x")

    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_too_many_query_parameters_are_a_dutch_400(client, home_page):
    """Above DATA_UPLOAD_MAX_NUMBER_FIELDS Django refuses the request (TooManyFieldsSent)."""
    query = "&".join(["x=1"] * (settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))

    response = client.get(f"/kennisbank/?{query}")

    html = response.content.decode()
    assert response.status_code == 400
    assert "<h1>Ongeldig verzoek</h1>" in html
    assert "Controleer de link en probeer het opnieuw." in html
    assert "Bad Request" not in html


def test_forbidden_and_server_error_pages_are_dutch(db):
    request = RequestFactory().get("/")

    forbidden = defaults.permission_denied(request, PermissionDenied())
    # Django renders 500.html without a request or context processors: the layout must cope.
    error = defaults.server_error(request)

    assert forbidden.status_code == 403
    assert "<h1>Geen toegang</h1>" in forbidden.content.decode()
    assert error.status_code == 500
    assert "<h1>Er ging iets mis</h1>" in error.content.decode()
    assert "Probeer het over een paar minuten opnieuw." in error.content.decode()


def test_a_form_posted_without_its_csrf_token_gets_a_dutch_403(home_page, member):
    """Django's CSRF failure view renders 403_csrf.html: the same layout, in Dutch."""
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)

    client.get("/mijn/profiel/")  # the form sets the CSRF cookie; its token is not sent back
    expired = client.post("/mijn/profiel/", {"first_name": "X"})
    client.cookies.clear()
    no_cookie = client.post("/accounts/login/", {"login": "x@example.nl", "password": "x"})

    for response in (expired, no_cookie):
        html = response.content.decode()
        assert response.status_code == 403
        assert '<html lang="nl">' in html
        assert "<h1>Formulier verlopen</h1>" in html
        assert "Ga terug, vernieuw de pagina en verstuur het formulier opnieuw." in html
        assert "CSRF" not in html and "Forbidden" not in html
    member.refresh_from_db()
    assert member.first_name != "X"


def test_the_500_page_renders_with_database_access_forbidden(django_db_blocker):
    """Django renders 500.html without a request or context processors; here any query raises
    (pytest-django's blocker), so a template that asked the database would fail this test."""
    request = RequestFactory().get("/kennisbank/")

    with django_db_blocker.block():
        response = defaults.server_error(request)

    html = response.content.decode()
    assert response.status_code == 500
    assert "<h1>Er ging iets mis</h1>" in html
    assert "<title>Er ging iets mis · Kennisplatform Ondermijning</title>" in html
    assert_site_layout(html)


def test_a_database_outage_shows_the_dutch_503_page_with_a_way_on(client, home_page, monkeypatch):
    """The whole stack with the database gone (a restart, a failover): the page view cannot
    find its site, the handler answers 503 'Tijdelijk niet beschikbaar' with Retry-After, and
    the visitor still gets header, search and navigation."""

    def unavailable(self):
        raise OperationalError("connection to server failed")

    client.raise_request_exception = False
    with monkeypatch.context() as patch:
        patch.setattr(BaseDatabaseWrapper, "ensure_connection", unavailable)
        response = client.get("/kennisbank/")

    html = response.content.decode()
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    assert "<h1>Tijdelijk niet beschikbaar</h1>" in html
    assert "Probeer het over een minuut opnieuw" in html
    assert "<title>Tijdelijk niet beschikbaar · Kennisplatform Ondermijning</title>" in html
    assert_site_layout(html)
    assert client.get("/kennisbank/").status_code == 200  # the database is back


def test_a_cache_outage_is_a_503_too(client, home_page, monkeypatch):
    """Redis restarting: a login, whose rate limit lives in the cache, gets the same Dutch 503
    page, not a 500."""
    from django.core.cache.backends.locmem import LocMemCache

    from redis.exceptions import ConnectionError as RedisConnectionError

    def refused(*args, **kwargs):
        raise RedisConnectionError("Connection refused")

    client.raise_request_exception = False
    with monkeypatch.context() as patch:
        patch.setattr(LocMemCache, "get", refused)
        patch.setattr(LocMemCache, "get_many", refused)
        response = client.post("/accounts/login/", {"login": "a@example.org", "password": "x"})

    assert response.status_code == 503
    assert "<h1>Tijdelijk niet beschikbaar</h1>" in response.content.decode()


def test_any_other_error_is_still_the_500_page(client, home_page, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("a bug, not an outage")

    client.raise_request_exception = False
    monkeypatch.setattr("config.pages.find_site", broken)
    response = client.get("/kennisbank/")
    assert response.status_code == 500
    assert "<h1>Er ging iets mis</h1>" in response.content.decode()
