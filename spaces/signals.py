"""A meeting of a table (an event with `space`) is restricted to the table's group, so every
door of the events app (agenda, ICS, search, registrations) asks the policy as for any
group-restricted page."""

from __future__ import annotations

from django.db import transaction

from wagtail.models import PageViewRestriction

from access.policy import SPACE_GROUP_PREFIX


def _space_restrictions(page):
    return PageViewRestriction.objects.filter(
        page=page,
        restriction_type=PageViewRestriction.GROUPS,
        groups__name__startswith=SPACE_GROUP_PREFIX,
    ).distinct()


def restrict_meeting(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):
        return
    with transaction.atomic():
        if instance.space_id is None:
            _space_restrictions(instance).delete()
            return
        group = instance.space.group
        current = _space_restrictions(instance).first()
        if current is None:
            current = PageViewRestriction.objects.create(
                page=instance, restriction_type=PageViewRestriction.GROUPS
            )
        current.groups.set([group])
        _space_restrictions(instance).exclude(pk=current.pk).delete()


def publication_published(sender, instance, **kwargs) -> None:
    from . import services

    services.publication_on_publish(page=instance)


def publication_returned(sender, instance, user=None, **kwargs) -> None:
    from . import services

    services.publication_on_return(workflow_state=instance)
