"""Editorial workflow: a Redacteur drafts and submits, only the Hoofdredacteur publishes."""

from django.test import Client

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest

from knowledge.models import ArticlePage
from knowledge.workflow import WORKFLOW_NAME

from ..factories import ArticlePageFactory
from ..helpers import login_with_mfa


def edit_form(page, **actions):
    """The admin edit form as the browser posts it (rich text as Draftail JSON)."""
    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "article_type": page.article_type,
            "summary": page.summary,
            "owner_name": page.owner_name,
            "last_reviewed": "2026-01-01",
            "body": streamfield([]),
            "change_notes": inline_formset([]),
            **{name: rich_text("") for name in ArticlePage.PRACTICE_FIELDS},
        }
    )
    data.update(actions)
    return data


@pytest.fixture
def draft(knowledge_index):
    page = ArticlePageFactory(parent=knowledge_index, title="Concept handreiking", live=False)
    page.save_revision()
    return page


def test_the_knowledge_base_uses_the_editorial_workflow(knowledge_index, toolkit_index):
    assert knowledge_index.get_workflow().name == WORKFLOW_NAME
    assert toolkit_index.get_workflow().name == WORKFLOW_NAME


def test_redacteur_cannot_publish_directly(editor, draft):
    client = Client()
    login_with_mfa(client, editor)
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/", edit_form(draft, **{"action-publish": "1"})
    )
    assert response.status_code in (200, 302, 403)
    draft.refresh_from_db()
    assert not draft.live


def test_redacteur_submits_and_hoofdredacteur_approves(editor, chief_editor, draft):
    client = Client()
    login_with_mfa(client, editor)
    response = client.post(
        f"/admin/pages/{draft.pk}/edit/", edit_form(draft, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    draft.refresh_from_db()
    assert not draft.live

    task_state = state.current_task_state
    assert chief_editor in type(chief_editor).objects.filter(
        groups__in=task_state.task.specific.groups.all()
    )
    task_state.task.specific.on_action(task_state, chief_editor, "approve")
    draft.refresh_from_db()
    assert draft.live


def test_scheduled_publishing_waits_for_its_time(chief_editor, draft):
    import datetime as dt

    from django.utils import timezone

    draft.go_live_at = timezone.now() + dt.timedelta(days=1)
    revision = draft.save_revision(user=chief_editor)
    revision.publish(user=chief_editor)
    draft.refresh_from_db()
    assert not draft.live
    assert draft.get_latest_revision().approved_go_live_at is not None
