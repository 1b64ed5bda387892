"""Review dates: owners are mailed about their overdue pages once per due date
(`send_review_reminders`, run daily), and editors see them in the report "Beoordeling verlopen"
(Reports in the admin), limited to the pages they may edit."""

from __future__ import annotations

import datetime as dt
import io

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page

import pytest

from knowledge import selectors
from knowledge.models import ReviewReminder
from knowledge.services import review_reminders_send

from ..factories import ArticlePageFactory, ToolkitPageFactory
from ..helpers import login_with_mfa

TODAY = timezone.localdate


def days_ago(days: int) -> dt.date:
    return TODAY() - dt.timedelta(days=days)


def overdue(factory, parent, *, days: int, email: str = "", **kwargs):
    return factory(
        parent=parent,
        last_reviewed=days_ago(days + 365),
        next_review=days_ago(days),
        owner_email=email,
        **kwargs,
    )


def remind() -> str:
    out = io.StringIO()
    call_command("send_review_reminders", stdout=out)
    return out.getvalue()


@pytest.fixture
def due(knowledge_index, toolkit_index):
    """Overdue pages of two owners, and pages that are not (yet) due or not live."""
    return {
        "bibob": overdue(
            ArticlePageFactory,
            knowledge_index,
            days=30,
            email="Team.Bibob@gemeente-voorbeeld.nl",
            title="Bibob & de horeca",
        ),
        "loods": overdue(
            ToolkitPageFactory,
            toolkit_index,
            days=3,
            email="team.bibob@gemeente-voorbeeld.nl",
            title="Loodsverhuur",
        ),
        "drugs": overdue(
            ArticlePageFactory, knowledge_index, days=1, email="drugs@politie-voorbeeld.nl"
        ),
        "today": ArticlePageFactory(
            parent=knowledge_index, next_review=TODAY(), owner_email="drugs@politie-voorbeeld.nl"
        ),
        "draft": overdue(
            ArticlePageFactory,
            knowledge_index,
            days=10,
            email="drugs@politie-voorbeeld.nl",
            live=False,
        ),
    }


def test_pages_due_for_review_are_live_overdue_pages_longest_overdue_first(due):
    assert list(selectors.pages_due_for_review()) == [due["bibob"], due["loods"], due["drugs"]]
    assert type(selectors.pages_due_for_review()[1]).__name__ == "ToolkitPage"


def test_each_owner_gets_one_mail_with_all_their_overdue_pages(due):
    assert remind() == "2 herinnering(en) verstuurd.\n"

    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"team.bibob@gemeente-voorbeeld.nl", "drugs@politie-voorbeeld.nl"}
    message = by_address["team.bibob@gemeente-voorbeeld.nl"]
    assert message.subject == "[Kennisplatform Ondermijning] Inhoud toe aan beoordeling"
    # The text part says the title as written (no HTML escaping), with the edit link.
    assert "- Bibob & de horeca (beoordelen vóór" in message.body
    assert f"http://testserver/admin/pages/{due['bibob'].pk}/edit/" in message.body
    assert f"http://testserver/admin/pages/{due['loods'].pk}/edit/" in message.body
    assert message.body.index("Bibob") < message.body.index("Loodsverhuur")  # most overdue first
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html" and "Bibob &amp; de horeca" in html
    drugs = by_address["drugs@politie-voorbeeld.nl"].body
    assert due["drugs"].title in drugs
    assert due["today"].title not in drugs and due["draft"].title not in drugs


def test_rerunning_sends_nothing(due):
    remind()
    mail.outbox.clear()
    assert remind() == "0 herinnering(en) verstuurd.\n"
    assert mail.outbox == []
    assert ReviewReminder.objects.count() == 3


