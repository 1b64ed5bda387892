from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .access import failed_restrictions, pages_using_document
from .models import ArticlePage, ToolkitPage
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


@hooks.register("before_serve_page", order=-1)
def serve_teaser_for_restricted_knowledge(page, request, serve_args, serve_kwargs):
    """Visitors of a members-only article or toolkit get a teaser (title and summary) and a
    login button instead of Wagtail's bare login redirect. The body is never rendered."""
    if not isinstance(page, ArticlePage | ToolkitPage):
        return None
    restrictions = page.get_view_restrictions()
    if request.user.is_authenticated and any(
        r.restriction_type == PageViewRestriction.GROUPS for r in restrictions
    ):
        # Group restrictions ask for the user's groups on every check (here and in Wagtail's
        # own hook): load them once. The lazy request.user wraps the user instance.
        prefetch_related_objects([getattr(request.user, "_wrapped", request.user)], "groups")
    failed = failed_restrictions(page, request)
    if not failed or any(r.restriction_type == PageViewRestriction.PASSWORD for r in failed):
        return None  # no restriction, or a password one: Wagtail's own handling applies
    context = page.get_context(request, *serve_args, **serve_kwargs)
    context["teaser"] = True
    context["related"] = []
    response = TemplateResponse(request, page.get_template(request), context, status=403)
    add_never_cache_headers(response)
    return response


@hooks.register("before_serve_document")
def protect_attachments_of_restricted_pages(document, request):
    """An attachment used on a members-only page is served only to those who may open it."""
    for page in pages_using_document(document):
        if failed_restrictions(page, request):
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            raise PermissionDenied
    return None


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
