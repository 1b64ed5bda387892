"""Who may open what: view restrictions applied to pages and to the documents they use."""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.http import HttpRequest

from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex


class ViewRestrictionMixin:
    """One query for a page's view restrictions, remembered on the page instance.

    Wagtail's own lookup walks the ancestors first (two queries) and runs for every check; here
    the ancestors' tree paths are derived from this page's path. Page routing (config/pages.py)
    already knows whether any page on the path is restricted and sets `_view_restrictions` to
    an empty queryset when none is, so a public page costs no query at all. Aliases take their
    restrictions from their source page, so they keep Wagtail's lookup.

    Returns a queryset like Wagtail does: the admin calls `.order_by()` and `.exists()` on it.
    """

    def get_view_restrictions(self):
        if self.alias_of_id:
            return super().get_view_restrictions()
        if not hasattr(self, "_view_restrictions"):
            steps = range(self.steplen, len(self.path) + 1, self.steplen)
            self._view_restrictions = PageViewRestriction.objects.filter(
                page__path__in=[self.path[:n] for n in steps]
            ).prefetch_related("groups")  # accept_request() asks for them on every check
        return self._view_restrictions


RESTRICTED_PATHS_CACHE_KEY = "knowledge:restricted-paths"


def restricted_paths() -> frozenset[str]:
    """Tree paths of all pages with a view restriction, cached for the members-only badges on
    listings (display only: opening a page always checks the database). Cleared when a
    restriction changes and when pages move or are deleted (KnowledgeConfig.ready)."""
    paths = cache.get(RESTRICTED_PATHS_CACHE_KEY)
    if paths is None:
        paths = frozenset(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_CACHE_KEY, paths, 60 * 60)
    return paths


def clear_restricted_paths(**kwargs) -> None:
    # Now, and again after commit: a request in between may have cached the old paths.
    cache.delete(RESTRICTED_PATHS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_PATHS_CACHE_KEY))


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
