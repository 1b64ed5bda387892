"""What a search asks: parameters from the URL, who is asking, and the engine request bodies.

Bodies are built with elasticsearch-dsl and sent as dicts (`Search.to_dict()`), so they work
unchanged on Elasticsearch and OpenSearch. Permissions are part of every body, as a filter
inside the `query` (not the `post_filter`), so hits, counts, facets, highlights and suggestions
all only ever see documents the user may open.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from elasticsearch_dsl import A, Q, Search

from access.policy import engine_filter, failed_restrictions
from knowledge.taxonomy import taxonomy_options

from .analysis import DUTCH_STOPWORDS, only_stopwords
from .documents import registry
from .models import VISIBILITY_REASONS, OutboxEntry

MAX_QUERY_LENGTH = 200
MAX_WORDS = 24  # more words add noise, and each one multiplies the work for fuzzy matching
MAX_FUZZY_WORDS = 6
PER_PAGE = 10
MAX_PAGE = 100  # 1,000 results is more than anyone pages through; keeps from+size small

SORTS = {
    "relevantie": _("Relevantie"),
    "nieuwste": _("Nieuwste"),
    "eerstvolgende": _("Eerstvolgende evenementen"),
}

# Fields a query reads, with weights: title > summary > body > attachments (§7).
TEXT_FIELDS = ["title^5", "theme_names^2", "summary^3", "body", "attachments^0.5"]
# Attachments too: a quoted phrase that occurs only in a download ("lege schuur" in a folder)
# must still find the page.
PHRASE_FIELDS = ["title^6", "summary^3", "body^1.5", "attachments^0.5"]
FUZZY_FIELDS = ["title.exact^5", "spell"]


@dataclass(frozen=True)
class FacetSpec:
    param: str  # in the URL (Dutch)
    label: Any
    field: str  # in the index


FACETS = [
    FacetSpec("soort", _("Soort"), "kind"),
    FacetSpec("thema", _("Thema"), "themes"),
    FacetSpec("regio", _("Regio"), "regions"),
    FacetSpec("doelgroep", _("Doelgroep"), "audiences"),
    FacetSpec("jaar", _("Jaar"), "year"),
]


def facet_labels() -> dict[str, dict[str, str]]:
    """Value -> label per facet. Taxonomy labels come from knowledge's cached options."""
    options = taxonomy_options()
    return {
        "soort": {value: str(label) for value, label in registry.kinds()},
        "thema": dict(options["thema"]),
        "regio": dict(options["regio"]),
        "doelgroep": dict(options["doelgroep"]),
    }


def _valid_year(value: str) -> bool:
    # isascii: str.isdigit() also accepts superscripts such as '²', which int() refuses.
    return value.isascii() and value.isdigit() and len(value) == 4 and 1900 <= int(value) <= 2100


def clean_query(raw: str) -> tuple[str, bool]:
    """Collapse whitespace and cap the length. Returns (query, was_truncated)."""
    text = re.sub(r"\s+", " ", (raw or "").replace("\x00", " ")).strip()
    if len(text) > MAX_QUERY_LENGTH:
        cut = text[:MAX_QUERY_LENGTH]
        return (cut.rsplit(" ", 1)[0] if " " in cut else cut), True
    return text, False


@dataclass
class SearchParams:
    query: str = ""
    truncated: bool = False
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevantie"
    page: int = 1
    ignored_filters: bool = False
    requested_page: int = 1  # before clamping to the last page; only page 1 is logged

    @classmethod
    def from_request(cls, request: HttpRequest) -> SearchParams:
        get = request.GET
        query, truncated = clean_query(get.get("q", ""))
        labels = facet_labels()
        filters: dict[str, list[str]] = {}
        ignored = False
        for spec in FACETS:
            values = []
            for value in get.getlist(spec.param)[:50]:
                known = _valid_year(value) if spec.param == "jaar" else value in labels[spec.param]
                if known and value not in values:
                    values.append(value)
                else:
                    ignored = True
            if values:
                filters[spec.param] = values
        sort = get.get("sorteer", "relevantie")
        try:
            page = int(get.get("pagina", "1"))
        except ValueError:
            page = 1
        return cls(
            query=query,
            truncated=truncated,
            filters=filters,
            sort=sort if sort in SORTS else "relevantie",
            page=min(max(page, 1), MAX_PAGE),
            ignored_filters=ignored,
            requested_page=page,
        )

    @property
    def has_filters(self) -> bool:
        return any(self.filters.values())

    @property
    def only_stopwords(self) -> bool:
        return only_stopwords(self.query)

    @property
    def is_search(self) -> bool:
        """Something to look for: words, filters, or a sort that lists (upcoming events)."""
        return bool(self.query or self.has_filters or self.sort == "eerstvolgende")

    def querydict(self, **changes: Any) -> QueryDict:
        """These parameters as a query string, with changes (e.g. `pagina=2`, a filter
        toggled). Empty values are left out so URLs stay short."""
        data = {
            "q": self.query,
            **{k: list(v) for k, v in self.filters.items()},
            "sorteer": self.sort,
            "pagina": self.page,
        }
        data.update(changes)
        result = QueryDict(mutable=True)
        for key, value in data.items():
            if key == "sorteer" and value == "relevantie":
                continue
            if key == "pagina" and value in (1, None):
                continue
            if isinstance(value, list):
                result.setlist(key, value)
            elif value not in ("", None):
                result[key] = str(value)
        return result


