"""Request hygiene shared by every view."""

from django.http import HttpResponseBadRequest
from django.utils.cache import patch_cache_control

from .csp import is_html


class RejectNullBytesMiddleware:
    """A NUL byte in the query string is never legitimate and PostgreSQL cannot store or
    compare it: answer 400 with a Dutch message before any view or query sees it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if any("\x00" in value for values in request.GET.lists() for value in values[1]) or any(
            "\x00" in key for key in request.GET
        ):
            return HttpResponseBadRequest(
                "Ongeldig teken in het webadres. Controleer de link en probeer het opnieuw.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class PrivateWhenSignedInMiddleware:
    """A page rendered for a signed-in person carries their session's CSRF token, their name
    and what only they may see (members-only teasers, the editor's user bar): no shared cache
    may keep it. Such HTML responses that do not say who may store them get
    `Cache-Control: private`; a view that decided (public or private) is left alone, and files
    and feeds decide for themselves (access/files.py, events/views.py)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and is_html(response):
            directives = {
                part.split("=", 1)[0].strip().lower()
                for part in response.get("Cache-Control", "").split(",")
            }
            if not directives & {"public", "private"}:
                patch_cache_control(response, private=True)
        return response
