"""`seed_demo`: the demo items of config/demo/content/ (one file each, see
docs/demo-content.md) become taxonomy terms, accounts and published pages. Safe to rerun: what
exists (matched by slug or e-mail) is kept as it is.

Pages are made as an editor makes them: added under their index page, saved as a revision and
that revision published, so Wagtail's signals, the reference index (file access) and the search
outbox see them like any editor's page. Each item type below registers with the loader the
header it reads and how it seeds.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction

from events.models import EventPage
from knowledge.models import ArticlePage, ChangeNote, ToolkitMaterial, ToolkitPage
from knowledge.taxonomy import Audience, Region, Theme
from members import roles

from .documents import make_docx, make_pdf
from .loader import (
    CONTENT_DIR,
    REGISTRY,
    Block,
    Choice,
    Item,
    Time,
    json_value,
    list_items,
    plain_text,
    read_folder,
    register,
    rich_text,
)

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DEMO_PASSWORD = "Demo-wachtwoord-2026"  # noqa: S105 (development only, printed by seed_demo)
OWNER = "Redactie Kennisplatform"
TERMS: dict[str, type[Theme] | type[Region] | type[Audience]] = {
    "themes": Theme,
    "regions": Region,
    "audiences": Audience,
}

ATTACHMENT = {"title": str, "filename": str, "pages": [str]}
PAGE = {
    "title": str,
    "summary": str,
    "members_only": bool,
    "themes?": [str],
    "audiences?": [str],
}
KNOWLEDGE = {
    **PAGE,
    "published": dt.date,
    "regions?": [str],
    "owner?": str,
    "source_organisation?": str,
}


def members_only(page: Page) -> None:
    """Restrict a page to approved members and staff: the role groups, not just any login."""
    if PageViewRestriction.objects.filter(page=page).exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=roles.ALL_ROLES))


def seed_demo(folder: Path = CONTENT_DIR) -> dict[str, int]:
    """Check every file under `folder`, then seed them. Returns how many items of each type
    were created."""
    return seed_items(read_folder(folder))


def seed_items(items: dict[str, list[Item]]) -> dict[str, int]:
    """Seed items as `read_folder` returns them, type by type, in one transaction."""
    with transaction.atomic():
        from config.site import ensure_site_structure

        ensure_site_structure()
        counts = {name: REGISTRY[name].seed(group) for name, group in items.items()}
        seed_members()
    return counts


def _seed(*names: str) -> dict[str, int]:
    items = read_folder()
    return {name: REGISTRY[name].seed(items[name]) for name in names}


def seed_taxonomies() -> None:
    """Themes, regions and audiences alone (seed_bulk needs them, without the demo pages)."""
    _seed("region", "audience", "theme")


def seed_accounts() -> None:
    _seed("account")


# --- taxonomy -----------------------------------------------------------------------------


@register("region", header={"name": str, "kind": Choice(tuple(Region.Kind.values))})
def _regions(items: list[Item]) -> int:
    return sum(
        Region.objects.get_or_create(
            slug=item.slug, defaults={"name": item.header["name"], "kind": item.header["kind"]}
        )[1]
        for item in items
    )


@register("audience", header={"name": str})
def _audiences(items: list[Item]) -> int:
    return sum(
        Audience.objects.get_or_create(slug=item.slug, defaults={"name": item.header["name"]})[1]
        for item in items
    )


@register(
    "theme",
    header={"name": str, "parent?": str, "description": str},
    sort_key=lambda item: ("parent" in item.header, item.slug),  # main themes first
)
def _themes(items: list[Item]) -> int:
    created = 0
    for item in items:
        parent = None
        if "parent" in item.header:
            parent = Theme.objects.filter(slug=item.header["parent"]).first()
            if parent is None:
                raise item.error(f"hoofdthema {item.header['parent']!r} bestaat niet")
        created += Theme.objects.get_or_create(
            slug=item.slug,
            defaults={
                "name": item.header["name"],
                "parent": parent,
                "description": item.header["description"],
            },
        )[1]
    return created


class Terms:
    """The taxonomy terms by slug, loaded once per seed; an unknown slug names the file."""

    def __init__(self):
        self.by_kind = {
            kind: {term.slug: term for term in model.objects.all()} for kind, model in TERMS.items()
        }

    def get(self, item: Item, kind: str, slugs: list[str]) -> list:
        known = self.by_kind[kind]
        unknown = [slug for slug in slugs if slug not in known]
        if unknown:
            raise item.error(
                f"{kind}: onbekend: {', '.join(unknown)} "
                f"(geen bestand van type {kind.removesuffix('s')} met die naam)"
            )
        return [known[slug] for slug in slugs]

    def apply(self, page: Page, item: Item) -> None:
        for kind in TERMS:
            if hasattr(page, kind):
                getattr(page, kind).set(self.get(item, kind, item.header.get(kind, [])))


# --- accounts -----------------------------------------------------------------------------

ROLE_ORDER = [*roles.ALL_ROLES, "superuser"]


@register(
    "account",
    header={
        "email": str,
        "first_name": str,
        "last_name": str,
        "organisation?": str,
        "role": Choice(tuple(ROLE_ORDER)),
        # a profile listed in the member directory (all fields shown but the bio)
        "profile?": {"themes?": [str], "region?": str, "job_title?": str, "bio?": str},
    },
    sort_key=lambda item: ROLE_ORDER.index(item.header["role"]),
)
def _accounts(items: list[Item]) -> int:
    from members.models import Membership, Profile, ThemeSubscription
    from spaces.services import organisation_named

    User = get_user_model()
    terms = Terms()
    created_count = 0
    for item in items:
        account = item.header
        user, created = User.objects.get_or_create(
            email=account["email"],
            defaults={"first_name": account["first_name"], "last_name": account["last_name"]},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            if account["role"] == "superuser":
                user.is_superuser = True
                user.is_staff = True
            user.save()
            if account["role"] != "superuser":
                user.groups.add(Group.objects.get(name=account["role"]))
            created_count += 1
        _verify_email(user)
        if account.get("organisation"):
            # The demo's organisations confirm every account that names them (in use a
            # Moderator does, in the admin), for the pages shared with an organisation.
            organisation_named(account["organisation"]).group.user_set.add(user)
        if Profile.objects.filter(user=user).exists():
            continue
        shown = account.get("profile", {})
        themes = terms.get(item, "themes", shown.get("themes", []))
        region = terms.get(item, "regions", [shown["region"]])[0] if "region" in shown else None
        profile = Profile.objects.create(
            user=user,
            organisation=account.get("organisation", ""),
            job_title=shown.get("job_title", ""),
            region=region,
            bio=shown.get("bio", ""),
            in_directory="profile" in account,
            show_organisation=True,
            show_job_title=True,
            show_region=True,
            show_themes=True,
        )
        profile.themes.set(themes)
        Membership.objects.get_or_create(user=user, defaults={"status": Membership.Status.APPROVED})
        for theme in themes:
            ThemeSubscription.objects.get_or_create(user=user, theme=theme)
    return created_count


@register("circle", header={"name": str, "purpose": str, "people": [str]})
def _circles(items: list[Item]) -> int:
    """A circle of named people, for the pages shared with them only (TLP:RED)."""
    from spaces import services
    from spaces.models import Circle

    User = get_user_model()
    created = 0
    for item in items:
        circle, new = Circle.objects.get_or_create(
            name=item.header["name"], defaults={"purpose": item.header["purpose"]}
        )
        people = list(User.objects.filter(email__in=item.header["people"]))
        missing = set(item.header["people"]) - {person.email for person in people}
        if missing:
            raise item.error(f"people: geen demo-account {', '.join(sorted(missing))}")
        services.set_people(audience=circle, people=people, by=None)
        created += new
    return created


def _share(item: Item, page: Page, shared_with: dict) -> None:
    """Restrict a page to named organisations (TLP:AMBER+STRICT) or a circle (TLP:RED), as the
    privacy dialog does with their groups."""
    from spaces.models import Circle, Organisation

    groups = [
        *Organisation.objects.filter(name__in=shared_with.get("organisations", [])),
        *Circle.objects.filter(name__in=[shared_with["circle"]] if "circle" in shared_with else []),
    ]
    if len(groups) != len(shared_with.get("organisations", [])) + ("circle" in shared_with):
        raise item.error("shared_with: een organisatie of kring bestaat niet")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([audience.group for audience in groups])


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


def seed_members() -> None:
    """The domain allowlist and one application waiting for a moderator (the demo accounts'
    profiles come with the accounts)."""
    from members.models import AllowedDomain, Membership, Profile

    for domain, organisation in DEMO_ALLOWED_DOMAINS:
        AllowedDomain.objects.get_or_create(domain=domain, defaults={"organisation": organisation})
    applicant, created = get_user_model().objects.get_or_create(
        email="aanvrager@adviesbureau-voorbeeld.example",
        defaults={"first_name": "Pieter", "last_name": "Jansen"},
    )
    if created:
        applicant.set_password(DEMO_PASSWORD)
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


# --- pages --------------------------------------------------------------------------------


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


def _publish(
    item: Item, parent: Page, page: Page, *, published: dt.date | None, restricted: bool
) -> Page:
    """Add, save a revision and publish it, as the editor's "Publiceren" does; the demo's
    publication date replaces today's. What the editor's form would refuse names the file."""
    try:
        parent.add_child(instance=page)
    except ValidationError as error:
        problems = "; ".join(
            f"{name}: {' '.join(messages)}" for name, messages in error.message_dict.items()
        )
        raise item.error(f"de pagina is niet geldig: {problems}") from None
    page.save_revision().publish()
    if published:
        when = dt.datetime.combine(published, dt.time(9), tzinfo=AMSTERDAM)
        type(page).objects.filter(pk=page.pk).update(
            first_published_at=when, last_published_at=when
        )
    if restricted:
        members_only(page)
    return page


def _index(model) -> Page:
    return model.objects.get()


def _stream(item: Item, block: Block, stream_block, markdown: dict) -> tuple[str, object]:
    """A `:::` block as a (name, value) StreamField child: from Markdown where the block has a
    Markdown shape (`markdown` maps names to functions), else from its JSON value."""
    if block.name in markdown:
        return block.name, markdown[block.name](item, block)
    child = stream_block.child_blocks[block.name]
    return block.name, child.to_python(json_value(item, block))


def _only_one(item: Item, blocks: list[Block], what: str) -> str:
    if len(blocks) > 1:
        raise item.error(f"{what} staat op één plek, niet ook hier", line=blocks[1].line)
    return rich_text(item, blocks[0]) if blocks else ""


ARTICLE_BODY = ArticlePage.body.field.stream_block
PRACTICE_FIELDS = ArticlePage.PRACTICE_FIELDS
ARTICLE_MARKDOWN = {
    "text": rich_text,
    "quote": lambda item, b: {"quote": plain_text(b), "attribution": b.argument},
    "callout": lambda item, b: {"title": _argument(item, b), "text": rich_text(item, b)},
}


def _argument(item: Item, block: Block) -> str:
    if not block.argument:
        raise item.error(f"'::: {block.name}' heeft een kop nodig: '::: {block.name} Kop'")
    return block.argument


@register(
    "article",
    header={
        **KNOWLEDGE,
        "article_type": Choice(tuple(ArticlePage.Type.values)),
        "author?": str,
        "attachments?": [ATTACHMENT],  # downloads at the end of the body
        "change_notes?": [{"date": dt.date, "note": str}],
        # instead of members_only: only these organisations' confirmed members, or a circle
        "shared_with?": {"organisations?": [str], "circle?": str},
    },
    blocks=[*ARTICLE_BODY.child_blocks, *PRACTICE_FIELDS],
    sort_key=lambda item: (item.header["published"], item.slug),
)
def _articles(items: list[Item]) -> int:
    from knowledge.models import KnowledgeIndexPage

    parent, terms = _index(KnowledgeIndexPage), Terms()
    existing = set(ArticlePage.objects.values_list("slug", flat=True))
    created = 0
    for item in items:
        if item.slug in existing:
            continue
        head = item.header
        body = [
            _stream(item, block, ARTICLE_BODY, ARTICLE_MARKDOWN)
            for block in item.blocks
            if block.name not in PRACTICE_FIELDS
        ]
        for attachment in head.get("attachments", []):
            document = _document(attachment["title"], attachment["filename"], attachment["pages"])
            body.append(("document", {"document": document, "title": attachment["title"]}))
        practice = {b.name: rich_text(item, b) for b in item.blocks if b.name in PRACTICE_FIELDS}
        page = ArticlePage(
            title=head["title"],
            slug=item.slug,
            article_type=head["article_type"],
            summary=head["summary"],
            body=body,
            author_credit=head.get("author", ""),
            source_organisation=head.get("source_organisation", ""),
            owner_name=head.get("owner", OWNER),
            owner_email="redactie@kennisplatform.example",
            last_reviewed=head["published"],
            **practice,
        )
        terms.apply(page, item)
        for note in head.get("change_notes", []):
            page.change_notes.add(ChangeNote(date=note["date"], note=note["note"]))
        _publish(item, parent, page, published=head["published"], restricted=head["members_only"])
        if "shared_with" in head:
            _share(item, page, head["shared_with"])
        created += 1
    return created


@register(
    "toolkit",
    header={
        **KNOWLEDGE,
        "contact?": {"name?": str, "email?": str, "phone?": str},
        "attachments?": [{**ATTACHMENT, "language": str}],  # the toolkit's materials
    },
    blocks=["step", "checklist"],
    sort_key=lambda item: (item.header["published"], item.slug),
)
def _toolkits(items: list[Item]) -> int:
    from knowledge.models import ToolkitIndexPage

    parent, terms = _index(ToolkitIndexPage), Terms()
    existing = set(ToolkitPage.objects.values_list("slug", flat=True))
    created = 0
    for item in items:
        if item.slug in existing:
            continue
        head, contact = item.header, item.header.get("contact", {})
        page = ToolkitPage(
            title=head["title"],
            slug=item.slug,
            summary=head["summary"],
            intro=_only_one(item, [b for b in item.blocks if b.name == "text"], "De introductie"),
            steps=[
                ("step", {"title": _argument(item, b), "text": rich_text(item, b)})
                for b in item.blocks
                if b.name == "step"
            ],
            checklists=[
                ("checklist", {"title": _argument(item, b), "items": list_items(item, b)})
                for b in item.blocks
                if b.name == "checklist"
            ],
            contact_name=contact.get("name", ""),
            contact_email=contact.get("email", ""),
            contact_phone=contact.get("phone", ""),
            owner_name=head.get("owner", OWNER),
            source_organisation=head.get("source_organisation", ""),
            last_reviewed=head["published"],
        )
        terms.apply(page, item)
        for material in head.get("attachments", []):
            document = _document(material["title"], material["filename"], material["pages"])
            page.materials.add(
                ToolkitMaterial(
                    document=document, title=material["title"], language=material["language"]
                )
            )
        _publish(item, parent, page, published=head["published"], restricted=head["members_only"])
        created += 1
    return created


@register(
    "event",
    header={
        **PAGE,
        "format": Choice(tuple(EventPage.Format.values)),
        "days_from_now": int,  # the demo's dates move with today
        "start_time": Time,
        "duration_minutes": int,
        "platform": str,
        "join_link": str,
        "location?": str,
        "capacity?": int,  # none: unlimited
        "full?": bool,  # every seat taken, with a waitlist
        "registered_account?": str,  # a demo account registered (attended, if past)
        "recording_link?": str,
        "programme?": [
            {"start": Time, "end?": Time, "title": str, "speakers?": str, "description?": str}
        ],
        "speakers?": [{"name": str, "role?": str, "bio?": str}],
    },
    blocks=["materials"],
    # Upcoming events first, then past ones, each by date: the order the demo has always been
    # made in (generated registrants and their number derive from the page's id).
    sort_key=lambda item: (
        item.header["days_from_now"] < 0,
        item.header["days_from_now"],
        item.header["start_time"],
        item.slug,
    ),
)
def _events(items: list[Item]) -> int:
    from events.demo import seed_registrations
    from events.models import EventIndexPage

    parent, terms = _index(EventIndexPage), Terms()
    existing = set(EventPage.objects.values_list("slug", flat=True))
    today = timezone.localdate()
    emails = {item.header.get("registered_account") for item in items}
    accounts = {user.email: user for user in get_user_model().objects.filter(email__in=emails)}
    created = 0
    for item in items:
        if item.slug in existing:
            continue
        head = item.header
        day = today + dt.timedelta(days=head["days_from_now"])
        start = dt.datetime.combine(day, dt.time.fromisoformat(head["start_time"]), AMSTERDAM)
        end = start + dt.timedelta(minutes=head["duration_minutes"])
        page = EventPage(
            title=head["title"],
            slug=item.slug,
            summary=head["summary"],
            description=_only_one(
                item, [b for b in item.blocks if b.name == "text"], "De beschrijving"
            ),
            start=start,
            end=end,
            event_format=head["format"],
            online_platform=head["platform"],
            join_link=head["join_link"],
            location=head.get("location", ""),
            programme=[
                (
                    "session",
                    {
                        "start_time": dt.time.fromisoformat(session["start"]),
                        "end_time": (
                            dt.time.fromisoformat(session["end"]) if "end" in session else None
                        ),
                        "title": session["title"],
                        "speakers": session.get("speakers", ""),
                        "description": session.get("description", ""),
                    },
                )
                for session in head.get("programme", [])
            ],
            speakers=[
                ("speaker", {"name": s["name"], "role": s.get("role", ""), "bio": s.get("bio", "")})
                for s in head.get("speakers", [])
            ],
            capacity=head.get("capacity"),
            members_only=head["members_only"],
            registration_opens=start - dt.timedelta(days=60),
            registration_closes=start - dt.timedelta(hours=1),
            recording_link=head.get("recording_link", ""),
            materials=_only_one(
                item, [b for b in item.blocks if b.name == "materials"], "De materialen"
            ),
        )
        terms.apply(page, item)
        _publish(item, parent, page, published=None, restricted=False)
        member = None
        if "registered_account" in head:
            member = accounts.get(head["registered_account"])
            if member is None:
                raise item.error(
                    f"registered_account: geen demo-account {head['registered_account']}"
                )
        seed_registrations(page, full=head.get("full", False), member=member)
        created += 1
    return created


# --- Fenomeentafels (spaces/) ----------------------------------------------------------------

LABELS = ("clear", "green", "amber", "amber_strict", "red")
AUDIENCE = {"organisations?": [str], "people?": [str]}  # AMBER+STRICT, RED


@register(
    "space",
    header={
        "name": str,
        "theme": str,
        "description": str,
        "how_to_join?": str,
        "coordinators": [{"account": str, "organisation": str}],
        "participants?": [{"account": str, "organisation": str}],
        "updates?": [
            {"title": str, "body": str, "label": Choice(LABELS), "author": str, **AUDIENCE}
        ],
        "files?": [
            {
                "title": str,
                "filename": str,
                "pages": [str],
                "label": Choice(LABELS),
                "uploader": str,
                "folder?": str,
                **AUDIENCE,
            }
        ],
        "meeting?": {"title": str, "summary": str, "days_from_now": int, "start_time": Time},
    },
)
def _spaces(items: list[Item]) -> int:
    """A table as a Beheerder sets it up and its participants fill it, through spaces.services
    (the table's group, labels and mails work as in use)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from events.models import EventIndexPage
    from spaces import services
    from spaces.models import Folder, Organisation, Space

    User = get_user_model()
    beheerder = User.objects.filter(groups__name=roles.BEHEERDER).first()
    created = 0
    for item in items:
        if Space.objects.filter(slug=item.slug).exists():
            continue
        head = item.header

        def account(email: str, key: str, item=item):
            user = User.objects.filter(email=email).first()
            if user is None:
                raise item.error(f"{key}: geen demo-account {email}")
            return user

        theme = Theme.objects.filter(slug=head["theme"]).first()
        if theme is None:
            raise item.error(f"theme: geen thema {head['theme']}")
        space = services.create_space(
            name=head["name"],
            slug=item.slug,
            theme=theme,
            description=head["description"],
            how_to_join=head.get("how_to_join", ""),
        )
        people = [
            *((p, "coordinator") for p in head["coordinators"]),
            *((p, "participant") for p in head.get("participants", [])),
        ]
        for person, role in people:
            services.appoint(
                space=space,
                user=account(person["account"], "coordinators/participants"),
                organisation=person["organisation"],
                role=role,
                by=beheerder,
            )

        def audience(entry: dict) -> dict:
            return {
                "organisations": list(
                    Organisation.objects.filter(name__in=entry.get("organisations", []))
                ),
                "people": [account(email, "people") for email in entry.get("people", [])],
            }

        for update in head.get("updates", []):
            services.post_update(
                space=space,
                author=account(update["author"], "updates/author"),
                title=update["title"],
                body=update["body"],
                label=update["label"],
                **audience(update),
            )
        for entry in head.get("files", []):
            folder = None
            if "folder" in entry:
                folder, _ = Folder.objects.get_or_create(space=space, name=entry["folder"])
            data = make_pdf(entry["title"], entry["pages"])
            services.add_file(
                space=space,
                uploaded_by=account(entry["uploader"], "files/uploader"),
                title=entry["title"],
                upload=SimpleUploadedFile(entry["filename"], data, "application/pdf"),
                label=entry["label"],
                folder=folder,
                **audience(entry),
            )
        if "meeting" in head:
            meeting = head["meeting"]
            day = timezone.localdate() + dt.timedelta(days=meeting["days_from_now"])
            start = dt.datetime.combine(
                day, dt.time.fromisoformat(meeting["start_time"]), AMSTERDAM
            )
            page = EventPage(
                title=meeting["title"],
                slug=f"{item.slug}-overleg",
                summary=meeting["summary"],
                start=start,
                end=start + dt.timedelta(hours=2),
                event_format=EventPage.Format.MEETING,
                online_platform="Microsoft Teams",
                join_link="https://teams.example/tafel/" + item.slug,
                space=space,
                registration_opens=start - dt.timedelta(days=30),
                registration_closes=start - dt.timedelta(hours=1),
            )
            _publish(item, _index(EventIndexPage), page, published=None, restricted=False)
        created += 1
    return created
