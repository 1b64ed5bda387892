"""Admin report for editors: knowledge pages past their review date."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from . import selectors
from .models import ArticlePage, ToolkitPage

# Pages with a review date (TrustMixin).
REVIEWED_TYPES = (ArticlePage, ToolkitPage)


class ReviewPermissionPolicy(PagePermissionPolicy):
    """The report is for people who may edit pages with a review date, or add them: Wagtail's
    page policy alone would also open it (and show it in the menu) to organisers, who edit
    events only and would always find it empty."""

    def user_has_any_permission(self, user, actions) -> bool:
        if not super().user_has_any_permission(user, actions):
            return False
        places = {*REVIEWED_TYPES}
        for model in REVIEWED_TYPES:
            places.update(model.allowed_parent_page_models())
        return self.instances_user_has_any_permission_for(user, actions).type(*places).exists()


class ReviewDueReportView(ReportView):
    page_title = _("Beoordeling verlopen")
    header_icon = "time"
    index_url_name = "knowledge_review_due"
    index_results_url_name = "knowledge_review_due_results"
    permission_policy = ReviewPermissionPolicy()
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "owner_name", "owner_email", "last_reviewed", "next_review", "url"]
    export_headings = {
        "title": _("Titel"),
        "owner_name": _("Eigenaar"),
        "owner_email": _("E-mail eigenaar"),
        "last_reviewed": _("Laatst beoordeeld"),
        "next_review": _("Volgende beoordeling"),
        "url": _("Adres"),
    }
    columns = [
        TitleColumn(
            "title",
            label=_("Titel"),
            get_url=lambda page: reverse("wagtailadmin_pages:edit", args=[page.pk]),
        ),
        Column("owner_name", label=_("Eigenaar")),
        DateColumn("last_reviewed", label=_("Laatst beoordeeld")),
        DateColumn("next_review", label=_("Volgende beoordeling")),
    ]

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(
            self.request.user, "change"
        )
        return selectors.pages_due_for_review().filter(pk__in=editable.values("pk"))
