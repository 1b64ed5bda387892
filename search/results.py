"""What a results page shows, the same for the engine and the database fallback."""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import Page, Site

from .analysis import DUTCH_STOPWORDS, query_words
from .documents import registry
from .queries import FACETS, PER_PAGE, SORTS, Access, SearchParams


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetView:
    param: str
    label: Any
    options: list[FacetOption]

    @property
    def selected(self) -> list[FacetOption]:
        return [o for o in self.options if o.selected]


@dataclass
class Card:
    page: Page  # the page table's columns (CARD_FIELDS), not the specific page
    url: str
    label: str
    title_html: SafeString
    snippet_html: SafeString
    summary: str  # from the index, as the page's summary was when it was indexed
    themes: list[tuple[str, str]]
    published: dt.datetime | None = None
    event_start: dt.datetime | None = None
    event_end: dt.datetime | None = None
    members_only: bool = False
    attachment_hit: bool = False
    # Words and phrases of the query this hit does not contain (relaxed passes only).
    missing: list[str] = field(default_factory=list)

    @property
    def is_event(self) -> bool:
        return self.event_start is not None

    @property
    def is_past(self) -> bool:
        return bool(self.event_end and self.event_end < timezone.now())


@dataclass
class Promotion:
    title: str
    url: str
    description: str


