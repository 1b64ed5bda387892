"""Text is extracted from uploads so attachments are searchable; bad files are still stored."""

import io

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pypdf
import pytest

from config.demo.documents import make_docx, make_pdf
from knowledge.documents import ExtractionStatus

from ..helpers import login_with_mfa


def upload(name: str, data: bytes):
    document = get_document_model()(title=name)
    document.file.save(name, ContentFile(data))
    document.refresh_from_db()
    return document


@pytest.mark.django_db
def test_text_is_extracted_from_a_real_pdf():
    document = upload(
        "beeld.pdf",
        make_pdf(
            "Beeld", ["Drugsafvaldumping in het buitengebied.", "Tweede pagina: hennepkwekerij."]
        ),
    )
    assert document.extraction_status == ExtractionStatus.OK
    assert "Drugsafvaldumping in het buitengebied." in document.extracted_text
    assert "hennepkwekerij" in document.extracted_text


@pytest.mark.django_db
def test_text_is_extracted_from_docx_including_non_latin_scripts():
    document = upload("flyer.docx", make_docx("Флаер", ["Трудова експлоатация и права."]))
    assert document.extraction_status == ExtractionStatus.OK
    assert "Трудова експлоатация" in document.extracted_text


@pytest.mark.django_db
def test_broken_pdf_is_stored_with_a_clear_status():
    document = upload("kapot.pdf", b"%PDF-1.4 this is not really a pdf")
    assert document.pk and document.file.name.endswith(".pdf")
    assert document.extraction_status == ExtractionStatus.BROKEN
    assert document.extracted_text == ""


@pytest.mark.django_db
def test_encrypted_pdf_is_stored_with_a_clear_status():
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf("Geheim", ["x"]))))
    writer.encrypt(user_password="geheim", algorithm="AES-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    document = upload("versleuteld.pdf", buffer.getvalue())
    assert document.extraction_status == ExtractionStatus.ENCRYPTED


@pytest.mark.django_db
def test_replacing_the_file_extracts_again():
    document = upload("v1.pdf", make_pdf("V1", ["eerste versie"]))
    document.file.save("v2.pdf", ContentFile(make_pdf("V2", ["tweede versie"])))
    document.refresh_from_db()
    assert "tweede versie" in document.extracted_text


def test_admin_edit_page_explains_a_failed_extraction(client, admin_user):
    login_with_mfa(client, admin_user)
    document = upload("kapot.pdf", b"not a pdf at all")
    response = client.get(f"/admin/documents/edit/{document.pk}/")
    assert response.status_code == 200
    assert "Beschadigd bestand" in response.content.decode()
