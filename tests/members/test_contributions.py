"""Members submit a praktijkvoorbeeld: it becomes a draft article in the editorial workflow,
the Hoofdredacteur approves (published, credited to the member) or sends it back with a reason
the member sees on /mijn/."""

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, WorkflowState

import pytest

from knowledge.models import ArticlePage
from members.models import Contribution
from members.services import CONTRIBUTIONS_COLLECTION

from ..factories import ProfileFactory, RegionFactory, ThemeFactory
from ..helpers import login_with_mfa

PRACTICE = {
    "practice_goal": "Drugsafval werd steeds vaker gedumpt in het buitengebied.",
    "practice_audience": "Boeren, terreinbeheerders en handhavers.",
    "practice_approach": (
        "We legden camera's neer en sloten een convenant.\n\nDaarna volgde een meldpunt."
    ),
    "practice_results": "Dertig procent minder dumpingen in een jaar.",
    "practice_lessons": "Begin klein en betrek de boeren vanaf het begin.",
    "practice_contact": "Team Ondermijning, gemeente Deventer.",
}


def _form(theme, **overrides):
    data = {
        "title": "Samen tegen drugsafval in Salland",
        "summary": "Hoe vier gemeenten met boeren drugsafvaldumping terugdrongen.",
        "themes": [theme.pk],
        "no_confidential": "on",
        **PRACTICE,
    }
    data.update(overrides)
    return data


@pytest.fixture
def contributor(member):
    member.first_name, member.last_name = "Sanne", "de Wit"
    member.save()
    ProfileFactory(user=member, organisation="Gemeente Deventer")
    return member


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Drugsafvaldumping", slug="drugsafvaldumping")


def _submit(client, theme, **overrides):
    return client.post(reverse("members:contribution_new"), _form(theme, **overrides))


@pytest.mark.django_db
def test_contribution_becomes_a_draft_in_the_editorial_workflow(
    client, contributor, theme, knowledge_index
):
    region = RegionFactory()
    client.force_login(contributor)
    assert client.get(reverse("members:contribution_new")).status_code == 200
    attachment = SimpleUploadedFile(
        "draaiboek.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"
    )
    response = _submit(client, theme, region=region.pk, attachment=attachment)
    assert response.status_code == 302
    assert response["Location"] == reverse("members:dashboard") + "#bijdragen"

    contribution = Contribution.objects.get(user=contributor)
    page = contribution.page.specific
    assert isinstance(page, ArticlePage)
    assert page.get_parent().specific == knowledge_index
    assert not page.live
    assert page.article_type == ArticlePage.Type.PRACTICE
    assert page.author_credit == "Sanne de Wit (Gemeente Deventer)"
    assert page.owner == contributor
    assert "<p>We legden camera's neer en sloten een convenant.</p><p>Daarna" in (
        page.practice_approach.replace("&#x27;", "'")
    )
    assert list(page.themes.all()) == [theme]
    assert list(page.regions.all()) == [region]
    page.full_clean()  # complete enough for an editor to publish as it is

    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == contributor
    task = state.current_task_state.task.specific
    assert [g.name for g in task.groups.all()] == ["Hoofdredacteur"]

    [block] = [b for b in page.body if b.block_type == "document"]
    document = block.value["document"]
    assert document.collection.name == CONTRIBUTIONS_COLLECTION
    assert document.uploaded_by_user == contributor

    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert "Samen tegen drugsafval in Salland" in dashboard
    assert "Ingediend, wordt beoordeeld" in dashboard


@pytest.mark.django_db
def test_drafts_and_their_attachments_stay_closed(client, contributor, theme, knowledge_index):
    client.force_login(contributor)
    _submit(
        client,
        theme,
        attachment=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n"),
    )
    page = Contribution.objects.get().page
    document = get_document_model().objects.get()
    refused = client.get(document.url)  # the contributor cannot fetch it either
    assert refused.status_code == 403
    assert "<h1>Geen toegang</h1>" in refused.content.decode()
    assert b"%PDF" not in refused.content
    client.logout()
    assert client.get(f"/kennisbank/{page.slug}/").status_code == 404
    to_login = client.get(document.url)
    assert to_login.status_code == 302
    assert to_login["Location"] == f"/accounts/login/?next={document.url}"
    assert to_login.content == b""


def _editor_action(client, chief_editor, page, action, comment=""):
    login_with_mfa(client, chief_editor)
    state = WorkflowState.objects.for_instance(page).get()
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, state.current_task_state.pk],
    )
    return client.post(url, {"comment": comment})