class Pagination:
    """The bits of Django's paginator page that templates/components/pagination.html uses."""

    def __init__(self, number: int, total: int, per_page: int = PER_PAGE):
        self.number = number
        self.count = total
        self.num_pages = max(1, -(-total // per_page))
        self.page_range = range(1, self.num_pages + 1)

    @property
    def paginator(self) -> Pagination:
        return self

    @property
    def start_index(self) -> int:
        return (self.number - 1) * PER_PAGE + 1

    def has_previous(self) -> bool:
        return self.number > 1

    def has_next(self) -> bool:
        return self.number < self.num_pages

    def previous_page_number(self) -> int:
        return self.number - 1

    def next_page_number(self) -> int:
        return self.number + 1


@dataclass
class Word:
    """A word or quoted phrase of the query, and whether the pass shown found it at all."""

    text: str
    found: bool


@dataclass
class Pointer:
    """A way on from a search that found nothing: a newest item in a close theme."""

    title: str
    url: str
    label: str
    published: dt.datetime | None


@dataclass
class SearchResults:
    params: SearchParams
    backend: str  # "engine" or "database"
    total: int = 0
    cards: list[Card] = field(default_factory=list)
    facets: list[FacetView] = field(default_factory=list)
    did_you_mean: str = ""
    promotions: list[Promotion] = field(default_factory=list)
    pagination: Pagination | None = None
    notices: list[str] = field(default_factory=list)
    # Set when all words together found nothing and a relaxed pass is shown ("most" or "any"):
    # the query's words, each marked found or left out.
    relaxed: str = ""
    words: list[Word] = field(default_factory=list)
    # Nothing found at all: the closest themes and their newest items the user may open, and
    # the way to ask an expert (empty until that feature exists).
    close_themes: list[tuple[str, str]] = field(default_factory=list)
    newest: list[Pointer] = field(default_factory=list)
    ask_expert_url: str = ""
    # Until the questions feature exists: members find colleagues with expertise in the
    # closest themes in the member directory (/leden/?thema=…), [(url, theme name)].
    experts: list[tuple[str, str]] = field(default_factory=list)

    @property
    def left_out(self) -> list[str]:
        return [w.text for w in self.words if not w.found]

    @property
    def sorts(self) -> list[tuple[str, Any, bool]]:
        return [(key, label, key == self.params.sort) for key, label in SORTS.items()]


def facet_views(
    params: SearchParams, counts: dict[str, dict[str, int]], labels: dict[str, dict[str, str]]
) -> list[FacetView]:
    """Options with counts, in a stable order; selected values stay visible even at zero so
    they can be switched off again."""
    views = []
    for spec in FACETS:
        facet_counts = counts.get(spec.param, {})
        selected = set(params.filters.get(spec.param, []))
        if spec.param == "jaar":
            values = sorted(set(facet_counts) | selected, reverse=True)
            names = {v: v for v in values}
        else:
            names = labels.get(spec.param, {})
            values = [v for v in names if v in facet_counts or v in selected]
        options = [
            FacetOption(
                value=v, label=names.get(v, v), count=facet_counts.get(v, 0), selected=v in selected
            )
            for v in values
        ]
        if options:
            views.append(FacetView(param=spec.param, label=spec.label, options=options))
    return views


# What a result card needs from the database (the rest, summary, themes and dates, comes from
# the index): columns of the page table only, so one query without joins for every type.
CARD_FIELDS = ("title", "path", "depth", "url_path", "live", "content_type", "first_published_at")


def hydrate(hits: list[dict], access: Access, request: HttpRequest | None) -> dict[int, Page]:
    """Load the pages behind the hits, in one query of the page table whatever the number of
    hits and their types. Pages that are no longer live or that the user may not open (a
    change the outbox has not applied yet) are left out, so the index can never show more
    than the database allows."""
    ids = [int(hit["pk"]) for hit in hits if registry.get(hit["type"]) is not None]
    loaded = list(Page.objects.live().filter(pk__in=ids).only(*CARD_FIELDS)) if ids else []
    access.prepare(page.path for page in loaded)
    return {page.pk: page for page in loaded if access.may_open(page.path)}


def page_url(page: Page, request: HttpRequest | None) -> str:
    """`page.get_url(request)` without a URL reverse and a site lookup per page on a
    single-site installation (both add up on a page of results)."""
    roots = Site.get_site_root_paths()
    if len(roots) == 1 and page.url_path.startswith(roots[0].root_path):
        return iri_to_uri(_serve_prefix() + page.url_path[len(roots[0].root_path) :])
    return page.get_url(request=request) or ""


@lru_cache(maxsize=1)
def _serve_prefix() -> str:
    from django.urls import reverse

    return reverse("wagtail_serve", args=("",))


def escape_with_marks(text: str, words: list[str]) -> SafeString:
    """HTML-escape `text` and wrap words that start like a query word in <mark>. Used by the
    database fallback, which has no highlighter; the source is escaped piece by piece, so a
    match can never break an HTML entity or inject markup."""
    stems = sorted({rough_stem(w) for w in words if len(w) >= 3}, key=len, reverse=True)
    if not stems:
        return mark_safe(html.escape(text))  # noqa: S308 - escaped
    pattern = re.compile(r"\b(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.IGNORECASE)
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(html.escape(text[last : match.start()]))
        out.append(f"<mark>{html.escape(match.group(0))}</mark>")
        last = match.end()
    out.append(html.escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece is escaped


_SUFFIXES = ("heden", "ingen", "eren", "ing", "en", "es", "s", "e")


def rough_stem(word: str) -> str:
    """A rough Dutch stem for highlighting: "witwaspraktijken" marks "witwaspraktijk"."""
    word = word.lower()
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def snippet_around(text: str, words: list[str], size: int = 220) -> str:
    """A window of `text` around the first query word found, on word boundaries."""
    text = " ".join(text.split())
    if len(text) <= size:
        return text
    lowered = text.lower()
    positions = [lowered.find(rough_stem(w)) for w in words if len(w) >= 3]
    positions = [p for p in positions if p >= 0]
    start = max(0, min(positions) - size // 3) if positions else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + size)
    if end < len(text):
        end = text.rfind(" ", start, end) if text.rfind(" ", start, end) > start else end
    return ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")


# -- when nothing is found --------------------------------------------------------------------
CLOSE_THEMES = 3
NEWEST = 5


def fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _closeness(word: str, vocabulary: set[str]) -> float:
    """1 when a word of `vocabulary` starts like `word` (or the other way round: "drugs" and
    "drugscriminaliteit"), else the best similarity of at least 0.8 (typos), else 0."""
    if any(
        len(v) >= 5 and len(word) >= 5 and (v.startswith(word[:5]) or word.startswith(v[:5]))
        for v in vocabulary
    ):
        return 1.0
    close = difflib.get_close_matches(word, vocabulary, n=1, cutoff=0.8)
    return difflib.SequenceMatcher(None, word, close[0]).ratio() if close else 0.0


def closest_themes(query: str, limit: int = CLOSE_THEMES) -> list[tuple[str, str]]:
    """(slug, name) of the themes whose name (counts double) or description come closest to
    the query's words, from the cached taxonomy (no query)."""
    from knowledge.taxonomy import taxonomy_options, term_by_slug

    words = {fold(w) for w in query_words(query) if len(w) >= 4 and w not in DUTCH_STOPWORDS}
    if not words:
        return []
    scored = []
    for slug, _label in taxonomy_options()["thema"]:
        theme = term_by_slug("themes", slug)
        if theme is None:
            continue
        name = set(query_words(fold(theme.name)))
        text = set(query_words(fold(theme.description or "")))
        score = sum(2 * _closeness(w, name) + _closeness(w, text) for w in words)
        if score > 0:
            scored.append((-score, theme.name, slug))
    return [(slug, name) for _score, name, slug in sorted(scored)[:limit]]


def newest_in_themes(slugs: list[str], user, request: HttpRequest | None) -> list[Pointer]:
    """The newest articles and toolkits in these themes (and their sub-themes) that this
    person may open (`policy.openable`), or the newest of all when no theme is close: two
    queries."""
    from access import policy
    from knowledge import selectors
    from knowledge.taxonomy import term_by_slug

    family = [pk for slug in slugs if (t := term_by_slug("themes", slug)) for pk in t.family_ids]
    labels = dict(registry.kinds())
    found: list[tuple[dt.datetime, Pointer]] = []
    for qs in (selectors.articles(), selectors.toolkits()):
        qs = policy.openable(qs.prefetch_related(None), user)
        if family:
            through = qs.model.themes.through
            column = f"{qs.model._meta.model_name}_id"
            qs = qs.filter(pk__in=through.objects.filter(theme_id__in=family).values(column))
        fields = ["title", "path", "url_path", "first_published_at"]
        if hasattr(qs.model, "article_type"):
            fields.append("article_type")
        for page in qs.order_by("-first_published_at", "-pk").only(*fields)[:NEWEST]:
            kind = getattr(page, "article_type", "toolkit")
            pointer = Pointer(
                title=page.title,
                url=page_url(page, request),
                label=str(labels.get(kind, "")),
                published=page.first_published_at,
            )
            found.append((page.first_published_at or timezone.now(), pointer))
    found.sort(key=lambda item: item[0], reverse=True)
    return [pointer for _date, pointer in found[:NEWEST]]


# Where "ask the experts" will live once the questions feature (docs/product.md, /vragen/)
# exists: its URL name. Until then no link is shown, never a dead one.
ASK_EXPERT_URL_NAME = "questions:ask"


def ask_expert_url() -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        return reverse(ASK_EXPERT_URL_NAME)
    except NoReverseMatch:
        return ""


def add_ways_on(results: SearchResults, user, request: HttpRequest | None) -> None:
    """Nothing found, not even with some of the words: the closest themes, their newest items
    this person may open, and (when it exists) the way to ask an expert."""
    results.close_themes = closest_themes(results.params.query)
    results.newest = newest_in_themes([slug for slug, _name in results.close_themes], user, request)
    results.ask_expert_url = ask_expert_url()
    if not results.ask_expert_url and results.close_themes:
        results.experts = expert_directory_links(results.close_themes, user)


def expert_directory_links(themes: list[tuple[str, str]], user) -> list[tuple[str, str]]:
    """The member directory filtered on each close theme's expertise, for approved members
    only (the directory is theirs; a visitor gets no link that would ask them to sign in)."""
    from django.urls import reverse

    from access import policy

    if not policy.viewer(user).member:
        return []
    directory = reverse("members:directory")
    return [(f"{directory}?thema={slug}", name) for slug, name in themes]
