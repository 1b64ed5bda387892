#!/usr/bin/env bash
# `make test`: start PostgreSQL and OpenSearch on loopback, run the whole suite, stop them.
set -uo pipefail
cd "$(dirname "$0")/.."

bash platform/browser-deps.sh || exit 1
bash platform/html-check.sh install || exit 1  # the Nu HTML Checker (tests/browser/test_html_validity.py)

# Debian's nginx for the `served` tests; they start and stop their own copy on free loopback
# ports in front of two gunicorn processes (tests/foundation/conftest.py, platform/nginx.sh).
bash platform/nginx.sh install || exit 1

# Redis for the tests of production's Redis caches (tests/foundation/test_redis_cache.py); its
# own port and state folder, removed afterwards.
export REDIS_PORT_TEST="${REDIS_PORT_TEST:-6393}"
export REDIS_STATE_DIR="/tmp/kennisplatform-redis-test-$REDIS_PORT_TEST"

cleanup() {
  bash platform/redis.sh stop --purge >/dev/null 2>&1 || true
  bash platform/postgres.sh stop >/dev/null 2>&1 || true
  if [ -f platform/opensearch/opensearch.sh ]; then
    bash platform/opensearch/opensearch.sh stop >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

bash platform/postgres.sh start || exit 1
bash platform/redis.sh start || exit 1
export REDIS_URL_TEST="redis://127.0.0.1:$REDIS_PORT_TEST/0"
export DATABASE_URL="postgres://postgres@127.0.0.1:${PGPORT_TEST:-54329}/kennisplatform"
if [ -f platform/opensearch/opensearch.sh ]; then
  bash platform/opensearch/opensearch.sh start || exit 1
  export SEARCH_ENGINE_URL="http://127.0.0.1:${OPENSEARCH_PORT:-9201}"
  export SEARCH_ENGINE_KIND=opensearch
fi

export DJANGO_SETTINGS_MODULE=config.settings.test
.venv/bin/python manage.py check || exit 1
.venv/bin/python manage.py makemigrations --check --dry-run || exit 1
.venv/bin/ruff check . || exit 1
.venv/bin/python -m mypy || exit 1  # settings in pyproject.toml
# Two workers (pytest-xdist), one per core of the CI machine; each has its own test database
# (test_<name>_gw0, …), search index prefix and served stack. PYTEST_WORKERS=0 runs serially.
mkdir -p var/coverage
.venv/bin/python -m pytest -n "${PYTEST_WORKERS:-2}" --cov --cov-report= "$@" || exit 1
# Coverage of the business rules and reads (services.py, selectors.py) of every app; after a
# whole run each of these modules must be at least 90 % covered.
.venv/bin/python -m coverage report --include="*/services.py,*/selectors.py" || exit 1
if [ $# -eq 0 ]; then
  for module in */services.py */selectors.py; do
    .venv/bin/python -m coverage report --include="$module" --fail-under=90 >/dev/null ||
      { echo "coverage of $module is under 90 %"; exit 1; }
  done
fi

# The `make demo` stack: SQLite and Wagtail's database search, no services. Its full-text
# search differs per database (SQLite FTS5 here), so its search and demo tests run on it too
# (without the engine tests of those modules: the engine ran above, and there is none here).
if [ $# -eq 0 ]; then
  DATABASE_URL="sqlite:///$(mktemp -d)/demo.sqlite3" SEARCH_ENGINE_URL="" \
    .venv/bin/python -m pytest -q -m "not search_engine" tests/search/test_fallback.py tests/search/test_attachments.py \
      tests/foundation/test_demo.py
fi
