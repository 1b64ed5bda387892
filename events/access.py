"""Who may do what with events, without importing members (see STYLE.md, app imports)."""

from __future__ import annotations

from django.core.exceptions import ObjectDoesNotExist

from wagtail.models import Page

from access import policy


def is_member(user) -> bool:
    """An approved member or staff, as the visibility policy counts them (access/policy.py): an
    account awaiting moderation may register for public events (its e-mail is verified) but
    not for members-only ones."""
    return policy.viewer(user).member


def can_manage_registrations(user, event: Page) -> bool:
    """Organisers manage the registrations of events they may publish.

    Based on Wagtail page permissions: the Evenementorganisator group holds add/change/publish on
    the agenda; a Redacteur (add/change only) may edit pages but never sees registrations, which
    are personal data.
    """
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    return event.permissions_for_user(user).can_publish()


def user_display_name(user) -> str:
    return (user.get_full_name() or "").strip() or user.email


def user_organisation(user) -> str:
    """The organisation from the member's profile when the members app provides one."""
    for attribute in ("profile", "member_profile"):
        try:
            profile = getattr(user, attribute, None)
        except ObjectDoesNotExist:
            profile = None
        organisation = getattr(profile, "organisation", None)
        if organisation:
            return str(organisation)[:200]
    return str(getattr(user, "organisation", "") or "")[:200]
