"""Running a search: the engine when it answers, Wagtail's database backend when it does not.

`search()` never raises for bad input or an engine failure: an unreachable engine trips the
circuit breaker and the database answers with a visible notice; an engine error message never
reaches the page.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest
from django.utils.dateparse import parse_datetime
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from . import fallback
from .documents import registry
from .engines import EngineError, breaker, get_engine, index_alias, is_configured
from .models import QueryLog, anonymise_query
from .queries import (
    FACETS,
    MATCH_ALL,
    MATCHES_AGG,
    MAX_PAGE,
    PER_PAGE,
    UNIT_AGG,
    Access,
    IndexBehind,
    SearchParams,
    build_autocomplete,
    build_search,
    build_suggestion_check,
    facet_labels,
    query_units,
    relaxations,
    unit_name,
)
from .results import (
    Card,
    Pagination,
    Promotion,
    SearchResults,
    Word,
    add_ways_on,
    facet_views,
    hydrate,
    page_url,
)

logger = logging.getLogger("kennisplatform.search")

FEW_HITS = 3  # below this, a spelling suggestion is worth offering


def search(request: HttpRequest, params: SearchParams) -> SearchResults:
    access = Access.for_user(request.user)
    results: SearchResults | None = None
    notice = _(
        "De zoekmachine is tijdelijk niet bereikbaar. U ziet eenvoudigere resultaten; "
        "probeer het later opnieuw voor de beste resultaten."
    )
    if params.only_stopwords and not params.has_filters:
        results = SearchResults(params=params, backend="none")
        results.notices.append(
            _(
                "Uw zoekopdracht bestaat alleen uit veelvoorkomende woorden zoals ‘de’ en ‘het’. "
                "Voeg een inhoudelijk woord toe."
            )
        )
        return results
    if is_configured() and breaker.allow():
        try:
            results = engine_search(request, params, access)
        except EngineError as exc:
            # Details go to the log; the visitor gets the database results and a notice.
            logger.warning("search engine failed, using the database backend: %s", exc)
            breaker.trip()
        except IndexBehind as exc:
            # /healthz reports the outbox backlog; one line per request would flood the log.
            logger.debug("search index is behind, using the database backend: %s", exc)
            notice = _(
                "De zoekmachine wordt bijgewerkt. U ziet tijdelijk eenvoudigere resultaten; "
                "probeer het straks opnieuw voor de beste resultaten."
            )
    if results is None:
        results = fallback.database_search(request, params, access)
        if is_configured():
            results.notices.append(notice)
    if params.truncated:
        results.notices.append(
            _("Uw zoekopdracht was erg lang en is ingekort tot de eerste woorden.")
        )
    if params.ignored_filters:
        results.notices.append(_("Een of meer onbekende filters zijn genegeerd."))
    if params.query and params.page == 1:
        results.promotions = promotions(params.query, access, request)
    if params.query and not results.total and not params.has_filters:
        add_ways_on(results, request.user, request)
    if params.query and params.requested_page == 1:  # paging through is not a new search
        log_query(params, results)
    return results


def engine_search(request: HttpRequest, params: SearchParams, access: Access) -> SearchResults:
    """Strict first; when all words together match nothing the user may open, the relaxed
    passes (most words, then any word) until one finds something. The page shows one pass:
    its hits, counts, facets and highlights, and which words it left out."""
    engine = get_engine()
    passes = relaxations(params.query) if params.query else [MATCH_ALL]
    strict_raw: dict = {}
    for match in passes:
        raw = engine.search(index_alias(), build_search(params, access, match=match).to_dict())
        if match == MATCH_ALL:
            strict_raw = raw
        matches = (raw.get("aggregations") or {}).get(MATCHES_AGG, {}).get("doc_count", 0)
        if matches or raw["hits"]["total"]["value"]:
            break
    total = raw["hits"]["total"]["value"]
    last_page = max(1, min(MAX_PAGE, -(-total // PER_PAGE)))
    if params.page > last_page:  # out of range: show the last page instead
        params.page = last_page
        raw = engine.search(index_alias(), build_search(params, access, match=match).to_dict())
    results = SearchResults(params=params, backend="engine", total=total)
    results.pagination = Pagination(params.page, min(total, MAX_PAGE * PER_PAGE))
    aggregations = raw.get("aggregations") or {}
    units = query_units(params.query) if params.query else []
    if match != MATCH_ALL and total:
        results.relaxed = match
        results.words = [
            Word(unit, found=aggregations.get(f"{UNIT_AGG}{n}", {}).get("doc_count", 0) > 0)
            for n, unit in enumerate(units)
        ]
    hits = raw["hits"]["hits"]
    pages = hydrate([h["_source"] for h in hits], access, request)
    for hit in hits:
        page = pages.get(int(hit["_id"]))
        if page is not None:
            card = _card(hit, page, request)
            if results.relaxed:
                matched = set(hit.get("matched_queries") or ())
                card.missing = [u for n, u in enumerate(units) if unit_name(n) not in matched]
            results.cards.append(card)
    facet_names = {spec.param for spec in FACETS}
    counts = {
        name: {str(b["key"]): b["doc_count"] for b in agg["values"]["buckets"]}
        for name, agg in aggregations.items()
        if name in facet_names
    }
    results.facets = facet_views(params, counts, facet_labels())
    strict_total = strict_raw["hits"]["total"]["value"] if strict_raw else total
    if params.query and strict_total < FEW_HITS:
        results.did_you_mean = did_you_mean(strict_raw or raw, params, access, strict_total)
    return results


def _date(value: str | None) -> dt.datetime | None:
    return parse_datetime(value) if value else None


def _card(hit: dict, page: Page, request: HttpRequest) -> Card:
    source = hit["_source"]
    highlight = hit.get("highlight", {})
    indexer = registry.get(source["type"])
    labels = dict(registry.kinds())
    title = highlight.get("title")
    snippet = highlight.get("summary") or highlight.get("body") or []
    attachment_hit = False
    if not snippet and highlight.get("attachments"):
        snippet, attachment_hit = highlight["attachments"], True
    summary = source.get("summary") or ""
    return Card(
        page=page,
        url=page_url(page, request),
        label=str(labels.get(source["kind"], indexer.label if indexer else "")),
        title_html=_engine_html(title) if title else escape(page.title),
        snippet_html=_engine_html(snippet) if snippet else escape(summary[:300]),
        summary=summary,
        themes=[tuple(t) for t in (source.get("card") or {}).get("themes", [])],
        published=_date(source.get("published")),
        event_start=_date(source.get("event_start")),
        event_end=_date(source.get("event_end")),
        # Restricted pages, and events whose registration is for members (as the agenda shows).
        members_only=source.get("visibility") != "public"
        or bool(source.get("members_only_registration")),
        attachment_hit=attachment_hit,
    )


def _engine_html(fragments: list[str]) -> SafeString:
    """Highlight fragments from the engine: it HTML-escaped the source text (encoder "html")
    and added only our <mark> tags, so the result is safe to show as it is."""
    return mark_safe(" … ".join(fragments))  # noqa: S308 - escaped by the engine


def did_you_mean(raw: dict, params: SearchParams, access: Access, total: int) -> str:
    """The best spelling candidate that finds more documents this user may open."""
    options = [
        option["text"]
        for suggestion in (raw.get("suggest") or {}).get("spelling", [])
        for option in suggestion.get("options", [])
    ]
    candidates = [c for c in dict.fromkeys(options) if c.lower() != params.query.lower()][:3]
    if not candidates:
        return ""
    check = build_suggestion_check(candidates, params.query, access).to_dict()
    counts = get_engine().search(index_alias(), check).get("aggregations", {})
    original = set(params.query.lower().split())
    best, best_count = "", 0
    for n, candidate in enumerate(candidates):
        count = counts.get(f"c{n}", {}).get("doc_count", 0)
        replaced = original - set(candidate.lower().split())
        misspelled = all(counts.get(f"o:{w}", {}).get("doc_count", 0) == 0 for w in replaced)
        if misspelled and count > best_count and count >= total:
            best, best_count = candidate, count
    return best


PROMOTED_QUERIES_CACHE_KEY = "search:promoted-queries:1"


def promoted_queries() -> frozenset[str]:
    """The query strings that have editors' picks: few, and changed only in the admin, so a
    search for any other query costs one cache read instead of a query. Cleared when a pick is
    saved or deleted (SearchConfig.ready)."""
    found = cache.get(PROMOTED_QUERIES_CACHE_KEY)
    if found is None:
        found = frozenset(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        )
        cache.set(PROMOTED_QUERIES_CACHE_KEY, found, 60 * 60)
    return found


def forget_promoted_queries(**kwargs) -> None:
    # Now, and again after commit: a search in between may have cached the old set.
    cache.delete(PROMOTED_QUERIES_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(PROMOTED_QUERIES_CACHE_KEY))


def promotions(query: str, access: Access, request: HttpRequest) -> list[Promotion]:
    """Editors' picks for this query (Wagtail search promotions), only pages the user may open."""
    normalised = normalise_query_string(query)
    if normalised not in promoted_queries():
        return []
    picks = SearchPromotion.objects.filter(query__query_string=normalised).select_related("page")
    picks = list(picks)
    access.prepare(pick.page.path for pick in picks if pick.page_id)
    result = []
    for pick in picks:
        if pick.page_id:
            page = pick.page
            if not page.live or not access.may_open(page.path):
                continue
            result.append(Promotion(page.title, page_url(page, request), pick.description))
        elif pick.external_link_url:
            result.append(
                Promotion(
                    pick.external_link_text or pick.external_link_url,
                    pick.external_link_url,
                    pick.description,
                )
            )
    return result


