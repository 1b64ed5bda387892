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


def test_production_uses_a_shared_cache_and_trusts_one_proxy():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.CACHES['default']['BACKEND'], s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    )
    result = run_python(code, "config.settings.production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.core.cache.backends.db.DatabaseCache", "1"]
    redis = run_python(
        code,
        "config.settings.production",
        {
            **PRODUCTION_ENV,
            "CACHE_URL": "redis://cache.internal:6379/0",
            "TRUSTED_PROXY_COUNT": "2",
        },
    )
    assert redis.stdout.split() == ["django.core.cache.backends.redis.RedisCache", "2"]
