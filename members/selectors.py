"""Read-only queries for members: allowlist, directory, contributions, digests, data export."""

from __future__ import annotations

import base64
import datetime as dt
import posixpath
import re
from dataclasses import dataclass
from html import unescape

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, Q, QuerySet
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, TaskState, WorkflowState

from access import policy
from knowledge.taxonomy import Theme

from . import roles
from .models import (
    AllowedDomain,
    Contribution,
    DigestItem,
    Membership,
    Profile,
    ThemeSubscription,
)

User = get_user_model()


# ---------------------------------------------------------------------------------------------
# Accounts and membership


def is_allowed_domain(email: str) -> bool:
    return AllowedDomain.objects.matching(email).exists()


def has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def pending_memberships() -> QuerySet[Membership]:
    return (
        Membership.objects.filter(status=Membership.Status.PENDING)
        .select_related("user", "user__profile")
        .order_by("requested_at")
    )


def moderators() -> QuerySet:
    return User.objects.filter(is_active=True, groups__name=roles.MODERATOR).distinct()


def membership_for(user) -> Membership | None:
    return Membership.objects.filter(user=user).first()


def profile_for(user) -> Profile:
    """The user's profile, or an unsaved empty one (everything hidden): reading never writes;
    services.profile_update stores it."""
    return Profile.objects.filter(user=user).select_related("region").first() or Profile(user=user)


def members_q(prefix: str = "") -> Q:
    """Accounts that may use members-only features: active, and a role group or superuser."""
    return Q(**{f"{prefix}is_active": True}) & (
        Q(**{f"{prefix}groups__name__in": roles.ALL_ROLES}) | Q(**{f"{prefix}is_superuser": True})
    )


# ---------------------------------------------------------------------------------------------
# Directory ("wie weet wat")


def directory(
    *,
    q: str = "",
    organisation: str = "",
    theme: Theme | None = None,
    region_id: int | None = None,
) -> QuerySet[Profile]:
    """Members who opted in. Filters only match what a member chose to show, so a search can
    never reveal a hidden organisation, region or expertise."""
    member_ids = User.objects.filter(members_q()).values("pk")
    qs = Profile.objects.filter(in_directory=True, user__in=member_ids)
    for word in q.split()[:5]:
        qs = qs.filter(
            Q(user__first_name__icontains=word)
            | Q(user__last_name__icontains=word)
            | Q(show_organisation=True, organisation__icontains=word)
            | Q(show_job_title=True, job_title__icontains=word)
        )
    if organisation:
        qs = qs.filter(show_organisation=True, organisation__icontains=organisation)
    if theme is not None:
        theme_ids = [theme.pk, *theme.children.values_list("pk", flat=True)]
        qs = qs.filter(show_themes=True, themes__in=theme_ids)
    if region_id:
        qs = qs.filter(show_region=True, region_id=region_id)
    return (
        qs.distinct()
        .select_related("user", "region")
        .prefetch_related(Prefetch("themes", queryset=Theme.objects.only("name", "slug")))
        .order_by("user__last_name", "user__first_name", "pk")
    )


def directory_profile(pk: int) -> Profile | None:
    """A profile as it may be shown in the directory, or None (not listed, not a member)."""
    return directory().filter(pk=pk).first()


@dataclass
class PublicProfile:
    """Only the fields the member made visible; the template cannot show more than this."""

    pk: int
    name: str
    organisation: str = ""
    job_title: str = ""
    region: str = ""
    themes: tuple[Theme, ...] = ()
    bio: str = ""
    has_photo: bool = False


def public_profile(profile: Profile) -> PublicProfile:
    return PublicProfile(
        pk=profile.pk,
        name=profile.user.get_full_name() or _("Lid zonder naam"),
        organisation=profile.organisation if profile.show_organisation else "",
        job_title=profile.job_title if profile.show_job_title else "",
        region=str(profile.region) if profile.show_region and profile.region else "",
        themes=tuple(profile.themes.all()) if profile.show_themes else (),
        bio=profile.bio if profile.show_bio else "",
        has_photo=bool(profile.photo) and profile.show_photo,
    )


# ---------------------------------------------------------------------------------------------
# Contributions


@dataclass
class ContributionStatus:
    code: str  # in_review | needs_changes | published | withdrawn | removed
    label: str
    reason: str = ""


