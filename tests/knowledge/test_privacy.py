"""Members-only knowledge: visitors get a teaser, never the body or the attachment bytes."""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from config.demo.documents import make_pdf

from ..factories import ArticlePageFactory, ToolkitPageFactory, UserFactory
from ..helpers import login_with_mfa, restrict_to_members

SECRET = "vertrouwelijkwoord"


@pytest.fixture
def attachment(db):
    document = get_document_model()(title="Besloten bijlage")
    document.file.save("bijlage.pdf", ContentFile(make_pdf("Bijlage", [f"Tekst {SECRET}"])))
    return document


@pytest.fixture
def private_article(knowledge_index, attachment):
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Besloten ondermijningsbeeld",
        summary="Een samenvatting die iedereen mag zien.",
        body=[
            ("text", f"<p>De inhoud noemt {SECRET}.</p>"),
            ("document", {"document": attachment, "title": "Bijlage"}),
        ],
    )
    restrict_to_members(page)
    return page


def test_visitor_sees_a_teaser_without_the_body(client, private_article):
    response = client.get(private_article.url)
    html = response.content.decode()
    assert response.status_code == 403
    assert "Besloten ondermijningsbeeld" in html
    assert "Een samenvatting die iedereen mag zien." in html
    assert "Log in als lid" in html
    assert SECRET not in html
    assert "bijlage.pdf" not in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_member_reads_the_body(client, member, private_article, knowledge_index):
    client.force_login(member)
    response = client.get(private_article.url)
    assert response.status_code == 200
    assert SECRET in response.content.decode()
    assert "alleen voor leden" in response.content.decode()  # members see what is private
    public = ArticlePageFactory(parent=knowledge_index, title="Openbaar stuk")
    assert "alleen voor leden" not in client.get(public.url).content.decode()


def test_account_without_approved_membership_sees_the_teaser(client, user, private_article):
    client.force_login(user)
    response = client.get(private_article.url)
    assert response.status_code == 403
    assert SECRET not in response.content.decode()
    assert "Log in als lid" not in response.content.decode()


def test_attachment_of_a_private_page_is_not_served_to_visitors(
    client, member, private_article, attachment
):
    response = client.get(attachment.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert b"%PDF" not in b"".join(getattr(response, "streaming_content", [response.content]))

    client.force_login(member)
    response = client.get(attachment.url)
    assert response.status_code == 200
    body = response.content if not response.streaming else b"".join(response.streaming_content)
    assert body.startswith(b"%PDF")  # a copy stamped TLP:GREEN (access/files.send_labelled)


def test_attachment_of_a_private_page_is_refused_to_a_non_member(
    client, user, private_article, attachment
):
    client.force_login(user)
    assert client.get(attachment.url).status_code == 403


def test_public_attachment_is_served_to_everyone(client, knowledge_index, attachment):
    ArticlePageFactory(
        parent=knowledge_index, body=[("document", {"document": attachment, "title": "B"})]
    )
    response = client.get(attachment.url)
    assert response.status_code == 200


def test_restricted_toolkit_shows_a_teaser(client, toolkit_index):
    toolkit = ToolkitPageFactory(
        parent=toolkit_index, title="Besloten toolkit", intro=f"<p>{SECRET}</p>"
    )
    restrict_to_members(toolkit)
    response = client.get(toolkit.url)
    assert response.status_code == 403
    assert SECRET not in response.content.decode()


def _feed_entries(response) -> dict[str, str]:
    """{title: link} of the Atom feed's entries."""
    from xml.etree import ElementTree

    atom = "{http://www.w3.org/2005/Atom}"
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed, not untrusted
    return {
        entry.findtext(f"{atom}title"): entry.find(f"{atom}link").get("href")
        for entry in root.iter(f"{atom}entry")
    }


def test_listing_marks_members_only_items_and_feed_leaves_them_out(
    client, member, private_article, knowledge_index
):
    public = ArticlePageFactory(
        parent=knowledge_index, title="Openbaar ondermijningsbeeld", summary="Voor iedereen."
    )
    listing = client.get("/kennisbank/").content.decode()
    assert "Besloten ondermijningsbeeld" in listing
    assert "alleen voor leden" in listing
    assert SECRET not in listing

    feed = client.get("/kennisbank/feed/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    assert _feed_entries(feed) == {"Openbaar ondermijningsbeeld": f"http://testserver{public.url}"}
    body = feed.content.decode()
    assert "Voor iedereen." in body
    assert "Een samenvatting die iedereen mag zien." not in body and SECRET not in body

    # A feed reader may be shared: a member's request gets the visitors' feed.
    client.force_login(member)
    assert _feed_entries(client.get("/kennisbank/feed/")) == _feed_entries(feed)


def test_group_restriction_admits_only_that_group(client, knowledge_index):
    page = ArticlePageFactory(parent=knowledge_index, body=[("text", f"<p>{SECRET}</p>")])
    restrict_to_members(page, group_names=["Redacteur"])
    outsider = UserFactory(roles=["Lid"])
    insider = UserFactory(roles=["Redacteur"])
    client.force_login(outsider)
    assert SECRET not in client.get(page.url).content.decode()
    client.force_login(insider)  # staff, but this session skipped the MFA step
    assert SECRET not in client.get(page.url).content.decode()
    login_with_mfa(client, insider)
    assert SECRET in client.get(page.url).content.decode()


def test_materials_of_a_private_toolkit_are_protected(client, member, toolkit_index, attachment):
    from knowledge.models import ToolkitMaterial

    toolkit = ToolkitPageFactory(parent=toolkit_index, title="Besloten toolkit")
    ToolkitMaterial.objects.create(page=toolkit, document=attachment, language="Pools")
    toolkit.save_revision().publish()  # publishing refreshes Wagtail's reference index
    restrict_to_members(toolkit)
    assert client.get(attachment.url).status_code == 302
    client.force_login(member)
    assert client.get(attachment.url).status_code == 200
