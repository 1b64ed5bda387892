"""Business rules for members: membership, profiles, contact, subscriptions and digests,
contributions and account deletion.

Every function validates, works inside a transaction and raises MembersError with a Dutch
message; mails and file clean-up run after commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files import File
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    Revision,
    Workflow,
)

from access import labels
from knowledge.models import ArticlePage, KnowledgeIndexPage
from knowledge.taxonomy import Region, Theme

from . import mail, roles, selectors, tokens
from .models import (
    Contribution,
    DigestItem,
    Membership,
    Profile,
    ThemeSubscription,
)

User = get_user_model()

CONTRIBUTIONS_COLLECTION = "Bijdragen van leden (nog niet gepubliceerd)"
ANONYMOUS_CREDIT = "Ingezonden door een lid van het kennisplatform"
DIGEST_LOOKBACK = dt.timedelta(days=14)
DIGEST_MIN_INTERVAL = dt.timedelta(days=6)


class MembersError(Exception):
    """A business rule was broken; the message is Dutch and safe to show to the user."""

    def __init__(self, message: str, *, code: str = "invalid") -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _enqueue(task, *args) -> None:
    transaction.on_commit(lambda: task.enqueue(*args))


# ---------------------------------------------------------------------------------------------
# Membership


def membership_register(*, user, organisation: str = "", motivation: str = "") -> Membership:
    """At signup: an empty profile (everything hidden) and a membership awaiting verification."""
    with transaction.atomic():
        Profile.objects.get_or_create(user=user, defaults={"organisation": organisation.strip()})
        membership, _created = Membership.objects.get_or_create(
            user=user, defaults={"motivation": motivation.strip()}
        )
    return membership


def membership_evaluate(*, user, email: str) -> Membership | None:
    """An address of this user was verified. From an allowlisted domain the account becomes a
    member at once; otherwise the first verification files the application for moderators.

    A decision once taken stays: an approved member who changes address keeps the membership,
    a rejected applicant is not let in by verifying another address.
    """
    from .tasks import notify_moderators, send_membership_mail

    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        membership, _created = Membership.objects.select_for_update().get_or_create(user=user)
        if membership.status in (Membership.Status.APPROVED, Membership.Status.REJECTED):
            return membership
        if user.is_member:
            # Accounts given a role directly (staff, seeded accounts) need no application.
            membership.status = Membership.Status.APPROVED
            membership.decided_at = membership.decided_at or timezone.now()
            membership.save()
            return membership
        if selectors.is_allowed_domain(email):
            user.groups.add(Group.objects.get(name=roles.LID))
            membership.status = Membership.Status.APPROVED
            membership.route = Membership.Route.ALLOWLIST
            membership.requested_at = membership.requested_at or timezone.now()
            membership.decided_at = timezone.now()
            membership.save()
            _enqueue(send_membership_mail, membership.pk, "welcome")
        elif membership.status == Membership.Status.UNVERIFIED:
            membership.status = Membership.Status.PENDING
            membership.requested_at = timezone.now()
            membership.save()
            _enqueue(send_membership_mail, membership.pk, "received")
            _enqueue(notify_moderators, membership.pk)
    return membership


def _check_moderator(moderator) -> None:
    if not moderator.has_perm("members.change_membership"):
        raise MembersError(_("U mag lidmaatschapsaanvragen niet beoordelen."), code="forbidden")


def membership_approve(*, membership: Membership, moderator) -> Membership:
    from .tasks import send_membership_mail

    _check_moderator(moderator)
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.status != Membership.Status.PENDING:
            raise MembersError(_("Deze aanvraag is al afgehandeld."), code="decided")
        membership.user.groups.add(Group.objects.get(name=roles.LID))
        membership.status = Membership.Status.APPROVED
        membership.route = Membership.Route.MODERATOR
        membership.decided_by = moderator
        membership.decided_at = timezone.now()
        membership.save()
        _enqueue(send_membership_mail, membership.pk, "approved")
    return membership


def membership_reject(*, membership: Membership, moderator, reason: str = "") -> Membership:
    from .tasks import send_membership_mail

    _check_moderator(moderator)
    with transaction.atomic():
        membership = Membership.objects.select_for_update().get(pk=membership.pk)
        if membership.status != Membership.Status.PENDING:
            raise MembersError(_("Deze aanvraag is al afgehandeld."), code="decided")
        membership.user.groups.remove(Group.objects.get(name=roles.LID))
        membership.status = Membership.Status.REJECTED
        membership.route = Membership.Route.MODERATOR
        membership.rejection_reason = reason.strip()
        membership.decided_by = moderator
        membership.decided_at = timezone.now()
        membership.save()
        _enqueue(send_membership_mail, membership.pk, "rejected")
    return membership


# ---------------------------------------------------------------------------------------------
# Profile


def profile_update(
    *,
    user,
    first_name: str,
    last_name: str,
    fields: dict,
    themes: Iterable[Theme],
    photo: ContentFile | None = None,
    remove_photo: bool = False,
) -> Profile:
    """Save name, profile fields and visibility. `photo` must come from photos.process_photo
    (re-encoded, metadata stripped); the old file is deleted once the change is committed."""
    allowed = {
        "organisation",
        "job_title",
        "region",
        "bio",
        "in_directory",
        *(f"show_{name}" for name in Profile.VISIBLE_FIELDS),
    }
    unknown = set(fields) - allowed
    if unknown:
        raise MembersError(_("Onbekende profielvelden."), code="unknown_fields")
    if not (first_name.strip() and last_name.strip()):
        raise MembersError(_("Vul uw voor- en achternaam in."), code="name_required")
    old_photo = None
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        user.first_name, user.last_name = first_name.strip(), last_name.strip()
        user.save(update_fields=["first_name", "last_name"])
        profile, _created = Profile.objects.select_for_update().get_or_create(user=user)
        for name, value in fields.items():
            setattr(profile, name, value.strip() if isinstance(value, str) else value)
        if (photo is not None or remove_photo) and profile.photo:
            old_photo = profile.photo.name
            profile.photo = ""
        if photo is not None:
            profile.photo.save("foto.jpg", photo, save=False)
        profile.save()
        profile.themes.set(themes)
        if old_photo:
            storage = profile.photo.storage
            transaction.on_commit(lambda: storage.delete(old_photo))
    return profile


# ---------------------------------------------------------------------------------------------
# Contact between members


def contact_send(*, sender, profile: Profile, subject: str, message: str) -> None:
    """Relay a message to a listed member. Reply-To is the sender, so the sender's address is
    revealed only if the recipient replies; the recipient's address is never shown."""
    if not sender.is_member:
        raise MembersError(
            _("Alleen leden kunnen andere leden een bericht sturen."), code="forbidden"
        )
    if selectors.directory_profile(profile.pk) is None:
        raise MembersError(
            _("Dit lid is niet (meer) te bereiken via de ledengids."), code="unlisted"
        )
    if profile.user_id == sender.pk:
        raise MembersError(_("U kunt uzelf geen bericht sturen."), code="self")
    sender_profile = selectors.profile_for(sender)
    mail.send_mail(
        "contact",
        to=[profile.user.email],
        reply_to=[sender.email],
        context={
            "recipient_name": profile.user.get_full_name(),
            "sender_name": sender.get_full_name() or _("Een lid"),
            "sender_organisation": sender_profile.organisation,
            "subject": subject.strip(),
            "message": message.strip(),
            "profile_url": mail.absolute_url("/mijn/profiel/"),
        },
    )


