"""Keep the facts the policy reads current at the moment they change."""

from django.db import transaction

from wagtail.models import ReferenceIndex


def record_file_uses(sender, instance, **kwargs) -> None:
    """Record the documents and images a page uses as it is published.

    Wagtail updates its reference index in a background task (wagtail.tasks.
    update_reference_index_task); until a worker ran it, a members-only page's new attachment
    was open to anyone, and its text missing from the search index. The same update, now.
    """
    with transaction.atomic():
        ReferenceIndex.create_or_update_for_object(instance)