def test_a_page_is_reminded_again_for_its_next_due_date(due):
    remind()
    page = due["drugs"]
    page.last_reviewed = days_ago(370)
    page.next_review = days_ago(5)  # reviewed, and the new date has passed too
    page.save()
    mail.outbox.clear()
    assert remind() == "1 herinnering(en) verstuurd.\n"
    [message] = mail.outbox
    assert message.to == ["drugs@politie-voorbeeld.nl"] and page.title in message.body
    assert due["bibob"].title not in message.body


def test_the_next_day_only_the_newly_due_page_is_mailed(due):
    remind()
    mail.outbox.clear()
    summary = review_reminders_send(today=TODAY() + dt.timedelta(days=1))
    assert summary == {"mails": 1, "failed": 0, "without_owner": 0}
    [message] = mail.outbox
    assert due["today"].title in message.body and due["bibob"].title not in message.body


def test_a_mail_that_could_not_be_sent_is_sent_on_the_next_run(due, monkeypatch):
    """Nothing is recorded for a failed mail; the command exits 1 so cron reports it."""
    from django.core.mail import EmailMultiAlternatives

    def refuse(self, fail_silently=False):
        raise ConnectionRefusedError("smtp down")

    monkeypatch.setattr(EmailMultiAlternatives, "send", refuse)
    with pytest.raises(SystemExit) as exit_info:
        remind()
    assert exit_info.value.code == 1
    assert ReviewReminder.objects.count() == 0
    monkeypatch.undo()
    assert remind() == "2 herinnering(en) verstuurd.\n"


def test_overdue_pages_without_an_owner_address_are_counted(knowledge_index):
    overdue(ArticlePageFactory, knowledge_index, days=2, email="")
    assert remind() == (
        "0 herinnering(en) verstuurd.\n"
        "1 verlopen pagina('s) zonder e-mailadres van de eigenaar "
        "(zie het rapport Beoordeling verlopen).\n"
    )
    assert mail.outbox == []


# -- the report ----------------------------------------------------------------------------


@pytest.fixture
def elsewhere(due, site_pages):
    """An overdue page outside the tree the editors' roles may edit (a second site's root)."""
    root = Page.get_first_root_node()
    other = root.add_child(instance=Page(title="Archief", slug="archief"))
    return overdue(ArticlePageFactory, other, days=60, email="archief@gemeente-voorbeeld.nl")


def report(client, path="knowledge_review_due"):
    return client.get(reverse(path))


def test_the_report_lists_overdue_pages_the_editor_may_edit(client, editor, due, elsewhere):
    login_with_mfa(client, editor)
    response = report(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1" in html and "Beoordeling verlopen" in html
    titles = [page.title for page in response.context["object_list"]]
    assert titles == [due["bibob"].title, due["loods"].title, due["drugs"].title]
    assert elsewhere.title not in html
    assert reverse("wagtailadmin_pages:edit", args=[due["bibob"].pk]) in html


def test_the_reports_export_has_the_owner_columns(client, editor, due):
    login_with_mfa(client, editor)
    response = client.get(reverse("knowledge_review_due") + "?export=csv")
    assert response.status_code == 200
    rows = b"".join(response.streaming_content).decode().splitlines()
    assert rows[0] == "Titel,Eigenaar,E-mail eigenaar,Laatst beoordeeld,Volgende beoordeling,Adres"
    assert rows[1].startswith(f"{due['bibob'].title},Redactie Kennisplatform,Team.Bibob@")
    assert len(rows) == 4


@pytest.mark.parametrize("role", ["organiser", "moderator"])
def test_roles_without_edit_rights_on_articles_are_refused_the_report(client, request, role, due):
    """Organisers edit events only (which have no review date), moderators no pages at all:
    Wagtail's permission denied, and no menu item (tests/foundation/test_admin_views.py)."""
    login_with_mfa(client, request.getfixturevalue(role))
    response = report(client)
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


def test_the_report_asks_staff_without_the_mfa_step_for_their_code(client, editor, due):
    from ..helpers import with_totp

    with_totp(editor)
    client.force_login(editor)
    response = report(client)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("mfa_reauthenticate"))
