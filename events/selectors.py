"""Read-only queries for the agenda."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone

from knowledge.taxonomy import Audience, Theme


def events() -> QuerySet:
    from .models import EventPage

    return EventPage.objects.live().prefetch_related("themes")


def agenda(request: HttpRequest) -> dict:
    """The upcoming list (default) or past events, filtered by theme, format and audience."""
    from .models import EventPage

    now = timezone.now()
    show_past = request.GET.get("periode") == "afgelopen"
    qs = (
        events().filter(end__lt=now).order_by("-start")
        if show_past
        else (events().filter(end__gte=now).order_by("start"))
    )
    theme = request.GET.get("thema", "")
    event_format = request.GET.get("vorm", "")
    audience = request.GET.get("doelgroep", "")
    if theme:
        qs = qs.filter(themes__slug=theme)
    if event_format in EventPage.Format.values:
        qs = qs.filter(event_format=event_format)
    if audience:
        qs = qs.filter(audiences__slug=audience)
    page = Paginator(qs.distinct(), 20).get_page(request.GET.get("pagina"))
    return {
        "events": page,
        "show_past": show_past,
        "themes": Theme.objects.all(),
        "formats": EventPage.Format.choices,
        "audiences": Audience.objects.all(),
        "selected": {"thema": theme, "vorm": event_format, "doelgroep": audience},
    }


def registrations_for_user(user) -> QuerySet:
    """The member's registrations (any status), newest event first, with the event loaded.

    Use `registration.join_link` (empty unless confirmed), `registration.can_cancel`,
    `registration.get_cancel_url()` and `registration.shows_materials` in templates.
    """
    from .models import Registration

    if not getattr(user, "is_authenticated", False):
        return Registration.objects.none()
    return (
        Registration.objects.filter(user=user)
        .select_related("event")
        .order_by("-event__start", "-created_at")
    )