def _status(page, state: WorkflowState | None, reason: str) -> ContributionStatus:
    if page is None:
        return ContributionStatus("removed", _("Niet meer beschikbaar"))
    if page.live:
        return ContributionStatus("published", _("Gepubliceerd"))
    if state is None or state.status == WorkflowState.STATUS_CANCELLED:
        return ContributionStatus("draft", _("Concept bij de redactie"))
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return ContributionStatus("needs_changes", _("Teruggestuurd door de redactie"), reason)
    if state.status == WorkflowState.STATUS_APPROVED:
        return ContributionStatus("approved", _("Goedgekeurd, nog niet gepubliceerd"))
    return ContributionStatus("in_review", _("Ingediend, wordt beoordeeld"))


def contributions_for_user(user) -> list[tuple[Contribution, ContributionStatus]]:
    """The member's contributions with their status in the editorial workflow and, when the
    editors sent one back, the reason they gave (the comment of the rejected task). A fixed
    number of queries, however many contributions."""
    contributions = list(Contribution.objects.filter(user=user).select_related("page"))
    page_ids = [str(c.page_id) for c in contributions if c.page_id]
    latest: dict[str, WorkflowState] = {}
    if page_ids:
        states = WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page), object_id__in=page_ids
        ).order_by("object_id", "-created_at", "-pk")
        for state in states:
            latest.setdefault(state.object_id, state)
    needs_changes = [
        s.pk for s in latest.values() if s.status == WorkflowState.STATUS_NEEDS_CHANGES
    ]
    reasons: dict[int, str] = {}
    for task_state in (
        TaskState.objects.filter(
            workflow_state_id__in=needs_changes, status=TaskState.STATUS_REJECTED
        )
        .order_by("-finished_at", "-pk")
        .only("workflow_state_id", "comment")
    ):
        reasons.setdefault(task_state.workflow_state_id, task_state.comment)
    result = []
    for contribution in contributions:
        state = latest.get(str(contribution.page_id))
        reason = reasons.get(state.pk, "") if state else ""
        result.append((contribution, _status(contribution.page, state, reason)))
    return result


# ---------------------------------------------------------------------------------------------
# Theme digests


def subscribed_themes(user) -> QuerySet[Theme]:
    return Theme.objects.filter(
        pk__in=ThemeSubscription.objects.filter(user=user).values("theme_id")
    ).order_by("name")


def digest_candidates(user, *, since: dt.datetime, now: dt.datetime | None = None) -> list[Page]:
    """New pages (articles, toolkits, events still to come) in the user's themes or their
    sub-themes, published since `since`, that the user may open and has not been sent yet."""
    from events.models import EventPage
    from knowledge.models import ArticlePage, ToolkitPage

    now = now or timezone.now()
    theme_ids = list(
        Theme.objects.filter(
            Q(pk__in=subscribed_themes(user)) | Q(parent__in=subscribed_themes(user))
        ).values_list("pk", flat=True)
    )
    if not theme_ids:
        return []
    sent = DigestItem.objects.filter(user=user).values("page_id")
    pages: list[Page] = []
    for model in (ArticlePage, ToolkitPage, EventPage):
        qs = (
            policy.openable(model.objects.all(), user)
            .filter(themes__in=theme_ids, first_published_at__gte=since)
            .exclude(pk__in=sent)
            .distinct()
        )
        if model is EventPage:
            qs = qs.filter(end__gte=now)
        pages.extend(qs.order_by("-first_published_at"))
    return pages


def digest_subscribers() -> QuerySet:
    return User.objects.filter(is_active=True, theme_subscriptions__isnull=False).distinct()


def last_digest_at(user) -> dt.datetime | None:
    item = DigestItem.objects.filter(user=user).order_by("-sent_at").first()
    return item.sent_at if item else None


# ---------------------------------------------------------------------------------------------
# Registrations (events app)


def registrations_for(user) -> QuerySet:
    from events.selectors import registrations_for_user

    return registrations_for_user(user)


# ---------------------------------------------------------------------------------------------
# Data export ("download mijn gegevens")


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def addresses_held(user) -> dict[str, dt.datetime | None]:
    """The e-mail addresses this account has held, each with until when it is known to have
    held it (None: it still does).

    allauth keeps no history: with ACCOUNT_CHANGE_EMAIL it deletes the old address once the
    new one is verified. The account's current verified addresses count, and every address
    on a registration the account made itself (the account's address at that moment). An
    unverified address proves nothing: it could be anybody's."""
    from allauth.account.models import EmailAddress

    from events.models import Registration

    held: dict[str, dt.datetime | None] = {}
    current = EmailAddress.objects.filter(user=user, verified=True).values_list("email", flat=True)
    for email in [user.email, *current]:
        if email:
            held[email.lower()] = None
    used = (
        Registration.objects.filter(user=user)
        .exclude(email="")
        .values_list("email", "created_at")
        .order_by("created_at")
    )
    for email, created_at in used:  # oldest first: the last use wins
        key = email.lower()
        if key not in held or held[key] is not None:
            held[key] = created_at
    return held


