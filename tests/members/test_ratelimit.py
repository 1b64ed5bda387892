"""allauth's rate limits are on, keyed on a client IP that a forged X-Forwarded-For cannot
change, and kept in a cache all production workers share."""

from django.test import override_settings
from django.urls import reverse

import pytest

from ..factories import UserFactory
from ..foundation.test_settings import PRODUCTION_ENV, run_python
from .conftest import PASSWORD, verified

LOGIN_LIMIT = 30  # ACCOUNT_RATE_LIMITS["login"] = "30/m/ip"


def _login(client, email, password, **headers):
    return client.post(reverse("account_login"), {"login": email, "password": password}, **headers)


@pytest.mark.django_db
def test_many_logins_from_one_address_get_429_even_with_forged_forwarded_for(client):
    for attempt in range(LOGIN_LIMIT):
        response = _login(
            client,
            f"gok{attempt}@gemeente-voorbeeld.nl",
            "Fout-wachtwoord-1",
            REMOTE_ADDR="203.0.113.7",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{attempt}",
        )
        assert response.status_code == 200, attempt
    blocked = _login(
        client,
        "nog-een@gemeente-voorbeeld.nl",
        "Fout-wachtwoord-1",
        REMOTE_ADDR="203.0.113.7",
        HTTP_X_FORWARDED_FOR="192.0.2.99",
    )
    assert blocked.status_code == 429
    assert "Te veel pogingen" in blocked.content.decode()
    # Another client is not affected.
    other = _login(
        client, "iemand@gemeente-voorbeeld.nl", "Fout-wachtwoord-1", REMOTE_ADDR="203.0.113.8"
    )
    assert other.status_code == 200


@pytest.mark.django_db
def test_repeated_failures_lock_the_account_for_a_while_even_with_the_right_password(client):
    user = verified(UserFactory(email="doelwit@gemeente-voorbeeld.nl", roles=["Lid"]))
    user.set_password(PASSWORD)
    user.save()
    for attempt in range(5):  # "5/5m/key"
        _login(
            client,
            user.email,
            "Fout-wachtwoord-1",
            REMOTE_ADDR=f"203.0.113.{attempt + 10}",  # spreading over addresses does not help
        )
    response = _login(client, user.email, PASSWORD, REMOTE_ADDR="203.0.113.50")
    assert response.status_code == 200  # the form again, not logged in
    assert not response.wsgi_request.user.is_authenticated
    codes = [e.code for e in response.context["form"].non_field_errors().as_data()]
    assert codes == ["too_many_login_attempts"]


@pytest.mark.django_db
@override_settings(ALLAUTH_TRUSTED_PROXY_COUNT=1)
def test_behind_our_proxy_only_the_address_it_saw_counts(client):
    """Production runs behind one proxy that appends the client address to X-Forwarded-For;
    whatever the client itself put in the header is ignored."""
    proxy = {"REMOTE_ADDR": "10.0.0.2"}
    for attempt in range(LOGIN_LIMIT):
        response = _login(
            client,
            f"gok{attempt}@gemeente-voorbeeld.nl",
            "Fout-wachtwoord-1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 198.51.100.9",
            **proxy,
        )
        assert response.status_code == 200, attempt
    forged = _login(
        client,
        "nog-een@gemeente-voorbeeld.nl",
        "Fout-wachtwoord-1",
        HTTP_X_FORWARDED_FOR="203.0.113.200, 198.51.100.9",
        **proxy,
    )
    assert forged.status_code == 429
    someone_else = _login(
        client,
        "ander@gemeente-voorbeeld.nl",
        "Fout-wachtwoord-1",
        HTTP_X_FORWARDED_FOR="198.51.100.10",
        **proxy,
    )
    assert someone_else.status_code == 200


def _production(code: str, **env):
    result = run_python(
        "import django; django.setup(); from django.conf import settings as s; " + code,
        "config.settings.production",
        {**PRODUCTION_ENV, **env},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


CACHES_CODE = (
    "c = s.CACHES; print(c['default']['BACKEND'], c['default']['LOCATION'], "
    "c['pages']['BACKEND'], c['pages']['LOCATION'], c['pages'].get('KEY_PREFIX', '-'))"
)


def test_production_keeps_counters_in_a_shared_cache_apart_from_the_page_cache():
    """Rate-limit counters (allauth uses the default alias only) in a database table that is
    never culled; the page cache in a table of its own."""
    assert _production(CACHES_CODE) == [
        "config.cache.NonEvictingDatabaseCache",
        "cache",
        "django.core.cache.backends.db.DatabaseCache",
        "page_cache",
        "-",
    ]
    assert _production("print(s.ALLAUTH_TRUSTED_PROXY_COUNT)") == ["1"]


def test_production_with_redis_keeps_the_page_cache_under_its_own_prefix():
    redis = "django.core.cache.backends.redis.RedisCache"
    memo = "config.cache.MemoRedisCache"  # Redis, with the per-request memo of config/cache.py
    url = "redis://cache.internal:6379/0"
    assert _production(CACHES_CODE, CACHE_URL=url) == [memo, url, redis, url, "pages"]
    # Or on a Redis of its own, which may evict (allkeys-lru).
    lru = "redis://page-cache.internal:6379/0"
    assert _production(CACHES_CODE, CACHE_URL=url, PAGE_CACHE_URL=lru) == [
        memo,
        url,
        redis,
        lru,
        "pages",
    ]
    assert _production("print(s.ALLAUTH_TRUSTED_PROXY_COUNT)", TRUSTED_PROXY_COUNT="2") == ["2"]
