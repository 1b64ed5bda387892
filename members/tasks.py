"""Background mails about membership (django-tasks; enqueued after commit by services)."""

from __future__ import annotations

from django.urls import reverse

from django_tasks import task

from . import mail, selectors
from .models import Contribution, Membership

MEMBERSHIP_MAILS = {"welcome", "received", "approved", "rejected"}


@task()
def send_membership_mail(membership_id: int, kind: str) -> None:
    """Tell the applicant: welcome (allowlisted domain), received, approved or rejected."""
    if kind not in MEMBERSHIP_MAILS:
        raise ValueError(kind)
    membership = Membership.objects.select_related("user").filter(pk=membership_id).first()
    if membership is None:
        return  # the account was deleted meanwhile
    user = membership.user
    mail.send_mail(
        f"membership_{kind}",
        to=[user.email],
        context={
            "name": user.get_full_name(),
            "membership": membership,
            "reason": membership.rejection_reason,
            "mijn_url": mail.absolute_url("/mijn/"),
            "profile_url": mail.absolute_url("/mijn/profiel/"),
        },
    )


@task()
def notify_moderators(membership_id: int) -> None:
    """One mail per moderator: a new application waits in the admin."""
    membership = (
        Membership.objects.select_related("user", "user__profile").filter(pk=membership_id).first()
    )
    if membership is None or membership.status != Membership.Status.PENDING:
        return
    applicant = membership.user
    profile = getattr(applicant, "profile", None)
    review_url = mail.absolute_url(reverse("members_membership:index"))
    for moderator in selectors.moderators():
        mail.send_mail(
            "moderator_new_application",
            to=[moderator.email],
            context={
                "moderator_name": moderator.get_full_name(),
                "applicant_name": applicant.get_full_name(),
                "applicant_email": applicant.email,
                "organisation": profile.organisation if profile else "",
                "motivation": membership.motivation,
                "review_url": review_url,
            },
        )


@task()
def send_contribution_mail(contribution_id: int, kind: str) -> None:
    """Tell the member their praktijkvoorbeeld is online ("published") or was sent back with
    the editors' reason ("returned")."""
    if kind not in {"published", "returned"}:
        raise ValueError(kind)
    contribution = (
        Contribution.objects.select_related("user", "page").filter(pk=contribution_id).first()
    )
    if contribution is None or contribution.user is None:
        return
    status = dict(selectors.contributions_for_user(contribution.user)).get(contribution)
    mail.send_mail(
        f"contribution_{kind}",
        to=[contribution.user.email],
        context={
            "name": contribution.user.get_full_name(),
            "title": contribution.title,
            "reason": status.reason if status else "",
            "page_url": mail.absolute_url(contribution.page.url or "/")
            if contribution.page and contribution.page.live
            else "",
            "mijn_url": mail.absolute_url("/mijn/#bijdragen"),
        },
    )
