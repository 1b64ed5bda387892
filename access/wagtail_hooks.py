from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import files, policy, privacy, reports


@hooks.register("before_serve_page", order=-1)
def serve_as_the_policy_says(page, request, serve_args, serve_kwargs):
    """Who gets a restricted page, decided by the policy before Wagtail's own check (which
    would admit any signed-in account to a "logged-in users" page)."""
    verdict = policy.page_verdict(request.user, page, request)
    if verdict in (policy.Verdict.OPEN, policy.Verdict.PASSWORD):
        return None  # a password restriction: Wagtail shows its form
    if verdict is policy.Verdict.HIDDEN:
        raise Http404
    if verdict is policy.Verdict.TEASER and hasattr(page, "serve_teaser"):
        response = page.serve_teaser(request, *serve_args, **serve_kwargs)
        add_never_cache_headers(response)
        return response
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise PermissionDenied


@hooks.register("before_serve_document", order=-1)
def serve_document_as_the_policy_says(document, request):
    """The policy decides; a document that is not public goes out with its sharing label
    (access/files.send_labelled), a public one through Wagtail's view as it is."""
    if not policy.may_open_file(request.user, document, request):
        return files.refuse(request)
    if policy.may_open_file(None, document):
        return None
    return files.send_document(request, document)


@hooks.register("register_admin_urls")
def register_download_report_urls():
    return [
        path(
            "rapporten/downloads-besloten-documenten/",
            reports.DocumentDownloadReportView.as_view(),
            name="access_document_downloads",
        ),
        path(
            "rapporten/downloads-besloten-documenten/resultaten/",
            reports.DocumentDownloadReportView.as_view(results_only=True),
            name="access_document_downloads_results",
        ),
    ]


class DocumentDownloadMenuItem(MenuItem):
    def is_shown(self, request):
        return reports.may_see_downloads(request.user)


@hooks.register("register_reports_menu_item")
def register_download_report_menu_item():
    return DocumentDownloadMenuItem(
        _("Downloads van besloten documenten"),
        reverse("access_document_downloads"),
        icon_name="doc-full",
        order=710,
    )


@hooks.register("register_log_actions")
def register_label_change_action(actions):
    actions.register_action(privacy.LOG_ACTION)(privacy.LabelChangeFormatter)
