"""Each environment's settings load; production reads its configuration from the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 64 + "-production-test-secret-key-with-enough-entropy",
    "DATABASE_URL": "postgres://kp:kp@db.internal:5432/kennisplatform",
    "ALLOWED_HOSTS": "kennisplatform.example,www.kennisplatform.example",
    "SITE_URL": "https://kennisplatform.example",
    "SEARCH_ENGINE_URL": "https://search.internal:9200",
    "SEARCH_ENGINE_KIND": "elasticsearch",
    "EMAIL_HOST": "smtp.internal",
}


def clean_env() -> dict:
    """This process's environment without production values or test-only switches."""
    skip = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {k: v for k, v in os.environ.items() if k not in skip}


def run_python(code: str, settings: str, extra_env: dict | None = None):
    env = clean_env()
    env.update(extra_env or {})
    env["DJANGO_SETTINGS_MODULE"] = settings
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("module", ["config.settings.dev", "config.settings.test"])
def test_settings_load(module):
    result = run_python("import django; django.setup(); print('ok')", module)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_production_settings_come_from_the_environment():
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.DATABASES['default']['HOST'], s.ALLOWED_HOSTS, s.SEARCH_ENGINE_KIND, "
        "s.EMAIL_HOST, s.DEBUG)"
    )
    result = run_python(code, "config.settings.production", PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "db.internal"
    assert "kennisplatform.example" in result.stdout
    assert "elasticsearch smtp.internal False" in result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in PRODUCTION_ENV.items() if k != "SECRET_KEY"}
    result = run_python("import django; django.setup()", "config.settings.production", env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_deploy_check_passes_in_production():
    env = clean_env()
    env.update(PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="config.settings.production")
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
