"""Every way to prove who you are goes through allauth (one login form, its rate limits, e-mail
verification, MFA), and every password form that is not a login is rate limited with allauth's
limiter. The counters live in a cache that a crawl of the page cache cannot empty."""

import json

from django.contrib.auth import authenticate, load_backend
from django.contrib.auth.views import LoginView
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

import pytest
from allauth.account import app_settings as allauth_account_settings
from allauth.account.auth_backends import AuthenticationBackend as AllauthBackend

from members import roles

from ..factories import ArticlePageFactory, UserFactory
from ..members.conftest import PASSWORD, verified
from .test_settings import PRODUCTION_ENV, run_python

PAGE_SECRET = "Juiste-paginawachtwoord"
WRONG = "Fout-wachtwoord-1"
PAGE_PASSWORD_LIMIT = 10  # ACCOUNT_RATE_LIMITS["page_password"] = "10/m/ip,..."
PAGE_PASSWORD_FAILED_LIMIT = 50  # ACCOUNT_RATE_LIMITS["page_password_failed"] = "50/h/key"


def _person(email="doelwit@gemeente-voorbeeld.nl", role=roles.LID):
    user = verified(UserFactory(email=email, roles=[role]))
    user.set_password(PASSWORD)
    user.save()
    return user


def _signed_in(client) -> bool:
    return client.get(reverse("members:dashboard")).wsgi_request.user.is_authenticated


# Wagtail's front-end login form -------------------------------------------------------------


@pytest.mark.django_db
def test_wagtails_frontend_login_sends_people_to_allauth_keeping_next(client):
    response = client.get("/_util/login/?next=/kennisbank/draaiboek/")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=%2Fkennisbank%2Fdraaiboek%2F"
    assert client.get(response["Location"]).templates[0].name == "account/login.html"
    # Wagtail still finds its login URL by name (wagtail/wagtail_hooks.py reverses it).
    assert reverse("wagtailcore_login") == "/_util/login/"
    assert client.get("/_util/login/")["Location"] == "/accounts/login/"


@pytest.mark.django_db
def test_posting_a_password_to_wagtails_frontend_login_logs_nobody_in(client):
    """It answered 200 to every wrong password (no lockout) and logged people in through
    Django's ModelBackend: no e-mail verification, no MFA step."""
    person = _person()
    for _ in range(8):
        response = client.post("/_util/login/", {"username": person.email, "password": WRONG})
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")
    client.post("/_util/login/", {"username": person.email, "password": PASSWORD})
    assert not _signed_in(client)


def _patterns(resolver: URLResolver, prefix: str = ""):
    for pattern in resolver.url_patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _patterns(pattern, route)
        elif isinstance(pattern, URLPattern):
            yield route, pattern.callback


def _is_login_form(view) -> bool:
    view_class = getattr(view, "view_class", None)
    return view_class is not None and issubclass(view_class, LoginView)


def test_no_url_answers_with_a_login_form_other_than_allauths():
    """Django's and Wagtail's login views (and Django's admin site, installed but not mounted)
    must not answer at any address: where their pattern is still included, one of ours comes
    first."""
    for route, view in _patterns(get_resolver()):
        assert not view.__module__.startswith("django.contrib.admin"), route
        if _is_login_form(view):
            assert "<" not in route and "^" not in route, f"cannot check {route}"
            answering = resolve("/" + route).func
            assert not _is_login_form(answering), route


@pytest.mark.django_db
def test_django_admin_is_not_mounted(client):
    for path in ("/django-admin/", "/django-admin/login/", "/admin/django/"):
        assert client.get(path).status_code in (302, 404), path
        assert "id_username" not in client.get(path).content.decode()


@pytest.mark.django_db
def test_only_allauths_backend_checks_passwords():
    """Django's ModelBackend is gone: nothing can log in with a password past allauth."""
    person = _person()
    user = authenticate(None, username=person.email, password=PASSWORD)
    assert user == person
    assert user.backend == "members.backends.AuthenticationBackend"
    assert isinstance(load_backend(user.backend), AllauthBackend)


# Page and document passwords ----------------------------------------------------------------


