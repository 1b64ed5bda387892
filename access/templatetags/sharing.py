"""Sharing labels in templates (access/labels.py): `{% sharing_label page as label %}` for the
badge of a card or a page header, `{% sharing_banner page %}` on a page being served."""

from django import template

from access import labels
from access.restrictions import restricted_paths

register = template.Library()


@register.simple_tag(takes_context=True)
def sharing_label(context, page):
    """The label of a page with its few words for a badge, or None for a public one. The
    restricted paths are read once per request, however many cards its page shows."""
    request = context.get("request")
    paths = getattr(request, "_restricted_paths", None)
    if paths is None:
        paths = restricted_paths()
        if request is not None:
            request._restricted_paths = paths
    label = labels.label_on_paths(page, paths)
    if label == labels.Label.CLEAR:
        return None
    return {"value": label.value, "name": label.label, "text": labels.CARD_TEXT.get(label, "")}


@register.inclusion_tag("components/sharing_banner.html")
def sharing_banner(page):
    """The banner of a page's label; nothing for a public (TLP:CLEAR) page."""
    label = labels.page_label(page)
    if label == labels.Label.CLEAR:
        return {"label": None}
    return {"label": label, "explanation": labels.page_label_explanation(page, label)}
