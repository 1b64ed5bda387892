"""`/p/<id>/`: a link to a page that does not name it, for mails about closed items."""

from __future__ import annotations

from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.views.decorators.http import require_safe

from wagtail.models import Page

from . import policy


@require_safe
def page_link(request: HttpRequest, page_id: int) -> HttpResponse:
    """Sends whoever may open or know the page on to its address, asks a visitor to log in and
    gives anyone else a 404: the address itself (the page's slug) says what the page is about,
    so a mail about an item for a closed group (TLP:AMBER) links here instead."""
    page = Page.objects.live().filter(pk=page_id).specific().first()
    if page is None:
        raise Http404
    verdict = policy.page_verdict(request.user, page, request)
    if verdict in (policy.Verdict.OPEN, policy.Verdict.TEASER):
        return redirect(page.url)
    if verdict is policy.Verdict.LOGIN:
        return redirect_to_login(request.get_full_path())
    raise Http404
