"""The privacy dialog says what the policy does: Wagtail's "logged-in users" restriction admits
approved members only (access/policy.py), and the dialog offers it under that name."""

from __future__ import annotations

from ..factories import ArticlePageFactory, UserFactory
from ..helpers import login_with_mfa


def test_the_privacy_dialog_offers_approved_members_not_any_logged_in_account(
    client, knowledge_index
):
    page = ArticlePageFactory(parent=knowledge_index, title="Ondermijningsbeeld haven")
    editor = UserFactory(roles=["Lid", "Hoofdredacteur"])
    login_with_mfa(client, editor)

    response = client.get(f"/admin/pages/{page.pk}/privacy/")

    assert response.status_code == 200
    dialog = response.json()["html"]  # the admin's modal dialog
    assert "Privé, alleen voor goedgekeurde leden" in dialog
    assert "logged-in" not in dialog and "ingelogde" not in dialog
