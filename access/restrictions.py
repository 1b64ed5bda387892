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


RESTRICTED_PATHS_CACHE_KEY = "knowledge:restricted-paths:2"

# (restriction type, group names) of each view restriction, by the restricted page's tree path.
PathRestrictions = dict[str, tuple[tuple[str, tuple[str, ...]], ...]]


def restricted_paths() -> PathRestrictions:
    """The view restrictions of all pages by tree path, cached for the labels on cards, feeds
    and calendars (display only: who may see a page is decided by the policy). Cleared when a
    restriction changes and when pages move or are deleted (AccessConfig.ready)."""
    paths = cache.get(RESTRICTED_PATHS_CACHE_KEY)
    if paths is None:
        groups: dict[int, list[str]] = {}
        kinds: dict[int, tuple[str, str]] = {}
        rows = PageViewRestriction.objects.values_list(
            "pk", "page__path", "restriction_type", "groups__name"
        )
        for pk, path, kind, group in rows:
            kinds[pk] = (path, kind)
            if group:
                groups.setdefault(pk, []).append(group)
        collected: dict[str, list] = {}
        for pk, (path, kind) in kinds.items():
            collected.setdefault(path, []).append((kind, tuple(sorted(groups.get(pk, [])))))
        paths = {path: tuple(found) for path, found in collected.items()}
        cache.set(RESTRICTED_PATHS_CACHE_KEY, paths, 60 * 60)
    return paths


def clear_restricted_paths(**kwargs) -> None:
    # Now, and again after commit: a request in between may have cached the old paths.
    cache.delete(RESTRICTED_PATHS_CACHE_KEY)
    transaction.on_commit(lambda: cache.delete(RESTRICTED_PATHS_CACHE_KEY))


def tree_prefixes(page: Page) -> list[str]:
    """The tree paths of the page and its ancestors."""
    return [page.path[:n] for n in range(page.steplen, len(page.path) + 1, page.steplen)]


def restrictions_on_path(page: Page, paths: PathRestrictions) -> list[tuple[str, tuple[str, ...]]]:
    """The (type, groups) of the restrictions on the page and its ancestors, from `paths`."""
    return [found for prefix in tree_prefixes(page) for found in paths.get(prefix, ())]


def name_login_restriction_for_what_it_is() -> None:
    """The privacy dialogs of pages and collections offer Wagtail's "any logged-in users"; the
    policy reads that restriction as approved members (a fresh, unapproved account is not let
    in), so the dialog says so. Page and collection forms share this field object."""
    from django.utils.translation import gettext_lazy as _

    from wagtail.admin.forms.view_restrictions import BaseViewRestrictionForm

    field = BaseViewRestrictionForm.base_fields["restriction_type"]
    labels = {BaseViewRestriction.LOGIN: _("Privé, alleen voor goedgekeurde leden")}
    field.choices = [(value, labels.get(value, label)) for value, label in field.choices]
