"""`{% similar_items %}` on article and toolkit pages: "Vergelijkbare kennis" from the engine,
the page's theme-related articles without one (search/similar.py)."""

from django import template

from ..similar import engine_similar

register = template.Library()


@register.inclusion_tag("search/_similar.html", takes_context=True)
def similar_items(context):
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or context.get("teaser"):
        return {"items": []}
    items = engine_similar(page, request.user)
    if items is None:  # no engine to ask: the database's related articles
        return {"related": context.get("related") or []}
    return {"items": items}
