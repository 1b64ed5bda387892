"""The editorial workflow: a Redacteur drafts, the Hoofdredacteur approves and publishes.

Built on Wagtail's workflows (https://docs.wagtail.org/en/stable/extending/custom_tasks.html):
one GroupApprovalTask for the Hoofdredacteur group, assigned to the knowledge base and toolkits.
"""

from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

WORKFLOW_NAME = "Redactionele goedkeuring"
TASK_NAME = "Goedkeuring hoofdredactie"
APPROVER_GROUP = "Hoofdredacteur"


@transaction.atomic
def ensure_editorial_workflow(*, pages: list[Page]) -> Workflow:
    """Create the workflow and assign it to the given index pages. Safe to rerun."""
    # Wagtail's starter workflow approves through the "Moderators" group, which we do not use.
    Workflow.objects.filter(name="Moderators approval").update(active=False)
    WorkflowPage.objects.filter(workflow__name="Moderators approval").delete()

    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([Group.objects.get(name=APPROVER_GROUP)])
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(page=page, defaults={"workflow": workflow})
    return workflow
