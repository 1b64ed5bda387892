"""Reactions to allauth and Wagtail events; connected in MembersConfig.ready()."""

from __future__ import annotations

from django.dispatch import receiver

from wagtail.signals import page_published, workflow_rejected

from allauth.account.signals import email_confirmed
from allauth.mfa.models import Authenticator
from allauth.mfa.signals import authenticator_added

from . import services
from .middleware import record_mfa_activation


@receiver(email_confirmed, dispatch_uid="members.email_confirmed")
def decide_membership_on_verification(sender, request, email_address, **kwargs) -> None:
    """Every verification path (link, code, password reset) ends here: allowlisted domain →
    member, otherwise the application goes to the moderators."""
    services.membership_evaluate(user=email_address.user, email=email_address.email)


@receiver(authenticator_added, dispatch_uid="members.authenticator_added")
def authenticator_activated(sender, request, user, authenticator, **kwargs) -> None:
    """Setting up the authenticator app proved its code: this session passed MFA (staff may
    use the admin at once, members.middleware)."""
    if request is not None and authenticator.type == Authenticator.Type.TOTP:
        record_mfa_activation(request, user, authenticator)


@receiver(page_published, dispatch_uid="members.contribution_published")
def contribution_published(sender, instance, **kwargs) -> None:
    """A member's contribution went online: release its attachments, tell the member."""
    services.contribution_on_publish(page=instance)


@receiver(workflow_rejected, dispatch_uid="members.contribution_returned")
def contribution_returned(sender, instance, user=None, **kwargs) -> None:
    """The editors sent a member's contribution back: the member gets the reason by mail."""
    services.contribution_on_return(workflow_state=instance)