class Access:
    """Who is searching, as the engine needs it: the view restrictions they do not pass.

    Documents carry the IDs of the restrictions on their page and its ancestors, so excluding
    the failed ones is exact for any mix of login, group and password restrictions. For a
    signed-in user those are loaded in one query (usually few: a member passes the
    members-only restrictions). A visitor passes none, so the engine filter is simply
    `visibility: public`, and restrictions are only looked up for the pages about to be shown
    (`prepare`), to double-check results against the database (`may_open`)."""

    def __init__(self, user):
        self.user = user
        self.authenticated = bool(user.is_authenticated)
        self._hidden: dict[str, set[int]] = {}
        self._checked: set[str] | None = None  # prefixes looked up so far (visitors only)
        self._in_flux: list[int] | None = None
        if self.authenticated:
            self._add(failed_restrictions(user).values_list("pk", "page__path"))
        else:
            self._checked = set()

    @classmethod
    def for_user(cls, user) -> Access:
        return cls(user)

    def _add(self, rows) -> None:
        for pk, path in rows:
            self._hidden.setdefault(path, set()).add(pk)

    @staticmethod
    def _prefixes(path: str) -> list[str]:
        step = Page.steplen
        return [path[:end] for end in range(step, len(path) + 1, step)]

    def prepare(self, paths) -> None:
        """Look up, in one query, the restrictions a visitor fails on these pages and their
        ancestors (signed-in users have them all already)."""
        if self._checked is None:
            return
        wanted = {p for path in paths for p in self._prefixes(path)} - self._checked
        if wanted:
            self._add(
                failed_restrictions(self.user)
                .filter(page__path__in=sorted(wanted))
                .values_list("pk", "page__path")
            )
            self._checked |= wanted

    def may_open(self, path: str) -> bool:
        """False when the page or one of its ancestors carries a restriction this user does
        not pass."""
        if self._checked is not None:
            self.prepare([path])  # a no-op when prepared in bulk beforehand
        return not any(prefix in self._hidden for prefix in self._prefixes(path))

    @property
    def hidden_ids(self) -> list[str]:
        return sorted(str(pk) for ids in self._hidden.values() for pk in ids)

    @property
    def in_flux(self) -> list[int]:
        """Pages whose visibility changed and whose index document is not updated yet (see
        `pages_in_flux`); loaded once per request, on the first engine query."""
        if self._in_flux is None:
            self._in_flux = pages_in_flux()
        return self._in_flux

    def filters(self) -> list[Q]:
        """The permission filter, to go inside every query's bool filter."""
        clauses = [
            Q(clause)
            for clause in engine_filter(authenticated=self.authenticated, failed=self.hidden_ids)
        ]
        if self.in_flux:
            clauses.append(~Q("ids", values=[str(pk) for pk in self.in_flux]))
        return clauses


class IndexBehind(Exception):
    """Too many visibility changes wait for the index to exclude them in a query: search the
    database instead until the worker has caught up."""


MAX_IN_FLUX = 10_000


def pages_in_flux() -> list[int]:
    """Pages that may have become private, moved or gone since the index last saw them: their
    outbox rows wait for the worker (seconds, or longer while the engine is unreachable).
    Until those rows are applied the index still holds the old visibility, so these pages are
    left out of every engine query — hits, counts, facets, highlights and suggestions — for
    everyone; they come back as soon as the worker has re-indexed them."""
    ids = list(
        OutboxEntry.objects.filter(processed_at__isnull=True, reason__in=VISIBILITY_REASONS)
        .values_list("page_id", flat=True)
        .distinct()[: MAX_IN_FLUX + 1]
    )
    if len(ids) > MAX_IN_FLUX:
        raise IndexBehind(f"{len(ids)}+ visibility changes are waiting for the index")
    return ids


