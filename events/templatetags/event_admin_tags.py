"""Admin template tags: what an organiser should know before unpublishing an event."""

from __future__ import annotations

from django import template

from ..models import EventPage
from ..selectors import withdrawal_recipients

register = template.Library()


@register.inclusion_tag("events/admin/withdrawal_warning.html")
def withdrawal_warning(page) -> dict:
    """On Wagtail's "unpublish" confirmation: how many registrants of events that have not
    started will be told they do not go ahead (services.event_withdraw), for this page and,
    when the organiser includes them, the pages below it."""
    own = EventPage.objects.filter(pk=page.pk)
    below = EventPage.objects.descendant_of(page).live()
    return {
        "count": withdrawal_recipients(events=own).count(),
        "below": withdrawal_recipients(events=below).count(),
    }
