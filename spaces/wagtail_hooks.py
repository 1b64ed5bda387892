"""The Wagtail admin for Beheerders: the tables and who takes part in them.

Participations are written through spaces.services, so a space's group (and with it every
participant's access) follows each change. What is inside a table is not in the admin: it is
for the table's participants only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .forms import AudienceForm
from .models import Circle, Organisation, Participation, Space


class SpaceViewSet(ModelViewSet):
    model = Space
    icon = "group"
    menu_label = _("Tafels")
    url_prefix = "tafels/tafels"
    form_fields = ["name", "slug", "theme", "description", "how_to_join"]
    list_display = ["name", "theme", DateColumn("created_at", label=_("aangemaakt op"))]
    search_fields = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = False


class _RefusedByServices:
    """Create and edit views whose saving may be refused by spaces.services: the refusal shows
    on the form (the transaction of the view is rolled back)."""

    # From the generic CreateView/EditView this is mixed into.
    form: Any
    request: HttpRequest
    form_invalid: Callable[..., HttpResponse]

    def form_valid(self, form):
        try:
            return super().form_valid(form)  # type: ignore[misc]
        except ValidationError:
            return self.form_invalid(form)


class _ThroughServices(_RefusedByServices):
    """Create and edit views that save a participation as spaces.services does."""

    def save_instance(self):
        data = self.form.cleaned_data
        instance = self.form.instance
        try:
            if instance.pk is None:
                instance = services.appoint(
                    space=data["space"],
                    user=data["user"],
                    organisation=data["organisation"].name,
                    role=data["role"],
                    by=self.request.user,
                )
                if data["status"] != Participation.Status.ACTIVE:
                    services.set_participation(
                        participation=instance,
                        role=data["role"],
                        status=data["status"],
                        by=self.request.user,
                    )
            else:
                instance.organisation = data["organisation"]
                services.set_participation(
                    participation=instance,
                    role=data["role"],
                    status=data["status"],
                    by=self.request.user,
                )
        except ValidationError as error:
            self.form.add_error(None, error)
            raise
        return instance


class ParticipationCreateView(_ThroughServices, CreateView):
    pass


class ParticipationEditView(_ThroughServices, EditView):
    pass


class ParticipationViewSet(ModelViewSet):
    model = Participation
    icon = "user"
    menu_label = _("Deelnemers")
    url_prefix = "tafels/deelnemers"
    add_view_class = ParticipationCreateView
    edit_view_class = ParticipationEditView
    form_fields = ["space", "user", "organisation", "role", "status"]
    list_filter = ["space", "status", "role"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    list_display = [
        "user",
        "space",
        "organisation",
        Column("role", label=_("rol"), accessor="get_role_display"),
        Column("status", label=_("status"), accessor="get_status_display"),
        DateColumn("requested_at", label=_("aangevraagd op")),
    ]
    copy_view_enabled = False
    inspect_view_enabled = False
    delete_view_enabled = False  # remove someone with status "verwijderd": the history stays


class _PeopleThroughServices(_RefusedByServices):
    """Create and edit views of an organisation or a circle: its people through services."""

    def save_instance(self):
        instance = super().save_instance()  # type: ignore[misc]
        try:
            services.set_people(
                audience=instance, people=self.form.cleaned_data["people"], by=self.request.user
            )
        except ValidationError as error:
            self.form.add_error("people", error)
            raise
        return instance


class AudienceCreateView(_PeopleThroughServices, CreateView):
    pass


class AudienceEditView(_PeopleThroughServices, EditView):
    pass


class _AudienceViewSet(ModelViewSet):
    """Organisations and circles: a name, people, and a group for Wagtail's privacy dialog.
    Not deleted in the admin (pages shared with the group would change audience): take the
    people off instead."""

    add_view_class = AudienceCreateView
    edit_view_class = AudienceEditView
    search_fields = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = False
    delete_view_enabled = False

    def get_form_class(self, for_update=False):
        return modelform_factory(self.model, form=AudienceForm, fields=self.form_fields)


class OrganisationViewSet(_AudienceViewSet):
    """Organisations; their people are the members confirmed as working there, for pages
    shared with the organisation (TLP:AMBER+STRICT)."""

    model = Organisation
    icon = "site"
    menu_label = _("Organisaties")
    url_prefix = "tafels/organisaties"
    form_fields = ["name"]


class CircleViewSet(_AudienceViewSet):
    """Circles of named people, for pages shared with them only (TLP:RED)."""

    model = Circle
    icon = "lock"
    menu_label = _("Kringen")
    menu_order = 275
    add_to_admin_menu = True
    url_prefix = "kringen"
    form_fields = ["name", "purpose"]
    list_display = ["name", "purpose", DateColumn("created_at", label=_("aangemaakt op"))]


class SpacesViewSetGroup(ViewSetGroup):
    menu_label = _("Fenomeentafels")
    menu_icon = "group"
    menu_order = 270
    items = (
        SpaceViewSet("spaces_space"),
        ParticipationViewSet("spaces_participation"),
        OrganisationViewSet("spaces_organisation"),
    )


@hooks.register("register_admin_viewset")
def register_spaces_viewsets():
    return SpacesViewSetGroup()


@hooks.register("register_admin_viewset")
def register_circle_viewset():
    return CircleViewSet("spaces_circle")
