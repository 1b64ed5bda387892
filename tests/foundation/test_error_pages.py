"""Error pages are Dutch pages of the site, never Django's English defaults: 404 for what does
not exist, 400 for a request Django refuses, 403 (a refused CSRF check too) and 500 from the
same layout."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.test import RequestFactory
from django.views import defaults

import pytest

pytestmark = pytest.mark.django_db


def test_an_unknown_page_is_a_dutch_404_with_a_way_on(client, home_page):
    response = client.get("/kennisbank/bestaat-niet/")

    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="nl">' in html
    assert "<h1>Pagina niet gevonden</h1>" in html
    assert 'href="/zoeken/"' in html
    assert "Not Found" not in html


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
