"""`{% move_lowers page destination as lowered %}` for the admin's move confirmation
(templates/wagtailadmin/pages/confirm_move.html). Apart from `sharing` so that the public
pages' templates do not import the admin views of access/privacy.py."""

from django import template

from access import privacy

register = template.Library()


@register.simple_tag
def move_lowers(page, destination):
    """(label now, label after the move) when moving the page under `destination` lowers
    its label, else None."""
    return privacy.move_lowers(page, destination)
