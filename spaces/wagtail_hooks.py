"""The Wagtail admin for Beheerders: the tables and who takes part in them.

Participations are written through spaces.services, so a space's group (and with it every
participant's access) follows each change. What is inside a table is not in the admin: it is
for the table's participants only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import services
from .models import Organisation, Participation, Space


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


class _ThroughServices:
    """Create and edit views that save a participation as spaces.services does."""

    # From the generic CreateView/EditView this is mixed into.
    form: Any
    request: HttpRequest
    form_invalid: Callable[..., HttpResponse]

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

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError:
            return self.form_invalid(form)


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


class OrganisationViewSet(ModelViewSet):
    model = Organisation
    icon = "site"
    menu_label = _("Organisaties")
    url_prefix = "tafels/organisaties"
    form_fields = ["name"]
    search_fields = ["name"]
    copy_view_enabled = False
    inspect_view_enabled = False
    delete_view_enabled = False


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
