"""`/zoeken/` (results page) and `/zoeken/suggesties/` (autocomplete, JSON)."""

import re
from urllib.parse import urlencode

from django.http import JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from . import service
from .queries import SearchParams, clean_query

MIN_SUGGEST_LENGTH = 2
MAX_SUGGEST_LENGTH = 100
# `tafel=<slug>`: the search form's "Zoeken in" choice of one of the person's tables.
SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,120}$")


@require_GET
def search(request):
    params = SearchParams.from_request(request)
    table = request.GET.get("tafel", "").strip()
    if SLUG.match(table):
        # The table's own search decides who may search it (participants only: a signed-in
        # outsider gets its 404, a visitor the login); its items never reach this page.
        url = reverse("spaces:search", args=[table])
        return redirect(f"{url}?{urlencode({'q': params.query})}" if params.query else url)
    results = service.search(request, params) if params.is_search else None
    without_page = params.querydict(pagina=None)
    context = {
        "title": _("Zoeken"),
        "query": params.query,
        "params": params,
        "results": results,
        "querystring_without_page": without_page.urlencode(),
        "clear_filters_url": "?"
        + params.querydict(pagina=None, **{f: [] for f in params.filters}).urlencode(),
        "did_you_mean_url": (
            "?" + params.querydict(q=results.did_you_mean, pagina=None).urlencode()
            if results and results.did_you_mean
            else ""
        ),
        "sort_urls": {
            key: "?" + params.querydict(sorteer=key, pagina=None).urlencode()
            for key in ("relevantie", "nieuwste", "eerstvolgende")
        },
    }
    response = render(request, "search/search.html", context)
    # Results depend on who is asking (permissions): never share them between users.
    patch_cache_control(response, private=True, no_cache=True)
    return response


@require_GET
def suggestions(request):
    prefix, _truncated = clean_query(request.GET.get("q", ""))
    prefix = prefix[:MAX_SUGGEST_LENGTH].replace('"', " ").strip()
    items: list[dict] = []
    backend = "none"
    if len(prefix) >= MIN_SUGGEST_LENGTH:
        items, backend = service.suggestions(request, prefix)
    response = JsonResponse({"query": prefix, "suggestions": items, "backend": backend})
    patch_cache_control(response, private=True, max_age=60)
    patch_vary_headers(response, ["Cookie"])
    return response
