# Kennisplatform Ondermijning — the two commands: `make demo` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py

.PHONY: demo test install migrate seed serve lint format bench bench-wrk bench-search bench-pages bench-relevance search-engine search-engine-stop \
        services-start services-stop browser-deps check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall when the pinned dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet ".[dev]"
	touch $@

install: $(VENV)/.installed

migrate: install
	mkdir -p var
	$(MANAGE) migrate --noinput
	$(MANAGE) createcachetable

seed: migrate
	$(MANAGE) seed_demo

serve:
	$(MANAGE) runserver 127.0.0.1:8000

## demo: fresh machine -> SQLite + database search, demo content, http://127.0.0.1:8000
demo: seed serve

## test: PostgreSQL + OpenSearch on loopback, the whole suite, services stopped afterwards
test: install
	bash platform/run-tests.sh

check: install
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

browser-deps:
	bash platform/browser-deps.sh

search-engine:
	bash platform/opensearch/opensearch.sh start

search-engine-stop:
	bash platform/opensearch/opensearch.sh stop

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python -m mypy

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## bench: the page benchmark under wrk (bench/pages_wrk.py) on the 20,000-page corpus ->
## bench/results/latest.md and latest.json, beside the previous run's figures. The other
## benchmarks stay their own targets: bench-search, bench-pages, bench-relevance, bench-topology.
BENCH_PAGES_DATABASE_URL ?= postgres://postgres@127.0.0.1:$${PGPORT_TEST:-54329}/kp_bench_corpus
BENCH_REDIS_PORT ?= 6397
bench: bench-wrk

# gunicorn (production settings, 2 sync workers) + its own Redis on BENCH_REDIS_PORT; seeds and
# indexes the corpus on first use (own database and index prefix), reuses it afterwards.
bench-wrk: install
	curl -sf -o /dev/null http://127.0.0.1:$${OPENSEARCH_PORT:-9201} || bash platform/opensearch/opensearch.sh start
	DATABASE_URL="$(BENCH_PAGES_DATABASE_URL)" SEARCH_ENGINE_URL=http://127.0.0.1:$${OPENSEARCH_PORT:-9201} \
	BENCH_REDIS_PORT=$(BENCH_REDIS_PORT) $(BIN)/python bench/pages_wrk.py

# Search benchmarks (bench/search_*.py, bench/index_bulk.py): a 20,000-page corpus on PostgreSQL
# + OpenSearch; results in bench/results/search-*.json. Uses its own database.
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:$${PGPORT_TEST:-54329}/kp_search_bench
bench-search: install
	bash platform/opensearch/opensearch.sh start
	export DATABASE_URL="$(BENCH_DATABASE_URL)" SEARCH_ENGINE_URL=http://127.0.0.1:$${OPENSEARCH_PORT:-9201}; \
	$(BIN)/python bench/search_setup.py --pages 20000 && \
	$(BIN)/python bench/index_bulk.py && \
	$(BIN)/python bench/search_latency.py

# Relevance on the judged queries of tests/search/relevance/ (demo content, own database):
# engine, database backend and plain BM25; results in bench/results/relevance.json.
RELEVANCE_DATABASE_URL ?= postgres://postgres@127.0.0.1:$${PGPORT_TEST:-54329}/kp_relevance_bench
bench-relevance: install
	bash platform/opensearch/opensearch.sh start
	DATABASE_URL="$(RELEVANCE_DATABASE_URL)" SEARCH_ENGINE_URL=http://127.0.0.1:$${OPENSEARCH_PORT:-9201} \
	$(BIN)/python bench/relevance.py

# Application CPU per page view on the same corpus (needs bench-search's database).
bench-pages: install
	DATABASE_URL="$(BENCH_DATABASE_URL)" $(BIN)/python bench/pages_cpu.py

## prod-local: the production topology on loopback (docs/operations.md): nginx, 2 gunicorn,
## PostgreSQL, Redis, 3 OpenSearch nodes, 2 task workers, the scheduler; logs in var/prod-local/logs
.PHONY: prod-local prod-local-stop prod-local-status
prod-local: install
	bash platform/deploy/prod-local.sh start

prod-local-stop:
	bash platform/deploy/prod-local.sh stop

prod-local-status:
	bash platform/deploy/prod-local.sh status

## test-topology: the failures the production topology must survive (tests/topology): an engine
## node killed, the whole engine stopped, a web process killed, Redis and PostgreSQL restarted,
## a task worker killed in a mail batch; starts and stops its own copy of `make prod-local`
.PHONY: test-topology
test-topology: install
	KP_TOPOLOGY=1 $(BIN)/python -m pytest -p no:cacheprovider -q -rA tests/topology

## bench-topology: requests/s and p95 through nginx on `make prod-local` (wrk): article, home,
## agenda, search at 8 and 32 connections, page cache on/off, one engine node down, 3 nodes vs 1,
## search_rebuild on the cluster of the demo content and of the 20k corpus of `make bench`
.PHONY: bench-topology
bench-topology: install
	$(BIN)/python bench/topology.py
