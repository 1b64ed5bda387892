from django import template

register = template.Library()


@register.simple_tag
def breadcrumb_ancestors(page) -> list:
    """The page's ancestors from the home page down. Walks `get_parent()`, which costs no query
    when routing already remembered each parent (see ListingPage.route)."""
    ancestors = []
    parent = page.get_parent() if page.depth > 2 else None
    while parent is not None and parent.depth >= 2:
        ancestors.insert(0, parent)
        parent = parent.get_parent() if parent.depth > 2 else None
    return ancestors
