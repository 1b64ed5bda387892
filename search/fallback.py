"""Search on Wagtail's database backend: the path when no engine is configured (`make demo`)
or the engine is unreachable.

Simpler relevance than the engine, but the same page: facets with counts, highlighted
matched words, did-you-mean and sorting, all computed from at most `MAX_CANDIDATES` ranked
matches with a fixed number of queries, and only pages the user may open.
"""

from __future__ import annotations

import difflib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.db.models import CharField, DateTimeField, F, QuerySet, Value
from django.db.models.functions import Cast
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Page, PageViewRestriction

from access import policy

from .analysis import DUTCH_STOPWORDS, query_words
from .documents import registry
from .queries import (
    MATCH_ALL,
    MATCH_ANY,
    MATCH_MOST,
    MAX_PAGE,
    PER_PAGE,
    Access,
    SearchParams,
    facet_labels,
)
from .results import (
    Card,
    Pagination,
    SearchResults,
    Word,
    escape_with_marks,
    facet_views,
    fold,
    page_url,
    rough_stem,
    snippet_around,
)

MAX_CANDIDATES = 500
FEW_HITS = 3


@dataclass
class Candidate:
    pk: int
    path: str
    indexer_key: str
    facets: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    published: object = None
    event_start: object = None
    event_end: object = None
    themes: set[tuple[str, str]] = field(default_factory=set)


def _indexed_models():
    return [indexer.model for indexer in registry]


def _ranked(query: str) -> list[tuple[int, str, int]]:
    return _ranked_with_pass(query)[0]


def _ranked_with_pass(
    query: str, access: Access | None = None
) -> tuple[list[tuple[int, str, int]], str]:
    """(pk, path, content type) of live pages of indexed types matching the query, best first,
    from Wagtail's database search backend, and the pass that found them: all words first;
    then, from three words on, most words (`MATCH_MOST`, 75 % as on the engine: 2 of 3, 3 of
    4); then any word (`MATCH_ANY`); the page says which. With `access`, only pages this
    person may open count, in every pass. Only the words go to the backend: SQLite's FTS5
    reads `"`, `*`, `:`, `(` and AND/OR/NOT as syntax, and a stray one is an error."""
    words = " ".join(query_words(query))
    if not words:
        return [], MATCH_ALL
    base = Page.objects.live().type(*_indexed_models())

    def visible(rows: list[tuple[int, str, int]]) -> list[tuple[int, str, int]]:
        if access is None:
            return rows
        access.prepare(path for _pk, path, _ct in rows)
        return [row for row in rows if access.may_open(row[1])]

    strict = visible(
        [
            (p.pk, p.path, p.content_type_id)
            for p in base.search(words, operator="and")[:MAX_CANDIDATES]
        ]
    )
    units = list(dict.fromkeys(_search_words(query)))
    if strict or len(units) < 2:
        return strict, MATCH_ALL  # one word: "any" is "all"
    any_word = visible(
        [
            (p.pk, p.path, p.content_type_id)
            for p in base.search(words, operator="or")[:MAX_CANDIDATES]
        ]
    )
    if len(units) >= 3 and any_word:
        most = _most_words(base, units, any_word)
        if most:
            return most, MATCH_MOST
    return (any_word, MATCH_ANY) if any_word else ([], MATCH_ALL)


