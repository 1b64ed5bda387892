"""The rules of a table that no form lets a person break, asked of spaces.services directly:
who may ask, decide, post and comment, and what a label needs."""

from __future__ import annotations

import re

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

import pytest

from access.labels import Label
from spaces import services
from spaces.models import LabelChange, Participation

from ..factories import UserFactory
from .conftest import pdf_upload

Status = Participation.Status


def codes(error: ValidationError) -> list[str]:
    return [e.code for e in error.error_list]


def test_only_approved_members_ask_once_with_an_organisation(table):
    space = table.space
    unapproved = UserFactory(email="nieuw@voorbeeld.nl")
    with pytest.raises(ValidationError) as refused:
        services.request_to_join(space=space, user=unapproved, organisation="X", motivation="")
    assert codes(refused.value) == ["member"]

    mila = table.users["no_table"]
    with pytest.raises(ValidationError) as nameless:
        services.request_to_join(space=space, user=mila, organisation=" ", motivation="")
    assert codes(nameless.value) == ["organisation"]

    services.request_to_join(space=space, user=mila, organisation="Gemeente", motivation="Graag")
    with pytest.raises(ValidationError) as twice:
        services.request_to_join(space=space, user=mila, organisation="Gemeente", motivation="")
    assert codes(twice.value) == ["duplicate"]


def test_a_request_is_decided_once_and_only_by_a_manager(table):
    mila = table.users["no_table"]
    request = services.request_to_join(
        space=table.space, user=mila, organisation="Gemeente", motivation="Graag"
    )
    with pytest.raises(PermissionDenied):
        services.approve(participation=request, by=table.users["participant"])

    services.reject(participation=request, by=table.users["coordinator"], reason=" Vol ")
    request.refresh_from_db()
    assert (request.status, request.reason) == (Status.REJECTED, "Vol")
    for decide in (services.approve, services.reject):
        with pytest.raises(ValidationError) as decided:
            decide(participation=request, by=table.users["coordinator"])
        assert codes(decided.value) == ["decided"]
    with pytest.raises(ValidationError) as inactive:
        services.remove(participation=request, by=table.users["coordinator"])
    assert codes(inactive.value) == ["inactive"]


def test_a_participant_leaves_but_the_last_coordinator_stays(table):
    piet = Participation.objects.get(space=table.space, user=table.users["participant"])
    services.leave(participation=piet)
    piet.refresh_from_db()
    assert piet.status == Status.LEFT
    assert not table.users["participant"].groups.filter(pk=table.space.group_id).exists()

    coco = Participation.objects.get(space=table.space, user=table.users["coordinator"])
    with pytest.raises(ValidationError) as last:
        services.leave(participation=coco)
    assert codes(last.value) == ["last_coordinator"]


def test_a_beheerder_changes_a_participation_and_the_group_follows(table, beheerder):
    fenna = Participation.objects.get(space=table.space, user=table.users["other_org"])
    services.set_participation(
        participation=fenna, role="participant", status=Status.REMOVED, by=beheerder
    )
    assert not table.users["other_org"].groups.filter(pk=table.space.group_id).exists()
    services.set_participation(
        participation=fenna, role="coordinator", status=Status.ACTIVE, by=beheerder
    )
    fenna.refresh_from_db()
    assert (fenna.status, fenna.role) == (Status.ACTIVE, "coordinator")
    assert table.users["other_org"].groups.filter(pk=table.space.group_id).exists()

    with pytest.raises(PermissionDenied):
        services.set_participation(
            participation=fenna,
            role="participant",
            status=Status.ACTIVE,
            by=table.users["no_table"],
        )
    with pytest.raises(ValidationError) as not_a_member:
        services.appoint(
            space=table.space,
            user=UserFactory(email="nieuw@voorbeeld.nl"),
            organisation="X",
            role="participant",
            by=beheerder,
        )
    assert codes(not_a_member.value) == ["member"]


@pytest.mark.parametrize(
    ("label", "code_needs"), [(Label.AMBER_STRICT, "organisaties"), (Label.RED, "personen")]
)
def test_a_narrow_label_names_its_audience(table, label, code_needs):
    with pytest.raises(ValidationError, match=re.escape(f"Noem bij {label.label} de {code_needs}")):
        services.post_update(
            space=table.space,
            author=table.users["coordinator"],
            title="Zonder publiek",
            body="Tekst",
            label=label,
        )


def test_outsiders_and_those_outside_an_items_audience_cannot_add_to_it(table):
    red = table.updates[Label.RED]  # for Coco and Fenna, not for Piet
    with pytest.raises(PermissionDenied):
        services.add_comment(update=red, author=table.users["participant"], body="Ik ook")
    with pytest.raises(PermissionDenied):
        services.add_comment(update=red, author=table.users["no_table"], body="Ik ook")
    with pytest.raises(PermissionDenied):
        services.post_update(
            space=table.space, author=table.users["other_table"], title="T", body="B", label="amber"
        )
    with pytest.raises(PermissionDenied):
        services.add_version(
            file=table.files[Label.RED],
            upload=pdf_upload("nieuw.pdf", "woord"),
            uploaded_by=table.users["participant"],
        )
    comment = services.add_comment(update=red, author=table.users["other_org"], body=" Gezien ")
    assert comment.body == "Gezien"


def test_a_new_version_tells_the_other_participants(table, django_capture_on_commit_callbacks):
    file = table.files[Label.GREEN]
    with django_capture_on_commit_callbacks(execute=True):
        version = services.add_version(
            file=file,
            upload=pdf_upload("versie-2.pdf", "woord"),
            uploaded_by=table.users["participant"],
        )
    assert file.versions.first() == version
    assert version.original_name == "versie-2.pdf"
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == ["coco@politie.nl", "fenna@fiod.nl"]  # not Piet, who uploaded it
    assert all(file.title in message.body for message in mail.outbox)  # GREEN may be quoted


def test_setting_the_same_label_again_records_nothing(table):
    update = table.updates[Label.AMBER]
    services.change_label(item=update, new=Label.AMBER, by=table.users["coordinator"])
    update.refresh_from_db()
    assert update.label == Label.AMBER
    assert not LabelChange.objects.exists()
