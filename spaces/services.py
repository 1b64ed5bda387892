"""What coordinators, participants and Beheerders do with a space.

Membership of a space is its group (`Space.group`): every change of a participation's status
updates the group in the same transaction, so access follows at once (a removed participant's
next request, download or ICS fetch is refused). Mails go out after commit (spaces/tasks.py).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files import File
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from access import labels, policy
from access.labels import Label
from knowledge.models import ArticlePage
from members import services as members_services

from . import tasks
from .models import (
    Circle,
    Comment,
    Download,
    FileVersion,
    Folder,
    Invitation,
    LabelChange,
    LibraryFile,
    Organisation,
    Participation,
    Publication,
    Space,
    Update,
)

Status = Participation.Status
Role = Participation.Role


def _after_commit(task, *args) -> None:
    transaction.on_commit(lambda: task.enqueue(*args))


def organisation_named(name: str) -> Organisation:
    name = " ".join(name.split())
    if not name:
        raise ValidationError(_("Vul uw organisatie in."), code="organisation")
    if len(name) > Organisation._meta.get_field("name").max_length:
        raise ValidationError(_("Die naam is te lang; gebruik een kortere."), code="organisation")
    existing = Organisation.objects.filter(name__iexact=name).first()
    return existing or Organisation.objects.create(name=name)


def _activate(participation: Participation, *, by, role: str | None = None) -> None:
    participation.status = Status.ACTIVE
    if role is not None:
        participation.role = role
    participation.decided_at = timezone.now()
    participation.decided_by = by
    participation.save()
    participation.user.groups.add(participation.space.group)
    policy.forget(participation.user)


def _deactivate(participation: Participation, status: str, *, by, reason: str = "") -> None:
    participation.status = status
    participation.reason = reason
    participation.decided_at = timezone.now()
    participation.decided_by = by
    participation.save()
    participation.user.groups.remove(participation.space.group)
    policy.forget(participation.user)


def is_coordinator(space: Space, user) -> bool:
    return (
        user.is_authenticated
        and Participation.objects.active()
        .filter(space=space, user=user, role=Role.COORDINATOR)
        .exists()
    )


def may_manage(space: Space, user, participation: Participation | None = None) -> bool:
    """Coordinators of the space, and Beheerders (who also manage it in the admin) in a
    session that passed MFA (access.policy: without it, staff are plain members). A caller
    that loaded the person's participation passes it, saving the query."""
    coordinator = (
        participation.is_coordinator if participation is not None else is_coordinator(space, user)
    )
    if coordinator:
        return True
    if not user.is_authenticated or getattr(user, "staff_mfa_passed", True) is False:
        return False
    return user.has_perm("spaces.change_participation")


def _require_manager(space: Space, user) -> None:
    if not may_manage(space, user):
        raise PermissionDenied


def _require_participant(space: Space, user) -> Participation:
    participation = (
        Participation.objects.active().filter(space=space, user_id=user.pk).first()
        if user.is_authenticated
        else None
    )
    if participation is None:
        raise PermissionDenied
    return participation


# -- joining ----------------------------------------------------------------------------------
@transaction.atomic
def request_to_join(*, space: Space, user, organisation: str, motivation: str) -> Participation:
    """An approved member asks to take part; the coordinators decide."""
    if not user.is_member:
        raise ValidationError(
            _("Alleen goedgekeurde leden kunnen deelnemen aan een fenomeentafel."), code="member"
        )
    participation = Participation.objects.select_for_update().filter(space=space, user=user).first()
    if participation is not None and participation.status in (Status.ACTIVE, Status.REQUESTED):
        raise ValidationError(_("U neemt al deel of uw verzoek wacht nog."), code="duplicate")
    participation = participation or Participation(space=space, user=user)
    participation.organisation = organisation_named(organisation)
    participation.motivation = motivation.strip()
    participation.status = Status.REQUESTED
    participation.role = Role.PARTICIPANT
    participation.requested_at = timezone.now()
    participation.decided_at = None
    participation.decided_by = None
    participation.reason = ""
    participation.save()
    _after_commit(tasks.notify_coordinators, participation.pk)
    return participation


@transaction.atomic
def approve(*, participation: Participation, by) -> None:
    _require_manager(participation.space, by)
    if participation.status != Status.REQUESTED:
        raise ValidationError(_("Dit verzoek is al behandeld."), code="decided")
    _activate(participation, by=by)
    _after_commit(tasks.send_participation_mail, participation.pk, "approved")


@transaction.atomic
def reject(*, participation: Participation, by, reason: str = "") -> None:
    _require_manager(participation.space, by)
    if participation.status != Status.REQUESTED:
        raise ValidationError(_("Dit verzoek is al behandeld."), code="decided")
    _deactivate(participation, Status.REJECTED, by=by, reason=reason.strip())
    _after_commit(tasks.send_participation_mail, participation.pk, "rejected")


