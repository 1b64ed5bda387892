"""The text inside a table's library files is searchable inside the table (issue #16): an
uploaded PDF's text is extracted after the upload (a task, with knowledge's extraction for
attachments), kept on the file version, and the table's search matches the newest version's
text, within the labels. It never reaches /zoeken/: the versions are not in the engine index."""

from __future__ import annotations

from django.urls import reverse

import pytest

from access.labels import Label
from spaces.models import FileVersion, LibraryFile

from .conftest import pdf_upload


def upload(client, table, *, title: str, word: str, label: Label = Label.AMBER, **extra):
    return client.post(
        reverse("spaces:file_new", args=[table.space.slug]),
        {
            "title": title,
            "upload": pdf_upload("analyse.pdf", word),
            "label": label.value,
            **extra,
        },
    )


def search(client, table, query: str) -> str:
    response = client.get(reverse("spaces:search", args=[table.space.slug]), {"q": query})
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def piet(client, table):
    client.force_login(table.users["participant"])
    return table.users["participant"]


def test_an_uploaded_pdf_is_found_by_the_words_inside_it(
    client, table, piet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, table, title="Analyse", word="xtclaboratorium").status_code == 302
    version = FileVersion.objects.get(file__title="Analyse")
    assert "xtclaboratorium" in version.text and version.extraction_status == "ok"

    html = search(client, table, "xtclaboratorium")
    assert "Analyse</a>" in html
    assert "<mark>xtclaboratorium</mark>" in html  # the snippet comes from the file's text


def test_the_upload_does_not_wait_for_the_extraction(
    client, table, piet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert upload(client, table, title="Analyse", word="xtclaboratorium").status_code == 302
    version = FileVersion.objects.get(file__title="Analyse")
    assert version.text == "" and version.extraction_status == ""  # not yet: after commit
    assert "Analyse</a>" not in search(client, table, "xtclaboratorium")
    for callback in callbacks:
        callback()
    assert "Analyse</a>" in search(client, table, "xtclaboratorium")


def test_only_the_newest_versions_text_counts(
    client, table, piet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, table, title="Analyse", word="oudewoord")
    file = LibraryFile.objects.get(title="Analyse")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("spaces:file", args=[table.space.slug, file.pk]),
            {"upload": pdf_upload("analyse-v2.pdf", "nieuwewoord")},
        )
    assert response.status_code == 302
    assert file.versions.count() == 2
    assert "Analyse</a>" in search(client, table, "nieuwewoord")
    assert "Analyse</a>" not in search(client, table, "oudewoord")


def test_a_participant_outside_the_label_does_not_find_it_by_its_text(
    client, table, piet, django_capture_on_commit_callbacks
):
    politie = table.files[Label.AMBER_STRICT].organisations.get()
    with django_capture_on_commit_callbacks(execute=True):
        upload(
            client,
            table,
            title="Politieanalyse",
            word="strengwoord",
            label=Label.AMBER_STRICT,
            organisations=[politie.pk],
        )
    assert "Politieanalyse</a>" in search(client, table, "strengwoord")
    client.force_login(table.users["other_org"])  # Fenna, FIOD
    html = search(client, table, "strengwoord")
    assert "Politieanalyse" not in html and "<mark>" not in html


def test_the_text_never_reaches_the_platform_search(
    client, table, piet, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client, table, title="Analyse", word="xtclaboratorium", label=Label.GREEN)
    html = client.get("/zoeken/", {"q": "xtclaboratorium"}).content.decode()
    assert "Analyse</a>" not in html and "<mark>" not in html
    assert "0 resultaten" in html


def test_a_file_without_text_is_still_found_by_its_title(
    client, table, piet, django_capture_on_commit_callbacks
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("spaces:file_new", args=[table.space.slug]),
            {
                "title": "Kapotte scan",
                "upload": SimpleUploadedFile("scan.pdf", b"%PDF-1.4 kapot", "application/pdf"),
                "label": Label.AMBER.value,
            },
        )
    assert FileVersion.objects.get(file__title="Kapotte scan").extraction_status == "broken"
    assert "Kapotte scan</a>" in search(client, table, "kapotte")
