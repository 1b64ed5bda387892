""" "Vergelijkbare kennis" on article and toolkit pages: the engine's more_like_this over the
page's own index document. It is a door like the theme-related items it replaces, so it
follows their teaser rule (docs/access.md: `knowable`): titles of pages this person may open
or see a teaser of, nothing of pages that hide entirely (a group's, a password's). A visitor's
query asks the engine for `visibility` public or members; for a signed-in person every
candidate is dropped that sits under a restriction hiding it from them
(access.policy.untold_restrictions); for everyone, pages whose visibility is in flux
(queries.pages_in_flux) are dropped, as every search drops them.

Knowledge pages do not import search; their templates load the `similar_items` tag
(search/templatetags/search_similar.py). Without an engine, or when it fails, the block shows
the page's theme-related articles (`related` in the page context, knowledge.selectors), which
the page computes lazily, so either way the block costs the page at most one SQL query: on
the engine path one (failed restrictions and pages in flux together) instead of the
related-articles query.

The engine's answer for a page is kept in the "pages" cache for SEARCH_SIMILAR_CACHE_SECONDS,
one for visitors and one for signed-in people, stamped with the index generation it came from
(search/generation.py): once the index changes, it is asked again. Only the engine's candidates
are kept; who may see which of them (failed restrictions, pages in flux) is decided on every
view, so a kept answer never shows a title the index has meanwhile hidden. An article view
then waits for no engine round trip (25-30 ms of more_like_this on the 20k corpus).

Rendered for visitors into the anonymous page cache (config/page_cache.py): the engine filter
for a visitor is `visibility: public`, so a cached page holds only items every visitor may
open, and pages whose privacy just changed are left out until the index has them; a
publish, unpublish or privacy change empties the page cache anyway.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.conf import settings
from django.db.models import CharField, Value

from elasticsearch_dsl import Q, Search

from access.labels import CARD_TEXT, Label
from access.policy import untold_restrictions

from . import generation
from .documents import registry
from .engines import EngineError, breaker, get_engine, index_alias, is_configured
from .models import VISIBILITY_REASONS, OutboxEntry

logger = logging.getLogger("kennisplatform.search")

LIMIT = 4
CANDIDATES = 12  # asked from the engine; those this person may not open are dropped
TYPES = ("article", "toolkit")
MAX_IN_FLUX = 10_000  # as queries.MAX_IN_FLUX: more means the index is far behind


@dataclass(frozen=True)
class SimilarItem:
    title: str
    url: str
    label: str
    sharing: dict[str, str] | None = None  # the badge of a label that is not TLP:CLEAR


def _sharing(source: dict) -> dict[str, str] | None:
    """The badge of the item's sharing label, from its document (`card.label`, written at
    indexing with the restrictions); a document indexed before that says at least GREEN."""
    value = (source.get("card") or {}).get("label")
    if value is None and source.get("visibility") != "public":
        value = Label.GREEN
    if value is None or value == Label.CLEAR:
        return None
    label = Label(value)
    return {"value": label.value, "name": label.label, "text": str(CARD_TEXT.get(label, ""))}


def _hidden(user) -> tuple[set[str], set[int]]:
    """The restrictions that hide pages from this person entirely and the pages in flux
    (queries.pages_in_flux), in one query. For a visitor the engine's `visibility` filter
    already says which restrictions hide."""
    flux = (
        OutboxEntry.objects.filter(processed_at__isnull=True, reason__in=VISIBILITY_REASONS)
        .order_by()
        .values_list(Value("page", output_field=CharField()), "page_id")
    )
    rows = flux
    if user.is_authenticated:
        failed = (
            untold_restrictions(user)
            .order_by()
            .values_list(Value("restriction", output_field=CharField()), "pk")
        )
        rows = failed.union(flux, all=True)
    restrictions: set[str] = set()
    pages: set[int] = set()
    for kind, pk in rows:
        if kind == "page":
            pages.add(int(pk))
        else:
            restrictions.add(str(pk))
    return restrictions, pages


def similar_request(page_id: int, *, authenticated: bool) -> dict:
    """more_like_this on the text fields of the page's own document, for articles and toolkits
    (for a visitor those public or for members, as their teaser rule says; never a password's).
    The page itself comes first (boosted by ID), so the answer shows whether the engine knows
    it as it is. Only what the card shows and the visibility fields come back (`_source`): no
    database rows."""
    liked = {"_index": index_alias(), "_id": str(page_id)}
    clauses = [Q("terms", type=list(TYPES))]
    if authenticated:
        clauses.append(~Q("term", visibility="password"))
    else:
        clauses.append(Q("terms", visibility=["public", "members"]))
    query = Q(
        "bool",
        should=[
            Q(
                "more_like_this",
                fields=["title", "summary", "body", "attachments", "theme_names"],
                like=[liked],
                min_term_freq=1,
                min_doc_freq=1,
                max_query_terms=25,
                minimum_should_match="20%",
            ),
            Q("ids", values=[str(page_id)], boost=1000),
        ],
        minimum_should_match=1,
        filter=clauses,
    )
    fields = ["title", "url", "kind", "restrictions", "visibility", "card.label"]
    return Search().query(query).source(fields).extra(size=CANDIDATES + 1).to_dict()


def engine_similar(page, user) -> list[SimilarItem] | None:
    """Similar items from the engine that this person may open, or None when the engine has
    no answer: it is not configured or fails, it does not hold the page as it is now (not yet
    indexed, renamed a moment ago), or it finds nothing like it. The caller then shows the
    database's related items.

    The engine is asked first and the database only when it answered: the restrictions that
    hide pages from a signed-in person are checked on the candidates (their `restrictions`,
    the IDs the engine filter of a search reads), together with the pages in flux, in one
    query. A page view without an engine answer spends no query on this."""
    if page.pk is None or not is_configured():
        return None  # a new page's preview has no document to be like
    hits = _candidates(page.pk, authenticated=user.is_authenticated)
    if not hits or hits[0][0] != page.pk or hits[0][1].get("title") != page.title:
        return None
    hits = hits[1:]
    if not hits:
        return None
    failed, in_flux = _hidden(user)
    if len(in_flux) > MAX_IN_FLUX:
        return []
    labels = {key: str(label) for key, label in registry.kinds()}
    items = []
    for pk, source in hits:
        if pk in in_flux or set(map(str, source.get("restrictions") or ())) & failed:
            continue
        if source.get("url") and source.get("title"):
            kind = source.get("kind", "")
            items.append(
                SimilarItem(
                    source["title"],
                    source["url"],
                    labels.get(kind, kind),
                    sharing=_sharing(source),
                )
            )
        if len(items) == LIMIT:
            break
    return items


def _candidates(page_id: int, *, authenticated: bool) -> list[tuple[int, dict]] | None:
    """The engine's hits for `similar_request` (the page itself first), from the cache while
    the index generation they were made in is current; None when the engine fails."""
    seconds = settings.SEARCH_SIMILAR_CACHE_SECONDS
    cache = generation.answer_cache()
    key = f"search:similar:{page_id}:{int(authenticated)}"
    current = None
    if seconds:
        found = cache.get_many([generation.KEY, key])
        current = generation.current(found)
        kept = found.get(key)
        if kept is not None and kept[0] == current:
            return kept[1]
    if not breaker.allow():
        return None
    body = similar_request(page_id, authenticated=authenticated)
    try:
        raw = get_engine().search(index_alias(), body)
    except EngineError as exc:
        logger.warning("similar items: search engine failed: %s", exc)
        breaker.trip()
        return None
    hits = [(int(h["_id"]), h.get("_source") or {}) for h in raw.get("hits", {}).get("hits", [])]
    if seconds:
        cache.set(key, (current, hits), seconds)
    return hits
