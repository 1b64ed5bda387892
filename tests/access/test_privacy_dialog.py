"""The privacy dialog says what the policy does, and keeps the sharing label honest.

Wagtail's "logged-in users" restriction admits approved members only (access/policy.py), and
the dialog offers it under that name. The dialog (access/privacy.py) names the label the page
carries; lowering it — more people may open the page — needs a reason, which the page's
history keeps beside who did it (issue #16)."""

from __future__ import annotations

from wagtail.models import PageLogEntry, PageViewRestriction

import pytest

from members import roles
from spaces.models import Circle

from ..factories import ArticlePageFactory, UserFactory
from ..helpers import login_with_mfa, restrict_to_members


@pytest.fixture
def editor(client, db):
    editor = UserFactory(roles=[roles.LID, roles.HOOFDREDACTEUR], first_name="Eva")
    login_with_mfa(client, editor)
    return editor


@pytest.fixture
def circle(db):
    return Circle.objects.create(name="Kernteam havens", purpose="Het onderzoek in de haven.")


@pytest.fixture
def red_page(knowledge_index, circle):
    page = ArticlePageFactory(parent=knowledge_index, title="Stand van het onderzoek")
    restrict_to_members(page, group_names=[circle.group.name])
    return page


def _dialog(client, page) -> str:
    response = client.get(f"/admin/pages/{page.pk}/privacy/")
    assert response.status_code == 200
    return response.json()["html"]  # the admin's modal dialog


def _save(client, page, **data):
    response = client.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200
    return response.json()


def _groups(page) -> set[str]:
    return {
        group.name
        for restriction in PageViewRestriction.objects.filter(page=page)
        for group in restriction.groups.all()
    }


def test_the_privacy_dialog_offers_approved_members_not_any_logged_in_account(
    client, editor, knowledge_index
):
    page = ArticlePageFactory(parent=knowledge_index, title="Ondermijningsbeeld haven")

    dialog = _dialog(client, page)

    assert "Privé, alleen voor goedgekeurde leden" in dialog
    assert "logged-in" not in dialog and "ingelogde" not in dialog


def test_the_dialog_names_the_label_the_page_carries(client, editor, red_page):
    dialog = _dialog(client, red_page)

    assert "Deze pagina heeft nu het deellabel <strong>TLP:RED</strong>" in dialog
    assert "Kring: Kernteam havens (TLP:RED)" in dialog  # each group with the label it gives
    assert "Lid (TLP:GREEN)" in dialog
    assert "Reden van de wijziging" in dialog


def test_lowering_the_label_without_a_reason_is_refused_and_changes_nothing(
    client, editor, red_page, circle
):
    answer = _save(client, red_page, restriction_type=PageViewRestriction.LOGIN, reason="  ")

    assert answer["step"] == "set_privacy"  # the dialog again, with the message
    assert "Het label wordt lager (van TLP:RED naar TLP:GREEN): geef een reden" in answer["html"]
    assert "Na opslaan: <strong>TLP:GREEN</strong>" in answer["html"]
    assert _groups(red_page) == {circle.group.name}
    assert not PageLogEntry.objects.filter(page=red_page, action="access.label_change").exists()


def test_lowering_with_a_reason_keeps_who_and_why_in_the_page_history(client, editor, red_page):
    reason = "Het onderzoek is afgerond; alle leden mogen de lessen lezen."

    answer = _save(client, red_page, restriction_type=PageViewRestriction.LOGIN, reason=reason)

    assert answer["step"] == "set_privacy_done"
    restriction = PageViewRestriction.objects.get(page=red_page)
    assert restriction.restriction_type == PageViewRestriction.LOGIN
    entry = PageLogEntry.objects.get(page=red_page, action="access.label_change")
    assert entry.user == editor
    assert entry.data == {"old": "red", "new": "green", "reason": reason}
    history = client.get(f"/admin/pages/{red_page.pk}/history/").content.decode()
    assert "Label gewijzigd van TLP:RED naar TLP:GREEN" in history
    assert reason in history


def test_making_a_page_public_is_lowering_too(client, editor, red_page):
    answer = _save(client, red_page, restriction_type=PageViewRestriction.NONE)

    assert "geef een reden" in answer["html"]
    assert PageViewRestriction.objects.filter(page=red_page).exists()

    _save(client, red_page, restriction_type=PageViewRestriction.NONE, reason="Openbaar gemaakt.")

    assert not PageViewRestriction.objects.filter(page=red_page).exists()
    entry = PageLogEntry.objects.get(page=red_page, action="access.label_change")
    assert (entry.data["old"], entry.data["new"]) == ("red", "clear")