def registrations_of_person(user) -> QuerySet:
    """Every registration that is this person's: made with the account, or made without one
    under an address the account held, up to when it is known to have held it (so nothing a
    later owner of an old address did)."""
    from events.models import Registration

    mine = Q(user=user)
    for email, until in addresses_held(user).items():
        by_address = Q(user__isnull=True, email__iexact=email)
        if until is not None:
            by_address &= Q(created_at__lte=until)
        mine |= by_address
    return Registration.objects.filter(mine)


def _plain_text(html: str) -> str:
    """Rich text as the member typed it: paragraphs and line breaks kept, no markup."""
    text = re.sub(r"</(p|h[1-6]|li|blockquote)>", "\n\n", html or "", flags=re.IGNORECASE)
    text = re.sub(r"<br\s*/?>", "\n", text, flags=re.IGNORECASE)
    return re.sub(r"\n{3,}", "\n\n", unescape(strip_tags(text))).strip()


def _key(label) -> str:
    return str(label).lower().replace(" ", "_")


def _photo_export(profile: Profile) -> dict | None:
    """The photo itself, base64-encoded: the export is a copy of the data (AVG art. 15(3)),
    and a note that a photo exists is not. It is small enough to embed, because photos.py
    stores at most 800 × 800 pixels as JPEG."""
    if not profile.photo:
        return None
    photo = {"bestandstype": "image/jpeg", "grootte_bytes": None, "inhoud_base64": None}
    try:
        with profile.photo.open("rb") as file:
            content = file.read()
    except OSError:
        photo["opmerking"] = str(_("Het bestand van de foto is niet gevonden."))
        return photo
    photo["grootte_bytes"] = len(content)
    photo["inhoud_base64"] = base64.b64encode(content).decode("ascii")
    return photo


def _contribution_export(contribution: Contribution, status: ContributionStatus, user) -> dict:
    """The text as the member last submitted it (editors' later changes are theirs), with the
    attachments' titles and file names."""
    data = {
        "titel": contribution.title,
        "ingediend_op": _iso(contribution.submitted_at),
        "status": str(status.label),
        "reden_redactie": status.reason,
        "gepubliceerd_op": None,
        "tekst": None,
        "bijlagen": [],
    }
    page = contribution.page
    if page is None:
        return data
    revisions = page.revisions.order_by("-created_at", "-pk")
    revision = revisions.filter(user=user).first() or revisions.first()
    version = revision.as_object() if revision is not None else page
    data["gepubliceerd_op"] = _iso(page.first_published_at) if page.live else None
    data["tekst"] = {
        "samenvatting": version.summary,
        **{
            _key(version._meta.get_field(name).verbose_name): _plain_text(getattr(version, name))
            for name in version.PRACTICE_FIELDS
        },
        "aanvullende_tekst": "\n\n".join(
            _plain_text(str(block.value)) for block in version.body if block.block_type == "text"
        ),
    }
    for block in version.body:
        document = block.value["document"] if block.block_type == "document" else None
        if document is not None:
            data["bijlagen"].append(
                {
                    "titel": document.title,
                    "bestandsnaam": posixpath.basename(document.file.name),
                    "grootte_bytes": document.file_size,
                }
            )
    return data