@transaction.atomic
def remove(*, participation: Participation, by, reason: str = "") -> None:
    """Take a participant out: their access ends with this transaction."""
    _require_manager(participation.space, by)
    if participation.status != Status.ACTIVE:
        raise ValidationError(_("Deze persoon neemt niet (meer) deel."), code="inactive")
    _keep_a_coordinator(participation)
    _deactivate(participation, Status.REMOVED, by=by, reason=reason.strip())
    _after_commit(tasks.send_participation_mail, participation.pk, "removed")


@transaction.atomic
def leave(*, participation: Participation) -> None:
    _keep_a_coordinator(participation)
    _deactivate(participation, Status.LEFT, by=participation.user)


def _keep_a_coordinator(participation: Participation) -> None:
    """A table keeps at least one active coordinator."""
    if not participation.is_coordinator:
        return
    others = (
        Participation.objects.active()
        .filter(space=participation.space, role=Role.COORDINATOR)
        .exclude(pk=participation.pk)
    )
    if not others.exists():
        raise ValidationError(
            _("Een tafel houdt minstens één coördinator. Wijs eerst een andere aan."),
            code="last_coordinator",
        )


@transaction.atomic
def appoint(*, space: Space, user, organisation: str, role: str, by) -> Participation:
    """A Beheerder (or a coordinator) makes someone a coordinator or participant at once."""
    _require_manager(space, by)
    if not user.is_member:
        raise ValidationError(_("Alleen goedgekeurde leden kunnen deelnemen."), code="member")
    participation = Participation.objects.filter(space=space, user=user).first() or Participation(
        space=space, user=user
    )
    participation.organisation = organisation_named(organisation)
    _activate(participation, by=by, role=role)
    return participation


@transaction.atomic
def set_participation(*, participation: Participation, role: str, status: str, by) -> None:
    """A Beheerder's change in the admin: the group follows the status."""
    _require_manager(participation.space, by)
    if status == Status.ACTIVE:
        if role != Role.COORDINATOR:
            _keep_a_coordinator(participation)
        _activate(participation, by=by, role=role)
        return
    _keep_a_coordinator(participation)
    participation.role = role
    _deactivate(participation, status, by=by, reason=participation.reason)


# -- invitations ------------------------------------------------------------------------------
@transaction.atomic
def invite(*, space: Space, email: str, by) -> Invitation:
    _require_manager(space, by)
    email = email.strip().lower()
    invitation = Invitation.objects.create(space=space, email=email, invited_by=by)
    _after_commit(tasks.send_invitation, invitation.pk)
    return invitation


@transaction.atomic
def accept_invitation(*, invitation: Invitation, user, organisation: str) -> Participation:
    """The invitee, signed in with the invited address and an approved member, takes part."""
    if invitation.accepted_at is not None:
        raise ValidationError(_("Deze uitnodiging is al gebruikt."), code="used")
    if user.email.lower() != invitation.email.lower():
        raise ValidationError(
            _("Deze uitnodiging is voor een ander e-mailadres. Log in met %(email)s.")
            % {"email": invitation.email},
            code="other_address",
        )
    if not user.is_member:
        raise ValidationError(
            _(
                "Uw lidmaatschap is nog niet goedgekeurd. Zodra dat zo is, kunt u de "
                "uitnodiging aannemen."
            ),
            code="member",
        )
    participation = Participation.objects.filter(space=invitation.space, user=user).first()
    participation = participation or Participation(space=invitation.space, user=user)
    participation.organisation = organisation_named(organisation)
    if not participation.is_active:
        _activate(participation, by=invitation.invited_by, role=Role.PARTICIPANT)
    invitation.accepted_at = timezone.now()
    invitation.save(update_fields=["accepted_at"])
    return participation


# -- items ------------------------------------------------------------------------------------
def _set_audience(item, *, organisations=(), people=()) -> None:
    item.organisations.set(organisations if item.label == Label.AMBER_STRICT else [])
    item.people.set(people if item.label == Label.RED else [])
    if item.label == Label.AMBER_STRICT and not item.organisations.exists():
        raise ValidationError(_("Noem bij TLP:AMBER+STRICT de organisaties."), code="audience")
    if item.label == Label.RED and not item.people.exists():
        raise ValidationError(_("Noem bij TLP:RED de personen."), code="audience")


@transaction.atomic
def post_update(
    *, space: Space, author, title: str, body: str, label: str, organisations=(), people=()
) -> Update:
    _require_participant(space, author)
    update = Update.objects.create(
        space=space, author=author, title=title.strip(), body=body.strip(), label=label
    )
    _set_audience(update, organisations=organisations, people=people)
    _after_commit(tasks.notify_participants, "update", update.pk)
    return update


