from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .reports import ReviewDueReportView
from .taxonomy import Audience, Region, Theme


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "parent", "slug"]
    list_filter = ["parent"]
    search_fields = ["name"]
    ordering = ["parent__name", "name"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "site"
    list_display = ["name", "kind", "slug"]
    list_filter = ["kind"]


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    list_display = ["name", "slug"]


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = "Indeling"
    menu_icon = "folder-open-inverse"
    menu_order = 250
    items = (ThemeViewSet, RegionViewSet, AudienceViewSet)


register_snippet(TaxonomyGroup)


@hooks.register("register_admin_urls")
def register_review_report_urls():
    return [
        path("rapporten/beoordeling/", ReviewDueReportView.as_view(), name="knowledge_review_due"),
        path(
            "rapporten/beoordeling/resultaten/",
            ReviewDueReportView.as_view(results_only=True),
            name="knowledge_review_due_results",
        ),
    ]


class ReviewReportMenuItem(MenuItem):
    def is_shown(self, request):
        return ReviewDueReportView.permission_policy.user_has_any_permission(
            request.user, ReviewDueReportView.any_permission_required
        )


@hooks.register("register_reports_menu_item")
def register_review_report_menu_item():
    return ReviewReportMenuItem(
        "Beoordeling verlopen",
        reverse("knowledge_review_due"),
        icon_name="time",
        order=705,
    )