def _most_words(
    base, units: list[str], any_word: list[tuple[int, str, int]]
) -> list[tuple[int, str, int]]:
    """Of the pages that hold any word, those that hold at least 75 % of them (the engine's
    `minimum_should_match`, rounded down), more words first, then in the order of relevance.
    One query per word, within those pages only (a relaxed search of three or more words)."""
    required = max(1, len(units) * 3 // 4)
    ids = [pk for pk, _path, _ct in any_word]
    held: dict[int, int] = defaultdict(int)
    for unit in units:
        for page in base.filter(id__in=ids).search(unit, operator="and")[:MAX_CANDIDATES]:
            held[page.pk] += 1
    rank = {pk: n for n, pk in enumerate(ids)}
    found = [row for row in any_word if held[row[0]] >= required]
    return sorted(found, key=lambda row: (-held[row[0]], rank[row[0]]))


def _browse() -> list[tuple[int, str, int]]:
    """No words, only filters or a sort: the newest pages."""
    return list(
        Page.objects.live()
        .type(*_indexed_models())
        .order_by("-first_published_at", "-pk")
        .values_list("pk", "path", "content_type_id")[:MAX_CANDIDATES]
    )


def _search_words(query: str) -> list[str]:
    return [w for w in query_words(query) if w not in DUTCH_STOPWORDS]


FACET_COLUMNS = ("pk", "published", "kind", "start", "end", "param", "value", "label", "parent")
TAXONOMY_PARAMS = {"themes": "thema", "regions": "regio", "audiences": "doelgroep"}


def _facet_branches(indexer, ids: list[int]) -> list[QuerySet]:
    """The candidates of one type as uniform rows (`FACET_COLUMNS`): one row per page with its
    own fields (`param` empty), and one per taxonomy term it carries (`param` "thema", "regio"
    or "doelgroep"), so that rows add up per term instead of multiplying, and all types fit in
    one UNION query. NULLs are typed: PostgreSQL reads a bare NULL in the first branch of a
    UNION as text."""
    pages = indexer.model.objects.filter(pk__in=ids).order_by()
    text, time = Cast(Value(None), CharField()), Cast(Value(None), DateTimeField())
    is_event = indexer.key == "event"
    own = {
        "published": F("first_published_at"),
        "kind": F("article_type")
        if indexer.key == "article"
        else Value(indexer.kinds()[0][0], output_field=CharField()),
        "start": F("start") if is_event else time,
        "end": F("end") if is_event else time,
        "param": text,
        "value": text,
        "label": text,
        "parent": text,
    }
    branches = [own]
    for relation in indexer.taxonomies:
        branches.append(
            {
                "published": time,
                "kind": text,
                "start": time,
                "end": time,
                "param": Value(TAXONOMY_PARAMS[relation], output_field=CharField()),
                "value": F(f"{relation}__slug"),
                "label": F(f"{relation}__name"),
                "parent": F("themes__parent__slug") if relation == "themes" else text,
            }
        )
    return [
        pages.annotate(**{f"f_{name}": column for name, column in columns.items()}).values_list(
            "pk", *(f"f_{name}" for name in FACET_COLUMNS[1:])
        )
        for columns in branches
    ]


def _load_facets(candidates: dict[int, Candidate]) -> None:
    """Kind, taxonomy, year and dates of the candidates, in one query for all content types."""
    by_key: dict[str, list[int]] = defaultdict(list)
    for candidate in candidates.values():
        by_key[candidate.indexer_key].append(candidate.pk)
    branches = [
        branch for key, ids in by_key.items() for branch in _facet_branches(registry.get(key), ids)
    ]
    if not branches:
        return
    for row in branches[0].union(*branches[1:], all=True):
        values = dict(zip(FACET_COLUMNS, row, strict=True))
        candidate = candidates[values["pk"]]
        param, value = values["param"], values["value"]
        if param is None:  # the page's own row
            candidate.facets["soort"].add(values["kind"])
            candidate.published = values["published"]
            if values["start"]:
                candidate.event_start, candidate.event_end = values["start"], values["end"]
                year = timezone.localtime(values["start"]).year
            else:
                year = values["published"].year if values["published"] else None
            if year:
                candidate.facets["jaar"].add(str(year))
        elif value:  # a taxonomy term (a page without terms gives one row of NULLs)
            candidate.facets[param].add(value)
            if param == "thema":
                candidate.themes.add((value, values["label"]))
                if values["parent"]:
                    candidate.facets["thema"].add(values["parent"])


def _matches(candidate: Candidate, filters: dict[str, list[str]], skip: str | None = None) -> bool:
    return all(
        candidate.facets.get(param, set()) & set(values)
        for param, values in filters.items()
        if param != skip and values
    )


def database_search(request: HttpRequest, params: SearchParams, access: Access) -> SearchResults:
    results = SearchResults(params=params, backend="database")
    ranked, match = (
        _ranked_with_pass(params.query, access) if params.query else (_browse(), MATCH_ALL)
    )
    by_type = registry.content_types()
    access.prepare(path for _pk, path, _ct in ranked)
    candidates = {
        pk: Candidate(pk=pk, path=path, indexer_key=by_type[ct].key)
        for pk, path, ct in ranked
        if ct in by_type and access.may_open(path)
    }
    _load_facets(candidates)
    now = timezone.now()
    ordered = [candidates[pk] for pk, _path, _ct in ranked if pk in candidates]
    if params.sort == "eerstvolgende":
        ordered = sorted(
            (c for c in ordered if c.event_end and c.event_end >= now),
            key=lambda c: c.event_start,
        )
    elif params.sort == "nieuwste" or not params.query:
        ordered.sort(key=lambda c: (c.published is not None, c.published or 0), reverse=True)

    counts: dict[str, dict[str, int]] = {}
    for param in ("soort", "thema", "regio", "doelgroep", "jaar"):
        facet_counts: dict[str, int] = defaultdict(int)
        for candidate in ordered:
            if _matches(candidate, params.filters, skip=param):
                for value in candidate.facets.get(param, ()):
                    facet_counts[value] += 1
        counts[param] = dict(facet_counts)
    results.facets = facet_views(params, counts, facet_labels())

    matching = [c for c in ordered if _matches(c, params.filters)]
    results.total = len(matching)
    last_page = max(1, min(MAX_PAGE, -(-results.total // PER_PAGE)))
    params.page = min(params.page, last_page)
    results.pagination = Pagination(params.page, results.total)
    shown = matching[(params.page - 1) * PER_PAGE : params.page * PER_PAGE]
    words = _search_words(params.query)
    results.cards = _cards(request, shown, words, relaxed=match != MATCH_ALL)
    if match != MATCH_ALL and results.total:
        # Which words the shown results lack: read from their text (the database backend
        # tells no more than "matched").
        results.relaxed = match
        results.words = [
            Word(word, found=any(word not in card.missing for card in results.cards))
            for word in dict.fromkeys(words)
        ]
    if params.query and results.total < FEW_HITS:
        results.did_you_mean = did_you_mean(params.query, access, results.total)
    return results


def _contains(text: str, word: str) -> bool:
    """Whether the text holds the word or a form of it (a rough stem, as the highlighting),
    accents folded."""
    return fold(rough_stem(word)) in fold(text)


def _missing(words: list[str], *texts: str) -> list[str]:
    full = " ".join(texts).lower()
    return [w for w in dict.fromkeys(words) if not _contains(full, w)]


def _cards(
    request: HttpRequest, shown: list[Candidate], words: list[str], *, relaxed: bool = False
) -> list[Card]:
    by_key: dict[str, list[int]] = defaultdict(list)
    for candidate in shown:
        by_key[candidate.indexer_key].append(candidate.pk)
    pages = {}
    for key, ids in by_key.items():
        indexer = registry.get(key)
        # "Behind a restriction" (the members-only badge), for the few shown pages only.
        restricted = policy.under(PageViewRestriction.objects.all())
        for page in indexer.card_queryset().filter(pk__in=ids).annotate(restricted=restricted):
            pages[page.pk] = (indexer, page)
    labels = dict(registry.kinds())
    cards = []
    for candidate in shown:
        if candidate.pk not in pages:
            continue
        indexer, page = pages[candidate.pk]
        text = indexer.text(page)
        summary = text.get("summary", "")
        lowered = summary.lower()
        source = summary
        if words and not any(w[:4] in lowered for w in words):
            body = text.get("body", "")
            if any(w[:4] in body.lower() for w in words):
                source = snippet_around(body, words)
        cards.append(
            Card(
                page=page,
                url=page_url(page, request),
                label=str(labels.get(indexer.kind(page), indexer.label)),
                title_html=escape_with_marks(page.title, words),
                snippet_html=escape_with_marks(source[:400], words) if source else escape(""),
                summary=summary,
                themes=sorted(candidate.themes, key=lambda item: item[1]),
                published=page.first_published_at,
                event_start=candidate.event_start,
                event_end=candidate.event_end,
                members_only=page.restricted or bool(getattr(page, "members_only", False)),
                missing=_missing(words, page.title, summary, text.get("body", ""))
                if relaxed
                else [],
            )
        )
    return cards


def did_you_mean(query: str, access: Access, total: int) -> str:
    """Replace unknown words by close words from titles and themes the user may see, and offer
    the result only when it finds more."""
    labels = facet_labels()
    recent = list(
        Page.objects.live()
        .type(*_indexed_models())
        .order_by("-first_published_at")
        .values_list("title", "path")[:3000]
    )
    access.prepare(path for _title, path in recent)
    visible_titles = [title for title, path in recent if access.may_open(path)]
    vocabulary = {
        w
        for text in [*visible_titles, *labels["thema"].values(), *labels["doelgroep"].values()]
        for w in query_words(text)
        if len(w) >= 4
    }
    words = query_words(query)
    corrected = []
    for word in words:
        if len(word) < 4 or word in vocabulary or word in DUTCH_STOPWORDS:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.75)
        corrected.append(close[0] if close else word)
    candidate = " ".join(corrected)
    if candidate == " ".join(words):
        return ""
    ranked = _ranked(candidate)
    access.prepare(path for _pk, path, _ct in ranked)
    found = [pk for pk, path, _ct in ranked if access.may_open(path)]
    return candidate if len(found) > total else ""


def database_suggestions(request: HttpRequest, prefix: str, access: Access) -> list[dict]:
    words = [w for w in re.split(r"\s+", prefix.strip()) if w]
    if not words:
        return []
    qs = Page.objects.live().type(*_indexed_models())
    for word in words[:5]:
        qs = qs.filter(title__icontains=word)
    by_type = registry.content_types()
    labels = dict(registry.kinds())
    pages = list(
        qs.order_by("-first_published_at").only("title", "path", "url_path", "content_type")[:30]
    )
    access.prepare(page.path for page in pages)
    suggestions = []
    for page in pages:
        if not access.may_open(page.path):
            continue
        indexer = by_type.get(page.content_type_id)
        suggestions.append(
            {
                "title": page.title,
                "url": page_url(page, request),
                "type": str(labels.get(indexer.key, indexer.label)) if indexer else "",
            }
        )
        if len(suggestions) == 8:
            break
    return suggestions
