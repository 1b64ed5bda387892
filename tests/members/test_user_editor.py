"""Wagtail's user and group editors handle roles only (members/admin_users.py).

Who is in a table's, an organisation's or a circle's group is decided where their records are
kept (participations, `spaces.services.set_people`): a Beheerder cannot tick someone into a
circle in the user editor, nor give an audience group permissions or a new name in the group
editor, and saving a person's roles keeps their audiences."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.urls import reverse

import pytest

from members import roles
from spaces import services
from spaces.models import Circle, Organisation

from ..factories import UserFactory
from ..helpers import login_with_mfa


@pytest.fixture
def beheerder(client, db):
    beheerder = UserFactory(roles=[roles.LID, roles.BEHEERDER])
    login_with_mfa(client, beheerder)
    return beheerder


@pytest.fixture
def circle(beheerder):
    return Circle.objects.create(name="Kernteam havens", purpose="Het onderzoek in de haven.")


@pytest.fixture
def named(circle, beheerder):
    person = UserFactory(email="kern@fiod.example", roles=[roles.LID], last_name="Kern")
    services.set_people(audience=circle, people=[person], by=beheerder)
    return person


def _edit(client, user, groups):
    return client.post(
        reverse("wagtailusers_users:edit", args=[user.pk]),
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "groups": [group.pk for group in groups],
        },
    )


def test_the_user_editor_offers_roles_not_audiences(client, beheerder, named, circle):
    police = Organisation.objects.create(name="Politie")

    page = client.get(reverse("wagtailusers_users:edit", args=[named.pk])).content.decode()

    assert "Redacteur" in page
    assert circle.group.name not in page
    assert police.group.name not in page


def test_saving_someones_roles_keeps_their_circle(client, beheerder, named, circle):
    editor_role = Group.objects.get(name=roles.REDACTEUR)

    response = _edit(client, named, [Group.objects.get(name=roles.LID), editor_role])

    assert response.status_code == 302
    assert set(named.groups.values_list("name", flat=True)) == {
        roles.LID,
        roles.REDACTEUR,
        circle.group.name,
    }


def test_nobody_is_ticked_into_a_circle_in_the_user_editor(client, beheerder, circle):
    outsider = UserFactory(roles=[roles.LID])

    response = _edit(client, outsider, [Group.objects.get(name=roles.LID), circle.group])

    assert response.status_code == 200  # the form again, with Django's message
    assert "geen beschikbare keuze" in response.content.decode()
    assert not outsider.groups.filter(pk=circle.group.pk).exists()


def test_the_group_editor_neither_lists_nor_opens_audience_groups(client, beheerder, circle):
    listing = client.get(reverse("wagtailusers_groups:index")).content.decode()
    assert roles.REDACTEUR in listing
    assert circle.group.name not in listing

    edit = reverse("wagtailusers_groups:edit", args=[circle.group.pk])
    assert client.get(edit).status_code == 404
    assert client.post(edit, {"name": "Iedereen"}).status_code == 404
    delete = reverse("wagtailusers_groups:delete", args=[circle.group.pk])
    assert client.post(delete).status_code == 404
    circle.group.refresh_from_db()
    assert circle.group.name == "Kring: Kernteam havens"
