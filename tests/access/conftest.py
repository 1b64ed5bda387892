"""One fixture world for every door (access/policy.py).

Four articles, one per kind of visibility, each with a unique word in its body and an
attachment with another unique word; an image on the editors-only page; a past public event
whose materials are for attendees; a draft that adds a new attachment to the public page.
Pages are published as the admin does (revision + publish) while background tasks never run
(django-tasks' dummy backend), so nothing here depends on a worker having caught up.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

import pytest
from allauth.account.models import EmailAddress
from PIL import Image as PILImage

from config.demo.documents import make_pdf
from events.models import Registration
from members import roles

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    RegistrationFactory,
    ThemeFactory,
    UserFactory,
)
from ..helpers import login_with_mfa, restrict_to_members
from ..search.conftest import (  # noqa: F401 - the engine fixtures, for the engine doors
    _require_engine,
    apply_on_commit,
    engine_settings,
    search_index,
)

# Which kinds of page the world has, and the unique words of their bodies and attachments.
KINDS = ("public", "members", "group", "login")
TITLES = {
    "public": "Openbare werkwijze havens",
    "members": "Ledenbeeld drugslabs",
    "group": "Redactienotitie informanten",
    "login": "Inlogverslag witwassen",
}
BODY_WORDS = {kind: f"{kind}lichaamwoord" for kind in KINDS}
FILE_WORDS = {kind: f"{kind}bijlagewoord" for kind in KINDS}
MATERIAL_WORD = "deelnemersmateriaalwoord"
DRAFT_WORD = "conceptbijlagewoord"

# Who looks: the roles of the issue, each as a function of the world's users.
ROLES = ("visitor", "unverified", "unapproved", "member", "other_group", "editor")


@dataclass
class World:
    pages: dict = field(default_factory=dict)
    documents: dict = field(default_factory=dict)
    image: object = None
    rendition_url: str = ""
    event: object = None
    users: dict = field(default_factory=dict)


def _document(title: str, word: str):
    document = get_document_model()(title=title)
    name = title.lower().replace(" ", "-") + ".pdf"
    document.file.save(name, ContentFile(make_pdf(title, [f"Deze bijlage noemt {word}."])))
    return document


def _image():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "navy").save(buffer, format="PNG")
    image = get_image_model()(title="Foto informantenoverleg")
    image.file.save("informantenoverleg.png", ImageFile(buffer, name="informantenoverleg.png"))
    return image


def _publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def no_worker(settings):
    """Background tasks are queued but never run, as before a worker picks them up."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}


@pytest.fixture
def world(site_pages, no_worker) -> World:
    world = World()
    theme = ThemeFactory(name="Ondermijning", slug="ondermijning")
    world.documents = {kind: _document(f"Bijlage {kind}", FILE_WORDS[kind]) for kind in KINDS}
    world.image = _image()
    for kind in KINDS:
        body = [
            ("text", f"<p>Deze pagina noemt {BODY_WORDS[kind]}.</p>"),
            ("document", {"document": world.documents[kind], "title": f"Bijlage {kind}"}),
        ]
        if kind == "group":
            body.append(("image", {"image": world.image, "alt_text": "Overleg", "caption": ""}))
        page = ArticlePageFactory(
            parent=site_pages["kennisbank"],
            title=TITLES[kind],
            summary=f"Samenvatting van {TITLES[kind]}.",
            body=body,
            themes=[theme],
        )
        if kind == "members":
            restrict_to_members(page)
        elif kind == "group":
            restrict_to_members(page, group_names=[roles.REDACTEUR])
        elif kind == "login":
            PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.LOGIN
            )
        world.pages[kind] = _publish(page)
    world.rendition_url = world.image.get_rendition("width-900").url

    # A draft of the public page adds an attachment that nobody may download yet.
    world.documents["draft"] = _document("Bijlage concept", DRAFT_WORD)
    draft = world.pages["public"]
    draft.body = [
        *[(block.block_type, block.value) for block in draft.body],
        ("document", {"document": world.documents["draft"], "title": "Concept"}),
    ]
    draft.save_revision()

    # A past public event: its materials are for those who had a seat.
    world.documents["material"] = _document("Bijlage materiaal", MATERIAL_WORD)
    start = timezone.now() - dt.timedelta(days=2)
    event = EventPageFactory(
        parent=site_pages["agenda"],
        title="Webinar bestuurlijke aanpak",
        start=start,
        end=start + dt.timedelta(hours=2),
        themes=[theme],
    )
    event.materials = (
        f'<p><a linktype="document" id="{world.documents["material"].pk}">Slides</a></p>'
    )
    world.event = _publish(event)

    world.users = {
        "visitor": None,
        "unverified": UserFactory(email="nieuw@example.org"),
        "unapproved": UserFactory(email="wacht@example.org"),
        "member": UserFactory(email="lid@gemeente.example", roles=[roles.LID]),
        "other_group": UserFactory(email="mod@gemeente.example", roles=[roles.MODERATOR]),
        "editor": UserFactory(email="red@kennisplatform.example", roles=[roles.REDACTEUR]),
    }
    for name, user in world.users.items():
        if user is not None:
            EmailAddress.objects.create(
                user=user, email=user.email, primary=True, verified=name != "unverified"
            )
    RegistrationFactory(
        event=world.event,
        user=world.users["member"],
        email=world.users["member"].email,
        status=Registration.Status.CONFIRMED,
    )
    assert Group.objects.filter(name=roles.REDACTEUR).exists()
    return world


@pytest.fixture
def as_role(client, world):
    """A test client signed in as one of ROLES (staff after their MFA step)."""

    def sign_in(role: str):
        client.logout()
        user = world.users[role]
        if user is not None:
            login_with_mfa(client, user)
        return client

    return sign_in


@pytest.fixture
def page_with(knowledge_index):
    """Publish a page holding the document, restricted to `groups` when given."""

    def build(document, *, groups=None):
        page = ArticlePageFactory(parent=knowledge_index, title=f"Pagina met {document.title}")
        if groups is not None:
            restrict_to_members(page, group_names=groups)
        page.body = [("document", {"document": document, "title": document.title})]
        page.save_revision().publish()
        return document

    return build
