"""Membership rules, tested directly on the services."""

from django.core import mail

import pytest

from members import roles
from members.models import Membership
from members.services import MembersError, membership_evaluate, membership_reject

from ..factories import AllowedDomainFactory, UserFactory


@pytest.fixture
def allowlisted(db):
    return AllowedDomainFactory(domain="om.nl")


@pytest.mark.django_db
def test_pending_applicant_who_verifies_a_work_address_becomes_member(
    allowlisted, django_capture_on_commit_callbacks
):
    user = UserFactory(email="prive@mail.example")
    with django_capture_on_commit_callbacks(execute=True):
        membership_evaluate(user=user, email="prive@mail.example")
    assert Membership.objects.get(user=user).status == Membership.Status.PENDING
    with django_capture_on_commit_callbacks(execute=True):
        membership = membership_evaluate(user=user, email="officier@om.nl")
    assert membership.status == Membership.Status.APPROVED
    assert membership.route == Membership.Route.ALLOWLIST
    assert user.groups.filter(name=roles.LID).exists()


@pytest.mark.django_db
def test_a_rejection_stands_when_another_address_is_verified(
    allowlisted, moderator, django_capture_on_commit_callbacks
):
    user = UserFactory(email="prive@mail.example")
    with django_capture_on_commit_callbacks(execute=True):
        membership = membership_evaluate(user=user, email=user.email)
        membership_reject(membership=membership, moderator=moderator, reason="")
        membership = membership_evaluate(user=user, email="officier@om.nl")
    assert membership.status == Membership.Status.REJECTED
    assert not user.groups.filter(name=roles.LID).exists()


@pytest.mark.django_db
def test_verifying_twice_files_one_application_and_mails_moderators_once(
    moderator, django_capture_on_commit_callbacks
):
    user = UserFactory(email="prive@mail.example")
    with django_capture_on_commit_callbacks(execute=True):
        membership_evaluate(user=user, email=user.email)
        membership_evaluate(user=user, email=user.email)
    assert Membership.objects.filter(user=user).count() == 1
    assert len([m for m in mail.outbox if m.to == [moderator.email]]) == 1


@pytest.mark.django_db
def test_staff_and_seeded_accounts_need_no_application(editor):
    membership = membership_evaluate(user=editor, email=editor.email)
    assert membership.status == Membership.Status.APPROVED
    assert not mail.outbox


@pytest.mark.django_db
def test_rejecting_a_decided_application_is_refused_in_dutch(moderator):
    user = UserFactory()
    membership = Membership.objects.create(user=user, status=Membership.Status.APPROVED)
    with pytest.raises(MembersError, match="al afgehandeld"):
        membership_reject(membership=membership, moderator=moderator)


@pytest.mark.django_db
def test_service_rules_hold_without_the_views(user, member, knowledge_index):
    """The services refuse what the views already hide, with a Dutch message, never a crash."""
    from members.services import contact_send, contribution_submit

    from ..factories import ProfileFactory

    listed = ProfileFactory(in_directory=True)
    unlisted = ProfileFactory(in_directory=False)
    with pytest.raises(MembersError, match="Alleen leden") as error:
        contact_send(sender=user, profile=listed, subject="Hoi", message="Een bericht.")
    assert error.value.code == "forbidden"
    with pytest.raises(MembersError, match="niet \\(meer\\) te bereiken"):
        contact_send(sender=member, profile=unlisted, subject="Hoi", message="Een bericht.")
    with pytest.raises(MembersError, match="uzelf"):
        contact_send(sender=listed.user, profile=listed, subject="Hoi", message="Een bericht.")
    with pytest.raises(MembersError, match="Alleen leden"):
        contribution_submit(user=user, title="T", summary="S", practice={})
    with pytest.raises(MembersError, match="verplichte onderdelen"):
        contribution_submit(user=member, title="T", summary="S", practice={})
    assert not mail.outbox