def _split_query(query: str) -> tuple[list[str], str]:
    """Quoted parts are phrases; everything else is words. Stray quotes are dropped."""
    phrases = [p.strip() for p in re.findall(r'"([^"]+)"', query) if p.strip()]
    rest = re.sub(r'"[^"]*"', " ", query).replace('"', " ")
    words = rest.split()[:MAX_WORDS]
    return phrases, " ".join(words)


# How many of the query's words a pass requires. The strict pass comes first; the relaxed ones
# run only when it finds nothing at all (service.engine_search), and the page says so.
MATCH_ALL = "all"
MATCH_MOST = "most"  # 75 %: 2 of 3, 3 of 4, 3 of 5, 6 of 8
MATCH_ANY = "any"
MOST_WORDS = "75%"


def query_units(query: str) -> list[str]:
    """What a relaxed pass counts: each quoted phrase and each word that is not a stop word
    (stop words are removed by the analyzer, so they could never count as found)."""
    phrases, words = _split_query(query)
    units = [f'"{p}"' for p in phrases]
    for word in words.split():
        if word.lower() not in DUTCH_STOPWORDS and word.lower() not in (u.lower() for u in units):
            units.append(word)
    return units


def relaxations(query: str) -> list[str]:
    """The passes worth trying, strict first: with one word (or phrase) there is nothing to
    leave out; "most words" only differs from "any word" from three words on."""
    count = len(query_units(query))
    if count < 2:
        return [MATCH_ALL]
    return [MATCH_ALL, MATCH_MOST, MATCH_ANY] if count >= 3 else [MATCH_ALL, MATCH_ANY]


def _word_matchers(words: str, *, operator: str, fuzzy: bool) -> list[Q]:
    matchers = [
        Q(
            "multi_match",
            query=words,
            type="cross_fields",
            fields=TEXT_FIELDS,
            operator=operator,
            tie_breaker=0.3,
        )
    ]
    if fuzzy:
        # Typos: fuzziness "AUTO:5,9" (no edits up to 4 letters, one up to 8, two beyond)
        # on the words as written. Fuzzy matching on the stemmed, decompounded fields does
        # not work (a query word that splits into parts becomes a synonym group, which the
        # engine does not make fuzzy), so it runs on `title.exact` and `spell` (all text,
        # unstemmed), analysed without shingles.
        matchers.append(
            Q(
                "multi_match",
                query=words,
                type="best_fields",
                fields=FUZZY_FIELDS,
                analyzer="nl_exact",
                operator=operator,
                fuzziness="AUTO:5,9",
                prefix_length=1,
                max_expansions=20,
                boost=0.4,
            )
        )
    return matchers


def unit_query(unit: str, *, fuzzy: bool = True) -> Q:
    """One word (across fields, stemmed, with the thesaurus, typo-tolerant) or one quoted
    phrase: what a relaxed pass counts, and what tells which words a hit contains."""
    if unit.startswith('"') and unit.endswith('"') and len(unit) > 2:
        return Q("multi_match", query=unit[1:-1], type="phrase", fields=PHRASE_FIELDS, slop=1)
    return Q("bool", should=_word_matchers(unit, operator="and", fuzzy=fuzzy))


def unit_name(n: int) -> str:
    """The `_name` of unit n in a relaxed query; hits list the names they matched."""
    return f"unit{n}"


def _rank_boosts(words: str) -> list[Q]:
    """Phrases and exact title words rank higher, whatever the pass."""
    return [
        Q("multi_match", query=words, type="phrase", fields=PHRASE_FIELDS, slop=2, boost=2),
        Q("match", **{"title.exact": {"query": words, "operator": "and", "boost": 3}}),
    ]


