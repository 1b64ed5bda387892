"""Downloads of closed documents are logged (issue #16: "AMBER and RED downloads are logged
(who, when, which version), and the coordinator sees the log"): a document on a page for a
narrower group (TLP:AMBER) leaves a row per download, through either door, and the editors
who manage documents see who took a copy of what, and when, in the admin's reports. A public
or members-level (TLP:GREEN) document leaves no trace."""

from __future__ import annotations

from django.urls import reverse

import pytest

from access.labels import Label
from access.models import DocumentDownload
from members import roles

from ..factories import ProfileFactory, UserFactory
from ..helpers import login_with_mfa
from .documents import doors, stored_pdf

REPORT = "access_document_downloads"


def _document(name: str):
    return stored_pdf(name.capitalize(), f"log-{name}.pdf")


@pytest.fixture
def eva(db):
    """An editor of the Gemeente Tilburg, in the group the AMBER page is for."""
    user = UserFactory(
        first_name="Eva",
        last_name="Redacteur",
        email="eva@tilburg.nl",
        roles=[roles.LID, roles.REDACTEUR],
    )
    ProfileFactory(user=user, organisation="Gemeente Tilburg")
    return user


def test_public_and_members_documents_leave_no_trace(client, member, page_with):
    public = page_with(_document("openbaar"))
    green = page_with(_document("factsheet"), groups=roles.ALL_ROLES)
    client.force_login(member)
    for document in (public, green):
        for url in doors(document):
            assert client.get(url).status_code == 200, url
    assert not DocumentDownload.objects.exists()


def test_each_amber_download_through_either_door_is_one_row(client, eva, page_with):
    document = page_with(_document("dossier"), groups=[roles.REDACTEUR])
    login_with_mfa(client, eva)
    for url in [*doors(document), document.url]:
        assert client.get(url).status_code == 200, url
    rows = list(DocumentDownload.objects.order_by("at", "pk"))
    assert [(row.document, row.user, row.label) for row in rows] == [
        (document, eva, Label.AMBER)
    ] * 3


def test_a_refused_download_or_a_head_request_takes_no_copy_and_is_not_logged(
    client, member, eva, page_with
):
    document = page_with(_document("dossier"), groups=[roles.REDACTEUR])
    client.force_login(member)
    for url in doors(document):
        assert client.get(url).status_code == 403, url
    login_with_mfa(client, eva)
    assert client.head(f"/media/{document.file.name}").status_code == 200
    assert not DocumentDownload.objects.exists()


def test_editors_see_who_downloaded_what_and_when_filtered_by_document(client, eva, page_with):
    dossier = page_with(_document("dossier"), groups=[roles.REDACTEUR])
    verslag = page_with(_document("verslag"), groups=[roles.REDACTEUR])
    login_with_mfa(client, eva)
    client.get(dossier.url)
    client.get(f"/media/{verslag.file.name}")
    chief = UserFactory(email="hoofd@kennisplatform.example", roles=[roles.HOOFDREDACTEUR])
    login_with_mfa(client, chief)

    html = client.get(reverse(REPORT)).content.decode()
    assert "Downloads van besloten documenten" in html
    for text in ("Dossier", "Verslag", "TLP:AMBER", "Eva Redacteur", "Gemeente Tilburg"):
        assert text in html, text

    filtered = client.get(reverse(REPORT), {"document": dossier.pk}).content.decode()
    assert "Dossier" in filtered and "Verslag</a>" not in filtered


def test_a_member_cannot_open_the_report(client, member):
    client.force_login(member)
    response = client.get(reverse(REPORT))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
