"""Sharing labels (Traffic Light Protocol 2.0) and who may open a labelled item.

Items inside a closed space (spaces/: updates, library files) carry a label; the label decides,
here, for every door (the space's pages, downloads, mails, /mijn/):

CLEAR         everyone;
GREEN         every approved member (title and summary may be shown as a teaser);
AMBER         the space's participants (no teaser);
AMBER+STRICT  the space's participants from the organisations the item names;
RED           the people the item names (who must take part in the space).

A labelled item has `label`, `space` (with `group_id`), `organisations` and `people` (many to
many, used by AMBER+STRICT and RED). Participation is membership of the space's group (the
policy's `Viewer.spaces`); the organisation is the participant's in that space.
"""

from __future__ import annotations

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext_lazy as _

from .policy import SPACE_GROUP_PREFIX, Viewer, viewer


class Label(models.TextChoices):
    CLEAR = "clear", "TLP:CLEAR"
    GREEN = "green", "TLP:GREEN"
    AMBER = "amber", "TLP:AMBER"
    AMBER_STRICT = "amber_strict", "TLP:AMBER+STRICT"
    RED = "red", "TLP:RED"


EXPLANATIONS = {
    Label.CLEAR: _("Openbaar: mag vrij worden gedeeld."),
    Label.GREEN: _("Voor alle leden van het kennisplatform; niet daarbuiten delen."),
    Label.AMBER: _("Alleen voor de deelnemers van deze tafel; niet daarbuiten delen."),
    Label.AMBER_STRICT: _(
        "Alleen voor de deelnemers van de genoemde organisaties; niet daarbuiten delen."
    ),
    Label.RED: _("Alleen voor de genoemde personen; niet doorsturen of bespreken met anderen."),
}
# Labels whose items a mail may quote; of the others a mail says only that something is new.
QUOTABLE = frozenset({Label.CLEAR, Label.GREEN})
# From open to closed: a label may be lowered (moved left) only by a coordinator or an editor.
ORDER = [Label.CLEAR, Label.GREEN, Label.AMBER, Label.AMBER_STRICT, Label.RED]


def is_lower(new: str, old: str) -> bool:
    return ORDER.index(Label(new)) < ORDER.index(Label(old))


def _participation_model():
    return apps.get_model("spaces", "Participation")


def _participates(who: Viewer, space) -> bool:
    return who.authenticated and space.group.name in who.spaces


def may_open_item(user, item) -> bool:
    """Whether this person may open a labelled item (its text, its file)."""
    who = viewer(user)
    label = item.label
    if label == Label.CLEAR:
        return True
    if label == Label.GREEN:
        return who.member
    if not _participates(who, item.space):
        return False
    if label == Label.AMBER:
        return True
    if label == Label.AMBER_STRICT:
        return (
            _participation_model()
            .objects.active()
            .filter(
                space=item.space, user_id=who.user_id, organisation__in=item.organisations.all()
            )
            .exists()
        )
    if label == Label.RED:
        return item.people.filter(pk=who.user_id).exists()
    return False


def openable_items(qs: QuerySet, user) -> QuerySet:
    """The items of the queryset this person may open, in SQL (one query for the list)."""
    who = viewer(user)
    open_to_all = Q(label=Label.CLEAR)
    if not who.authenticated:
        return qs.filter(open_to_all)
    groups = who.groups_query()
    # Approved members, decided in SQL too: no query for the person's groups first.
    member = (
        Q() if who.superuser else Q(Exists(groups.exclude(name__startswith=SPACE_GROUP_PREFIX)))
    )
    allowed = open_to_all | Q(label=Label.GREEN) & member
    in_space = Q(space__group__in=groups)
    strict = Exists(
        _participation_model()
        .objects.active()
        .filter(
            space=OuterRef("space"),
            user_id=who.user_id,
            organisation__in=qs.model.organisations.through.objects.filter(
                **{qs.model.organisations.field.m2m_field_name(): OuterRef(OuterRef("pk"))}
            ).values(qs.model.organisations.field.m2m_reverse_field_name()),
        )
    )
    named = Exists(
        qs.model.people.through.objects.filter(
            **{
                qs.model.people.field.m2m_field_name(): OuterRef("pk"),
                qs.model.people.field.m2m_reverse_field_name(): who.user_id,
            }
        )
    )
    allowed |= in_space & (
        Q(label=Label.AMBER)
        | Q(label=Label.AMBER_STRICT) & Q(strict)
        | Q(label=Label.RED) & Q(named)
    )
    return qs.filter(allowed)
