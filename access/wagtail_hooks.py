from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.models import Page

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


MOVE_REASON_FIELD = "label_reason"


@hooks.register("before_move_page")
def ask_why_a_move_lowers_the_label(request, page, destination):
    """A move that lowers the page's label needs a reason (the confirmation asks for it,
    templates/wagtailadmin/pages/confirm_move.html); it is kept in the page's history."""
    if request.method != "POST":
        return None
    lowered = privacy.move_lowers(page, destination)
    if lowered is None:
        return None
    reason = request.POST.get(MOVE_REASON_FIELD, "").strip()
    if not reason:
        messages.error(request, privacy.lowering_needs_a_reason(*lowered))
        return redirect("wagtailadmin_pages:move_confirm", page.pk, destination.pk)
    request._label_lowered = (*lowered, reason[:1000])
    return None


@hooks.register("after_move_page")
def keep_why_a_move_lowered_the_label(request, page):
    lowered = getattr(request, "_label_lowered", None)
    if lowered is not None:
        old, new, reason = lowered
        privacy.record_label_change(page, old=old, new=new, reason=reason, by=request.user)


@hooks.register("before_bulk_action")
def refuse_bulk_moves_that_lower_a_label(request, action_type, objects, action):
    """A bulk move has no place for a reason: pages whose label it would lower are moved one
    at a time."""
    if action_type != "move" or not issubclass(action.model, Page):
        return None
    destination = action.cleaned_form.cleaned_data["chooser"]
    lowered = [page for page in objects if privacy.move_lowers(page, destination)]
    if not lowered:
        return None
    messages.error(
        request,
        _(
            "Verplaatsen naar ‘%(destination)s’ maakt het deellabel van %(pages)s lager. "
            "Verplaats deze pagina's één voor één: dan vraagt het platform om een reden."
        )
        % {
            "destination": destination.get_admin_display_title(),
            "pages": ", ".join(f"‘{page.get_admin_display_title()}’" for page in lowered),
        },
    )
    return redirect(action.next_url)