def text_query(query: str, match: str = MATCH_ALL) -> Q:
    """Relevance: all words must match (across fields, with Dutch stemming, compounds and the
    thesaurus); typos are forgiven on longer words; exact title words and phrases rank higher.

    `match` relaxes the rule for the passes after a strict one that found nothing: most words
    (`MOST_WORDS` of them), or any word. Each word or quoted phrase is then a named clause, so
    a hit tells which of them it contains (`matched_queries`) and the page can mark the rest."""
    phrases, words = _split_query(query)
    if match != MATCH_ALL:
        units = query_units(query)
        fuzzy = len(units) <= MAX_FUZZY_WORDS
        clauses = [unit_query(unit, fuzzy=fuzzy).to_dict() for unit in units]
        named = []
        for n, clause in enumerate(clauses):
            kind = next(iter(clause))
            clause[kind]["_name"] = unit_name(n)
            named.append(Q(clause))
        required = 1 if match == MATCH_ANY else MOST_WORDS
        return Q(
            "bool",
            must=[Q("bool", should=named, minimum_should_match=required)],
            should=_rank_boosts(words) if words else [],
        )
    must: list[Q] = [
        Q("multi_match", query=phrase, type="phrase", fields=PHRASE_FIELDS, slop=1)
        for phrase in phrases
    ]
    should: list[Q] = []
    if words:
        word_count = len(words.split())
        matchers = _word_matchers(words, operator="and", fuzzy=word_count <= MAX_FUZZY_WORDS)
        must.append(Q("bool", should=matchers, minimum_should_match=1))
        should += _rank_boosts(words)
    return Q("bool", must=must, should=should)


def highlight_query(query: str) -> Q:
    """What to mark in snippets: the query words (stemmed, decompounded) and the thesaurus
    terms, each multi-word term only as a whole phrase. The relevance query cannot be used for
    this: its cross-field matching splits "Wet Bibob" (a synonym of "Bibob") into loose words,
    which would mark every "wet" and "weten" in the text."""
    phrases, words = _split_query(query)
    fields = ["title", "summary", "body", "attachments"]
    clauses = [Q("multi_match", query=p, type="phrase", fields=fields, slop=1) for p in phrases]
    if words:
        clauses.append(Q("multi_match", query=words, type="best_fields", fields=fields))
    if words and len(words.split()) <= MAX_FUZZY_WORDS:  # the typo-tolerant words too
        clauses.append(
            Q(
                "multi_match",
                query=words,
                fields=fields,
                analyzer="nl_exact",
                fuzziness="AUTO:5,9",
                prefix_length=1,
                max_expansions=20,
            )
        )
    return Q("bool", should=clauses)


def _facet_filter(spec: FacetSpec, values: list[str]) -> Q:
    if spec.param == "jaar":
        return Q("terms", year=[int(v) for v in values])
    return Q("terms", **{spec.field: values})


def _upcoming_events(now: dt.datetime) -> Q:
    return Q("term", type="event") & Q("range", event_end={"gte": now.isoformat()})


def _ranking(query: Q, now: dt.datetime) -> Q:
    """Mild recency as a tie-breaker, and upcoming events above past ones."""
    return Q(
        "function_score",
        query=query,
        functions=[
            # exp decay: 0.9 after 2 years, 0.81 after 4; never more than a nudge.
            {
                "exp": {
                    "date": {
                        "origin": now.isoformat(),
                        "scale": "730d",
                        "offset": "30d",
                        "decay": 0.9,
                    }
                }
            },
            {"filter": _upcoming_events(now).to_dict(), "weight": 1.3},
            {
                "filter": (
                    Q("term", type="event") & Q("range", event_end={"lt": now.isoformat()})
                ).to_dict(),
                "weight": 0.6,
            },
        ],
        score_mode="multiply",
        boost_mode="multiply",
    )


MATCHES_AGG = "_matches"  # hits before the facet selection (post_filter) narrows them
UNIT_AGG = "_unit"  # per word or phrase of a relaxed pass: how many hits contain it


