"""Wagtail's privacy dialog for a page, with the page's sharing label (issue #16).

The dialog says which label the page carries now and which it will carry. Lowering it (fewer
people may open the page, e.g. TLP:RED to TLP:GREEN) needs a reason, kept in the page's history
(Wagtail's log: *Geschiedenis*) beside who did it; raising it may carry one. Only those who may
publish the page reach the dialog (Wagtail's `can_set_view_restrictions`): its editors.

config/urls.py routes Wagtail's URL for the dialog here, so the page editor's privacy panel and
the page listing's action open this one.

Moving a page changes the restrictions above it, so its label too: the move's confirmation
names a lower label and asks for the reason (templates/wagtailadmin/pages/confirm_move.html,
the move hooks in access/wagtail_hooks.py); a bulk move that would lower one is refused. The
page's descendants never lose more than the page: a label is the most closed of the
restrictions on the path, and they share the page's ancestors.
"""

from __future__ import annotations

from django import forms
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache

from wagtail.admin.auth import require_admin_access
from wagtail.admin.forms.pages import PageViewRestrictionForm
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.views.page_privacy import SetPrivacyView
from wagtail.log_actions import LogFormatter, log
from wagtail.models import BaseViewRestriction, Page, PageViewRestriction

from . import labels
from .restrictions import tree_prefixes

LOG_ACTION = "access.label_change"


def _restrictions_at(paths: list[str]) -> list[tuple[str, list[str]]]:
    """The (type, group names) of the restrictions on the pages at these tree paths, from the
    database (not the cached paths: the dialog decides on what is stored now)."""
    found = PageViewRestriction.objects.filter(page__path__in=paths).prefetch_related("groups")
    return [(r.restriction_type, [g.name for g in r.groups.all()]) for r in found]


def _restrictions_above(page: Page) -> list[tuple[str, list[str]]]:
    """The restrictions on the page's ancestors: they stay whatever the dialog does to the
    page's own restriction."""
    return _restrictions_at(tree_prefixes(page)[:-1])


def _own_restriction(page: Page) -> list[tuple[str, list[str]]]:
    return _restrictions_at([page.path])


def lowering_needs_a_reason(old: labels.Label, new: labels.Label) -> str:
    return _(
        "Het label wordt lager (van %(old)s naar %(new)s): geef een reden, die in de "
        "geschiedenis van de pagina komt."
    ) % {"old": old.label, "new": new.label}


class LabelledPrivacyForm(PageViewRestrictionForm):
    reason = forms.CharField(
        label=_("Reden van de wijziging"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Verplicht als het label lager wordt (meer mensen mogen de pagina openen). "
            "De reden komt in de geschiedenis van de pagina."
        ),
    )

    def __init__(self, *args, page: Page, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # Each group with the label it gives a page restricted to it.
        self.fields["groups"].label_from_instance = lambda group: (
            f"{group.name} ({labels.group_label(group.name).label})"
        )
        self.page = page
        self.above = _restrictions_above(page)
        self.old_label = labels.restrictions_label(self.above + _own_restriction(page))
        self.new_label = self.old_label

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("restriction_type")
        if kind is None or self.errors:
            return cleaned
        own: list[tuple[str, list[str]]] = []
        if kind == BaseViewRestriction.GROUPS:
            own = [(kind, [group.name for group in cleaned.get("groups") or Group.objects.none()])]
        elif kind != BaseViewRestriction.NONE:
            own = [(kind, [])]
        self.new_label = labels.restrictions_label(self.above + own)
        cleaned["reason"] = cleaned.get("reason", "").strip()
        if labels.is_lower(self.new_label, self.old_label) and not cleaned["reason"]:
            self.add_error(
                "reason",
                forms.ValidationError(
                    lowering_needs_a_reason(self.old_label, self.new_label),
                    code="reason_required",
                ),
            )
        return cleaned


def move_labels(page: Page, destination: Page) -> tuple[labels.Label, labels.Label]:
    """The page's label now and after moving it under `destination`."""
    now = _restrictions_at(tree_prefixes(page))
    then = _restrictions_at([*tree_prefixes(destination), page.path])
    return labels.restrictions_label(now), labels.restrictions_label(then)


def move_lowers(page: Page, destination: Page) -> tuple[labels.Label, labels.Label] | None:
    """(now, then) when the move lowers the page's label, else None."""
    now, then = move_labels(page, destination)
    return (now, then) if labels.is_lower(then, now) else None


def record_label_change(page: Page, *, old: labels.Label, new: labels.Label, reason: str, by):
    """Keep a change of the page's label in its history (who, when, from, to, why)."""
    if old == new:
        return
    log(
        instance=page,
        action=LOG_ACTION,
        user=by,
        data={"old": old.value, "new": new.value, "reason": reason},
    )


class LabelChangeFormatter(LogFormatter):
    label = _("Label wijzigen")

    def format_message(self, log_entry):
        data = log_entry.data
        return _("Label gewijzigd van %(old)s naar %(new)s") % {
            "old": labels.Label(data["old"]).label,
            "new": labels.Label(data["new"]).label,
        }

    def format_comment(self, log_entry):
        return log_entry.data.get("reason", "")


class LabelledSetPrivacyView(SetPrivacyView):
    form_class = LabelledPrivacyForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "page": self.page}

    def form_valid(self, form):
        with transaction.atomic():
            response = super().form_valid(form)
            record_label_change(
                self.page,
                old=form.old_label,
                new=form.new_label,
                reason=form.cleaned_data["reason"],
                by=self.request.user,
            )
        return response

    def render_to_response(self, context, **response_kwargs):
        if not self.page.private_page_options:
            return super().render_to_response(context, **response_kwargs)
        return render_modal_workflow(
            self.request,
            "access/admin/set_privacy.html",
            template_vars=context,
            json_data={"step": "set_privacy"},
            **response_kwargs,
        )


set_privacy = never_cache(require_admin_access(LabelledSetPrivacyView.as_view()))