# ---------------------------------------------------------------------------------------------
# Theme subscriptions and digests


def subscriptions_update(*, user, themes: Iterable[Theme]) -> list[Theme]:
    themes = list(themes)
    with transaction.atomic():
        ThemeSubscription.objects.filter(user=user).exclude(theme__in=themes).delete()
        existing = set(
            ThemeSubscription.objects.filter(user=user).values_list("theme_id", flat=True)
        )
        ThemeSubscription.objects.bulk_create(
            [ThemeSubscription(user=user, theme=t) for t in themes if t.pk not in existing]
        )
    return themes


def subscriptions_cancel(*, user) -> list[int]:
    """Unsubscribe from every theme; returns the theme ids so the choice can be undone."""
    with transaction.atomic():
        ids = list(ThemeSubscription.objects.filter(user=user).values_list("theme_id", flat=True))
        ThemeSubscription.objects.filter(user=user).delete()
    return ids


def digest_send(
    *,
    user,
    now: dt.datetime | None = None,
    lookback: dt.timedelta = DIGEST_LOOKBACK,
    min_interval: dt.timedelta = DIGEST_MIN_INTERVAL,
) -> int:
    """Mail this person what is new in their themes; returns the number of items sent.

    The items are recorded in the same transaction as the mail goes out: if sending fails,
    nothing is recorded and the next run tries again; the row lock on the user and the unique
    (user, page) constraint make a second, concurrent or later run skip what was sent.
    """
    now = now or timezone.now()
    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        if not user.is_active:
            return 0
        last = selectors.last_digest_at(user)
        if last is not None and now - last < min_interval:
            return 0
        pages = selectors.digest_candidates(user, since=now - lookback, now=now)
        if not pages:
            return 0
        DigestItem.objects.bulk_create([DigestItem(user=user, page=p, sent_at=now) for p in pages])
        unsubscribe_url = mail.absolute_url(tokens.unsubscribe_path(user))
        groups = _digest_groups(pages)
        message = mail.build_mail(
            "digest",
            to=[user.email],
            context={
                "name": user.get_full_name(),
                "groups": groups,
                "themes": list(selectors.subscribed_themes(user)),
                "unsubscribe_url": unsubscribe_url,
                "manage_url": mail.absolute_url("/mijn/themas/"),
            },
            # RFC 8058 one-click unsubscribe for mail clients that offer it.
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
        message.send()
    return len(pages)


def _digest_groups(pages: list[Page]) -> list[dict]:
    from events.models import EventPage
    from knowledge.models import ToolkitPage

    groups: dict[str, dict[str, Any]] = {
        "kennis": {"title": _("Nieuwe kennis"), "items": []},
        "toolkits": {"title": _("Nieuwe toolkits"), "items": []},
        "evenementen": {"title": _("Evenementen"), "items": []},
    }
    page_labels = labels.page_labels(pages)
    for page in pages:
        label = page_labels.get(page.pk, labels.Label.CLEAR)
        key = (
            "evenementen"
            if isinstance(page, EventPage)
            else "toolkits"
            if isinstance(page, ToolkitPage)
            else "kennis"
        )
        # A mail travels: of an item for a closed group (TLP:AMBER) it says only that there is
        # one, never its title or text; the link asks the reader to sign in.
        quotable = labels.is_quotable(label)
        groups[key]["items"].append(
            {
                "title": page.title if quotable else labels.unquoted_title(label),
                "summary": getattr(page, "summary", "") if quotable else "",
                "url": mail.absolute_url(page.url if quotable else labels.unquoted_path(page)),
                "start": getattr(page, "start", None) if quotable else None,
            }
        )
    return [g for g in groups.values() if g["items"]]


def digests_send(*, now: dt.datetime | None = None, **kwargs) -> dict[str, int]:
    """Send the digest to every subscriber; one failing mailbox does not stop the others."""
    import logging

    logger = logging.getLogger("kennisplatform.members")
    summary = {"subscribers": 0, "mails": 0, "items": 0, "failed": 0}
    for user in selectors.digest_subscribers().iterator():
        summary["subscribers"] += 1
        try:
            sent = digest_send(user=user, now=now, **kwargs)
        except Exception:  # noqa: BLE001 - logged; the next run retries this subscriber
            logger.exception("Digest for user %s failed", user.pk)
            summary["failed"] += 1
            continue
        if sent:
            summary["mails"] += 1
            summary["items"] += sent
    return summary


# ---------------------------------------------------------------------------------------------
# Contributions (praktijkvoorbeelden)


def plain_to_rich_text(text: str) -> str:
    """Plain text from a form as Wagtail rich text: paragraphs and line breaks, escaped."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join("<p>" + escape(p).replace("\n", "<br/>") + "</p>" for p in paragraphs)


def _unique_slug(parent: Page, title: str) -> str:
    base = slugify(title)[:70].strip("-") or "bijdrage"
    slug, n = base, 2
    while Page.objects.child_of(parent).filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _contributions_collection() -> Collection:
    """Attachments wait in a collection only staff can download; they move to the root
    collection when the article is published (see members.signals)."""
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=CONTRIBUTIONS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=CONTRIBUTIONS_COLLECTION)
    if not CollectionViewRestriction.objects.filter(collection=collection).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name__in=roles.STAFF_ROLES))
    return collection


def editorial_workflow(page: Page) -> Workflow:
    """The workflow that applies to the page; the knowledge base gets the editorial one if the
    site was set up without it."""
    workflow = page.get_workflow()
    if workflow is None:
        from knowledge.workflow import ensure_editorial_workflow

        workflow = ensure_editorial_workflow(pages=[page.get_parent()])
    return workflow


def contribution_submit(
    *,
    user,
    title: str,
    summary: str,
    practice: dict[str, str],
    extra_text: str = "",
    themes: Iterable[Theme] = (),
    region: Region | None = None,
    attachment: UploadedFile | None = None,
) -> Contribution:
    """A member's praktijkvoorbeeld becomes a draft ArticlePage under the knowledge base,
    credited to the member, and enters the editorial workflow for the Hoofdredacteur."""
    if not user.is_member:
        raise MembersError(
            _("Alleen leden kunnen een praktijkvoorbeeld insturen."), code="forbidden"
        )
    missing = [name for name in ArticlePage.PRACTICE_FIELDS if not practice.get(name, "").strip()]
    if missing or not title.strip() or not summary.strip():
        raise MembersError(_("Vul alle verplichte onderdelen in."), code="incomplete")
    profile = selectors.profile_for(user)
    credit = user.get_full_name() or user.email
    if profile.organisation:
        credit = f"{credit} ({profile.organisation})"

    with transaction.atomic():
        body = []
        if extra_text.strip():
            body.append(("text", plain_to_rich_text(extra_text)))
        if attachment is not None:
            document = unpublished_attachment(user, title, attachment)
            body.append(("document", {"document": document, "title": _("Bijlage")}))
        page = draft_article(
            user=user,
            title=title,
            summary=summary,
            article_type=ArticlePage.Type.PRACTICE,
            body=body,
            credit=credit,
            source_organisation=profile.organisation,
            themes=themes,
            regions=[region] if region is not None else [],
            practice=practice,
        )
        contribution = Contribution.objects.create(user=user, page=page, title=page.title)
    return contribution


def draft_article(
    *,
    user,
    title: str,
    summary: str,
    article_type: str,
    body: list,
    credit: str,
    source_organisation: str,
    themes: Iterable[Theme] = (),
    regions: Iterable[Region] = (),
    practice: dict[str, str] | None = None,
    members_only: bool = False,
) -> ArticlePage:
    """A draft article under the knowledge base, submitted by `user` into the editorial
    workflow (a member's contribution, a table's publication: spaces.services). Practice
    fields are plain text; `members_only` restricts the draft to approved members."""
    parent = KnowledgeIndexPage.objects.first()
    if parent is None:
        raise MembersError(_("De kennisbank is nog niet ingericht."), code="no_index")
    practice = practice or {}
    with transaction.atomic():
        page = ArticlePage(
            title=title.strip(),
            slug=_unique_slug(parent, title),
            article_type=article_type,
            summary=summary.strip(),
            body=body,
            author_credit=credit[:160],
            source_organisation=source_organisation[:160],
            owner_name="Redactie Kennisplatform",
            owner=user,
            live=False,
            **{
                name: plain_to_rich_text(practice.get(name, ""))
                for name in ArticlePage.PRACTICE_FIELDS
            },
        )
        # ParentalManyToMany values are kept on the instance and stored by add_child's save.
        page.themes.set(list(themes))
        page.regions.set(list(regions))
        parent.add_child(instance=page)
        if members_only:
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set(Group.objects.filter(name__in=roles.ALL_ROLES))
        page.save_revision(user=user, log_action=True)
        if not user.has_staff_role:
            # Wagtail would mail members about the workflow with links into an admin they
            # cannot use; they get our own mails instead (tasks.send_contribution_mail).
            from wagtail.users.models import UserProfile

            UserProfile.objects.filter(pk=UserProfile.get_for_user(user).pk).update(
                approved_notifications=False,
                rejected_notifications=False,
                updated_comments_notifications=False,
            )
        editorial_workflow(page).start(page, user)
    return page


def contribution_resubmit(
    *,
    contribution: Contribution,
    user,
    title: str,
    summary: str,
    practice: dict[str, str],
    extra_text: str = "",
    themes: Iterable[Theme] = (),
    region: Region | None = None,
    attachment: UploadedFile | None = None,
) -> Contribution:
    """The member revises a contribution the editors sent back; it returns to the editors.

    The member's text replaces the draft's (a new revision: the editors see the difference in
    Wagtail's history); an attachment is kept unless a new one is uploaded."""
    from wagtail.models import WorkflowState

    if contribution.user_id != user.pk:
        raise MembersError(_("Dit is niet uw bijdrage."), code="forbidden")
    missing = [name for name in ArticlePage.PRACTICE_FIELDS if not practice.get(name, "").strip()]
    if missing or not title.strip() or not summary.strip():
        raise MembersError(_("Vul alle verplichte onderdelen in."), code="incomplete")
    with transaction.atomic():
        contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
        page = contribution.page
        if page is None:
            raise MembersError(_("Deze bijdrage bestaat niet meer."), code="removed")
        state = (
            WorkflowState.objects.for_instance(page)
            .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
            .first()
        )
        if state is None:
            raise MembersError(
                _("Deze bijdrage ligt bij de redactie en kan nu niet worden aangepast."),
                code="not_returned",
            )
        draft = page.specific.get_latest_revision_as_object()
        documents = [("document", b.value) for b in draft.body if b.block_type == "document"]
        if attachment is not None:
            document = unpublished_attachment(user, title, attachment)
            documents = [("document", {"document": document, "title": _("Bijlage")})]
        text = [("text", plain_to_rich_text(extra_text))] if extra_text.strip() else []
        draft.body = text + documents
        draft.title = title.strip()
        draft.summary = summary.strip()
        for name in ArticlePage.PRACTICE_FIELDS:
            setattr(draft, name, plain_to_rich_text(practice[name]))
        draft.themes.set(list(themes))
        draft.regions.set([region] if region is not None else [])
        draft.save_revision(user=user, log_action=True)
        contribution.title = draft.title
        contribution.save(update_fields=["title"])
        state.resume(user=user)
    return contribution


def unpublished_attachment(user, title: str, upload: File):
    """A document for a draft article, in the staff-only collection until the article is
    published (release_attachments)."""
    Document = get_document_model()
    document = Document(
        title=f"{title.strip()[:200]} – bijlage",
        collection=_contributions_collection(),
        uploaded_by_user=user,
    )
    document.file.save(upload.name, upload, save=False)
    document.file_size = upload.size
    document.save()
    return document


def contribution_on_publish(*, page: Page) -> None:
    """A contribution went online: its attachments leave the staff-only collection and the
    member hears about it, once."""
    from .tasks import send_contribution_mail

    release_attachments(page=page)
    contribution = Contribution.objects.filter(page_id=page.pk).first()
    if contribution is None:
        return
    updated = Contribution.objects.filter(
        pk=contribution.pk, published_notified_at__isnull=True, user__isnull=False
    ).update(published_notified_at=timezone.now())
    if updated:
        _enqueue(send_contribution_mail, contribution.pk, "published")


def contribution_on_return(*, workflow_state) -> None:
    """The editors asked for changes: the member gets their reason by mail."""
    from .tasks import send_contribution_mail

    contribution = (
        Contribution.objects.filter(page_id=workflow_state.object_id, user__isnull=False)
        .only("pk")
        .first()
    )
    if contribution is not None:
        _enqueue(send_contribution_mail, contribution.pk, "returned")


def release_attachments(*, page: Page) -> int:
    """On publication the attachments of a submitted draft (a contribution, a table's
    publication) leave the staff-only collection."""
    collection = (
        Collection.get_first_root_node()
        .get_children()
        .filter(name=CONTRIBUTIONS_COLLECTION)
        .first()
    )
    if collection is None:
        return 0
    document_ids = [
        block.value["document"].pk
        for block in page.specific.body
        if block.block_type == "document" and block.value["document"] is not None
    ]
    return (
        get_document_model()
        .objects.filter(pk__in=document_ids, collection=collection)
        .update(collection=Collection.get_first_root_node())
    )


def _contributions_anonymise(*, user) -> None:
    """Keep the contributed articles, but without the member's name: in the page, in every
    revision, and in the copies made of a published article. A live article gets a new
    published revision, the path of any editor's change, because that is what the search
    index (its outbox follows `page_published`) and the anonymous page cache react to; a
    queryset update would leave the name in both."""
    contributions = list(
        Contribution.objects.filter(user=user, page__isnull=False).select_related("page")
    )
    # Detached first, so the publication below does not mail the leaving member.
    Contribution.objects.filter(user=user).update(user=None)
    for contribution in contributions:
        page = ArticlePage.objects.select_for_update().get(pk=contribution.page_id)
        _revisions_anonymise(page=page, user=user)
        page.author_credit = ANONYMOUS_CREDIT
        page.source_organisation = ""
        if page.owner_id == user.pk:
            page.owner = None
        if not page.live:  # not in the index nor in the page cache: the row is enough
            page.save(update_fields=["author_credit", "source_organisation", "owner"], clean=False)
            continue
        draft = page.latest_revision if page.has_unpublished_changes else None
        # The page row holds the live content (drafts live in revisions only), so this
        # publishes exactly what was online, minus the name.
        page.save_revision(clean=False).publish(skip_permission_checks=True)
        if draft is not None:
            # An editor's unpublished changes (already without the name) stay the draft.
            # Publishing cancels a moderation in progress, as any publication does.
            draft.as_object().save_revision(clean=False)


def _revisions_anonymise(*, page: ArticlePage, user) -> None:
    credit = page.author_credit
    for revision in Revision.objects.filter(
        base_content_type=page.get_base_content_type(), object_id=str(page.pk)
    ):
        content = revision.content
        if content.get("author_credit") == credit or content.get("owner") == user.pk:
            content["author_credit"] = ANONYMOUS_CREDIT
            content["source_organisation"] = ""
            content["owner"] = None
            revision.content = content
            revision.save(update_fields=["content"])


# ---------------------------------------------------------------------------------------------
# Account deletion


def account_delete(*, user) -> None:
    """Delete the account: event registrations are cancelled (seats go to the waitlist) and
    anonymised, contributions stay without name, every session of the account ends."""
    from allauth.usersessions.models import UserSession

    from events.services import registrations_release_for_user

    with transaction.atomic():
        user = User.objects.select_for_update().get(pk=user.pk)
        registrations_release_for_user(
            user=user, registrations=selectors.registrations_of_person(user)
        )
        _contributions_anonymise(user=user)
        profile = Profile.objects.filter(user=user).first()
        photo_name = profile.photo.name if profile and profile.photo else ""
        storage = profile.photo.storage if profile else None
        for session in UserSession.objects.filter(user=user):
            session.end()
        try:
            user.delete()
        except IntegrityError as exc:  # pragma: no cover - a new PROTECT reference
            raise MembersError(
                _("Uw account kon niet worden verwijderd. Neem contact op met de redactie."),
                code="protected",
            ) from exc
        if photo_name and storage is not None:
            transaction.on_commit(lambda: storage.delete(photo_name))