def account_export(user) -> dict:
    """Everything we hold about this person, and nothing about anyone else: no other member's
    name, no moderator identity, no other registrant."""
    from wagtail.users.models import UserProfile

    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator
    from allauth.usersessions.models import UserSession

    from events.models import CalendarToken

    membership = membership_for(user)
    profile = Profile.objects.filter(user=user).select_related("region").first()
    held = addresses_held(user)
    current = {a.email.lower() for a in EmailAddress.objects.filter(user=user)} | {
        user.email.lower()
    }
    data: dict = {
        "account": {
            "e-mailadres": user.email,
            "voornaam": user.first_name,
            "achternaam": user.last_name,
            "actief": user.is_active,
            "aangemaakt_op": _iso(user.date_joined),
            "laatst_ingelogd": _iso(user.last_login),
            "rollen": sorted(user.groups.values_list("name", flat=True)),
        },
        "e-mailadressen": [
            {"e-mailadres": a.email, "bevestigd": a.verified, "primair": a.primary}
            for a in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "eerdere_e-mailadressen": [
            {"e-mailadres": email, "laatst_gebruikt_op": _iso(until)}
            for email, until in sorted(held.items())
            if until is not None and email not in current
        ],
        "lidmaatschap": None,
        "profiel": None,
        "thema-abonnementen": [
            {"thema": s.theme.name, "sinds": _iso(s.created_at)}
            for s in ThemeSubscription.objects.filter(user=user).select_related("theme")
        ],
        "verstuurde_themadigests": [
            {"pagina": item.page.title, "verstuurd_op": _iso(item.sent_at)}
            for item in DigestItem.objects.filter(user=user).select_related("page")
        ],
        "aanmeldingen_evenementen": [],
        "bijdragen": [
            _contribution_export(contribution, status, user)
            for contribution, status in contributions_for_user(user)
        ],
        "tweestapsverificatie": [
            {"soort": a.get_type_display(), "ingesteld_op": _iso(a.created_at)}
            for a in Authenticator.objects.filter(user=user).order_by("pk")
        ],
        "sessies": [
            {
                "ip-adres": s.ip,
                "browser": s.user_agent,
                "aangemaakt_op": _iso(s.created_at),
                "laatst_gezien": _iso(s.last_seen_at),
            }
            for s in UserSession.objects.filter(user=user).order_by("pk")
        ],
        "persoonlijke_agenda_link": None,
        "beheeromgeving": None,
    }
    if membership is not None:
        data["lidmaatschap"] = {
            "status": membership.get_status_display(),
            "route": membership.get_route_display(),
            "toelichting": membership.motivation,
            "aangemaakt_op": _iso(membership.created_at),
            "aangevraagd_op": _iso(membership.requested_at),
            "besloten_op": _iso(membership.decided_at),
            "reden_afwijzing": membership.rejection_reason,
        }
    if profile is not None:
        data["profiel"] = {
            "organisatie": profile.organisation,
            "functie": profile.job_title,
            "regio": str(profile.region) if profile.region else "",
            "expertise": [t.name for t in profile.themes.all()],
            "korte_introductie": profile.bio,
            "foto": _photo_export(profile),
            "in_ledengids": profile.in_directory,
            "zichtbaar_voor_leden": [
                name for name in Profile.VISIBLE_FIELDS if profile.is_visible(name)
            ],
            "bijgewerkt_op": _iso(profile.updated_at),
        }
    registrations = (
        registrations_of_person(user)
        .select_related("event")
        .order_by("-event__start", "-created_at")
    )
    for registration in registrations:
        data["aanmeldingen_evenementen"].append(
            {
                "evenement": registration.event.title,
                "begin": _iso(registration.event.start),
                "status": registration.get_status_display(),
                "naam": registration.name,
                "e-mailadres": registration.email,
                "organisatie": registration.organisation,
                "met_account": registration.user_id is not None,
                "aangemeld_op": _iso(registration.created_at),
                "bevestigd_op": _iso(registration.confirmed_at),
                "op_wachtlijst_sinds": _iso(registration.waitlisted_at),
                "geannuleerd_op": _iso(registration.cancelled_at),
                "gewijzigd_op": _iso(registration.updated_at),
            }
        )
    token = CalendarToken.objects.filter(user=user).first()
    if token is not None:
        data["persoonlijke_agenda_link"] = {
            "aangemaakt_op": _iso(token.created_at),
            "laatst_gebruikt": _iso(token.last_used_at),
        }
    admin_profile = UserProfile.objects.filter(user=user).first()
    if admin_profile is not None:  # Wagtail's own preferences, for staff
        data["beheeromgeving"] = {
            "taal": admin_profile.preferred_language,
            "tijdzone": admin_profile.current_time_zone,
            "avatar": bool(admin_profile.avatar),
            "meldingen_goedkeuring": admin_profile.approved_notifications,
            "meldingen_afwijzing": admin_profile.rejected_notifications,
            "meldingen_ter_beoordeling": admin_profile.submitted_notifications,
            "meldingen_opmerkingen": admin_profile.updated_comments_notifications,
        }
    return data
