"""React to Wagtail publishing: keep the calendar state of an event in step, and withdraw an
upcoming event that is unpublished (services)."""

from __future__ import annotations

import logging

from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from .models import EventPage

logger = logging.getLogger("kennisplatform.events")


@receiver(page_published, sender=EventPage, dispatch_uid="events.sync_published")
def sync_published_event(sender, instance: EventPage, **kwargs) -> None:
    from .services import event_sync_published

    event_sync_published(event=instance)


@receiver(page_unpublished, sender=EventPage, dispatch_uid="events.withdrawn")
def withdraw_unpublished_event(sender, instance: EventPage, **kwargs) -> None:
    """An organiser's unpublish withdraws the event. A scheduled expiry does not: organisers
    use it to take an event off the agenda (e.g. when registration closes), not to cancel it."""
    if instance.expired:
        logger.info("event %s expired: registrations are kept", instance.pk)
        return
    from .services import event_withdraw

    event_withdraw(event=instance)
