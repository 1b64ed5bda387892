"""A table with a coordinator and participants from two organisations, a second table, a
member of no table and a visitor; items of every label (spaces/, access/labels.py)."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.core.files.uploadedfile import SimpleUploadedFile

import pytest

from access.labels import Label
from config.demo.documents import make_pdf
from members import roles
from spaces import services
from spaces.models import Organisation

from ..factories import ThemeFactory, UserFactory

PDF_WORDS = {label: f"{label.value}bestandwoord" for label in Label}


def pdf_upload(name: str, word: str) -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, make_pdf(name, [f"Deze bijlage noemt {word}."]), "application/pdf"
    )


@dataclass
class Table:
    space: object = None
    other_space: object = None
    users: dict = field(default_factory=dict)
    updates: dict = field(default_factory=dict)
    files: dict = field(default_factory=dict)


def _member(email: str, **kwargs):
    return UserFactory(email=email, roles=[roles.LID], **kwargs)


@pytest.fixture
def beheerder(db):
    return UserFactory(email="beheerder@kennisplatform.example", roles=[roles.BEHEERDER])


@pytest.fixture
def table(db, beheerder, settings) -> Table:
    """`synthetische-drugs` with Coco (coordinator, Politie), Piet (Politie), Fenna (FIOD);
    `logistiek` with Lotte; Mila in no table. Items of each label by Coco, the AMBER+STRICT
    ones for Politie, the RED ones for Coco and Fenna."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    world = Table()
    drugs = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs")
    world.space = services.create_space(
        name="Fenomeentafel synthetische drugs",
        slug="synthetische-drugs",
        theme=drugs,
        description="Partners delen beelden van productie en handel in synthetische drugs.",
        how_to_join="Voor analisten en beleidsmakers van de partners.",
    )
    world.other_space = services.create_space(
        name="Fenomeentafel logistieke knooppunten",
        slug="logistiek",
        theme=ThemeFactory(name="Logistiek", slug="logistiek"),
        description="Havens, luchthavens en knooppunten.",
    )
    users = world.users
    users["coordinator"] = _member("coco@politie.nl", first_name="Coco", last_name="Coördinator")
    users["participant"] = _member("piet@politie.nl", first_name="Piet", last_name="Politie")
    users["other_org"] = _member("fenna@fiod.nl", first_name="Fenna", last_name="Fiod")
    users["other_table"] = _member("lotte@rotterdam.nl", first_name="Lotte", last_name="Haven")
    users["no_table"] = _member("mila@gemeente.nl", first_name="Mila", last_name="Gemeente")
    services.appoint(
        space=world.space,
        user=users["coordinator"],
        organisation="Politie",
        role="coordinator",
        by=beheerder,
    )
    for key, organisation in (("participant", "Politie"), ("other_org", "FIOD")):
        services.appoint(
            space=world.space,
            user=users[key],
            organisation=organisation,
            role="participant",
            by=beheerder,
        )
    services.appoint(
        space=world.other_space,
        user=users["other_table"],
        organisation="Gemeente Rotterdam",
        role="coordinator",
        by=beheerder,
    )
    politie = Organisation.objects.get(name="Politie")
    coordinator = users["coordinator"]
    for label in Label:
        audience = {
            "organisations": [politie] if label == Label.AMBER_STRICT else [],
            "people": [coordinator, users["other_org"]] if label == Label.RED else [],
        }
        world.updates[label] = services.post_update(
            space=world.space,
            author=coordinator,
            title=f"Bericht {label.label}",
            body=f"Tekst met {label.value}berichtwoord.",
            label=label,
            **audience,
        )
        world.files[label] = services.add_file(
            space=world.space,
            uploaded_by=coordinator,
            title=f"Bestand {label.label}",
            upload=pdf_upload(f"bestand-{label.value}.pdf", PDF_WORDS[label]),
            label=label,
            **audience,
        )
    return world


# Who may open an item of each label (the roles; "visitor" has no account).
MAY_OPEN = {
    Label.CLEAR: {"visitor", "no_table", "other_table", "participant", "other_org", "coordinator"},
    Label.GREEN: {"no_table", "other_table", "participant", "other_org", "coordinator"},
    Label.AMBER: {"participant", "other_org", "coordinator"},
    Label.AMBER_STRICT: {"participant", "coordinator"},
    Label.RED: {"other_org", "coordinator"},
}
ROLES = ("visitor", "no_table", "other_table", "participant", "other_org", "coordinator")
