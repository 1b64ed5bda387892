"""Who may open what: view restrictions applied to pages and to the documents they use."""

from django.contrib.contenttypes.models import ContentType
from django.http import HttpRequest

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex


def failed_restrictions(page: Page, request: HttpRequest) -> list[PageViewRestriction]:
    return [r for r in page.get_view_restrictions() if not r.accept_request(request)]


def pages_using_document(document) -> list[Page]:
    """Pages whose content (StreamField blocks, toolkit materials) refers to this document,
    from Wagtail's reference index."""
    document_type = ContentType.objects.get_for_model(get_document_model())
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = ReferenceIndex.objects.filter(
        to_content_type=document_type,
        to_object_id=str(document.pk),
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    return list(Page.objects.filter(pk__in=[int(pk) for pk in page_ids]))
