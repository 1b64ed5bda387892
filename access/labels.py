"""Sharing labels (Traffic Light Protocol 2.0) and who may open a labelled item.

Pages (knowledge, toolkits, events, a table's meetings) carry the label that names who may open
them, read off their view restrictions, which stay the one thing that decides (access/policy.py).
A restriction admits anyone in one of its groups, so it carries the most open label of its
groups; a page must pass every restriction on its path, so it carries the most closed of them:

no restriction                                    CLEAR
members-level (every approved member)             GREEN
a narrower group: a table's, a staff role         AMBER
a password                                        AMBER (never listed, searched or mailed)
organisations (their confirmed members)           AMBER+STRICT
a circle of named people                          RED

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

from collections.abc import Iterable

from django.apps import apps
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import BaseViewRestriction, Page

from .policy import (
    CIRCLE_GROUP_PREFIX,
    MEMBERS_GROUP,
    ORGANISATION_GROUP_PREFIX,
    Viewer,
    audience_groups_q,
    file_uses,
    is_space_group,
    public_uses,
    viewer,
)
from .restrictions import PathRestrictions, restricted_paths, restrictions_on_path


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


# A card's few words beside the label, for who may open a page.
CARD_TEXT = {
    Label.GREEN: _("alleen voor leden"),
    Label.AMBER: _("besloten"),
    Label.AMBER_STRICT: _("alleen genoemde organisaties"),
    Label.RED: _("alleen genoemde personen"),
}


def group_label(name: str) -> Label:
    if name == MEMBERS_GROUP:
        return Label.GREEN
    if name.startswith(ORGANISATION_GROUP_PREFIX):
        return Label.AMBER_STRICT
    if name.startswith(CIRCLE_GROUP_PREFIX):
        return Label.RED
    return Label.AMBER


def restrictions_label(restrictions: Iterable[tuple[str, Iterable[str]]]) -> Label:
    """The label of a page from the (restriction type, group names) pairs on its path (see
    the module's docstring)."""
    found = [Label.CLEAR]
    for kind, groups in restrictions:
        if kind == BaseViewRestriction.LOGIN:
            found.append(Label.GREEN)
        elif kind == BaseViewRestriction.GROUPS and groups:
            found.append(min((group_label(name) for name in groups), key=ORDER.index))
        else:  # a password, or groups that admit nobody
            found.append(Label.AMBER)
    return max(found, key=ORDER.index)


def is_quotable(label: str) -> bool:
    """May a mail, a calendar file or another copy that travels carry the item's text?"""
    return label in QUOTABLE


def page_label(page: Page) -> Label:
    """The label of one page being served, from the restrictions its serving loaded already
    (access.restrictions.ViewRestrictionMixin; none and no query for a public page)."""
    restrictions = page.get_view_restrictions()
    return restrictions_label(
        (r.restriction_type, [g.name for g in r.groups.all()]) for r in restrictions
    )


def page_labels(pages: Iterable[Page]) -> dict[int, Label]:
    """The labels of many pages (cards, feeds, calendars) from the cached restricted paths:
    one cache read, no query per page. Pages without an entry are CLEAR."""
    pages = list(pages)
    paths = restricted_paths() if pages else {}
    labels = {page.pk: label_on_paths(page, paths) for page in pages}
    return {pk: label for pk, label in labels.items() if label != Label.CLEAR}


def label_on_paths(page: Page, paths: PathRestrictions) -> Label:
    return restrictions_label(restrictions_on_path(page, paths))


def file_label(obj) -> Label:
    """The label of a document or image that is not public: the most open label among the
    live pages that show it to their readers (GREEN at least, since not everyone may open it),
    AMBER for a file for attendees only or for staff only (no live page uses it). The caller
    has asked the policy already whether the file is public (`may_open_file(None, obj)`)."""
    uses = file_uses(obj)
    pages = list(Page.objects.live().filter(pk__in=uses).specific(defer=True))
    shown = [page for page in pages if public_uses(type(page), uses[page.pk])]
    paths = restricted_paths()
    found = {label_on_paths(page, paths) for page in shown}
    for label in ORDER[1:]:
        if label in found:
            return label
    return Label.GREEN if Label.CLEAR in found else Label.AMBER


def unquoted_title(label: Label) -> str:
    """How a mail names a page it may not quote (TLP:AMBER): only that there is a new one."""
    return _("Nieuw besloten item (%(label)s)") % {"label": label.label}


def unquoted_path(page: Page) -> str:
    """The link a mail gives to a page it may not quote: `/p/<id>/` (access/views.py), which
    does not spell the page's address; the policy answers whoever follows it."""
    return reverse("page_link", args=[page.pk])


def _named(groups: Iterable[str], prefix: str) -> str:
    names = (name.removeprefix(prefix) for name in groups if name.startswith(prefix))
    return ", ".join(sorted(names))


def page_label_explanation(page: Page, label: Label) -> str:
    """What the banner of a page says its label means, naming the table or groups of AMBER,
    the organisations of AMBER+STRICT and the circle of RED."""
    groups = sorted(
        {g.name for r in page.get_view_restrictions() for g in r.groups.all()},
    )
    if label == Label.AMBER_STRICT and _named(groups, ORGANISATION_GROUP_PREFIX):
        return _("Alleen voor %(organisations)s; niet daarbuiten delen.") % {
            "organisations": _named(groups, ORGANISATION_GROUP_PREFIX)
        }
    if label == Label.RED and _named(groups, CIRCLE_GROUP_PREFIX):
        return _(
            "Alleen voor de genoemde personen van de kring %(circles)s; niet doorsturen of "
            "bespreken met anderen."
        ) % {"circles": _named(groups, CIRCLE_GROUP_PREFIX)}
    if label != Label.AMBER:
        return str(EXPLANATIONS[label])
    space_groups = [name for name in groups if is_space_group(name)]
    if space_groups:
        tables = (
            apps.get_model("spaces", "Space")
            .objects.filter(group__name__in=space_groups)
            .order_by("name")
            .values_list("name", flat=True)
        )
        return _("Alleen voor de deelnemers van de tafel %(tables)s; niet daarbuiten delen.") % {
            "tables": ", ".join(tables)
        }
    if groups:
        return _("Alleen voor %(groups)s; niet daarbuiten delen.") % {"groups": ", ".join(groups)}
    return _("Alleen voor wie het wachtwoord kent; niet daarbuiten delen.")


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
    member = Q() if who.superuser else Q(Exists(groups.exclude(audience_groups_q())))
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