def build_search(
    params: SearchParams,
    access: Access,
    *,
    now: dt.datetime | None = None,
    page: int | None = None,
    match: str = MATCH_ALL,
) -> Search:
    """The request for a results page: hits, facet counts, highlights and a spelling
    suggestion, in one round trip. `match` is the pass (`text_query`); the permission filter is
    the same in every pass, and counts, facets and highlights follow the pass."""
    now = now or timezone.now()
    page = page or params.page
    filters = access.filters()
    if params.sort == "eerstvolgende":
        filters.append(_upcoming_events(now))
    base = text_query(params.query, match) if params.query else Q("match_all")
    query = Q("bool", must=[base], filter=filters)
    if params.query and params.sort == "relevantie":
        query = _ranking(query, now)
    search = Search().query(query).extra(track_total_hits=True)
    # Aggregations ignore the post_filter: whether the words match anything at all, whatever
    # facets are selected (a strict pass that matches outside the selection is not relaxed).
    search.aggs.bucket(MATCHES_AGG, "filter", filter=Q("match_all"))
    if params.query and match != MATCH_ALL:
        fuzzy = len(query_units(params.query)) <= MAX_FUZZY_WORDS
        for n, unit in enumerate(query_units(params.query)):
            search.aggs.bucket(f"{UNIT_AGG}{n}", "filter", filter=unit_query(unit, fuzzy=fuzzy))

    # Facets: each facet counts with every other facet's selection applied, and the
    # selections themselves go into post_filter, so choosing "Toolkit" keeps the counts of the
    # other kinds visible (multi-select within a facet).
    selected = {
        spec.param: _facet_filter(spec, params.filters[spec.param])
        for spec in FACETS
        if params.filters.get(spec.param)
    }
    for spec in FACETS:
        others = [f for param, f in selected.items() if param != spec.param]
        terms = A(
            "terms",
            field=spec.field,
            size=100,
            **({"order": {"_key": "desc"}} if spec.param == "jaar" else {}),
        )
        search.aggs.bucket(spec.param, "filter", filter=Q("bool", filter=others)).bucket(
            "values", terms
        )
    if selected:
        search = search.post_filter(Q("bool", filter=list(selected.values())))

    if params.sort == "nieuwste":
        search = search.sort({"published": {"order": "desc", "missing": "_last"}}, "-pk")
    elif params.sort == "eerstvolgende":
        search = search.sort({"event_start": {"order": "asc"}}, "pk")
    elif not params.query:
        search = search.sort({"date": {"order": "desc", "missing": "_last"}}, "-pk")

    if params.query:
        search = (
            search.highlight_options(
                pre_tags=["<mark>"],
                post_tags=["</mark>"],
                encoder="html",  # the source is HTML-escaped around our <mark> tags
                require_field_match=False,
                highlight_query=highlight_query(params.query).to_dict(),
            )
            .highlight("title", number_of_fragments=0)
            .highlight("summary", number_of_fragments=0)
            .highlight("body", fragment_size=180, number_of_fragments=2)
            .highlight("attachments", fragment_size=180, number_of_fragments=1)
        )
        _phrases, words = _split_query(params.query)
        if words and len(words.split()) <= MAX_FUZZY_WORDS:
            search = search.suggest(
                "spelling",
                words,
                phrase={
                    "field": "spell",
                    "size": 3,
                    "gram_size": 3,
                    "max_errors": 2,
                    "confidence": 1.0,
                    "direct_generator": [
                        {"field": "spell", "suggest_mode": "always", "min_word_length": 4}
                    ],
                },
            )
    search = search.source(
        [
            "members_only_registration",
            "pk",
            "type",
            "kind",
            "title",
            "summary",
            "url",
            "visibility",
            "date",
            "published",
            "event_start",
            "event_end",
            "card",
        ]
    )
    start = (page - 1) * PER_PAGE
    return search[start : start + PER_PAGE]


def build_suggestion_check(candidates: list[str], original: str, access: Access) -> Search:
    """Counts, per spelling candidate, the documents this user may open that match it and
    contain each corrected word as written (`c0`, `c1`, …), and per original word that a
    candidate replaces, the documents that contain it as written (`o:<word>`).

    A candidate is offered only when it finds something and the words it replaces are unknown
    to what the user may open (so a correctly spelled rare word is left alone). The suggester
    itself reads the whole index; this check is what keeps a word that occurs only in documents
    the user may not open from ever being suggested."""
    original_words = set(original.lower().split())
    search = Search().query(Q("bool", filter=access.filters())).extra(size=0)
    replaced: set[str] = set()
    for n, candidate in enumerate(candidates):
        candidate_words = candidate.lower().split()
        changed = [w for w in candidate_words if w not in original_words]
        replaced |= original_words - set(candidate_words)
        clauses = [text_query(candidate)] + [Q("match", spell=w) for w in changed]
        search.aggs.bucket(f"c{n}", "filter", filter=Q("bool", must=clauses))
    for word in sorted(replaced):
        search.aggs.bucket(f"o:{word}", "filter", filter=Q("match", spell=word))
    return search


def build_autocomplete(prefix: str, access: Access, *, size: int = 8) -> Search:
    """Titles as you type (search_as_you_type subfields), only from documents the user may
    open."""
    query = Q(
        "multi_match",
        query=prefix,
        type="bool_prefix",
        fields=["autocomplete", "autocomplete._2gram", "autocomplete._3gram"],
    )
    ranked = _ranking(Q("bool", must=[query], filter=access.filters()), timezone.now())
    return Search().query(ranked).source(["pk", "title", "url", "kind", "type"])[:size]
