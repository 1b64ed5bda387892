"""Fill an installation with the demo content of config/demo/content.py. Safe to rerun: what
exists (matched by slug or e-mail) is kept as it is."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from knowledge.models import ArticlePage, ChangeNote, ToolkitMaterial, ToolkitPage
from knowledge.taxonomy import Audience, Region, Theme
from members import roles

from . import content
from .documents import make_docx, make_pdf

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def members_only(page: Page) -> None:
    """Restrict a page to approved members and staff: the role groups, not just any login."""
    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=roles.ALL_ROLES))


def seed_taxonomies() -> None:
    for item in content.REGIONS:
        Region.objects.get_or_create(
            slug=item["slug"], defaults={"name": item["name"], "kind": item["kind"]}
        )
    for item in content.AUDIENCES:
        Audience.objects.get_or_create(slug=item["slug"], defaults={"name": item["name"]})
    for item in sorted(content.THEMES, key=lambda t: t["parent"] is not None):
        parent = Theme.objects.get(slug=item["parent"]) if item["parent"] else None
        Theme.objects.get_or_create(
            slug=item["slug"],
            defaults={"name": item["name"], "parent": parent, "description": item["description"]},
        )


def seed_accounts() -> list[dict]:
    User = get_user_model()
    for account in content.ACCOUNTS:
        user, created = User.objects.get_or_create(
            email=account["email"],
            defaults={"first_name": account["first_name"], "last_name": account["last_name"]},
        )
        if created:
            user.set_password(content.DEMO_PASSWORD)
            if account["role"] == "superuser":
                user.is_superuser = True
                user.is_staff = True
            user.save()
            if account["role"] != "superuser":
                user.groups.add(Group.objects.get(name=account["role"]))
        _verify_email(user)
    return content.ACCOUNTS


DEMO_ALLOWED_DOMAINS = [
    ("politie.nl", "Politie"),
    ("om.nl", "Openbaar Ministerie"),
    ("belastingdienst.nl", "Belastingdienst en FIOD"),
    ("fiod.nl", "FIOD"),
    ("kmar.nl", "Koninklijke Marechaussee"),
    ("minjenv.nl", "Ministerie van Justitie en Veiligheid"),
    ("riec.nl", "RIEC's"),
    ("*.riec.nl", "RIEC's (regionale adressen)"),
    ("liec.nl", "LIEC"),
    ("*.gemeente.nl", "Gemeenten"),
    ("demo.kennisplatform.example", "Demo-accounts"),
]
# (theme slugs, region slug, job title, bio) per demo account; fields the person shows: all but bio.
DEMO_PROFILES = {
    "lid@demo.kennisplatform.example": (
        ["drugsafvaldumping", "vakantieparken"],
        "riec-oost-nederland",
        "Beleidsadviseur openbare orde en veiligheid",
        "Ik werk aan de bestuurlijke aanpak van ondermijning in het buitengebied.",
    ),
    "redacteur@demo.kennisplatform.example": (
        ["witwassen", "vastgoed-en-witwassen"],
        "riec-oost-brabant",
        "Redacteur kennisplatform",
        "",
    ),
    "moderator@demo.kennisplatform.example": (
        ["wet-bibob"],
        "riec-midden-nederland",
        "Informatieanalist",
        "",
    ),
}


def seed_members() -> None:
    """Domain allowlist, profiles for the demo accounts (listed in the directory) and one
    application waiting for a moderator."""
    from members.models import AllowedDomain, Membership, Profile, ThemeSubscription

    for domain, organisation in DEMO_ALLOWED_DOMAINS:
        AllowedDomain.objects.get_or_create(domain=domain, defaults={"organisation": organisation})
    User = get_user_model()
    for account in content.ACCOUNTS:
        user = User.objects.filter(email=account["email"]).first()
        if user is None or Profile.objects.filter(user=user).exists():
            continue
        themes, region, job_title, bio = DEMO_PROFILES.get(account["email"], ([], "", "", ""))
        profile = Profile.objects.create(
            user=user,
            organisation=account.get("organisation", ""),
            job_title=job_title,
            region=Region.objects.filter(slug=region).first(),
            bio=bio,
            in_directory=account["email"] in DEMO_PROFILES,
            show_organisation=True,
            show_job_title=True,
            show_region=True,
            show_themes=True,
        )
        profile.themes.set(Theme.objects.filter(slug__in=themes))
        Membership.objects.get_or_create(user=user, defaults={"status": Membership.Status.APPROVED})
        for theme in Theme.objects.filter(slug__in=themes):
            ThemeSubscription.objects.get_or_create(user=user, theme=theme)
    applicant, created = User.objects.get_or_create(
        email="aanvrager@adviesbureau-voorbeeld.example",
        defaults={"first_name": "Pieter", "last_name": "Jansen"},
    )
    if created:
        applicant.set_password(content.DEMO_PASSWORD)
        applicant.save()
        _verify_email(applicant)
        Profile.objects.create(user=applicant, organisation="Adviesbureau Integriteit")
        Membership.objects.create(
            user=applicant,
            status=Membership.Status.PENDING,
            requested_at=timezone.now(),
            motivation="Ik voer Bibob-onderzoeken uit in opdracht van drie gemeenten in Brabant.",
        )


def _verify_email(user) -> None:
    from allauth.account.models import EmailAddress

    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


def _document(title: str, filename: str, pages: list[str]):
    """A real, searchable file: a PDF, or a DOCX when the text needs more than the PDF
    writer's Western European character set (e.g. the Bulgarian or Polish flyers)."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    document = Document(title=title)
    try:
        "".join(pages).encode("cp1252")
        data = make_pdf(title, pages)
    except UnicodeEncodeError:
        data, filename = make_docx(title, pages), filename.rsplit(".", 1)[0] + ".docx"
    document.file.save(filename, ContentFile(data), save=False)
    document.save()
    return document


