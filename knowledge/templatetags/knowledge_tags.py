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


@register.filter
def page_window(page_obj) -> list[int]:
    """The page numbers components/pagination.html links to: the first, the last and two on
    either side of the current page. Chosen here because looping over every page number in
    the template cost more than the rest of a 700-page listing."""
    last = page_obj.paginator.num_pages
    current = page_obj.number
    return sorted({1, last, *range(max(1, current - 2), min(last, current + 2) + 1)})
