"""Application CPU per request for the main page types, in one run.

Renders pages in-process with Django's test client against a database filled by `seed_demo`
+ `seed_bulk`: PostgreSQL from DATABASE_URL (as `make bench-pages` does, so the database's own
CPU is not counted), else the SQLite demo database. Reports CPU milliseconds per request
(time.process_time, steadier than wall time or requests/s) and each page's ratio to /healthz,
the cheapest Django view. Budget (docs/product.md): an uncached article page costs at most ~11 ms.

Every page is measured twice: uncached (PAGE_CACHE_SECONDS=0, the application's own work) and
as an anonymous visitor's repeat view served by the page cache (config/page_cache.py), whose
hits are checked. Event pages are never cached (personal registration state, a form).

Usage: [DATABASE_URL=...] python bench/pages_cpu.py [--requests 200] [--out .../pages_cpu.json]
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault(
    "DJANGO_SETTINGS_MODULE",
    "config.settings.test" if os.environ.get("DATABASE_URL") else "config.settings.dev",
)


def cpu_ms_per_request(client, url: str, requests: int, *, expect_hit: bool = False) -> float:
    for _ in range(10):  # warm caches and imports
        response = client.get(url)
        assert response.status_code in (200, 403), url
    if expect_hit:
        assert response.get("X-Page-Cache") == "hit", url
    samples = []
    for _ in range(5):
        started = time.process_time()
        for _ in range(requests // 5):
            client.get(url)
        samples.append((time.process_time() - started) * 1000 / (requests // 5))
    return statistics.median(samples)


def main() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.test import Client

    from events.models import EventPage
    from knowledge.models import ArticlePage, ToolkitPage

    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--out", default=str(ROOT / "bench" / "results" / "pages_cpu.json"))
    args = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False

    article = ArticlePage.objects.live().public().order_by("pk").first()
    toolkit = ToolkitPage.objects.live().public().order_by("pk").first()
    event = EventPage.objects.live().public().order_by("pk").first()
    urls = {
        "healthz": "/healthz",
        "home": "/",
        "article": article.url,
        "toolkit": toolkit.url,
        "kennisbank": "/kennisbank/",
        "kennisbank_filtered": "/kennisbank/?thema=drugscriminaliteit&soort=ondermijningsbeeld",
        "theme_hub": "/themas/drugscriminaliteit/",
        "agenda": "/agenda/",
        "event": event.url,
    }
    client = Client()
    settings.PAGE_CACHE_SECONDS = 0
    results = {name: cpu_ms_per_request(client, url, args.requests) for name, url in urls.items()}
    settings.PAGE_CACHE_SECONDS = 300
    cached = {
        name: cpu_ms_per_request(client, url, args.requests, expect_hit=name != "event")
        for name, url in urls.items()
        if name != "healthz"
    }
    baseline = results["healthz"]
    report = {
        "pages": ArticlePage.objects.count() + ToolkitPage.objects.count(),
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "cpu_ms_per_request": {k: round(v, 2) for k, v in results.items()},
        "cpu_ms_per_request_cached": {k: round(v, 2) for k, v in cached.items()},
        "ratio_to_healthz": {k: round(v / baseline, 1) for k, v in results.items()},
        "article_budget_ms": 11,
        "article_within_budget": results["article"] <= 11,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
