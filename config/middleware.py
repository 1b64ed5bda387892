"""Request hygiene shared by every view."""

from django.http import HttpResponseBadRequest


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
