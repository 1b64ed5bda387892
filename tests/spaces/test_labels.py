"""The sharing labels decide who opens an item, the same in Python and in SQL."""

from django.contrib.auth.models import AnonymousUser

import pytest

from access import labels
from access.labels import Label
from spaces.models import LibraryFile, Update

from .conftest import MAY_OPEN, ROLES


def person(table, role):
    return AnonymousUser() if role == "visitor" else table.users[role]


@pytest.mark.parametrize("role", ROLES)
def test_each_label_opens_for_exactly_its_audience(table, role):
    user = person(table, role)
    for label in Label:
        expected = role in MAY_OPEN[label]
        assert labels.may_open_item(user, table.updates[label]) is expected, (label, role)
        assert labels.may_open_item(user, table.files[label]) is expected, (label, role)


@pytest.mark.parametrize("role", ROLES)
def test_listings_filter_in_sql_as_the_item_check_decides(
    table, role, django_assert_max_num_queries
):
    user = person(table, role)
    expected = {label for label in Label if role in MAY_OPEN[label]}
    with django_assert_max_num_queries(1):
        updates = {u.label for u in labels.openable_items(Update.objects.all(), user)}
    files = {f.label for f in labels.openable_items(LibraryFile.objects.all(), user)}
    assert updates == expected
    assert files == expected


def test_a_space_group_does_not_make_anyone_a_member(table):
    from access.policy import viewer

    lotte = table.users["other_table"]
    lotte.groups.remove(*lotte.groups.exclude(name__startswith="Tafel: "))
    lotte = type(lotte).objects.get(pk=lotte.pk)
    assert lotte.groups.filter(name="Tafel: logistiek").exists()
    assert viewer(lotte).member is False
    assert labels.may_open_item(lotte, table.updates[Label.GREEN]) is False


def test_staff_without_mfa_keep_their_spaces_but_no_staff_groups(table):
    """A participant who is also an editor still opens the table's AMBER items in a session
    that skipped MFA (a space is not a staff right)."""
    from members import roles

    piet = table.users["participant"]
    piet.groups.add(*type(piet.groups.first()).objects.filter(name=roles.REDACTEUR))
    piet = type(piet).objects.get(pk=piet.pk)
    piet.staff_mfa_passed = False
    assert labels.may_open_item(piet, table.updates[Label.AMBER])
    assert {u.label for u in labels.openable_items(Update.objects.all(), piet)} == {
        Label.CLEAR,
        Label.GREEN,
        Label.AMBER,
        Label.AMBER_STRICT,
    }
