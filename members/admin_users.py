"""Wagtail's user and group editors, for roles only.

The groups of a table (`Tafel: …`), an organisation (`Organisatie: …`) and a circle
(`Kring: …`) are audiences, not roles (access/policy.py): who is in them is decided where
their records are kept — participations by coordinators (spaces/), confirmed employees and
named people through `spaces.services.set_people`. The user editor therefore offers only the
roles and keeps a person's audience groups as they are; the group editor does not list or open
audience groups, so nobody gives a table's participants admin permissions or renames the group
a page's privacy refers to. `members.apps.UsersConfig` puts these viewsets in Wagtail's place.
"""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db.models import Q

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import groups, users

from access.policy import audience_groups_q


class _RolesOnly:
    """The groups field of a user form: roles to choose, audience groups kept."""

    instance: object
    fields: dict
    cleaned_data: dict

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[call-arg]
        if "groups" in self.fields:
            self.fields["groups"].queryset = Group.objects.exclude(audience_groups_q())

    def clean_groups(self):
        chosen = self.cleaned_data.get("groups")
        pk = getattr(self.instance, "pk", None)
        if chosen is None or pk is None:
            return chosen
        kept = Group.objects.filter(audience_groups_q(), user=pk)
        return Group.objects.filter(Q(pk__in=chosen) | Q(pk__in=kept))


class RolesUserCreationForm(_RolesOnly, UserCreationForm):
    pass


class RolesUserEditForm(_RolesOnly, UserEditForm):
    pass


class UserViewSet(users.UserViewSet):
    def get_form_class(self, for_update=False):
        return RolesUserEditForm if for_update else RolesUserCreationForm


_ROLE_GROUPS = Group.objects.exclude(audience_groups_q())


class GroupIndexView(groups.IndexView):
    queryset = _ROLE_GROUPS


class GroupEditView(groups.EditView):
    queryset = _ROLE_GROUPS


class GroupDeleteView(groups.DeleteView):
    queryset = _ROLE_GROUPS


class GroupViewSet(groups.GroupViewSet):
    index_view_class = GroupIndexView
    edit_view_class = GroupEditView
    delete_view_class = GroupDeleteView
