"""Template helpers for the error pattern every form follows (components/error_summary.html)."""

from django import template
from django.forms import BaseForm

register = template.Library()


@register.simple_tag(takes_context=True)
def form_has_errors(context) -> bool:
    """True when a form on the page came back with errors, whatever the view named it
    (`form`, `contact_form`, allauth's forms): base.html then prefixes the title with "Fout: ",
    as the NL Design System and GOV.UK error pattern asks, so a screen reader hears at once
    that the submission failed."""
    # type(), not isinstance(): isinstance() would evaluate lazy context values, and the lazy
    # `csrf_token` evaluated sets a CSRF cookie on every page, which keeps anonymous pages out
    # of the page cache (config/page_cache.py).
    return any(
        issubclass(type(value), BaseForm) and value.is_bound and bool(value.errors)
        for value in context.flatten().values()
    )