def log_query(params: SearchParams, results: SearchResults) -> None:
    """Anonymised: no user, session, address or time of day (see QueryLog)."""
    try:
        QueryLog.objects.create(
            query=anonymise_query(params.query),
            hits=results.total,
            relaxed=bool(results.relaxed),
            backend=QueryLog.Backend.ENGINE
            if results.backend == "engine"
            else QueryLog.Backend.DATABASE,
        )
    except Exception:  # noqa: BLE001 - analytics must never break a search
        logger.exception("could not log a search query")


def suggestions(request: HttpRequest, prefix: str) -> tuple[list[dict], str]:
    """Autocomplete: (suggestions, backend). Titles of pages the user may open."""
    access = Access.for_user(request.user)
    if is_configured() and breaker.allow():
        try:
            started = time.monotonic()
            raw = get_engine().search(
                index_alias(), build_autocomplete(prefix, access).to_dict(), timeout=1.0
            )
            hits = [h["_source"] for h in raw["hits"]["hits"]]
            live = {
                pk: path
                for pk, path in Page.objects.live()
                .filter(pk__in=[h["pk"] for h in hits])
                .values_list("pk", "path")
            }
            access.prepare(live.values())
            labels = dict(registry.kinds())
            logger.debug("autocomplete took %.1f ms", (time.monotonic() - started) * 1000)
            return [
                {"title": h["title"], "url": h["url"], "type": str(labels.get(h["kind"], ""))}
                for h in hits
                if h["pk"] in live and access.may_open(live[h["pk"]])
            ], "engine"
        except EngineError as exc:
            logger.warning("autocomplete: engine failed, using the database: %s", exc)
            breaker.trip()
        except IndexBehind:
            pass
    return fallback.database_suggestions(request, prefix, access), "database"