@pytest.mark.django_db
def test_rejection_reason_is_shown_to_the_member(
    client, contributor, chief_editor, theme, knowledge_index
):
    client.force_login(contributor)
    _submit(client, theme)
    page = Contribution.objects.get().page
    response = _editor_action(
        client, chief_editor, page, "reject", "Graag concrete cijfers over de aanpak toevoegen."
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == "needs_changes"
    task_state = state.task_states.get()
    assert task_state.status == "rejected" and task_state.finished_by == chief_editor
    assert task_state.get_comment() == "Graag concrete cijfers over de aanpak toevoegen."
    page.refresh_from_db()
    assert not page.live

    client.force_login(contributor)
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert "Teruggestuurd door de redactie" in dashboard
    assert "Graag concrete cijfers over de aanpak toevoegen." in dashboard


@pytest.mark.django_db
def test_approval_publishes_with_credit_and_releases_the_attachment(
    client, contributor, chief_editor, theme, knowledge_index
):
    client.force_login(contributor)
    _submit(client, theme, attachment=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n"))
    page = Contribution.objects.get().page
    response = _editor_action(client, chief_editor, page, "approve")
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert WorkflowState.objects.for_instance(page).get().status == "approved"
    page.refresh_from_db()
    assert page.live
    document = get_document_model().objects.get()
    assert document.collection == Collection.get_first_root_node()

    client.logout()
    article = client.get(page.url)
    assert article.status_code == 200
    assert "Sanne de Wit (Gemeente Deventer)" in article.content.decode()
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == b"%PDF-1.4\n%%EOF\n"

    client.force_login(contributor)
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert "Gepubliceerd" in dashboard
    assert page.url in dashboard


@pytest.mark.django_db
def test_incomplete_contribution_is_refused_and_nothing_is_created(
    client, contributor, theme, knowledge_index
):
    client.force_login(contributor)
    response = _submit(client, theme, practice_results="", no_confidential="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Controleer het formulier" in html
    assert "Resultaat en bewijs" in html
    assert not ArticlePage.objects.exists()
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_attachment_type_is_checked(client, contributor, theme, knowledge_index):
    client.force_login(contributor)
    response = _submit(client, theme, attachment=SimpleUploadedFile("virus.exe", b"MZ\x90\x00"))
    assert response.status_code == 400
    assert "Dit bestandstype kan niet worden ingestuurd" in response.content.decode()
    assert not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_only_members_may_submit(client, user, theme, knowledge_index):
    assert client.get(reverse("members:contribution_new"))["Location"].startswith(
        "/accounts/login/"
    )
    client.force_login(user)
    assert client.get(reverse("members:contribution_new")).status_code == 403
    assert _submit(client, theme).status_code == 403
    assert not ArticlePage.objects.exists()


@pytest.mark.django_db
def test_returned_contribution_is_mailed_revised_and_back_with_the_editors(
    client, contributor, chief_editor, theme, knowledge_index, django_capture_on_commit_callbacks
):
    from django.core import mail

    client.force_login(contributor)
    _submit(client, theme, attachment=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n"))
    contribution = Contribution.objects.get()
    page = contribution.page
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _editor_action(client, chief_editor, page, "reject", "Noem het aantal gemeenten.")
    to_member = [m for m in mail.outbox if m.to == [contributor.email]]
    assert len(to_member) == 1  # ours, not Wagtail's admin notification
    assert "Noem het aantal gemeenten." in to_member[0].body
    assert "/admin/" not in to_member[0].body

    client.force_login(contributor)
    edit_url = reverse("members:contribution_edit", args=[contribution.pk])
    dashboard = client.get(reverse("members:dashboard")).content.decode()
    assert edit_url in dashboard
    form_page = client.get(edit_url)
    assert form_page.status_code == 200
    initial = form_page.context["form"].initial
    assert initial["practice_approach"] == PRACTICE["practice_approach"]
    assert "plan" in form_page.content.decode()  # the current attachment is named

    response = client.post(
        edit_url,
        _form(
            theme,
            title="Samen tegen drugsafval in Salland en Twente",
            practice_results="In vier gemeenten dertig procent minder dumpingen.",
        ),
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("members:dashboard") + "#bijdragen"
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    draft = ArticlePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.title == "Samen tegen drugsafval in Salland en Twente"
    assert "vier gemeenten" in draft.practice_results
    assert [b.block_type for b in draft.body] == ["document"]  # attachment kept
    # Only returned contributions can be edited: back to the dashboard, with the reason.
    back = client.get(edit_url, follow=True)
    assert back.redirect_chain == [(reverse("members:dashboard") + "#bijdragen", 302)]
    assert "ligt bij de redactie en kan nu niet worden aangepast" in back.content.decode()

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _editor_action(client, chief_editor, page, "approve")
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live and page.title == "Samen tegen drugsafval in Salland en Twente"
    [published] = [m for m in mail.outbox if m.to == [contributor.email]]
    assert "staat online" in published.subject
    assert page.url in published.body


@pytest.mark.django_db
def test_nobody_else_can_edit_a_contribution(client, contributor, member, theme, knowledge_index):
    client.force_login(contributor)
    _submit(client, theme)
    contribution = Contribution.objects.get()
    other = ProfileFactory(user__email="ander@politie.nl").user
    client.force_login(other)
    assert (
        client.get(reverse("members:contribution_edit", args=[contribution.pk])).status_code == 404
    )
