"""A full-page cache for anonymous visitors of Wagtail pages (docs/decisions/0004).

wagtail-cache would be the library for this, but its releases require Wagtail below 8, so this
is a small middleware in the same spirit (and Django's cache middleware's): only what is the
same for every anonymous visitor is stored, and any content change empties the whole cache.

What is served from the cache: GET and HEAD requests for page URLs (Wagtail's `wagtail_serve`
pattern) without a session or messages cookie, so never to a signed-in member or to someone
with a message waiting or a passed page password (both live in the session).

What is stored: a 200 answered by a Wagtail page to such a request, when the response sets no
cookie (a form's CSRF token renews its cookie, a shown message deletes its cookie) and does
not forbid caching. Members-only pages, password pages, teasers and event pages (personal
registration state and a registration form) all send `Cache-Control: private, no-cache`, so
they are never stored.

Bounded: the cache lives in its own alias ("pages"), never in the default cache that holds
allauth's rate-limit counters (config/cache.py), so filling it evicts nothing that matters.
Its key space is the query parameters pages read (QUERY_PARAMS), in one order and each value
once; the request itself is rewritten to that form before the page sees it, so the key always
describes what was rendered and no made-up parameter ends up in a cached page's links. And it
stores at most PAGE_CACHE_MAX_ENTRIES pages at a time (`_claim_slot`), however many distinct
URLs a crawler asks for; beyond that, pages are served but not stored.

Invalidation: every entry carries the cache generation it was made in; publishing,
unpublishing, moving or deleting a page, privacy changes, taxonomy, document and site changes
start a new generation after their transaction commits (config/apps.py), and no entry of an
older generation is ever served again. Narrower changes bump a topic instead: a registration
changes the free seats, which only pages whose class names the "registrations" topic in
`page_cache_topics` show (the agenda); every other page stays cached.

Time alone changes some pages too ("upcoming" events), so entries are fresh for
PAGE_CACHE_SECONDS. After that, or after a bump of one of its topics, an entry is stale: the
first request to find it recomputes the page (it holds a short lock), and the requests that
come meanwhile get the stale copy, for PAGE_CACHE_STALE_SECONDS at most, instead of all
rendering the same page at once. A stale copy is only ever one of the current generation: after
a privacy change or an unpublish nothing old is served.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import BaseCache, caches
from django.db import transaction
from django.http import HttpRequest, HttpResponse, QueryDict
from django.urls import Resolver404, resolve
from django.utils.cache import cc_delim_re  # type: ignore[attr-defined]  # not in the stubs

ALIAS = "pages"
GENERATION_KEY = "pages:generation"
TOPICS = ("registrations",)  # what a page class may name in its `page_cache_topics`
STORED_KEY = "pages:stored"
HEADER = "X-Page-Cache"
_NOT_CACHEABLE = {"private", "no-cache", "no-store"}

# The query parameters Wagtail pages read: the knowledge listings' filters and paging
# (knowledge/selectors.py: filtered_listing, paginate), the theme hub's region, and the agenda's
# filters, period, month and paging (events/selectors.py). A page that starts reading another
# parameter adds it here, or anonymous visitors never see it work.
SET_PARAMS = frozenset({"soort", "thema", "regio", "doelgroep", "jaar"})
LAST_PARAMS = frozenset({"pagina", "periode", "maand", "vorm"})
QUERY_PARAMS = SET_PARAMS | LAST_PARAMS

logger = logging.getLogger("kennisplatform.page_cache")


def _cache() -> BaseCache:
    return caches[ALIAS]


def _timeout() -> int:
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


def _stale_seconds() -> int:
    return getattr(settings, "PAGE_CACHE_STALE_SECONDS", 10)


def topic_key(topic: str) -> str:
    return f"{GENERATION_KEY}:{topic}"


def canonical_query(query: QueryDict) -> str:
    """The query string as the key and the page see it: known parameters only, sorted; filter
    values (read as a set with `getlist`) sorted and once each; the others (read with `get`)
    only their last value, the one `get` returns."""
    pairs: list[tuple[str, str]] = []
    for name in sorted(query.keys() & QUERY_PARAMS):
        values = query.getlist(name)
        values = values[-1:] if name in LAST_PARAMS else sorted(set(values))
        pairs += [(name, value) for value in values]
    return urlencode(pairs)


def _canonicalise(request: HttpRequest) -> None:
    query = canonical_query(request.GET)
    if query != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = query
        request.GET = QueryDict(query)


def _claim_slot(cache: BaseCache) -> bool:
    """Whether one more page may be stored: half of PAGE_CACHE_MAX_ENTRIES per lifetime
    window, so with entries living one window at most, no more than the maximum are alive."""
    timeout = _timeout()
    budget = max(1, getattr(settings, "PAGE_CACHE_MAX_ENTRIES", 500) // 2)
    key = f"{STORED_KEY}:{int(time.time() // timeout)}"
    cache.add(key, 0, timeout * 2)
    try:
        return cache.incr(key) <= budget
    except ValueError:  # the counter expired in between
        return False


def _start_generation(key: str) -> int:
    # A missing generation starts from the clock, never from a number used before, so an
    # evicted generation key cannot bring stale entries back to life.
    cache = _cache()
    cache.add(key, time.time_ns(), None)
    return cache.get(key) or 0


def new_generation(**kwargs) -> None:
    """Invalidate every cached page, once the current transaction has committed (a request
    in between would otherwise store the old content again)."""
    transaction.on_commit(lambda: _bump(GENERATION_KEY))


def topic_changed(topic: str) -> Callable[..., None]:
    """A signal receiver that marks the pages showing `topic` stale after the commit."""
    if topic not in TOPICS:
        raise ValueError(f"unknown page cache topic: {topic}")

    def receiver(**kwargs) -> None:
        transaction.on_commit(lambda: _bump(topic_key(topic)))

    return receiver


def _bump(key: str) -> None:
    cache = _cache()
    try:
        cache.incr(key)
    except ValueError:  # no generation yet, or evicted
        cache.set(key, time.time_ns(), None)


def _key(request: HttpRequest) -> str:
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    # "v2": the entry format with topics and a freshness time; entries stored by an older
    # release are never read.
    return "pages:v2:" + hashlib.sha256(url.encode()).hexdigest()


def _may_use_cache(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or _timeout() <= 0:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or CookieStorage.cookie_name in cookies:
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    try:
        return resolve(request.path_info).url_name == "wagtail_serve"
    except Resolver404:
        return False


def _may_store(request: HttpRequest, response: HttpResponse) -> bool:
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if getattr(request, "_wagtail_route_for_request", None) is None:
        return False  # not answered by a page
    if response.cookies or request.user.is_authenticated:
        return False
    cache_control = cc_delim_re.split(response.get("Cache-Control", ""))
    directives = {directive.split("=")[0].strip().lower() for directive in cache_control}
    return not directives & _NOT_CACHEABLE


def _topics_of(request: HttpRequest) -> tuple[str, ...]:
    route = getattr(request, "_wagtail_route_for_request", None)
    page = getattr(route, "page", None)
    return tuple(getattr(page, "page_cache_topics", ()))


class PageCacheMiddleware:
    """Serve and store anonymous page views; place it just below WhiteNoise, so a hit skips
    sessions, authentication and the page's own queries, and a stored response carries the
    headers every middleware below it added.

    An entry is (generation, {topic: generation}, fresh until, status, headers, content); one
    `get_many` reads it with every generation it may be compared with."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not _may_use_cache(request):
            return self.get_response(request)
        _canonicalise(request)
        cache = _cache()
        key = _key(request)
        generation_keys = [GENERATION_KEY, *map(topic_key, TOPICS)]
        found = cache.get_many([*generation_keys, key])
        for missing in set(generation_keys) - found.keys():
            found[missing] = _start_generation(missing)
        entry = found.get(key)
        if entry is not None and entry[0] == found[GENERATION_KEY]:
            _generation, topics, fresh_until, status, headers, content = entry
            current = all(found.get(topic_key(t)) == g for t, g in topics.items())
            if current and time.time() < fresh_until:
                return _replay(status, headers, content, "hit")
            lock = key + ":computing"
            if not cache.add(lock, 1, _stale_seconds()):
                return _replay(status, headers, content, "stale")
            try:
                return self._compute(request, cache, key, found)
            finally:
                cache.delete(lock)
        return self._compute(request, cache, key, found)

    def _compute(self, request, cache: BaseCache, key: str, generations: dict) -> HttpResponse:
        response = self.get_response(request)
        if not _may_store(request, response):
            return response
        try:
            if _claim_slot(cache):
                topics = {t: generations[topic_key(t)] for t in _topics_of(request)}
                entry = (
                    generations[GENERATION_KEY],
                    topics,
                    time.time() + _timeout(),
                    response.status_code,
                    list(response.items()),
                    response.content,
                )
                cache.set(key, entry, _timeout() + _stale_seconds())
                response[HEADER] = "miss"
        except Exception:  # noqa: BLE001 - e.g. a full Redis (noeviction): serve, don't store
            logger.warning("page cache: could not store %s", request.path, exc_info=True)
        return response


def _replay(status: int, headers: list, content: bytes, source: str) -> HttpResponse:
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response[HEADER] = source
    return response
