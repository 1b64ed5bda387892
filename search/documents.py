"""The index: its Dutch analysis, its mapping, and the registry of content types it holds.

One alias (`settings.SEARCH_INDEX_PREFIX`, e.g. `kennisplatform`) points at a timestamped
index (`kennisplatform-20260301t101500123456`); `indexing.rebuild` builds a new one and swaps
the alias. Mappings are declared with elasticsearch-dsl and sent as a dict by
`engines.SearchEngine`, so the same definition serves Elasticsearch and OpenSearch.

A content type joins the index by registering a `PageIndexer` (see the three at the bottom);
the rest of search/ (sync, rebuild, check, queries, result cards) works from the registry.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.encoding import iri_to_uri
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, PageViewRestriction, Site
from wagtail.rich_text import get_text_for_indexing

from elasticsearch_dsl import (
    Boolean,
    Date,
    Document,
    Index,
    Integer,
    Keyword,
    Object,
    SearchAsYouType,
    Text,
    analyzer,
    normalizer,
    token_filter,
)

from access import labels, policy
from knowledge.documents import attachment_texts

from .analysis import COMPOUND_FILTER, OWN_COMPOUND_FILTER, compound_filters

# Attachments can be long (a 200-page report); the highlighter and the index do not need more.
MAX_BODY_CHARS = 200_000
MAX_ATTACHMENT_CHARS = 300_000


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


# -- analysis ------------------------------------------------------------------------------
dutch_stop = token_filter("nl_stop", "stop", stopwords="_dutch_")
dutch_stemmer = token_filter("nl_stemmer", "stemmer", language="dutch")
# The Dutch snowball stemmer undoubles only k, d and t: "witwassen" stems to "witwass" while
# "witwas" (the word's part, "witwaspraktijken") and "proces" keep one s. After stemming, a
# final "ss" becomes "s" at index and search time alike ("processen" = "proces").
dutch_undouble = token_filter("nl_undouble", "pattern_replace", pattern="ss$", replacement="s")
# Compound splitting: filters named here and defined by `index_body` (analysis.py); the
# shipped word list at index time only, the editors' parts at index and search time.
compound_splitting = [COMPOUND_FILTER, OWN_COMPOUND_FILTER]
shingles = token_filter("nl_shingles", "shingle", min_shingle_size=2, max_shingle_size=3)

# Index time: lowercase, fold accents ("coördinatie" = "coordinatie"), drop stop words, split
# domain compounds, stem. The search analyzer adds the editors' thesaurus (see search_analyzer).
dutch_text = analyzer(
    "nl_text",
    tokenizer="standard",
    filter=[
        "lowercase",
        "asciifolding",
        dutch_stop,
        *compound_splitting,
        dutch_stemmer,
        dutch_undouble,
    ],
)
# Words as written (no stemming, no splitting): an exact title match ranks above a stemmed one.
exact_text = analyzer("nl_exact", tokenizer="standard", filter=["lowercase", "asciifolding"])
# Word shingles feed the phrase suggester ("did you mean").
spell_text = analyzer(
    "nl_spell", tokenizer="standard", filter=["lowercase", "asciifolding", shingles]
)
sort_key = normalizer("nl_sort", filter=["lowercase", "asciifolding"])

SEARCH_ANALYZER = "nl_search"


def search_analyzer(synonym_rules: list[str]):
    """The search-time chain: as `nl_text`, plus the thesaurus as a synonym_graph filter
    (https://opensearch.org/docs/latest/analyzers/token-filters/synonym-graph/). Synonyms at
    search time handle multi-word terms ("Wet Bibob") correctly, and changing them only needs
    new index settings."""
    filters: list[Any] = ["lowercase", "asciifolding", dutch_stop]
    if synonym_rules:
        filters.append(token_filter("nl_synonyms", "synonym_graph", synonyms=synonym_rules))
    filters += [OWN_COMPOUND_FILTER, dutch_stemmer, dutch_undouble]
    return analyzer(SEARCH_ANALYZER, tokenizer="standard", filter=filters)


def _dutch(**kwargs) -> Text:
    return Text(analyzer=dutch_text, search_analyzer=SEARCH_ANALYZER, **kwargs)


class PageDocument(Document):
    """One page (article, toolkit, event) with the text of the documents it offers."""

    pk = Integer()
    type = Keyword()  # registry key: article, toolkit, event
    kind = Keyword()  # what the "soort" facet shows: praktijkvoorbeeld, toolkit, evenement, …
    title = _dutch(
        copy_to="spell",
        fields={"exact": Text(analyzer=exact_text), "sort": Keyword(normalizer=sort_key)},
    )
    autocomplete = SearchAsYouType(analyzer=exact_text, max_shingle_size=3)
    summary = _dutch(copy_to="spell", index_options="offsets")
    body = _dutch(copy_to="spell", index_options="offsets")
    attachments = _dutch(index_options="offsets")
    theme_names = _dutch(copy_to="spell")
    spell = Text(analyzer=spell_text)
    themes = Keyword()
    regions = Keyword()
    audiences = Keyword()
    # Who may see it: `restrictions` holds the IDs of the view restrictions on the page and its
    # ancestors; a query excludes those the user does not pass (see queries.Access).
    visibility = Keyword()  # public, login, members, groups
    restrictions = Keyword()
    groups = Keyword()
    published = Date()
    updated = Date()
    date = Date()  # what "nieuwste" sorts on and recency decays from: event start or publication
    year = Integer()
    event_start = Date()
    event_end = Date()
    event_format = Keyword()
    members_only_registration = Boolean()
    url = Keyword(index=False)
    # For the result card only (labels in the user's language come from the database).
    card = Object(enabled=False)


def index_body(
    *,
    synonym_rules: list[str],
    replicas: int | None = None,
    compound_parts: list[str] | None = None,
) -> dict:
    """Settings and mappings for a new index, as a dict for `SearchEngine.create_index`.
    `compound_parts`: the editors' own parts (default: the CompoundPart snippets)."""
    index = Index("unused")
    index.settings(
        number_of_shards=1,
        number_of_replicas=settings.SEARCH_INDEX_REPLICAS if replicas is None else replicas,
    )
    index.analyzer(search_analyzer(synonym_rules))
    index.document(PageDocument)
    body = index.to_dict()
    if compound_parts is None:
        from .models import CompoundPart

        compound_parts = CompoundPart.words()
    body["settings"].setdefault("analysis", {}).setdefault("filter", {}).update(
        compound_filters(
            dictionary=getattr(settings, "SEARCH_COMPOUND_DICTIONARY", True),
            own_parts=compound_parts,
        )
    )
    body["mappings"]["dynamic"] = "strict"
    return body


# -- building documents ----------------------------------------------------------------------
@dataclass(frozen=True)
class Restriction:
    id: int
    path: str
    type: str
    groups: tuple[str, ...]


@dataclass(frozen=True)
class Term:
    slug: str
    name: str
    parent_slug: str | None = None
    parent_name: str | None = None


def load_restrictions() -> list[Restriction]:
    """Every view restriction with its page path and group names, in two queries and without
    building model instances (a large site has thousands of restrictions)."""
    groups: dict[int, list[str]] = defaultdict(list)
    through = PageViewRestriction.groups.through
    for restriction_id, name in through.objects.values_list(
        "pageviewrestriction_id", "group__name"
    ):
        groups[restriction_id].append(name)
    return [
        Restriction(id=pk, path=path, type=kind, groups=tuple(sorted(groups.get(pk, ()))))
        for pk, path, kind in PageViewRestriction.objects.values_list(
            "pk", "page__path", "restriction_type"
        )
    ]


@dataclass
class IndexContext:
    """What the documents of a batch need besides the page rows, loaded with a fixed number of
    queries: view restrictions (once per rebuild), taxonomy terms and attachment text (per
    batch), and how to make URLs."""

    restrictions: list[Restriction]
    attachments: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    terms: dict[int, dict[str, list[Term]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._by_path: dict[str, list[Restriction]] = defaultdict(list)
        for restriction in self.restrictions:
            self._by_path[restriction.path].append(restriction)
        self._site_roots = Site.get_site_root_paths()
        self._serve_prefix = _serve_prefix()

    @classmethod
    def load(
        cls,
        pages: dict[PageIndexer, list[int]] | None = None,
        *,
        restrictions: list[Restriction] | None = None,
    ) -> IndexContext:
        pages = pages or {}
        page_ids = [pk for ids in pages.values() for pk in ids]
        terms: dict[int, dict[str, list[Term]]] = defaultdict(lambda: defaultdict(list))
        for indexer, ids in pages.items():
            for relation, pk, term in taxonomy_terms(indexer, ids):
                terms[pk][relation].append(term)
        return cls(
            restrictions=load_restrictions() if restrictions is None else restrictions,
            attachments=attachment_texts(page_ids),
            terms=terms,
        )

    def restrictions_for(self, page: Page) -> list[Restriction]:
        """Restrictions on the page and its ancestors (whose paths are prefixes of its path)."""
        return self.restrictions_at(page.path)

    def restrictions_at(self, path: str) -> list[Restriction]:
        step = Page.steplen
        return [
            restriction
            for end in range(step, len(path) + 1, step)
            for restriction in self._by_path.get(path[:end], ())
        ]

    def url(self, page: Page) -> str | None:
        """The page's URL as `page.get_url()` gives it, without a URL reverse per page when the
        installation has one site (the usual case)."""
        if len(self._site_roots) == 1:
            root_path = self._site_roots[0].root_path
            if page.url_path.startswith(root_path):
                return iri_to_uri(self._serve_prefix + page.url_path[len(root_path) :])
            return None
        return page.get_url()


def _serve_prefix() -> str:
    from django.urls import reverse

    return reverse("wagtail_serve", args=("",))


def taxonomy_terms(indexer: PageIndexer, ids: list[int]) -> Iterator[tuple[str, int, Term]]:
    """(relation, page id, term) for the themes, regions and audiences of these pages: one
    query per relation on its through table, no model instances."""
    model = indexer.model
    for relation in indexer.taxonomies:
        through = model._meta.get_field(relation).remote_field.through
        page_column = f"{model._meta.model_name}_id"
        target = {"themes": "theme", "regions": "region", "audiences": "audience"}[relation]
        fields = [page_column, f"{target}__slug", f"{target}__name"]
        if relation == "themes":
            fields += ["theme__parent__slug", "theme__parent__name"]
        for row in through.objects.filter(**{f"{page_column}__in": ids}).values_list(*fields):
            yield relation, row[0], Term(*row[1:])


def rich_text(value: str) -> str:
    return get_text_for_indexing(value or "")


def stream_text(page: Page, field_name: str) -> str:
    value = getattr(page, field_name)
    parts = page._meta.get_field(field_name).get_searchable_content(value)
    # Rich text blocks already come without tags; plain text blocks rarely contain any.
    return " ".join(strip_tags(str(p)) if "<" in str(p) else str(p) for p in parts if p)


def _iso(value: dt.datetime | dt.date | None) -> str | None:
    return value.isoformat() if value else None


class PageIndexer:
    """How one page type becomes an index document. Subclass and `register()` to add a type."""

    key: ClassVar[str]
    model_label: ClassVar[str]
    label: ClassVar[Any]  # what a result card says: "Toolkit", "Evenement"
    taxonomies: ClassVar[tuple[str, ...]] = ("themes", "regions", "audiences")

    @property
    def model(self) -> type[Page]:
        return apps.get_model(self.model_label)

    def queryset(self) -> QuerySet:
        """Live pages of this type; taxonomy and attachments come from `IndexContext`."""
        return self.model.objects.live().order_by("pk")

    def card_queryset(self) -> QuerySet:
        """What a result card of the database fallback needs: the text (themes and dates come
        with the facets)."""
        return self.model.objects.live()

    def kinds(self) -> list[tuple[str, Any]]:
        """(value, label) pairs this type contributes to the "soort" facet."""
        return [(self.key, self.label)]

    def kind(self, page: Page) -> str:
        return self.key

    def text(self, page: Page) -> dict[str, str]:
        """`summary` and `body` text. Never anything that must stay private (join links)."""
        raise NotImplementedError

    def dates(self, page: Page) -> dict[str, Any]:
        published = page.first_published_at or page.last_published_at
        return {"date": published, "year": published.year if published else None}

    def document(self, page: Page, context: IndexContext) -> dict | None:
        """The index document, or None when the page must not be in the index at all."""
        if not page.live:
            return None
        restrictions = context.restrictions_for(page)
        if any(r.type == PageViewRestriction.PASSWORD for r in restrictions):
            return None  # the password is asked on the page; such pages are never listed
        terms = context.terms.get(page.pk, {})
        themes = terms.get("themes", [])
        text = self.text(page)
        attachments = context.attachments.get(page.pk, [])
        attachment_text = " ".join(f"{title}. {body}" for title, body in attachments)
        dates = self.dates(page)
        date = dates.pop("date")
        return {
            "pk": page.pk,
            "type": self.key,
            "kind": self.kind(page),
            "title": page.title,
            "autocomplete": page.title,
            "summary": text.get("summary", ""),
            "body": text.get("body", "")[:MAX_BODY_CHARS],
            "attachments": attachment_text[:MAX_ATTACHMENT_CHARS],
            **taxonomy_fields(terms),
            **access_fields(restrictions),
            "published": _iso(page.first_published_at),
            "updated": _iso(page.last_published_at),
            "date": _iso(date),
            **{k: _iso(v) if isinstance(v, dt.date) else v for k, v in dates.items()},
            "url": context.url(page),
            "card": {
                "themes": sorted({(t.slug, t.name) for t in themes}, key=lambda t: t[1]),
                "attachments": [title for title, _text in attachments],
                # The sharing label for cards that show no database row (similar items).
                "label": labels.restrictions_label((r.type, r.groups) for r in restrictions).value,
            },
        }


def taxonomy_fields(terms: dict[str, list[Term]]) -> dict[str, list[str]]:
    """The facet and theme-name fields of a document (a theme counts for its parent too);
    `indexing.check` compares them with the index."""
    themes = terms.get("themes", [])
    return {
        "theme_names": sorted(
            {t.name for t in themes} | {t.parent_name for t in themes if t.parent_name}
        ),
        "themes": sorted(
            {t.slug for t in themes} | {t.parent_slug for t in themes if t.parent_slug}
        ),
        "regions": sorted({t.slug for t in terms.get("regions", [])}),
        "audiences": sorted({t.slug for t in terms.get("audiences", [])}),
    }


def access_fields(restrictions: list[Restriction]) -> dict[str, Any]:
    """Who may see a page, as the document carries it; `indexing.check` compares them."""
    return {
        "visibility": visibility(restrictions),
        "restrictions": [str(r.id) for r in restrictions],
        "groups": sorted({g for r in restrictions for g in r.groups}),
    }


def visibility(restrictions: list[Restriction]) -> str:
    """A label for who may open a page, from the policy (the permission filter itself uses
    restriction IDs)."""
    return policy.audience_label((r.type, r.groups) for r in restrictions)


class Registry:
    def __init__(self) -> None:
        self._indexers: dict[str, PageIndexer] = {}

    def register(self, indexer_class: type[PageIndexer]) -> type[PageIndexer]:
        self._indexers[indexer_class.key] = indexer_class()
        return indexer_class

    def __iter__(self) -> Iterator[PageIndexer]:
        return iter(self._indexers.values())

    def get(self, key: str) -> PageIndexer | None:
        return self._indexers.get(key)

    def for_model(self, model: type) -> PageIndexer | None:
        for indexer in self:
            if issubclass(model, indexer.model):
                return indexer
        return None

    def content_types(self) -> dict[int, PageIndexer]:
        return {ContentType.objects.get_for_model(indexer.model).pk: indexer for indexer in self}

    def kinds(self) -> list[tuple[str, Any]]:
        return [kind for indexer in self for kind in indexer.kinds()]


registry = Registry()


@registry.register
class ArticleIndexer(PageIndexer):
    key = "article"
    model_label = "knowledge.ArticlePage"
    label = _("Artikel")

    def kinds(self):
        return list(self.model.Type.choices)

    def kind(self, page) -> str:
        return page.article_type

    def text(self, page) -> dict[str, str]:
        practice = " ".join(rich_text(getattr(page, name)) for name in page.PRACTICE_FIELDS)
        body = " ".join(
            part for part in (practice, stream_text(page, "body"), page.author_credit) if part
        )
        return {"summary": page.summary, "body": body}


@registry.register
class ToolkitIndexer(PageIndexer):
    key = "toolkit"
    model_label = "knowledge.ToolkitPage"
    label = _("Toolkit")

    def queryset(self):
        return super().queryset().prefetch_related("materials")

    def card_queryset(self):
        return super().card_queryset().prefetch_related("materials")

    def text(self, page) -> dict[str, str]:
        materials = " ".join(f"{m.title} {m.language}" for m in page.materials.all())
        body = " ".join(
            part
            for part in (
                rich_text(page.intro),
                stream_text(page, "steps"),
                stream_text(page, "checklists"),
                materials,
                page.contact_name,
            )
            if part
        )
        return {"summary": page.summary, "body": body}


@registry.register
class EventIndexer(PageIndexer):
    """Events. The join link, the recording and the materials for attendees are never indexed:
    they are for confirmed registrants only."""

    key = "event"
    model_label = "events.EventPage"
    label = _("Evenement")
    taxonomies = ("themes", "audiences")

    def kinds(self):
        return [("evenement", _("Evenement"))]

    def kind(self, page) -> str:
        return "evenement"

    def text(self, page) -> dict[str, str]:
        body = " ".join(
            part
            for part in (
                rich_text(page.description),
                stream_text(page, "programme"),
                stream_text(page, "speakers"),
                page.get_event_format_display(),
                page.location,
                page.online_platform,
            )
            if part
        )
        return {"summary": page.summary, "body": body}

    def dates(self, page) -> dict[str, Any]:
        start = timezone.localtime(page.start)
        return {
            "date": page.start,
            "year": start.year,
            "event_start": page.start,
            "event_end": page.end,
            "event_format": page.event_format,
            "members_only_registration": page.members_only,
        }
