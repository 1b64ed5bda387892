"""The roles exist as groups created by migration, with the permissions their work needs."""

from django.contrib.auth.models import Group
from django.test import Client

import pytest

from members import roles


@pytest.mark.django_db
def test_every_role_is_a_group_and_wagtails_starter_groups_are_gone():
    names = set(Group.objects.values_list("name", flat=True))
    assert set(roles.ALL_ROLES) <= names
    assert not names & {"Editors", "Moderators"}


@pytest.mark.django_db
@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_staff_roles_may_enter_the_admin(role):
    group = Group.objects.get(name=role)
    assert group.permissions.filter(codename="access_admin").exists()


@pytest.mark.django_db
def test_a_member_may_not_enter_the_admin(member):
    """Wagtail sends an account without admin access to the login, with `next` kept and its
    Dutch "no access" message; the login does not send a signed-in member back into the admin
    (that was a redirect loop) but on to their dashboard, where the message shows."""
    client = Client()
    client.force_login(member)

    response = client.get("/admin/")

    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/"
    onwards = client.get(response["Location"])
    assert onwards.status_code == 302
    assert onwards["Location"] == "/mijn/"
    dashboard = client.get(onwards["Location"])
    assert dashboard.status_code == 200
    assert "Je hebt geen toegang tot de administratoropties." in dashboard.content.decode()
    assert client.get("/admin/pages/")["Location"] == "/accounts/login/?next=/admin/pages/"


def test_chief_editor_can_publish_and_editor_cannot(site_pages, editor, chief_editor):
    home = site_pages["root"]
    assert not home.permissions_for_user(editor).can_publish()
    assert home.permissions_for_user(editor).can_edit()
    assert home.permissions_for_user(chief_editor).can_publish()


def test_organiser_may_publish_events_but_not_knowledge(site_pages, organiser):
    assert site_pages["agenda"].permissions_for_user(organiser).can_publish_subpage()
    assert not site_pages["kennisbank"].permissions_for_user(organiser).can_add_subpage()
