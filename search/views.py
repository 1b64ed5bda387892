"""`/zoeken/`: full-text search. Until the engine is configured, Wagtail's database backend."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from wagtail.models import Page

from knowledge.selectors import visible_to

MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        pages = visible_to(Page.objects.all(), request.user).exclude(depth__lte=2).specific()
        results = pages.search(query, operator="or")
    page = Paginator(results, 20).get_page(request.GET.get("pagina"))
    return render(
        request,
        "search/search.html",
        {"query": query, "results": page, "title": _("Zoeken")},
    )
