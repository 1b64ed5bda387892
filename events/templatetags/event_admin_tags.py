"""Admin template tags: what an organiser should know before unpublishing an event."""

from __future__ import annotations

from django import template

from ..models import EventPage
from ..services import withdrawal_recipients

register = template.Library()


@register.inclusion_tag("events/admin/withdrawal_warning.html")
def withdrawal_warning(page) -> dict:
    """On Wagtail's "unpublish" confirmation: how many registrants of this upcoming event will
    be told it does not go ahead (see services.event_withdraw)."""
    if not isinstance(page, EventPage):
        return {"count": 0}
    return {"count": withdrawal_recipients(page).count()}