@transaction.atomic
def add_comment(*, update: Update, author, body: str) -> Comment:
    _require_participant(update.space, author)
    if not labels.may_open_item(author, update):
        raise PermissionDenied
    return Comment.objects.create(update=update, author=author, body=body.strip())


@transaction.atomic
def add_file(
    *,
    space: Space,
    uploaded_by,
    title: str,
    upload: UploadedFile,
    label: str,
    folder: Folder | None = None,
    organisations=(),
    people=(),
) -> LibraryFile:
    _require_participant(space, uploaded_by)
    file = LibraryFile.objects.create(space=space, folder=folder, title=title.strip(), label=label)
    _set_audience(file, organisations=organisations, people=people)
    add_version(file=file, upload=upload, uploaded_by=uploaded_by, notify=False)
    _after_commit(tasks.notify_participants, "file", file.pk)
    return file


@transaction.atomic
def add_version(
    *, file: LibraryFile, upload: UploadedFile, uploaded_by, notify: bool = True
) -> FileVersion:
    _require_participant(file.space, uploaded_by)
    if not labels.may_open_item(uploaded_by, file):
        raise PermissionDenied
    version = FileVersion(
        file=file, original_name=upload.name, size=upload.size or 0, uploaded_by=uploaded_by
    )
    version.upload.save(upload.name, upload, save=False)
    version.save()
    # Its text for the table's search: read after the upload, never while it waits.
    _after_commit(tasks.extract_version_text, version.pk)
    if notify:
        _after_commit(tasks.notify_participants, "file", file.pk)
    return version


def record_download(*, version: FileVersion, user) -> None:
    """AMBER and RED downloads are logged; the coordinators see the log."""
    if version.file.label not in labels.QUOTABLE:
        Download.objects.create(version=version, user=user)


@transaction.atomic
def change_label(*, item, new: str, by, reason: str = "", organisations=(), people=()) -> None:
    """Raise a label freely (a participant who may open it); lower it only as a coordinator
    or an editor, with a reason kept in the history."""
    _require_participant(item.space, by)
    if not labels.may_open_item(by, item):
        raise PermissionDenied
    old = item.label
    if new == old:
        return
    if labels.is_lower(new, old):
        if not (is_coordinator(item.space, by) or by.has_perm("knowledge.change_articlepage")):
            raise PermissionDenied
        if not reason.strip():
            raise ValidationError(
                _("Geef een reden waarom het label lager mag."), code="reason_required"
            )
    item.label = new
    item.save(update_fields=["label"])
    _set_audience(item, organisations=organisations, people=people)
    LabelChange.objects.create(
        item_type="update" if isinstance(item, Update) else "file",
        item_id=item.pk,
        old=old,
        new=new,
        reason=reason.strip(),
        by=by,
    )


# ---------------------------------------------------------------------------------------------
# Organisations and circles: who a page restricted to their group is for