@pytest.fixture
def password_page(knowledge_index):
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Draaiboek sluiting drugspand",
        body=[("text", "<p>Vertrouwelijke stappen</p>")],
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_SECRET
    )
    url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
    return page, url


def _guess(client, url, password, return_url="/", **headers):
    return client.post(url, {"password": password, "return_url": return_url}, **headers)


@pytest.mark.django_db
def test_the_right_page_password_still_opens_the_page(client, password_page):
    page, url = password_page
    response = _guess(client, url, PAGE_SECRET, page.url)
    assert response.status_code == 302 and response["Location"] == page.url
    assert "Vertrouwelijke stappen" in client.get(page.url).content.decode()


@pytest.mark.django_db
def test_guessing_a_page_password_gets_429_after_the_limit(client, password_page):
    page, url = password_page
    for attempt in range(PAGE_PASSWORD_LIMIT):
        response = _guess(client, url, f"gok-{attempt}", page.url, REMOTE_ADDR="203.0.113.7")
        assert response.status_code == 200, attempt
    blocked = _guess(client, url, PAGE_SECRET, page.url, REMOTE_ADDR="203.0.113.7")
    assert blocked.status_code == 429
    body = blocked.content.decode()
    assert "Te veel pogingen" in body and "wachtwoord van deze pagina" in body
    assert "Vertrouwelijke stappen" not in client.get(page.url).content.decode()
    # Someone at another address is not affected.
    other = _guess(Client(), url, PAGE_SECRET, page.url, REMOTE_ADDR="203.0.113.8")
    assert other.status_code == 302


@pytest.mark.django_db
def test_spreading_page_password_guesses_over_addresses_still_locks_the_form(client, password_page):
    page, url = password_page
    for attempt in range(PAGE_PASSWORD_FAILED_LIMIT):
        response = _guess(client, url, f"gok-{attempt}", REMOTE_ADDR=f"198.51.{attempt}.1")
        assert response.status_code == 200, attempt
    assert _guess(client, url, PAGE_SECRET, REMOTE_ADDR="192.0.2.1").status_code == 429


@pytest.mark.django_db
def test_guessing_a_document_collection_password_gets_429_after_the_limit(client):
    root = Collection.get_first_root_node()
    collection = root.add_child(name="Vertrouwelijke bijlagen")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=PAGE_SECRET,
    )
    get_document_model().objects.create(title="Draaiboek", collection=collection)
    url = reverse("wagtaildocs_authenticate_with_password", args=[restriction.pk])
    for attempt in range(PAGE_PASSWORD_LIMIT):
        response = _guess(client, url, f"gok-{attempt}", REMOTE_ADDR="203.0.113.9")
        assert response.status_code == 200, attempt
    blocked = _guess(client, url, PAGE_SECRET, REMOTE_ADDR="203.0.113.9")
    assert blocked.status_code == 429
    assert "Te veel pogingen" in blocked.content.decode()
    assert _guess(Client(), url, PAGE_SECRET, REMOTE_ADDR="203.0.113.10").status_code == 302


# Lockouts survive a crawl, with the caches configured as in production ----------------------


