"""Serving Wagtail pages cheaply: the site from the cache, the route in one query.

Wagtail finds the site with a query per request, then walks the URL one tree level at a time:
a query for each child and another for its specific model, so an article costs five queries
before its own content. Here the sites are cached, every page on the path comes in one query
(with a flag for view restrictions, so a public page needs no restriction query later) and only
the page that answers is loaded as its specific model.

Wagtail's own `serve` view then runs unchanged (hooks, view restrictions, `page.serve`): the
results are stored where it looks for them, `request._wagtail_site` and
`request._wagtail_route_for_request` (see `Site.find_for_request` and
`Page.route_for_request` in wagtail/models).
"""

from __future__ import annotations

from django.core.cache import cache
from django.db.models import BooleanField, Q
from django.db.models.expressions import RawSQL
from django.http import Http404, HttpRequest, HttpResponse
from django.http.request import split_domain_port

from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

SITES_CACHE_KEY = "config:sites"


def _sites() -> list[Site]:
    """All sites with their root pages, in Wagtail's ordering; cleared when a site changes or
    a page moves or is deleted (config/apps.py)."""
    sites = cache.get(SITES_CACHE_KEY)
    if sites is None:
        sites = list(Site.objects.select_related("root_page"))
        cache.set(SITES_CACHE_KEY, sites, 60 * 60)
    return sites


def clear_sites_cache(**kwargs) -> None:
    cache.delete(SITES_CACHE_KEY)


def match_site(sites: list[Site], hostname: str, port: int | None) -> Site | None:
    """Wagtail's choice (wagtail.models.sites.get_site_for_hostname), made in Python: the exact
    hostname and port, else the hostname on the default site, else the default site unless
    exactly one other site has this hostname."""

    def rank(site: Site) -> int:
        if site.hostname == hostname and site.port == port:
            return 0
        if site.hostname == hostname and site.is_default_site:
            return 1
        return 2 if site.is_default_site else 3

    candidates = sorted(
        (site for site in sites if site.hostname == hostname or site.is_default_site), key=rank
    )
    if not candidates:
        return None
    best = rank(candidates[0])
    if len(candidates) == 1 or best in (0, 1):
        return candidates[0]
    if best == 2:
        return candidates[len(candidates) == 2]
    return None


def find_site(request: HttpRequest) -> Site | None:
    if not hasattr(request, "_wagtail_site"):
        # The raw host, as Wagtail does: ALLOWED_HOSTS was checked by the time a view runs.
        hostname = split_domain_port(request._get_raw_host())[0]  # type: ignore[attr-defined]
        try:
            port = int(request.get_port())
        except ValueError:
            port = None
        request._wagtail_site = match_site(_sites(), hostname, port)  # type: ignore[attr-defined]
    return request._wagtail_site  # type: ignore[attr-defined]  # Wagtail's own cache attribute


def _stops_here(page: Page, remaining: list[str]) -> bool:
    """Whether Wagtail's recursive `route()` would hand the rest of the path to this page
    rather than to one of its children: a routable page that resolves it, or any page type
    with routing of its own (which then runs as usual)."""
    model = page.specific_class
    if model is None or model.route is Page.route:
        return False
    if model.route is RoutablePageMixin.route:
        if not page.live:
            return False
        path = "/" + "".join(f"{component}/" for component in remaining)
        try:
            model.get_resolver().resolve(path)
        except Http404:
            return False
        return True
    return True


# Whether a page has a view restriction of its own. Raw SQL because building the same EXISTS
# with the ORM cost about a millisecond of CPU per request; a constant, no input goes in.
_HAS_RESTRICTION = RawSQL(  # noqa: S611
    "EXISTS (SELECT 1 FROM wagtailcore_pageviewrestriction r"
    " WHERE r.page_id = wagtailcore_page.id)",
    (),
    output_field=BooleanField(),
)


def route(request: HttpRequest, site: Site, path: str) -> RouteResult:
    """The route Wagtail's `Page.route()` would find, with two queries: the pages on the path
    (and the site root's ancestors, for view restrictions) and the answering page's own row.
    Raises Http404 like Wagtail does."""
    components = [component for component in path.split("/") if component]
    root = site.root_page
    steplen = root.steplen
    above_root = [root.path[:n] for n in range(steplen, len(root.path), steplen)]
    rows = list(
        Page.objects.filter(
            Q(pk=root.pk)
            | Q(path__in=above_root)
            | Q(
                path__startswith=root.path,
                depth__gt=root.depth,
                depth__lte=root.depth + len(components),
                slug__in=components,
            )
        )
        .annotate(restricted=_HAS_RESTRICTION)
        .order_by("depth")
    )
    ancestors = [row for row in rows if row.depth < root.depth]
    chain = [row for row in rows if row.pk == root.pk]
    if not chain:
        raise Http404
    if ancestors:
        chain[0]._cached_parent_obj = ancestors[-1]
    for slug in components:
        parent = chain[-1]
        child = next(
            (
                row
                for row in rows
                if row.depth == parent.depth + 1
                and row.slug == slug
                and row.path.startswith(parent.path)
            ),
            None,
        )
        if child is None:
            break
        child._cached_parent_obj = parent  # breadcrumbs and the user bar walk up for free
        chain.append(child)

    for index, page in enumerate(chain):
        remaining = components[index:]
        if index == len(chain) - 1 or _stops_here(page, remaining):
            break
    answering = page.specific
    if not any(row.restricted or row.alias_of_id for row in ancestors + chain[: index + 1]):
        answering._view_restrictions = PageViewRestriction.objects.none()
    return answering.route(request, remaining)


def serve(request: HttpRequest, path: str) -> HttpResponse:
    """Wagtail's page view, with the site and the route found cheaply beforehand."""
    site = find_site(request)
    if site is not None and not hasattr(request, "_wagtail_route_for_request"):
        try:
            request._wagtail_route_for_request = route(request, site, path)  # type: ignore[attr-defined]
        except Http404:
            request._wagtail_route_for_request = None  # type: ignore[attr-defined]
    return wagtail_serve(request, path)