def members_eligible():
    """The people an organisation may confirm or a circle may name: active approved members."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(is_active=True, groups__name=policy.MEMBERS_GROUP)
        .distinct()
        .order_by("last_name", "first_name", "email")
    )


def set_people(*, audience: Organisation | Circle, people, by) -> None:
    """Who an organisation's confirmed members (TLP:AMBER+STRICT) or a circle's named people
    (TLP:RED) are: its group holds exactly them from this moment, so someone taken off loses
    every page shared with it at their next request."""
    permission = f"spaces.change_{audience._meta.model_name}"
    if by is not None and not by.has_perm(permission):
        raise PermissionDenied
    people = list(people)
    eligible = set(
        members_eligible().filter(pk__in=[p.pk for p in people]).values_list("pk", flat=True)
    )
    refused = [person for person in people if person.pk not in eligible]
    if refused:
        raise ValidationError(
            _("Alleen goedgekeurde leden kunnen worden genoemd: %(names)s.")
            % {"names": ", ".join(str(person) for person in refused)},
            code="not_member",
        )
    with transaction.atomic():
        audience.group.user_set.set(people)


def create_space(*, name: str, slug: str, theme, description: str, how_to_join: str = "") -> Space:
    space = Space(
        name=name, slug=slug, theme=theme, description=description, how_to_join=how_to_join
    )
    space.full_clean(exclude=["group"])
    space.save()
    return space


def send_digests(*, now=None) -> int:
    """The daily summary for participants who chose it: the items of their tables they may
    open, new since their last summary and not their own; CLEAR and GREEN items by title, of
    the others only how many. Each item is in one summary at most; a rerun sends nothing."""
    from . import selectors

    now = now or timezone.now()
    sent = 0
    daily = (
        Participation.objects.active()
        .filter(notify=Participation.Notify.DAILY)
        .select_related("space", "user")
    )
    for participation in daily:
        since = (
            participation.digest_sent_at or participation.decided_at or participation.requested_at
        )
        items = [
            *selectors.updates_for(participation.space, participation.user)
            .filter(created_at__gt=since, created_at__lte=now)
            .exclude(author=participation.user),
            *selectors.files_for(participation.space, participation.user).filter(
                created_at__gt=since, created_at__lte=now
            ),
        ]
        with transaction.atomic():
            updated = Participation.objects.filter(
                pk=participation.pk, digest_sent_at=participation.digest_sent_at
            ).update(digest_sent_at=now)
            if updated and items:
                tasks.send_digest(participation, items)
                sent += 1
    return sent


# -- to the knowledge base --------------------------------------------------------------------
PUBLISHABLE_TYPES = (
    ArticlePage.Type.PRACTICE,
    ArticlePage.Type.THREAT,
    ArticlePage.Type.GUIDE,
)


@transaction.atomic
def publish_to_knowledge_base(
    *,
    item: Update | LibraryFile,
    by,
    article_type: str,
    title: str,
    summary: str,
    reason: str = "",
    practice: dict[str, str] | None = None,
) -> Publication:
    """A coordinator turns an update or a library file into a draft article (praktijkvoorbeeld,
    ondermijningsbeeld, handreiking). It enters the editorial workflow like a member's
    contribution; the article links back to the table. An item above TLP:GREEN leaves the
    table only with a reason, kept with the publication; the draft is for approved members
    unless the item is TLP:CLEAR (the editors decide what is published how)."""
    space = item.space
    if not is_coordinator(space, by) or not labels.may_open_item(by, item):
        raise PermissionDenied
    if article_type not in PUBLISHABLE_TYPES:
        raise ValidationError(_("Kies een soort artikel."), code="type")
    if not title.strip() or not summary.strip():
        raise ValidationError(_("Vul een titel en een samenvatting in."), code="incomplete")
    practice = practice or {}
    if article_type == ArticlePage.Type.PRACTICE and not all(
        practice.get(name, "").strip() for name in ArticlePage.PRACTICE_FIELDS
    ):
        raise ValidationError(
            _("Een praktijkvoorbeeld heeft alle onderdelen nodig, van aanleiding tot contact."),
            code="incomplete",
        )
    if item.label not in labels.QUOTABLE and not reason.strip():
        raise ValidationError(
            _("Geef aan waarom dit %(label)s-item buiten de tafel gedeeld mag worden.")
            % {"label": item.get_label_display()},
            code="reason_required",
        )
    back = (
        f'<p>Afkomstig van de <a href="{space.get_absolute_url()}">'
        f"{escape(space.full_name)}</a>.</p>"
    )
    body: list[tuple[str, object]]
    if isinstance(item, Update):
        body = [("text", members_services.plain_to_rich_text(item.body) + back)]
    else:
        version = item.versions.first()
        if version is None:
            raise ValidationError(_("Dit bestand heeft nog geen versie."), code="empty")
        with version.upload.open("rb") as handle:
            document = members_services.unpublished_attachment(
                by, title, File(handle, name=version.original_name)
            )
        body = [("text", back), ("document", {"document": document, "title": item.title})]
    participation = Participation.objects.active().get(space=space, user=by)
    credit = f"{by.get_full_name() or by.email} ({participation.organisation.name})"
    page = members_services.draft_article(
        user=by,
        title=title,
        summary=summary,
        article_type=article_type,
        body=body,
        credit=credit,
        source_organisation=space.full_name,
        themes=[space.theme],
        practice=practice,
        members_only=item.label != Label.CLEAR,
    )
    return Publication.objects.create(
        space=space,
        update=item if isinstance(item, Update) else None,
        file=item if isinstance(item, LibraryFile) else None,
        page=page,
        by=by,
        reason=reason.strip(),
    )


def publication_on_publish(*, page) -> None:
    """The editors published a table's draft article: its coordinator hears so, once."""
    publication = Publication.objects.filter(page_id=page.pk).only("pk").first()
    if publication is not None and page.first_published_at == page.last_published_at:
        _after_commit(tasks.send_publication_mail, publication.pk, "published")


def publication_on_return(*, workflow_state) -> None:
    """The editors sent a table's draft article back: its coordinator gets their reason."""
    publication = Publication.objects.filter(page_id=workflow_state.object_id).only("pk").first()
    if publication is not None:
        _after_commit(tasks.send_publication_mail, publication.pk, "returned")
