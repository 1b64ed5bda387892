"""`{% my_spaces as spaces %}`: the tables a person takes part in, for /mijn/ (the members
app does not import spaces; its dashboard template asks here)."""

from django import template

from spaces import selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def my_spaces(context):
    return list(selectors.spaces_of(context["request"].user))