def _production_caches() -> dict:
    code = (
        "import django, json; django.setup(); from django.conf import settings as s; "
        "print(json.dumps(s.CACHES))"
    )
    result = run_python(code, "config.settings.production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _hourly(rates: dict[str, str]) -> dict[str, str]:
    """The same amounts per hour instead of per minute, so no counter can simply expire while
    the crawl takes its time: whatever resets a lockout here is the cache."""
    return {action: value.replace("/m/", "/h/") for action, value in rates.items()}


def _code_request_blocked(client, email) -> bool:
    mail.outbox.clear()
    response = client.post(reverse("account_request_login_code"), {"email": email})
    errors = response.context["form"].errors.as_data() if response.status_code == 200 else {}
    codes = [error.code for field in errors.values() for error in field]
    return "too_many_login_attempts" in codes and not mail.outbox


def _login_locked(client, email) -> bool:
    response = client.post(reverse("account_login"), {"login": email, "password": PASSWORD})
    if response.status_code != 200 or response.wsgi_request.user.is_authenticated:
        return False
    codes = [e.code for e in response.context["form"].non_field_errors().as_data()]
    return codes == ["too_many_login_attempts"]


@pytest.mark.django_db
def test_lockouts_survive_a_crawl_of_a_thousand_distinct_listing_urls(knowledge_index):
    """Production's database cache held the page cache and allauth's counters together, 300
    entries at most: crawling listing URLs with distinct query strings culled the counters and
    every lockout reset itself. The counters now live in a cache that never evicts them, and
    the page cache is bounded."""
    caches = _production_caches()
    rates = _hourly(allauth_account_settings.RATE_LIMITS)
    ArticlePageFactory(parent=knowledge_index, title="Dumpingen in Brabant")
    with override_settings(CACHES=caches, PAGE_CACHE_SECONDS=300, ACCOUNT_RATE_LIMITS=rates):
        call_command("createcachetable")
        person = _person()
        page = ArticlePageFactory(parent=knowledge_index, title="Draaiboek")
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.PASSWORD, password=PAGE_SECRET
        )
        page_url = reverse("wagtailcore_authenticate_with_password", args=[restriction.pk, page.pk])
        attacker = Client(REMOTE_ADDR="203.0.113.66")
        reset = Client(REMOTE_ADDR="203.0.113.69")

        def login_blocked() -> bool:  # 30 per minute from one address, then 429
            credentials = {"login": "a@x.nl", "password": WRONG}
            return attacker.post(reverse("account_login"), credentials).status_code == 429

        def reset_blocked() -> bool:  # five per address per minute, then 429
            response = reset.post(reverse("account_reset_password"), {"email": person.email})
            return response.status_code == 429

        def page_password_blocked() -> bool:
            return _guess(attacker, page_url, PAGE_SECRET).status_code == 429

        for attempt in range(30):
            credentials = {"login": f"gok{attempt}@x.nl", "password": WRONG}
            attacker.post(reverse("account_login"), credentials)
        # The account itself: five failures, then even the right password is refused.
        for attempt in range(5):
            Client(REMOTE_ADDR=f"198.51.100.{attempt}").post(
                reverse("account_login"), {"login": person.email, "password": WRONG}
            )
        # Login codes: three per address per minute.
        for _ in range(3):
            Client(REMOTE_ADDR="203.0.113.67").post(
                reverse("account_request_login_code"), {"email": person.email}
            )
        for _ in range(5):
            reset.post(reverse("account_reset_password"), {"email": person.email})
        for attempt in range(PAGE_PASSWORD_LIMIT):
            _guess(attacker, page_url, f"gok-{attempt}")

        def all_blocked(n: int) -> None:
            assert login_blocked()
            assert _login_locked(Client(REMOTE_ADDR=f"198.51.100.{200 + n}"), person.email)
            assert _code_request_blocked(Client(REMOTE_ADDR=f"203.0.113.{100 + n}"), person.email)
            assert reset_blocked()
            assert page_password_blocked()

        all_blocked(0)
        crawler = Client(REMOTE_ADDR="192.0.2.50")
        for n in range(1000):
            response = crawler.get(f"/kennisbank/?pagina={n}&utm_source=crawl{n}")
            assert response.status_code == 200, n
        all_blocked(1)

        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM page_cache")
            stored_pages = cursor.fetchone()[0]
        assert 0 < stored_pages <= 500  # PAGE_CACHE_MAX_ENTRIES


@pytest.mark.django_db
def test_the_counters_cache_sweeps_expired_entries_but_never_evicts_live_ones():
    """Django's database cache culls a third of its rows, live or not, past MAX_ENTRIES."""
    import time

    from django.core.cache import caches

    counters = {
        "BACKEND": "config.cache.NonEvictingDatabaseCache",
        "LOCATION": "cache",
        "OPTIONS": {"MAX_ENTRIES": 5},
    }
    with override_settings(CACHES={"default": counters}):
        call_command("createcachetable")
        cache = caches["default"]
        for n in range(5):
            cache.set(f"verlopen-{n}", n, 1)
        time.sleep(2.1)  # expiry is stored in whole seconds
        for n in range(20):
            cache.set(f"teller-{n}", n, 300)
        assert all(cache.get(f"teller-{n}") == n for n in range(20))
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM cache")
            assert cursor.fetchone()[0] == 20  # the expired ones are gone