def test_raising_the_label_needs_no_reason_and_is_kept_in_the_history(
    client, editor, knowledge_index, circle
):
    page = ArticlePageFactory(parent=knowledge_index, title="Nieuw beeld")
    restrict_to_members(page, group_names=[roles.LID])

    answer = _save(
        client,
        page,
        restriction_type=PageViewRestriction.GROUPS,
        groups=[circle.group.pk],
    )

    assert answer["step"] == "set_privacy_done"
    assert _groups(page) == {circle.group.name}
    entry = PageLogEntry.objects.get(page=page, action="access.label_change")
    assert entry.data == {"old": "green", "new": "red", "reason": ""}


def test_the_label_counts_the_restrictions_above_the_page(client, editor, knowledge_index, circle):
    """Under a members-only section, taking a circle's restriction off the page leaves it
    GREEN, not CLEAR, and that is lowering; a change that keeps the label logs nothing."""
    section = ArticlePageFactory(parent=knowledge_index, title="Besloten sectie")
    restrict_to_members(section, group_names=[roles.LID])
    page = ArticlePageFactory(parent=section, title="Kernteamverslag")
    restrict_to_members(page, group_names=[circle.group.name])

    answer = _save(client, page, restriction_type=PageViewRestriction.NONE)
    assert "van TLP:RED naar TLP:GREEN" in answer["html"]

    _save(client, section, restriction_type=PageViewRestriction.LOGIN)  # GREEN stays GREEN

    assert not PageLogEntry.objects.filter(action="access.label_change").exists()
    assert PageViewRestriction.objects.get(page=section).restriction_type == "login"


# -- moving a page changes the restrictions above it ---------------------------------------------
@pytest.fixture
def circle_section(home_page, circle):
    from knowledge.models import KnowledgeIndexPage

    section = home_page.add_child(instance=KnowledgeIndexPage(title="Kernteam", slug="kernteam"))
    restrict_to_members(section, group_names=[circle.group.name])
    return section


@pytest.fixture
def page_in_circle(circle_section):
    return ArticlePageFactory(parent=circle_section, title="Verslag kernteam")


def test_a_move_that_lowers_the_label_asks_why_first(
    client, editor, page_in_circle, knowledge_index
):
    confirm = f"/admin/pages/{page_in_circle.pk}/move/{knowledge_index.pk}/confirm/"

    shown = client.get(confirm).content.decode()
    assert "Door het verplaatsen wordt het deellabel lager" in shown
    assert "<strong>TLP:RED</strong> naar <strong>TLP:CLEAR</strong>" in shown
    assert 'name="label_reason"' in shown

    refused = client.post(confirm, {"label_reason": " "}, follow=True)
    assert "Het label wordt lager (van TLP:RED naar TLP:CLEAR): geef een reden" in (
        refused.content.decode()
    )
    page_in_circle.refresh_from_db()
    assert page_in_circle.get_parent().specific.slug == "kernteam"  # not moved

    reason = "Het verslag is geanonimiseerd en mag openbaar."
    client.post(confirm, {"label_reason": reason})
    page_in_circle.refresh_from_db()
    assert page_in_circle.get_parent().pk == knowledge_index.pk
    entry = PageLogEntry.objects.get(page=page_in_circle, action="access.label_change")
    assert entry.data == {"old": "red", "new": "clear", "reason": reason}
    assert entry.user == editor


def test_a_move_that_keeps_or_raises_the_label_asks_nothing(
    client, editor, knowledge_index, circle_section
):
    page = ArticlePageFactory(parent=knowledge_index, title="Openbare handreiking")
    confirm = f"/admin/pages/{page.pk}/move/{circle_section.pk}/confirm/"

    assert 'name="label_reason"' not in client.get(confirm).content.decode()
    client.post(confirm)

    page.refresh_from_db()
    assert page.get_parent().pk == circle_section.pk
    assert not PageLogEntry.objects.filter(page=page, action="access.label_change").exists()


def test_a_bulk_move_that_lowers_a_label_is_refused(
    client, editor, page_in_circle, knowledge_index
):
    url = (
        f"/admin/bulk/wagtailcore/page/move/?id={page_in_circle.pk}"
        f"&next=/admin/pages/{page_in_circle.get_parent().pk}/"
    )

    response = client.post(url, {"chooser": knowledge_index.pk}, follow=True)

    assert "maakt het deellabel van ‘Verslag kernteam’ lager" in response.content.decode()
    page_in_circle.refresh_from_db()
    assert page_in_circle.get_parent().specific.slug == "kernteam"
