"""Text is extracted from uploads so attachments are searchable; bad files are still stored."""

import io

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

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


def test_an_editor_uploads_and_changes_a_document_in_the_admin(client, editor):
    # Wagtail asks wagtaildocs.* permissions whatever the document model (members/roles.py).
    login_with_mfa(client, editor)
    pdf = make_pdf("Werkinstructie", ["Stappen voor de bestuurlijke rapportage."])
    response = client.post(
        "/admin/documents/add/",
        {
            "title": "Werkinstructie Bibob",
            "collection": Collection.get_first_root_node().pk,
            "file": SimpleUploadedFile("werkinstructie.pdf", pdf, "application/pdf"),
        },
    )
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Werkinstructie Bibob")
    assert document.uploaded_by_user == editor
    assert "bestuurlijke rapportage" in document.extracted_text

    response = client.get(f"/admin/documents/edit/{document.pk}/")
    assert "Werkinstructie Bibob" in response.content.decode()
    client.post(
        f"/admin/documents/edit/{document.pk}/",
        {"title": "Werkinstructie Bibob 2027", "collection": document.collection_id},
    )
    document.refresh_from_db()
    assert document.title == "Werkinstructie Bibob 2027"


def test_a_member_cannot_upload_through_the_document_admin(client, member):
    client.force_login(member)
    pdf = SimpleUploadedFile("x.pdf", make_pdf("X", ["x"]), "application/pdf")
    response = client.post("/admin/documents/add/", {"title": "Van een lid", "file": pdf})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/admin/documents/add/"
    assert not get_document_model().objects.exists()
