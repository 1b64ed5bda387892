"""The professional domain allowlist: exact domains and `*.domain` suffixes, kept by moderators
in the Wagtail admin."""

from django.core.exceptions import ValidationError
from django.urls import reverse

import pytest

from members.models import AllowedDomain
from members.selectors import is_allowed_domain

from ..factories import AllowedDomainFactory
from ..helpers import login_with_mfa


@pytest.fixture
def domains(db):
    AllowedDomainFactory(domain="politie.nl")
    AllowedDomainFactory(domain="*.riec.nl")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("email", "allowed"),
    [
        ("a.jansen@politie.nl", True),
        ("A.Jansen@POLITIE.NL", True),
        ("iemand@oost.politie.nl", False),  # exact entries do not cover subdomains
        ("iemand@nep-politie.nl", False),
        ("iemand@politie.nl.evil.example", False),
        ("analist@zeeland.riec.nl", True),
        ("analist@a.b.riec.nl", True),
        ("analist@riec.nl", False),  # "*.riec.nl" is for subdomains only
        ("analist@nepriec.nl", False),
        ("geen-adres", False),
    ],
)
def test_allowlist_matching(domains, email, allowed):
    assert is_allowed_domain(email) is allowed


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("value", "stored"),
    [("Politie.NL", "politie.nl"), ("@om.nl", "om.nl"), ("*.Gemeente.nl", "*.gemeente.nl")],
)
def test_domains_are_normalised(value, stored):
    entry = AllowedDomain(domain=value)
    entry.full_clean()
    assert entry.domain == stored


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["*.nl", "politie", "http://politie.nl", "*politie.nl", "a b.nl"])
def test_nonsense_domains_are_refused(value):
    with pytest.raises(ValidationError):
        AllowedDomain(domain=value).full_clean()


@pytest.mark.django_db
def test_moderator_adds_a_domain_in_the_admin(client, moderator):
    login_with_mfa(client, moderator)
    index = reverse("members_alloweddomain:index")
    assert client.get(index).status_code == 200
    response = client.post(
        reverse("members_alloweddomain:add"),
        {"domain": "*.Veiligheidsregio.nl", "organisation": "Veiligheidsregio's"},
    )
    assert response.status_code == 302
    assert AllowedDomain.objects.filter(domain="*.veiligheidsregio.nl").exists()
    response = client.post(reverse("members_alloweddomain:add"), {"domain": "*.nl"})
    assert response.status_code == 200  # the form again, with the error
    assert not AllowedDomain.objects.filter(domain="*.nl").exists()


@pytest.mark.django_db
def test_editors_cannot_manage_the_allowlist(client, editor):
    login_with_mfa(client, editor)
    response = client.get(reverse("members_alloweddomain:index"))
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_moderators_cannot_edit_users_in_wagtails_user_admin(client, moderator, member):
    """Moderators decide on applications only: Wagtail's user editor would let them change
    anyone's groups, their own included."""
    login_with_mfa(client, moderator)
    assert not moderator.has_perm("members.change_user")
    response = client.get(reverse("wagtailusers_users:edit", args=[moderator.pk]))
    assert response.status_code in (302, 403)
    response = client.post(
        reverse("wagtailusers_users:edit", args=[member.pk]),
        {"email": member.email, "groups": []},
    )
    assert response.status_code in (302, 403)
    assert member.groups.filter(name="Lid").exists()
