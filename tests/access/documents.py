"""Documents on pages of a chosen visibility, and the two doors they are downloaded through
(/documenten/<id>/<name> and the raw /media/ name): shared by the label and download-log tests,
with the `page_with` fixture of conftest.py."""

from __future__ import annotations

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from config.demo.documents import make_pdf


def stored_pdf(title: str, filename: str):
    """A document with a small real PDF; the test media folder is shared by every test of a
    worker, so each module gives its files names of their own."""
    document = get_document_model()(title=title)
    document.file.save(filename, ContentFile(make_pdf(title, ["Vindplaatsen in Brabant."])))
    return document


def doors(document) -> list[str]:
    return [document.url, f"/media/{document.file.name}"]
