"""The demo seed gives the member features something to show: an allowlist, listed profiles
and one application waiting for the moderator. Safe to rerun."""

import pytest

from config.demo import seed
from members.models import AllowedDomain, Membership, Profile
from members.selectors import directory, is_allowed_domain


@pytest.mark.django_db
def test_seed_members_is_idempotent_and_fills_the_directory(site_pages):
    for _ in range(2):
        seed.seed_taxonomies()
        seed.seed_accounts()
        seed.seed_members()
    assert AllowedDomain.objects.count() == len(seed.DEMO_ALLOWED_DOMAINS)
    assert is_allowed_domain("agent@politie.nl")
    assert is_allowed_domain("analist@zeeland.riec.nl")
    listed = [p.user.email for p in directory()]
    assert "lid@demo.kennisplatform.example" in listed
    assert Profile.objects.get(user__email="lid@demo.kennisplatform.example").themes.exists()
    pending = Membership.objects.get(status=Membership.Status.PENDING)
    assert pending.user.email == "aanvrager@adviesbureau-voorbeeld.example"
    assert not pending.user.is_member