def _published_at(date: str) -> dt.datetime:
    return dt.datetime.fromisoformat(date).replace(hour=9, tzinfo=AMSTERDAM)


def _publish(parent: Page, page: Page, *, published: str | None, restricted: bool) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    if published:
        when = _published_at(published)
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when
        )
    if restricted:
        members_only(page)
    return page


def _taxonomy(page, item) -> None:
    page.themes.set(Theme.objects.filter(slug__in=item.get("themes", [])))
    if hasattr(page, "regions"):
        page.regions.set(Region.objects.filter(slug__in=item.get("regions", [])))
    page.audiences.set(Audience.objects.filter(slug__in=item.get("audiences", [])))


def seed_articles(parent: Page) -> int:
    created = 0
    for item in content.ARTICLES:
        if ArticlePage.objects.filter(slug=item["slug"]).exists():
            continue
        body = list(item["body"])
        attachment = item.get("attachment")
        if attachment:
            document = _document(attachment["title"], attachment["filename"], attachment["pages"])
            body.append(("document", {"document": document, "title": attachment["title"]}))
        practice = item.get("practice") or {}
        published = dt.date.fromisoformat(item["published"])
        page = ArticlePage(
            title=item["title"],
            slug=item["slug"],
            article_type=item["type"],
            summary=item["summary"],
            body=body,
            author_credit=item.get("author", ""),
            source_organisation=item.get("source_organisation", ""),
            owner_name=item.get("owner", "Redactie Kennisplatform"),
            owner_email="redactie@kennisplatform.example",
            last_reviewed=published,
            **{f"practice_{key}": value for key, value in practice.items()},
        )
        _taxonomy(page, item)
        for note in item.get("change_notes", []):
            page.change_notes.add(
                ChangeNote(date=dt.date.fromisoformat(note["date"]), note=note["note"])
            )
        _publish(parent, page, published=item["published"], restricted=item["members_only"])
        created += 1
    return created


def seed_toolkits(parent: Page) -> int:
    created = 0
    for item in content.TOOLKITS:
        if ToolkitPage.objects.filter(slug=item["slug"]).exists():
            continue
        contact = item.get("contact", {})
        page = ToolkitPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            intro=item["intro"],
            steps=[("step", step) for step in item["steps"]],
            checklists=[("checklist", checklist) for checklist in item["checklists"]],
            contact_name=contact.get("name", ""),
            contact_email=contact.get("email", ""),
            contact_phone=contact.get("phone", ""),
            owner_name=item.get("owner", "Redactie Kennisplatform"),
            source_organisation=item.get("source_organisation", ""),
            last_reviewed=dt.date.fromisoformat(item["published"]),
        )
        _taxonomy(page, item)
        for material in item["materials"]:
            document = _document(material["title"], material["filename"], material["pages"])
            page.materials.add(
                ToolkitMaterial(
                    document=document, title=material["title"], language=material["language"]
                )
            )
        _publish(parent, page, published=item["published"], restricted=item["members_only"])
        created += 1
    return created


def seed_events(parent: Page) -> int:
    from events.demo import seed_registrations

    created = 0
    today = timezone.localdate()
    member_email = next(a["email"] for a in content.ACCOUNTS if a["role"] == roles.LID)
    demo_member = get_user_model().objects.filter(email=member_email).first()
    member_upcoming = False  # the demo member is registered for one upcoming, open event
    for item in content.EVENTS:
        if EventPage.objects.filter(slug=item["slug"]).exists():
            continue
        day = today + dt.timedelta(days=item["days_from_now"])
        hour, minute = map(int, item["start_time"].split(":"))
        start = dt.datetime.combine(day, dt.time(hour, minute), tzinfo=AMSTERDAM)
        end = start + dt.timedelta(minutes=item["duration_minutes"])
        page = EventPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            description=item["description"],
            start=start,
            end=end,
            event_format=item["format"],
            online_platform=item["platform"],
            join_link=item["join_link"],
            location=item["location"],
            programme=[
                (
                    "session",
                    {
                        "start_time": dt.time.fromisoformat(s["start"]),
                        "end_time": dt.time.fromisoformat(s["end"]) if s.get("end") else None,
                        "title": s["title"],
                        "speakers": s.get("speakers", ""),
                        "description": s.get("description", ""),
                    },
                )
                for s in item["programme"]
            ],
            speakers=[("speaker", speaker) for speaker in item["speakers"]],
            capacity=item["capacity"],
            members_only=item["members_only"],
            registration_opens=start - dt.timedelta(days=60),
            registration_closes=start - dt.timedelta(hours=1),
            recording_link=item.get("recording_link", ""),
            materials=item.get("materials", ""),
        )
        _taxonomy(page, item)
        _publish(parent, page, published=None, restricted=False)
        # Full events: every seat taken plus a waitlist. The demo member attended the recent
        # past events (materials on /mijn/) and is registered for one upcoming event.
        attend = -100 <= item["days_from_now"] < 0
        upcoming = item["days_from_now"] > 0 and not item.get("full") and not member_upcoming
        seed_registrations(
            page,
            full=bool(item.get("full")),
            member=demo_member if (attend or upcoming) else None,
        )
        member_upcoming = member_upcoming or upcoming
        created += 1
    return created


@transaction.atomic
def seed_demo() -> dict[str, int]:
    from config.site import ensure_site_structure

    pages = ensure_site_structure()
    seed_taxonomies()
    seed_accounts()
    seed_members()
    return {
        "articles": seed_articles(pages["kennisbank"]),
        "toolkits": seed_toolkits(pages["toolkits"]),
        "events": seed_events(pages["agenda"]),
    }
