"""Admin for search: the thesaurus (snippet) and reports of what people search for.

Permissions: `search.view_querylog` opens the reports; `search.add/change/delete_synonym`
manage the thesaurus (superusers have all). Assign them to roles in members/roles.py.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Permission
from django.db.models import Avg, Count, Q
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import CompoundPart, QueryLog, Synonym

REPORT_DAYS = 30


class SynonymViewSet(SnippetViewSet):
    model = Synonym
    icon = "search"
    menu_label = _("Synoniemen")
    menu_name = "synoniemen"
    menu_order = 260
    add_to_admin_menu = True
    list_display = ["terms", "note", "updated_at"]
    search_fields = ["terms", "note"]
    ordering = ["terms"]


register_snippet(SynonymViewSet)


class CompoundPartViewSet(SnippetViewSet):
    """The editors' own parts of compound words, beside the shipped Dutch word list."""

    model = CompoundPart
    icon = "search"
    menu_label = _("Samenstellingen")
    menu_name = "samenstellingen"
    menu_order = 261
    add_to_admin_menu = True
    list_display = ["word", "note", "updated_at"]
    search_fields = ["word", "note"]
    ordering = ["word"]


register_snippet(CompoundPartViewSet)


class RoundedColumn(Column):
    def get_value(self, instance):
        value = super().get_value(instance)
        return "" if value is None else f"{value:.1f}"


class SearchTermsReportView(ReportView):
    """The most frequent searches of the last 30 days, with how often they found nothing."""

    page_title = _("Zoektermen (30 dagen)")
    header_icon = "search"
    index_url_name = "search_reports:terms"
    index_results_url_name = "search_reports:terms_results"
    permission_required = "view"
    paginate_by = 50
    zero_only = False
    list_export = ["query", "searches", "zero_results", "partial_results", "average_hits"]
    export_headings = {
        "query": _("Zoekterm"),
        "searches": _("Zoekopdrachten"),
        "zero_results": _("Zonder resultaat"),
        "partial_results": _("Gevonden met een deel van de woorden"),
        "average_hits": _("Gemiddeld aantal resultaten"),
    }
    columns = [
        Column("query", label=_("Zoekterm")),
        Column("searches", label=_("Zoekopdrachten")),
        Column("zero_results", label=_("Zonder resultaat")),
        Column("partial_results", label=_("Gevonden met een deel van de woorden")),
        RoundedColumn("average_hits", label=_("Gemiddeld aantal resultaten")),
    ]

    @cached_property
    def permission_policy(self):
        return ModelPermissionPolicy(QueryLog)

    def get_filename(self):
        kind = "zonder-resultaat" if self.zero_only else "zoektermen"
        return f"{kind}-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        since = timezone.localdate() - dt.timedelta(days=REPORT_DAYS)
        logs = QueryLog.objects.filter(day__gte=since)
        if self.zero_only:
            # Also what all words together did not find, shown from part of the words.
            logs = logs.filter(Q(hits=0) | Q(relaxed=True))
        return (
            logs.values("query")
            .annotate(
                searches=Count("id"),
                zero_results=Count("id", filter=Q(hits=0)),
                partial_results=Count("id", filter=Q(relaxed=True)),
                average_hits=Avg("hits"),
            )
            .order_by("-searches", "query")
        )


class ZeroResultsReportView(SearchTermsReportView):
    """Searches of the last 30 days that found nothing, or nothing with all their words (and
    were shown results with part of them): content to write, or synonyms to add."""

    page_title = _("Zoektermen zonder resultaat (30 dagen)")
    index_url_name = "search_reports:zero"
    index_results_url_name = "search_reports:zero_results"
    zero_only = True


@hooks.register("register_admin_urls")
def register_report_urls():
    from django.urls import include

    urls = [
        path("", SearchTermsReportView.as_view(), name="terms"),
        path("results/", SearchTermsReportView.as_view(results_only=True), name="terms_results"),
        path("zonder-resultaat/", ZeroResultsReportView.as_view(), name="zero"),
        path(
            "zonder-resultaat/results/",
            ZeroResultsReportView.as_view(results_only=True),
            name="zero_results",
        ),
    ]
    return [path("rapporten/zoektermen/", include((urls, "search_reports")))]


class QueryLogMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_querylog")


@hooks.register("register_reports_menu_item")
def register_search_terms_report():
    return QueryLogMenuItem(
        _("Zoektermen"), reverse("search_reports:terms"), icon_name="search", order=1400
    )


@hooks.register("register_reports_menu_item")
def register_zero_results_report():
    return QueryLogMenuItem(
        _("Zoektermen zonder resultaat"),
        reverse("search_reports:zero"),
        icon_name="search",
        order=1401,
    )


@hooks.register("register_permissions")
def register_search_permissions():
    return Permission.objects.filter(
        content_type__app_label="search",
        codename__in=["view_querylog", "add_synonym", "change_synonym", "delete_synonym"],
    )


@hooks.register("construct_reports_menu")
def hide_unused_wagtail_search_terms_report(request, menu_items):
    """Wagtail's own "Search terms" report counts `Query.add_hit()`, which our search does not
    call (queries are logged anonymised in QueryLog); an always-empty report would mislead."""
    menu_items[:] = [item for item in menu_items if item.name != "search-terms"]
