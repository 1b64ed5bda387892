"""Read-only queries for knowledge pages. Filtering happens in SQL; every listing is paged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    Case,
    Count,
    F,
    IntegerField,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.utils import timezone

from wagtail.models import Page

from access import policy

from .taxonomy import Theme, taxonomy_options, term_by_slug, terms_by_id

PAGE_SIZE = 20
# Taxonomy relations of knowledge pages and the column of their tag tables.
TERM_FIELDS = {"themes": "theme", "regions": "region", "audiences": "audience"}
TERM_FACETS = ("thema", "regio", "doelgroep")  # listing parameters naming a term by slug


def of_own_type(qs: QuerySet) -> QuerySet:
    """The pages of the queryset's own page type, named by their content type too. It changes
    no answer (a page type's table holds only its own pages), but with the content type in
    front of `first_published_at` or `title` (knowledge migration 0004) PostgreSQL walks one
    type's pages in order and stops after the few cards a listing shows, instead of reading
    all 20,000 pages of every type and sorting (issue #13). The content type comes from
    Django's in-process cache."""
    return qs.filter(content_type_id=ContentType.objects.get_for_model(qs.model).pk)


def articles() -> QuerySet:
    from .models import ArticlePage

    return (
        of_own_type(ArticlePage.objects.live())
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name", "slug")))
        .order_by("-first_published_at", "-pk")
    )


def toolkits() -> QuerySet:
    from .models import ToolkitPage

    return (
        of_own_type(ToolkitPage.objects.live())
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name", "slug")))
        .order_by("title")
    )


CARD_FIELDS = ("title", "path", "url_path", "summary", "first_published_at")


def cards(qs: QuerySet) -> QuerySet:
    """What a page card shows (components/page_card.html) and nothing more: loading every
    field of twenty pages was most of a listing's cost. Their themes come from
    `with_card_themes` once the cards are loaded."""
    from .models import ArticlePage

    fields = [*CARD_FIELDS, "article_type"] if qs.model is ArticlePage else CARD_FIELDS
    return qs.prefetch_related(None).only(*fields)


def top_level_themes() -> list[tuple[str, str]]:
    """(slug, name) of the main themes, from the cached taxonomy."""
    return taxonomy_options()["hoofdthema"]


def upcoming_events(user) -> QuerySet:
    """Upcoming events this person may open; looked up by name because knowledge does not
    import events."""
    event_model = apps.get_model("events", "EventPage")
    events = event_model.objects.filter(end__gte=timezone.now()).order_by("start")
    return policy.openable(events, user)


@dataclass
class Facet:
    param: str
    label: str
    options: list[tuple[str, str]]
    selected: list[str]


def _year_options(qs: QuerySet) -> list[tuple[str, str]]:
    """The years (local time) in which a page of the queryset was first published, newest
    first. On PostgreSQL one query asks, for each year between the first and the last
    publication of this page type, whether the queryset holds a page of that year: the
    (content type, first published) index finds the first one and stops, where collecting the
    distinct years read, checked and sorted every one of 14,000 articles (issue #13)."""
    if connection.vendor != "postgresql":
        years = qs.order_by().dates("first_published_at", "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]
    in_year = qs.order_by().filter(
        first_published_at__gte=RawSQL("year_range.starts", ()),
        first_published_at__lt=RawSQL("year_range.ends", ()),
    )
    found_sql, found_params = in_year.values("pk")[:1].query.sql_with_params()
    # Over Wagtail's page table alone, so MIN and MAX read the ends of the index.
    published = Page.objects.filter(
        content_type_id=ContentType.objects.get_for_model(qs.model).pk,
        first_published_at__isnull=False,
    ).order_by()
    bounds_sql, bounds_params = published.values("first_published_at").query.sql_with_params()
    zone = timezone.get_current_timezone_name()
    # LATERAL with LIMIT 1 (an EXISTS would be planned as one semi join over every page): per
    # year, the first visible page within the year's bounds, through the index.
    sql = (
        "SELECT year_range.year FROM (SELECT year, "  # noqa: S608 - compiled querysets only
        "make_timestamptz(year, 1, 1, 0, 0, 0, %s) AS starts, "
        "make_timestamptz(year + 1, 1, 1, 0, 0, 0, %s) AS ends "
        "FROM generate_series("
        "(SELECT EXTRACT(YEAR FROM MIN(bounds.first_published_at) AT TIME ZONE %s)::int "
        f"FROM ({bounds_sql}) bounds), "
        "(SELECT EXTRACT(YEAR FROM MAX(bounds.first_published_at) AT TIME ZONE %s)::int "
        f"FROM ({bounds_sql}) bounds)) AS year) AS year_range "
        f"CROSS JOIN LATERAL ({found_sql}) found ORDER BY year_range.year DESC"
    )
    params = [zone, zone, zone, *bounds_params, zone, *bounds_params, *found_params]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(str(year), str(year)) for (year,) in cursor.fetchall()]


def filtered_listing(request: HttpRequest, qs: QuerySet, *, with_type: bool) -> dict:
    """Apply the listing filters from the query string and page the result.

    Filters combine (AND between facets, OR within one facet) and stay in the URL. Unknown
    values are ignored rather than failing, so an old or hand-edited link still works.
    """
    from .models import ArticlePage

    qs = policy.knowable(qs, request.user)
    params = request.GET
    options = taxonomy_options()
    # A slug no term has (renamed, deleted or mistyped) is ignored like any unknown value;
    # filtering on it would empty the listing.
    known = {facet: {slug for slug, _label in options[facet]} for facet in TERM_FACETS}
    selected = {
        "soort": [v for v in params.getlist("soort") if v in ArticlePage.Type.values]
        if with_type
        else [],
        **{facet: [v for v in params.getlist(facet) if v in known[facet]] for facet in TERM_FACETS},
        # isascii: str.isdigit() also accepts superscripts such as '²', which int() refuses.
        "jaar": [v for v in params.getlist("jaar") if v.isascii() and v.isdigit() and len(v) == 4],
    }
    base = qs
    if selected["soort"]:
        qs = qs.filter(article_type__in=selected["soort"])
    if selected["thema"]:
        # Choosing a main theme also finds pages tagged with one of its sub-themes.
        qs = _tagged(
            qs,
            "themes",
            Q(theme__slug__in=selected["thema"]) | Q(theme__parent__slug__in=selected["thema"]),
        )
    if selected["regio"]:
        qs = _tagged(qs, "regions", Q(region__slug__in=selected["regio"]))
    if selected["doelgroep"]:
        qs = _tagged(qs, "audiences", Q(audience__slug__in=selected["doelgroep"]))
    if selected["jaar"]:
        qs = qs.filter(first_published_at__year__in=[int(y) for y in selected["jaar"]])

    facets = []
    if with_type:
        facets.append(Facet("soort", "Soort", list(ArticlePage.Type.choices), selected["soort"]))
    facets += [
        Facet("thema", "Thema", options["thema"], selected["thema"]),
        Facet("regio", "Regio", options["regio"], selected["regio"]),
        Facet("doelgroep", "Doelgroep", options["doelgroep"], selected["doelgroep"]),
        Facet("jaar", "Jaar", _year_options(base), selected["jaar"]),
    ]
    page = paginate(request, cards(qs))
    with_card_themes(list(page.object_list))
    return {
        "results": page,
        "facets": facets,
        "has_filters": any(selected.values()),
        "querystring_without_page": _querystring_without_page(request),
    }


def _tagged(qs: QuerySet, relation: str, condition: Q) -> QuerySet:
    """Pages with a tag row (themes, regions or audiences) matching the condition: a subquery
    instead of a join, so no DISTINCT is needed and counting the results stays cheap."""
    through = getattr(qs.model, relation).through
    return qs.filter(
        pk__in=through.objects.filter(condition).values(f"{qs.model._meta.model_name}_id")
    )


def paginate(request: HttpRequest, qs, per_page: int = PAGE_SIZE) -> PaginatorPage:
    """Page a queryset; a page number out of range shows the nearest valid page."""
    paginator = Paginator(qs, per_page)
    return paginator.get_page(request.GET.get("pagina"))


def _querystring_without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("pagina", None)
    return params.urlencode()


def themes_with_counts(user) -> QuerySet:
    """Main themes with the number of articles and toolkits this person may know of."""
    from .models import ArticlePage, ToolkitPage

    live_articles = policy.knowable(ArticlePage.objects.all(), user).values("pk")
    live_toolkits = policy.knowable(ToolkitPage.objects.all(), user).values("pk")
    return (
        Theme.objects.filter(parent__isnull=True)
        .annotate(
            article_count=Count(
                "articlepage", filter=Q(articlepage__in=live_articles), distinct=True
            ),
            toolkit_count=Count(
                "toolkitpage", filter=Q(toolkitpage__in=live_toolkits), distinct=True
            ),
        )
        .prefetch_related("children")
        .order_by("name")
    )


def tagged_with(qs: QuerySet, theme: Theme) -> QuerySet:
    """Pages tagged with the theme or one of its sub-themes (`family_ids`, see
    taxonomy.term_by_slug), without join duplicates (a subquery on the tag table instead of
    DISTINCT, so a window count can ride along)."""
    through = qs.model.themes.through
    page_column = f"{qs.model._meta.model_name}_id"
    tagged = through.objects.filter(theme_id__in=theme.family_ids).values(page_column)
    return qs.filter(pk__in=tagged)


class _CountOf(Subquery):
    """The number of rows of a queryset, as a column: (SELECT COUNT(*) FROM (...))."""

    template = "(SELECT COUNT(*) FROM (%(subquery)s) AS counted)"
    output_field = IntegerField()


def first_with_total(
    qs: QuerySet,
    *order: Any,
    limit: int,
    ranked: QuerySet | None = None,
    counted: QuerySet | None = None,
) -> QuerySet:
    """The first `limit` rows of the queryset in this order, each annotated with `total_count`,
    the number of rows of the whole queryset: one query. Ranking and counting need only ids,
    types, dates and tree paths, which the indexes hold; only the rows shown are read in full
    (a window count over the full rows read every wide article row of a theme, 4,600 of them
    for drugscriminaliteit on the 20k corpus, issue #13). The caller picks the fields, and
    may pass `ranked`: ids that include the first `limit` rows, found a cheaper way, and
    `counted`: the same pages as the queryset, counted a cheaper way (`hub_pages`)."""
    if ranked is None:
        ranked = qs.order_by(*order).values("pk")[:limit]
    total = _CountOf((qs if counted is None else counted).order_by().values("pk"))
    return (
        qs.model._default_manager.filter(pk__in=ranked).annotate(total_count=total).order_by(*order)
    )


def hub_pages(model: Any, user, theme: Theme, region=None) -> QuerySet:
    """The pages of a knowledge page type about the theme (or a sub-theme), optionally in the
    region, that this person may know of, on Wagtail's page table alone: the same pages as
    `tagged_with(policy.knowable(...))` on the type's own queryset, which joins the type's wide
    table for nothing when only counting them (twice as slow for the hub's 4,600 articles)."""
    column = f"{model._meta.model_name}_id"
    pages = policy.knowable(
        Page.objects.filter(content_type_id=ContentType.objects.get_for_model(model).pk), user
    )
    tags = model.themes.through.objects.filter(theme_id__in=theme.family_ids)
    pages = pages.filter(pk__in=tags.values(column))
    if region is not None:
        pages = pages.filter(
            pk__in=model.regions.through.objects.filter(region=region).values(column)
        )
    return pages


def _total(rows: list) -> int:
    return rows[0].total_count if rows else 0


def theme_hub(request: HttpRequest, theme: Theme) -> dict:
    """Everything for one theme (and its sub-themes), optionally narrowed to one region.

    The latest ondermijningsbeeld leads; counts come with the rows, so the hub costs a fixed
    number of queries.
    """
    from .models import ArticlePage, ToolkitPage

    region_slug = request.GET.get("regio", "")
    region = term_by_slug("regions", region_slug) if region_slug else None
    user = request.user
    hub_articles = tagged_with(policy.knowable(articles(), user), theme)
    hub_toolkits = tagged_with(policy.knowable(toolkits(), user), theme)
    if region:
        hub_articles = hub_articles.filter(regions=region)
        hub_toolkits = hub_toolkits.filter(regions=region)
    threat = ArticlePage.Type.THREAT
    threat_first = Case(When(article_type=threat, then=0), default=1)
    # Threat pictures first, then the rest, newest first: the newest of each (the index on
    # first publication, stopping after `limit`), instead of ranking every article of the theme.
    newest = ("-first_published_at", "-pk")
    ranked = None  # SQLite allows no LIMIT inside a UNION: there the plain ranking, same rows
    if connection.features.supports_slicing_ordering_in_compound:
        ranked = (
            hub_articles.filter(article_type=threat).order_by(*newest).values("pk")[:12]
        ).union(
            hub_articles.exclude(article_type=threat).order_by(*newest).values("pk")[:12],
            all=True,
        )
    counted = hub_pages(ArticlePage, user, theme, region)
    article_list = list(
        cards(
            first_with_total(
                hub_articles, threat_first, *newest, limit=12, ranked=ranked, counted=counted
            )
        )[:12]
    )
    counted = hub_pages(ToolkitPage, user, theme, region)
    toolkit_list = list(
        cards(first_with_total(hub_toolkits, "title", limit=6, counted=counted))[:6]
    )
    with_card_themes(article_list + toolkit_list)
    event_list = list(
        first_with_total(tagged_with(upcoming_events(user), theme), "start", "pk", limit=6)[:6]
    )
    threat_picture = (
        article_list[0]
        if article_list and article_list[0].article_type == "ondermijningsbeeld"
        else None
    )
    return {
        "theme": theme,
        "region": region,
        "regions": taxonomy_options()["regio"],
        "threat_picture": threat_picture,
        "hub_articles": article_list[1:] if threat_picture else article_list,
        "hub_toolkits": toolkit_list,
        "hub_events": event_list,
        "article_count": _total(article_list),
        "toolkit_count": _total(toolkit_list),
        "event_count": _total(event_list),
    }


def related_pages(
    page: Page, *, themes: list[Theme], user, limit: int = 4
) -> QuerySet[Page] | list[Page]:
    """The newest other articles sharing one of `themes` that this person may know of (a
    subquery on the tag table: ranking by the number of shared themes cost a GROUP BY over
    every tagged article). Lazy: the page's similar-items block reads it only when the search
    engine has no answer (search/similar.py)."""
    from .models import ArticlePage

    theme_ids = [theme.pk for theme in themes]
    if not theme_ids:
        return []
    tagged = ArticlePage.themes.through.objects.filter(theme_id__in=theme_ids)
    return (
        policy.knowable(ArticlePage.objects.all(), user)
        .filter(pk__in=tagged.values("articlepage_id"))
        .exclude(pk=page.pk)
        .only("title", "url_path", "article_type")
        .order_by("-first_published_at")[:limit]
    )


def page_taxonomy(page: Page) -> dict[str, list]:
    """The themes, regions and audiences of a page: their ids from the three tag tables in one
    query (UNION ALL, no joins), their names from the cached taxonomy."""
    model = type(page)
    column = f"{model._meta.model_name}_id"
    parts = [
        getattr(model, kind)
        .through.objects.filter(**{column: page.pk})
        .values_list(Value(index, output_field=IntegerField()), f"{TERM_FIELDS[kind]}_id")
        for index, kind in enumerate(TERM_FIELDS)
    ]
    ids: dict[str, list[int]] = {kind: [] for kind in TERM_FIELDS}
    kinds = list(TERM_FIELDS)
    for index, term_id in parts[0].union(*parts[1:], all=True):
        ids[kinds[index]].append(term_id)
    return {kind: terms_by_id(kind, term_ids) for kind, term_ids in ids.items()}


def with_card_themes(pages: list[Page]) -> list[Page]:
    """Set `card_themes` on each page card (articles and toolkits mixed): the tag rows of all of
    them in one query, names from the cached taxonomy."""
    by_model: dict[Any, list[int]] = {}  # the concrete page classes, each with `themes`
    for page in pages:
        by_model.setdefault(type(page), []).append(page.pk)
    parts = [
        model.themes.through.objects.filter(**{f"{model._meta.model_name}_id__in": pks})
        .annotate(page_id=F(f"{model._meta.model_name}_id"))
        .values_list("page_id", "theme_id")
        for model, pks in by_model.items()
    ]
    theme_ids: dict[int, list[int]] = {}
    if parts:
        for page_id, theme_id in parts[0].union(*parts[1:], all=True):
            theme_ids.setdefault(page_id, []).append(theme_id)
    for page in pages:
        page.card_themes = terms_by_id("themes", theme_ids.get(page.pk, []))
    return pages


def pages_due_for_review(*, on: dt.date | None = None) -> QuerySet:
    """Live articles and toolkits past their review date (as `TrustMixin.review_overdue`),
    longest overdue first, as their own page types: the review report and the reminder mails
    read owner and dates from them."""
    on = on or timezone.localdate()
    due = Q(articlepage__next_review__lt=on) | Q(toolkitpage__next_review__lt=on)
    return (
        Page.objects.live()
        .filter(due)
        .order_by(Coalesce("articlepage__next_review", "toolkitpage__next_review"), "pk")
        .specific()
    )
