"""Where a page's view restrictions come from, cheaply; the policy (access/policy.py) decides
what they mean."""

from django.core.cache import cache
from django.db import transaction

from wagtail.models import BaseViewRestriction, Page, PageViewRestriction


class ViewRestrictionMixin:
    """One query for a page's view restrictions, remembered on the page instance.

    Wagtail's own lookup walks the ancestors first (two queries) and runs for every check; here
    the ancestors' tree paths are derived from this page's path. Page routing (config/pages.py)
    already knows whether any page on the path is restricted and sets `_view_restrictions` to
    an empty queryset when none is, so a public page costs no query at all. Aliases take their
    restrictions from their source page, so they keep Wagtail's lookup.

    Returns a queryset like Wagtail does: the admin calls `.order_by()` and `.exists()` on it.
    """

    # From Page, which every class with this mixin also is.
    alias_of_id: int | None
    steplen: int
    path: str

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
    listings (display only: who may see a page is decided by the policy). Cleared when a
    restriction changes and when pages move or are deleted (AccessConfig.ready)."""
    paths = cache.get(RESTRICTED_PATHS_CACHE_KEY)
    if paths is None:
        paths = frozenset(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_CACHE_KEY, paths, 60 * 60)
    return paths


def clear_restricted_paths(**kwargs) -> None:
    # Now, and again after commit: a request in between may have cached the old paths.
    cache.delete(RESTRICTED_PATHS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_PATHS_CACHE_KEY))


def _tree_prefixes(page: Page) -> list[str]:
    """The tree paths of the page and its ancestors."""
    return [page.path[:n] for n in range(page.steplen, len(page.path) + 1, page.steplen)]


def restricted_page_ids(pages: list[Page]) -> set[int]:
    """IDs of the given pages that sit at or below any view restriction, for the "alleen voor
    leden" badge on cards (a label, not a decision): from the cached restricted tree paths."""
    restricted = restricted_paths() if pages else frozenset()
    return {page.pk for page in pages if restricted.intersection(_tree_prefixes(page))}


def name_login_restriction_for_what_it_is() -> None:
    """The privacy dialogs of pages and collections offer Wagtail's "any logged-in users"; the
    policy reads that restriction as approved members (a fresh, unapproved account is not let
    in), so the dialog says so. Page and collection forms share this field object."""
    from django.utils.translation import gettext_lazy as _

    from wagtail.admin.forms.view_restrictions import BaseViewRestrictionForm

    field = BaseViewRestrictionForm.base_fields["restriction_type"]
    labels = {BaseViewRestriction.LOGIN: _("Privé, alleen voor goedgekeurde leden")}
    field.choices = [(value, labels.get(value, label)) for value, label in field.choices]
