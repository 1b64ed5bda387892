"""Joining a table: ask, approve or reject, remove, leave, invite; access follows at once."""

from django.core import mail
from django.urls import reverse

import pytest

from access import labels
from access.labels import Label
from spaces import services
from spaces.models import Invitation, Participation

from ..factories import UserFactory


def test_a_member_asks_to_join_and_the_coordinator_approves(
    client, table, django_capture_on_commit_callbacks
):
    mila, coco = table.users["no_table"], table.users["coordinator"]
    space = table.space
    client.force_login(mila)
    page = client.get(space.get_absolute_url()).content.decode()
    assert "Deelname vragen" in page
    assert "amberberichtwoord" not in page and "Bericht TLP:AMBER" not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            space.get_absolute_url(),
            {"organisation": "Gemeente Tilburg", "motivation": "Ik coördineer de drugsaanpak."},
        )
    assert response.status_code == 302
    participation = Participation.objects.get(space=space, user=mila)
    assert participation.status == Participation.Status.REQUESTED
    assert participation.organisation.name == "Gemeente Tilburg"
    [request_mail] = mail.outbox
    assert request_mail.to == [coco.email]
    assert "Gemeente Tilburg" in request_mail.body and "drugsaanpak" in request_mail.body
    assert "Uw verzoek wacht" in client.get(space.get_absolute_url()).content.decode()

    client.force_login(coco)
    manage = client.get(reverse("spaces:manage", args=[space.slug])).content.decode()
    assert "Ik coördineer de drugsaanpak." in manage
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("spaces:decide", args=[space.slug, participation.pk, "goedkeuren"]))
    participation.refresh_from_db()
    assert participation.status == Participation.Status.ACTIVE
    assert participation.decided_by == coco
    assert mail.outbox[-1].to == [mila.email]
    assert "U neemt deel" in mail.outbox[-1].subject

    client.force_login(mila)
    page = client.get(space.get_absolute_url()).content.decode()
    assert "Bericht TLP:AMBER" in page and "Bestand TLP:AMBER" in page
    assert "Bericht TLP:RED" not in page  # named people only


def test_a_rejection_tells_the_reason_and_opens_nothing(
    client, table, django_capture_on_commit_callbacks
):
    mila = table.users["no_table"]
    participation = services.request_to_join(
        space=table.space, user=mila, organisation="Gemeente", motivation="Graag."
    )
    client.force_login(table.users["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("spaces:decide", args=[table.space.slug, participation.pk, "afwijzen"]),
            {"reason": "Deze tafel is voor analisten."},
        )
    participation.refresh_from_db()
    assert participation.status == Participation.Status.REJECTED
    assert "Deze tafel is voor analisten." in mail.outbox[-1].body
    assert not labels.may_open_item(mila, table.updates[Label.AMBER])


def test_a_removed_participant_loses_access_at_once(client, table):
    piet = table.users["participant"]
    amber = table.files[Label.AMBER]
    client.force_login(piet)
    assert client.get(amber.get_download_url()).status_code == 200

    participation = Participation.objects.get(space=table.space, user=piet)
    services.remove(participation=participation, by=table.users["coordinator"], reason="")

    assert client.get(amber.get_download_url()).status_code == 404
    assert client.get(table.updates[Label.AMBER].get_absolute_url()).status_code == 404
    page = client.get(table.space.get_absolute_url()).content.decode()
    assert "Bestand TLP:AMBER" not in page and "Deelname vragen" in page


def test_only_coordinators_and_beheerders_decide(client, table):
    mila = table.users["no_table"]
    participation = services.request_to_join(
        space=table.space, user=mila, organisation="Gemeente", motivation="Graag."
    )
    client.force_login(table.users["participant"])
    url = reverse("spaces:decide", args=[table.space.slug, participation.pk, "goedkeuren"])
    assert client.post(url).status_code == 404
    participation.refresh_from_db()
    assert participation.status == Participation.Status.REQUESTED


def test_the_last_coordinator_cannot_leave_or_be_removed(table, beheerder):
    coordinator = Participation.objects.get(space=table.space, user=table.users["coordinator"])
    with pytest.raises(Exception, match="minstens één coördinator"):
        services.remove(participation=coordinator, by=beheerder)
    with pytest.raises(Exception, match="minstens één coördinator"):
        services.leave(participation=coordinator)
    coordinator.refresh_from_db()
    assert coordinator.is_active


def test_an_account_that_is_not_an_approved_member_cannot_ask(client, table):
    applicant = UserFactory(email="nieuw@gemeente.nl")  # signed up, no role yet
    client.force_login(applicant)
    page = client.get(table.space.get_absolute_url()).content.decode()
    assert "zodra uw lidmaatschap is goedgekeurd" in page
    response = client.post(
        table.space.get_absolute_url(), {"organisation": "Gemeente", "motivation": "Graag."}
    )
    assert response.status_code == 400
    assert "Alleen goedgekeurde leden" in response.content.decode()
    assert not Participation.objects.filter(user=applicant).exists()


def test_an_invitation_is_mailed_and_taken_by_the_invited_address_only(
    client, table, django_capture_on_commit_callbacks
):
    client.force_login(table.users["coordinator"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("spaces:manage", args=[table.space.slug]), {"email": "Mila@Gemeente.nl"}
        )
    invitation = Invitation.objects.get(space=table.space)
    assert invitation.email == "mila@gemeente.nl"
    [message] = mail.outbox
    assert message.to == ["mila@gemeente.nl"]
    assert invitation.get_absolute_url() in message.body

    client.force_login(table.users["other_table"])
    response = client.post(invitation.get_absolute_url(), {"organisation": "Haven"})
    assert response.status_code == 400
    assert "voor een ander e-mailadres" in response.content.decode()

    client.force_login(table.users["no_table"])
    response = client.post(invitation.get_absolute_url(), {"organisation": "Gemeente Breda"})
    assert response.status_code == 302
    participation = Participation.objects.get(space=table.space, user=table.users["no_table"])
    assert participation.is_active and participation.organisation.name == "Gemeente Breda"
    response = client.post(invitation.get_absolute_url(), {"organisation": "Gemeente Breda"})
    assert "al gebruikt" in response.content.decode()


def test_my_page_lists_the_tables_i_take_part_in(client, table):
    client.force_login(table.users["coordinator"])
    page = client.get("/mijn/").content.decode()
    assert "Fenomeentafel synthetische drugs" in page and "(coördinator)" in page
    assert "logistieke knooppunten" not in page
    client.force_login(table.users["no_table"])
    assert "U neemt niet deel aan een fenomeentafel." in client.get("/mijn/").content.decode()


def test_a_beheerder_manages_a_table_only_after_the_mfa_step(client, table, beheerder):
    from ..helpers import login_with_mfa

    url = reverse("spaces:manage", args=[table.space.slug])
    client.force_login(beheerder)  # a session that skipped MFA
    assert client.get(url).status_code == 404
    login_with_mfa(client, beheerder)
    page = client.get(url).content.decode()
    assert "Piet Politie" in page
    # Managing is not reading: the table's items stay closed to the Beheerder.
    assert client.get(table.updates[Label.AMBER].get_absolute_url()).status_code == 404
    assert "Bericht TLP:AMBER" not in client.get(table.space.get_absolute_url()).content.decode()
