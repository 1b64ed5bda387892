"""Prepare the search benchmark corpus: PostgreSQL database + 20,000 pages + both indexes.

1. creates the database named in DATABASE_URL when it does not exist, and migrates it;
2. `seed_demo` (themes, regions, audiences, demo pages) and `seed_bulk --pages N`;
3. fills Wagtail's database search index (`update_index`; seed_bulk inserts rows directly, so
   Wagtail's own signal-driven indexing never saw them) for the database-backend comparison;
4. builds the engine index with `search_rebuild`.

Usage (the OpenSearch node must run: `bash platform/opensearch/opensearch.sh start`):

    DATABASE_URL=postgres://postgres@127.0.0.1:54329/kp_search_bench \\
    SEARCH_ENGINE_URL=http://127.0.0.1:9201 .venv/bin/python bench/search_setup.py --pages 20000

Safe to rerun: seeding is skipped when the database already holds enough pages.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
BENCH_PREFIX = "bench-kennisplatform"


def ensure_database(url: str) -> None:
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = parts._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')
            print(f"created database {name}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=20_000)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url or not os.environ.get("SEARCH_ENGINE_URL"):
        sys.exit("Set DATABASE_URL (PostgreSQL) and SEARCH_ENGINE_URL, see the docstring.")
    ensure_database(url)

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from wagtail.models import Page

    settings.SEARCH_INDEX_PREFIX = BENCH_PREFIX
    call_command("migrate", verbosity=0)
    indexed_types = ("articlepage", "toolkitpage", "eventpage")
    existing = Page.objects.filter(content_type__model__in=indexed_types).count()
    if existing < args.pages:
        started = time.monotonic()
        call_command("seed_demo", verbosity=0)
        call_command("seed_bulk", pages=args.pages - existing)
        print(f"seeded in {time.monotonic() - started:.0f} s")
        started = time.monotonic()
        call_command("update_index", verbosity=0)
        print(f"Wagtail database search index filled in {time.monotonic() - started:.0f} s")
    call_command("search_rebuild")
    call_command("search_check")


if __name__ == "__main__":
    main()
