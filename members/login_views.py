"""The doors Wagtail opens next to allauth's login, closed or guarded.

Everyone logs in through allauth: one form with its rate limits, e-mail verification and the
MFA step. Wagtail mounts a login form of its own for private pages (`/_util/login/`, Django's
LoginView) that skips all three; it now sends people to allauth's login. Wagtail's page and
document password forms are no logins, but they check a secret: they are rate limited with
allauth's limiter (`allauth.core.ratelimit`), so the counters live with the login's and a
guesser gets the same Dutch "Te veel pogingen" page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from http import HTTPStatus
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.cache import never_cache

from wagtail import views as wagtail_views
from wagtail.documents.views import serve as wagtaildocs_serve

from allauth.core import ratelimit


@never_cache
def frontend_login(request: HttpRequest) -> HttpResponse:
    """Wagtail's front-end login (`wagtailcore_login`; Wagtail still reverses the name, see
    WAGTAIL_FRONTEND_LOGIN_URL): allauth's login instead, with `next` kept. Credentials
    posted here are ignored: the redirect is a GET."""
    url = reverse("account_login")
    next_url = request.GET.get("next") or request.POST.get("next")
    if next_url:  # allauth checks it is ours before following it
        url = f"{url}?{urlencode({'next': next_url})}"
    return redirect(url)


def _too_many_attempts(request: HttpRequest) -> HttpResponse:
    return render(request, "429.html", {"page_password": True}, status=HTTPStatus.TOO_MANY_REQUESTS)


def _rate_limited(view: Callable[..., HttpResponse], kind: str):
    """Each attempt counts per address ("page_password"); a wrong password also counts for the
    restriction from all addresses together ("page_password_failed"), so spreading guesses
    over many addresses does not help. Wagtail's view answers a right password with a redirect
    and a wrong one with the form again."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method != "POST":
            return view(request, *args, **kwargs)
        key = f"{kind}:{args[0] if args else next(iter(kwargs.values()))}"
        if not ratelimit.consume(request, action="page_password") or not ratelimit.consume(
            request, action="page_password_failed", key=key, dry_run=True
        ):
            return _too_many_attempts(request)
        response = view(request, *args, **kwargs)
        if response.status_code == HTTPStatus.OK:
            ratelimit.consume(request, action="page_password_failed", key=key)
        return response

    return wrapper


page_password = never_cache(_rate_limited(wagtail_views.authenticate_with_password, "page"))
document_password = never_cache(
    _rate_limited(wagtaildocs_serve.authenticate_with_password, "collection")
)
