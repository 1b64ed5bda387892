"""A document that not everyone may open carries its sharing label when downloaded, through
either door (/documenten/<id>/<name> and the raw /media/ name): `TLP-GREEN_<name>` and the label
on the PDF's first page, and for AMBER also who downloaded it and when. Public documents go out
as stored."""

from __future__ import annotations

import io

from pypdf import PdfReader

from members import roles

from ..factories import UserFactory
from ..helpers import login_with_mfa
from .documents import doors, stored_pdf


def _document(name: str):
    return stored_pdf(name, f"{name}.pdf")


def _first_page(response) -> str:
    return (
        PdfReader(
            io.BytesIO(
                b"".join(response.streaming_content) if response.streaming else response.content
            )
        )
        .pages[0]
        .extract_text()
    )


def test_a_public_document_goes_out_as_stored(client, page_with):
    document = page_with(_document("openbaar"))
    stored = document.file.open("rb").read()
    for url in doors(document):
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert body == stored, url
        assert "TLP" not in response["Content-Disposition"]


def test_a_members_document_carries_tlp_green_in_its_name_and_on_its_first_page(
    client, member, page_with
):
    document = page_with(_document("factsheet"), groups=roles.ALL_ROLES)
    client.force_login(member)
    for url in doors(document):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Disposition"] == 'attachment; filename="TLP-GREEN_factsheet.pdf"'
        text = _first_page(response)
        assert "TLP:GREEN" in text and "gedownload door" not in text
        assert "private" in response["Cache-Control"]


def test_a_document_for_a_narrower_group_names_who_downloaded_it(client, page_with):
    document = page_with(_document("dossier"), groups=[roles.REDACTEUR])
    editor = UserFactory(
        first_name="Eva", last_name="Redacteur", roles=[roles.LID, roles.REDACTEUR]
    )
    login_with_mfa(client, editor)
    for url in doors(document):
        response = client.get(url)
        assert response["Content-Disposition"] == 'attachment; filename="TLP-AMBER_dossier.pdf"'
        text = _first_page(response)
        assert "TLP:AMBER" in text and "gedownload door Eva Redacteur" in text, url


def test_a_member_outside_the_group_gets_no_copy(client, member, page_with):
    document = page_with(_document("dossier"), groups=[roles.REDACTEUR])
    client.force_login(member)
    for url in doors(document):
        assert client.get(url).status_code == 403, url
