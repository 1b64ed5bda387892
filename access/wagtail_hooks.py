from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.cache import add_never_cache_headers

from wagtail import hooks

from . import files, labels, policy


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
    return files.send_labelled(
        request, file=document.file, filename=document.filename, label=labels.file_label(document)
    )
