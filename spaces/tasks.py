"""Mails about spaces (django-tasks; enqueued after commit by spaces.services).

An item labelled AMBER, AMBER+STRICT or RED never travels in a mail: its mail says only that
something is new in the space, with a link (access.labels.QUOTABLE). Each recipient gets only
items they may open at send time (access.labels.may_open_item).
"""

from __future__ import annotations

from django_tasks import task

from access import labels
from knowledge.documents import ExtractionStatus, extract_text
from members import mail

from . import selectors
from .models import FileVersion, Invitation, LibraryFile, Participation, Publication, Update

PARTICIPATION_MAILS = {"approved", "rejected", "removed"}


def _send(template: str, *, to: list[str], context: dict) -> None:
    mail.send_mail(template, to=to, context=context, folder="spaces")


@task()
def notify_coordinators(participation_id: int) -> None:
    """Each coordinator of the space: a request to take part waits."""
    participation = (
        Participation.objects.select_related("space", "user", "organisation")
        .filter(pk=participation_id, status=Participation.Status.REQUESTED)
        .first()
    )
    if participation is None:
        return
    space = participation.space
    coordinators = Participation.objects.active().filter(
        space=space, role=Participation.Role.COORDINATOR
    )
    for coordinator in coordinators.select_related("user"):
        _send(
            "join_request",
            to=[coordinator.user.email],
            context={
                "name": coordinator.user.get_full_name(),
                "space": space,
                "applicant": participation.user.get_full_name(),
                "organisation": participation.organisation.name,
                "motivation": participation.motivation,
                "manage_url": mail.absolute_url(space.get_absolute_url() + "beheer/"),
            },
        )


@task()
def send_participation_mail(participation_id: int, kind: str) -> None:
    if kind not in PARTICIPATION_MAILS:
        raise ValueError(kind)
    participation = (
        Participation.objects.select_related("space", "user").filter(pk=participation_id).first()
    )
    if participation is None:
        return
    _send(
        f"participation_{kind}",
        to=[participation.user.email],
        context={
            "name": participation.user.get_full_name(),
            "space": participation.space,
            "reason": participation.reason,
            "space_url": mail.absolute_url(participation.space.get_absolute_url()),
        },
    )


@task()
def send_invitation(invitation_id: int) -> None:
    invitation = (
        Invitation.objects.select_related("space", "invited_by").filter(pk=invitation_id).first()
    )
    if invitation is None or invitation.accepted_at is not None:
        return
    _send(
        "invitation",
        to=[invitation.email],
        context={
            "name": "",
            "space": invitation.space,
            "inviter": invitation.invited_by.get_full_name() if invitation.invited_by else "",
            "url": mail.absolute_url(invitation.get_absolute_url()),
        },
    )


@task()
def notify_participants(kind: str, item_id: int) -> None:
    """Participants who chose a mail per item, except the author: the item's title and text
    only where its label allows (and the recipient may open it), else only that it is new."""
    models: dict[str, type[Update] | type[LibraryFile]] = {"update": Update, "file": LibraryFile}
    model = models[kind]
    item = model.objects.select_related("space__group").filter(pk=item_id).first()
    if item is None:
        return
    author_id = item.author_id if kind == "update" else item.versions.first().uploaded_by_id
    recipients = (
        Participation.objects.active()
        .filter(space=item.space, notify=Participation.Notify.IMMEDIATE)
        .exclude(user_id=author_id)
        .select_related("user")
    )
    for participation in recipients:
        user = participation.user
        if not labels.may_open_item(user, item):
            continue
        _send(
            f"new_{kind}",
            to=[user.email],
            context={
                "name": user.get_full_name(),
                "space": item.space,
                "item": item,
                "quote": item.label in labels.QUOTABLE,
                "label": item.get_label_display(),
                "url": mail.absolute_url(
                    item.get_absolute_url() if kind == "update" else item.space.get_absolute_url()
                ),
                "settings_url": mail.absolute_url(item.space.get_absolute_url()),
            },
        )


def send_digest(participation: Participation, items: list) -> None:
    """One participant's daily summary (sent by the command, not queued)."""
    quoted = [item for item in items if item.label in labels.QUOTABLE]
    _send(
        "digest",
        to=[participation.user.email],
        context={
            "name": participation.user.get_full_name(),
            "space": participation.space,
            "quoted": quoted,
            "unquoted": len(items) - len(quoted),
            "space_url": mail.absolute_url(participation.space.get_absolute_url()),
        },
    )


@task()
def send_publication_mail(publication_id: int, kind: str) -> None:
    """The coordinator who sent a table's item to the knowledge base: the editors published the
    article ("published"), or sent it back with their reason ("returned")."""
    if kind not in {"published", "returned"}:
        raise ValueError(kind)
    publication = (
        Publication.objects.select_related("space", "by", "page").filter(pk=publication_id).first()
    )
    if publication is None or publication.by is None or publication.page is None:
        return
    page = publication.page
    _send(
        f"publication_{kind}",
        to=[publication.by.email],
        context={
            "name": publication.by.get_full_name(),
            "space": publication.space,
            "title": page.title,
            "reason": selectors.return_reason(page) if kind == "returned" else "",
            "page_url": mail.absolute_url(page.url) if page.live and page.url else "",
            "space_url": mail.absolute_url(publication.space.get_absolute_url()),
        },
    )


@task()
def extract_version_text(version_id: int) -> None:
    """The text inside an uploaded file (PDF, DOCX, TXT, CSV), for the table's own search:
    knowledge's extraction for attachments, after the upload so that it never waits for it."""
    version = FileVersion.objects.filter(pk=version_id).first()
    if version is None:
        return
    extension = version.original_name.rsplit(".", 1)[-1] if "." in version.original_name else ""
    try:
        with version.upload.open("rb") as handle:
            data = handle.read()
    except OSError:
        status, text = ExtractionStatus.BROKEN, ""
    else:
        status, text = extract_text(data, extension)
    FileVersion.objects.filter(pk=version.pk).update(text=text, extraction_status=status)
