"""Signup paths end to end through allauth's real views: mail, verification link, membership."""

from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

import pytest

from members import roles
from members.models import Membership

from ..helpers import login_with_mfa
from .conftest import PASSWORD, links_in, path_of, signup

User = get_user_model()


def _verify(client, message):
    [link] = [u for u in links_in(message) if "/accounts/confirm-email/" in u]
    response = client.get(path_of(link))
    assert response.status_code == 200  # allauth asks to confirm with a POST
    return client.post(path_of(link))


@pytest.mark.django_db
def test_allowlisted_domain_becomes_member_after_verification(
    client, allowlist, django_capture_on_commit_callbacks
):
    response = signup(client, "f.elamrani@politie.nl")
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="f.elamrani@politie.nl")
    assert user.first_name == "Fatima"
    assert user.profile.organisation == "Politie Eenheid Zeeland-West-Brabant"
    assert not user.groups.filter(name=roles.LID).exists()
    assert user.membership.status == Membership.Status.UNVERIFIED

    [confirmation] = mail.outbox
    assert confirmation.to == ["f.elamrani@politie.nl"]
    assert "Bevestig uw e-mailadres" in confirmation.subject
    assert confirmation.alternatives and confirmation.alternatives[0][1] == "text/html"

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = _verify(client, confirmation)
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.groups.filter(name=roles.LID).exists()
    assert user.membership.status == Membership.Status.APPROVED
    assert user.membership.route == Membership.Route.ALLOWLIST
    assert [m.subject for m in mail.outbox] == [
        "[Kennisplatform Ondermijning] Welkom bij het Kennisplatform Ondermijning"
    ]
    # Logged in on confirmation, straight to /mijn/.
    assert client.get(reverse("members:dashboard")).status_code == 200
    assert client.get(reverse("members:directory")).status_code == 200


@pytest.mark.django_db
def test_wildcard_domain_admits_subdomains_only(
    client, allowlist, django_capture_on_commit_callbacks
):
    signup(client, "analist@zeeland.riec.nl")
    with django_capture_on_commit_callbacks(execute=True):
        _verify(client, mail.outbox[0])
    assert User.objects.get(email="analist@zeeland.riec.nl").is_member


@pytest.mark.django_db
def test_other_domain_waits_for_moderator_who_approves_in_admin(
    client, allowlist, moderator, django_capture_on_commit_callbacks
):
    response = signup(
        client, "j.devries@adviesbureau.example", motivation="Ik doe Bibob-onderzoek."
    )
    assert response.status_code == 302
    confirmation = mail.outbox[0]
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        _verify(client, confirmation)

    applicant = User.objects.get(email="j.devries@adviesbureau.example")
    membership = applicant.membership
    assert membership.status == Membership.Status.PENDING
    assert membership.motivation == "Ik doe Bibob-onderzoek."
    assert not applicant.is_member
    by_recipient = {tuple(m.to): m for m in mail.outbox}
    assert set(by_recipient) == {("j.devries@adviesbureau.example",), (moderator.email,)}
    moderator_mail = by_recipient[(moderator.email,)]
    assert "Fatima El Amrani" in moderator_mail.body
    assert "Ik doe Bibob-onderzoek." in moderator_mail.body
    review_index = reverse("members_membership:index")
    assert any(path_of(u) == review_index for u in links_in(moderator_mail))
    assert "wordt beoordeeld" in by_recipient[("j.devries@adviesbureau.example",)].body or (
        "beoordeelt een moderator" in by_recipient[("j.devries@adviesbureau.example",)].body
    )

    # Until approved: members-only pages stay closed.
    assert client.get(reverse("members:directory")).status_code == 403

    # The moderator (with MFA, as staff must) approves in the Wagtail admin.
    admin = client.__class__()
    login_with_mfa(admin, moderator)
    listing = admin.get(review_index)
    assert listing.status_code == 200
    assert "j.devries@adviesbureau.example" in listing.content.decode()
    review_url = reverse("members_membership:review", args=[membership.pk])
    assert admin.get(review_url).status_code == 200
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = admin.post(review_url, {"action": "approve"})
    assert response.status_code == 302

    membership.refresh_from_db()
    assert membership.status == Membership.Status.APPROVED
    assert membership.decided_by == moderator
    assert applicant.groups.filter(name=roles.LID).exists()
    [approved] = mail.outbox
    assert approved.to == ["j.devries@adviesbureau.example"]
    assert "goedgekeurd" in approved.subject
    assert client.get(reverse("members:directory")).status_code == 200
    # A decided application drops off the default (pending) listing.
    assert "j.devries@adviesbureau.example" not in admin.get(review_index).content.decode()


@pytest.mark.django_db
def test_moderator_rejects_with_reason_and_applicant_is_told(
    client, moderator, django_capture_on_commit_callbacks
):
    signup(client, "iemand@hotmail.example")
    with django_capture_on_commit_callbacks(execute=True):
        _verify(client, mail.outbox[0])
    membership = Membership.objects.get(user__email="iemand@hotmail.example")
    login_with_mfa(client, moderator)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("members_membership:review", args=[membership.pk]),
            {"action": "reject", "reason": "Geen professionele betrokkenheid aangetoond."},
        )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REJECTED
    assert not membership.user.is_member
    [rejected] = mail.outbox
    assert rejected.to == ["iemand@hotmail.example"]
    assert "Geen professionele betrokkenheid aangetoond." in rejected.body
    # Deciding twice is refused, not a 500.
    response = client.post(
        reverse("members_membership:review", args=[membership.pk]), {"action": "approve"}
    )
    assert response.status_code == 302
    membership.refresh_from_db()
    assert membership.status == Membership.Status.REJECTED


@pytest.mark.django_db
def test_members_without_moderator_permission_cannot_decide(client, member, user):
    from members.services import MembersError, membership_approve

    membership = Membership.objects.create(user=user, status=Membership.Status.PENDING)
    with pytest.raises(MembersError):
        membership_approve(membership=membership, moderator=member)
    client.force_login(member)
    response = client.get(reverse("members_membership:review", args=[membership.pk]))
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_unverified_account_cannot_log_in_and_gets_a_new_link(client, allowlist):
    signup(client, "nieuw@politie.nl")
    client.logout()
    mail.outbox.clear()
    response = client.post(
        reverse("account_login"), {"login": "nieuw@politie.nl", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert not client.get(reverse("members:dashboard")).wsgi_request.user.is_authenticated


@pytest.mark.django_db
def test_members_only_content_stays_closed_until_approved(
    client, moderator, knowledge_index, django_capture_on_commit_callbacks
):
    from ..factories import ArticlePageFactory
    from ..helpers import restrict_to_members

    article = ArticlePageFactory(
        parent=knowledge_index,
        title="Ondermijningsbeeld haven",
        summary="Alleen voor leden.",
        body=[("text", "<p>Vertrouwelijke analyse van de haven.</p>")],
    )
    restrict_to_members(article)
    signup(client, "onderzoeker@universiteit.example")
    with django_capture_on_commit_callbacks(execute=True):
        _verify(client, mail.outbox[0])
    response = client.get(article.url)
    assert response.status_code == 403
    assert "Vertrouwelijke analyse" not in response.content.decode()

    from members.services import membership_approve

    with django_capture_on_commit_callbacks(execute=True):
        membership_approve(
            membership=Membership.objects.get(user__email="onderzoeker@universiteit.example"),
            moderator=moderator,
        )
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Vertrouwelijke analyse" in response.content.decode()
