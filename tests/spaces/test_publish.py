"""A table publishes to the knowledge base: a coordinator turns an update or a library file
into a draft article that goes through the editorial workflow and links back to the table
(spaces.services.publish_to_knowledge_base)."""

from __future__ import annotations

from django.urls import reverse

from wagtail.models import WorkflowState

import pytest

from access.labels import Label
from knowledge.models import ArticlePage
from members.services import CONTRIBUTIONS_COLLECTION
from spaces.models import Publication, Space

from ..helpers import login_with_mfa


def publish_url(item, kind="berichten"):
    name = "spaces:publish_update" if kind == "berichten" else "spaces:publish_file"
    return reverse(name, args=[item.space.slug, item.pk])


@pytest.fixture
def coordinator(client, table, knowledge_index):
    client.force_login(table.users["coordinator"])
    return table.users["coordinator"]


def test_an_amber_update_leaves_the_table_only_with_a_reason(client, table, coordinator):
    update = table.updates[Label.AMBER]
    form = {"article_type": "ondermijningsbeeld", "title": "Drugslabs in het buitengebied"}
    form["summary"] = "Wat de tafel ziet aan drugslabs in schuren."

    refused = client.post(publish_url(update), form)

    assert refused.status_code == 400
    assert "Geef aan waarom dit TLP:AMBER-item buiten de tafel gedeeld mag worden." in (
        refused.content.decode()
    )
    assert not ArticlePage.objects.exists()

    response = client.post(publish_url(update), {**form, "reason": "Afgestemd in het overleg."})

    assert response.status_code == 302
    assert response["Location"] == update.get_absolute_url()
    page = ArticlePage.objects.get()
    assert (page.title, page.article_type, page.live) == (
        "Drugslabs in het buitengebied",
        "ondermijningsbeeld",
        False,
    )
    body = str(page.body[0].value)
    assert "amberberichtwoord" in body
    assert 'href="/tafels/synthetische-drugs/"' in body
    # The table's name is "Fenomeentafel synthetische drugs": credited once, in full.
    assert page.source_organisation == "Landelijke Fenomeentafel synthetische drugs"
    assert (
        "Afkomstig van de <a" in body and ">Landelijke Fenomeentafel synthetische drugs</a>" in body
    )
    assert page.author_credit == "Coco Coördinator (Politie)"
    assert [theme.slug for theme in page.themes.all()] == ["synthetische-drugs"]
    # For approved members, as the editors find it; they decide how it is published.
    restriction = page.get_view_restrictions().get()
    assert set(restriction.groups.values_list("name", flat=True)) >= {"Lid"}
    assert WorkflowState.objects.for_instance(page).get().status == "in_progress"
    publication = Publication.objects.get()
    assert (publication.update, publication.page, publication.by) == (update, page, coordinator)
    assert publication.reason == "Afgestemd in het overleg."

    shown = client.get(update.get_absolute_url()).content.decode()
    assert "Drugslabs in het buitengebied · concept bij de redactie" in shown


def test_a_clear_file_becomes_a_public_guide_whose_attachment_waits_for_publication(
    client, table, coordinator
):
    file = table.files[Label.CLEAR]
    response = client.post(
        publish_url(file, "bestanden"),
        {
            "article_type": "handreiking",
            "title": "Handreiking drugsafval",
            "summary": "Zo meld je.",
        },
    )
    assert response.status_code == 302
    page = ArticlePage.objects.get()
    assert not page.get_view_restrictions().exists()  # TLP:CLEAR may be public
    document = page.body[1].value["document"]
    assert document.collection.name == CONTRIBUTIONS_COLLECTION
    assert document.file.read().startswith(b"%PDF")

    client.logout()
    assert client.get(document.url).status_code != 200  # a draft's attachment is not public

    page.get_latest_revision().publish()  # the Hoofdredacteur approves
    document.refresh_from_db()
    assert document.collection.name == "Root"
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")

    client.force_login(coordinator)
    shown = client.get(file.get_absolute_url()).content.decode()
    assert f'<a href="{page.url}">Handreiking drugsafval</a> · gepubliceerd' in shown


def test_a_praktijkvoorbeeld_needs_every_part(client, table, coordinator):
    response = client.post(
        publish_url(table.updates[Label.GREEN]),
        {"article_type": "praktijkvoorbeeld", "title": "Aanpak", "summary": "Kort."},
    )
    assert response.status_code == 400
    # Six parts, each in the error summary and at its field.
    assert response.content.decode().count("Verplicht voor een praktijkvoorbeeld.") == 2 * 6
    assert not ArticlePage.objects.exists()


def test_only_the_coordinators_see_the_button_and_may_publish(client, table, knowledge_index):
    update = table.updates[Label.GREEN]
    client.force_login(table.users["participant"])
    assert (
        "Omzetten naar concept-artikel"
        not in client.get(update.get_absolute_url()).content.decode()
    )
    assert client.get(publish_url(update)).status_code == 403

    client.force_login(table.users["other_table"])
    assert client.get(publish_url(update)).status_code == 404  # not their table

    client.force_login(table.users["coordinator"])
    assert "Omzetten naar concept-artikel" in client.get(update.get_absolute_url()).content.decode()
    form = client.get(publish_url(update)).content.decode()
    assert 'value="Bericht TLP:GREEN"' in form
    assert "Waarom mag dit buiten de tafel" not in form  # GREEN reaches all members already


def test_the_coordinator_hears_when_the_editors_send_the_draft_back_and_when_they_publish(
    client, table, coordinator, chief_editor, mailoutbox, django_capture_on_commit_callbacks
):
    update = table.updates[Label.GREEN]
    client.post(
        publish_url(update),
        {"article_type": "handreiking", "title": "Signalen in de haven", "summary": "Wat opvalt."},
    )
    page = ArticlePage.objects.get()
    mailoutbox.clear()

    login_with_mfa(client, chief_editor)
    state = WorkflowState.objects.for_instance(page).get()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[page.pk, "reject", state.current_task_state.pk],
            ),
            {"comment": "Graag de bron van de cijfers noemen."},
        )

    [returned] = mailoutbox
    assert returned.to == [coordinator.email]
    assert returned.subject.endswith("Teruggestuurd door de redactie: Signalen in de haven")
    assert "Graag de bron van de cijfers noemen." in returned.body
    assert "Fenomeentafel synthetische drugs" in returned.body
    assert "Graag de bron van de cijfers noemen." in returned.alternatives[0][0]

    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.get_latest_revision().publish()
    [published] = mailoutbox
    assert published.to == [coordinator.email]
    assert "staat nu in de kennisbank" in published.body
    assert page.url in published.body
    page.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()  # a later change by the editors: no second mail
    assert len(mailoutbox) == 1


@pytest.mark.parametrize(
    "name",
    [
        "synthetische drugs",
        "Fenomeentafel synthetische drugs",
        "fenomeentafel  synthetische drugs",
        "Landelijke Fenomeentafel synthetische drugs",
    ],
)
def test_a_tables_full_name_says_landelijke_fenomeentafel_once(name):
    assert Space(name=name).full_name == "Landelijke Fenomeentafel synthetische drugs"
