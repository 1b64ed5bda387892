"""A word that occurs only in an attachment finds the page on every backend: the engine and
Wagtail's database search of `make demo` (this file also runs on SQLite, platform/run-tests.sh).
An attachment of a members-only page is found by members only, as the page itself."""

from __future__ import annotations

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from config.demo.documents import make_pdf

from ..factories import ArticlePageFactory, ToolkitPageFactory
from ..helpers import restrict_to_members
from .test_search_page import result_titles


def _pdf(title: str, text: str):
    document = get_document_model()(title=title)
    document.file.save("factsheet.pdf", ContentFile(make_pdf(title, [text])))
    return document


@pytest.fixture
def pages(knowledge_index, toolkit_index, publish, apply_on_commit):
    """A public article and a public toolkit, each offering a PDF, and a members-only article
    whose PDF holds a word of its own. No page says the attachments' words itself."""
    public = ArticlePageFactory(parent=knowledge_index, title="Dumpingen in Brabant")
    public.body = [
        (
            "document",
            {
                "document": _pdf("Factsheet", "In de piekmaanden meer dumpingen."),
                "title": "Factsheet",
            },
        )
    ]
    publish(public)
    toolkit = ToolkitPageFactory(parent=toolkit_index, title="Toolkit voor boeren")
    toolkit.materials.create(
        document=_pdf("Poster", "Let op lekkende jerrycans op het erf."), title="Poster"
    )
    publish(toolkit)
    closed = ArticlePageFactory(parent=knowledge_index, title="Besloten dumpingbeeld")
    with apply_on_commit():
        restrict_to_members(closed)
    closed.body = [
        (
            "document",
            {
                "document": _pdf("Analyse", "De vrachtwagencombinaties van de daders."),
                "title": "Analyse",
            },
        )
    ]
    publish(closed)
    return {"public": public, "toolkit": toolkit, "closed": closed}


class TestDatabaseBackend:
    @pytest.fixture(autouse=True)
    def no_engine(self, settings):
        settings.SEARCH_ENGINE_URL = ""

    def test_a_word_only_in_an_attachment_finds_the_page(self, pages, client):
        assert result_titles(client.get("/zoeken/?q=piekmaanden")) == ["Dumpingen in Brabant"]
        assert result_titles(client.get("/zoeken/?q=jerrycans")) == ["Toolkit voor boeren"]

    def test_the_attachment_of_a_members_only_page_is_found_by_members_only(
        self, pages, client, member
    ):
        assert result_titles(client.get("/zoeken/?q=vrachtwagencombinaties")) == []
        client.force_login(member)
        assert result_titles(client.get("/zoeken/?q=vrachtwagencombinaties")) == [
            "Besloten dumpingbeeld"
        ]

    def test_an_attachment_of_a_draft_is_not_searched(self, pages, client):
        page = pages["public"]
        page.body = [
            *page.body.raw_data,
            {
                "type": "document",
                "value": {
                    "document": _pdf("Concept", "Nog geheime kwartaalcijfers.").pk,
                    "title": "Concept",
                },
            },
        ]
        page.save_revision()  # a draft, not published
        assert result_titles(client.get("/zoeken/?q=kwartaalcijfers")) == []

    def test_a_replaced_file_is_searched_by_its_new_text(self, pages, client, apply_on_commit):
        document = pages["toolkit"].materials.get().document
        with apply_on_commit():
            document.file.save(
                "poster-2.pdf", ContentFile(make_pdf("Poster", ["Vaten met mierenzuur."]))
            )
            document.save()
        assert result_titles(client.get("/zoeken/?q=mierenzuur")) == ["Toolkit voor boeren"]
        assert result_titles(client.get("/zoeken/?q=jerrycans")) == []


@pytest.mark.search_engine
def test_on_the_engine_too_members_only_attachments_stay_with_members(
    search_index, pages, client, member
):
    assert result_titles(client.get("/zoeken/?q=piekmaanden")) == ["Dumpingen in Brabant"]
    assert result_titles(client.get("/zoeken/?q=vrachtwagencombinaties")) == []
    client.force_login(member)
    assert result_titles(client.get("/zoeken/?q=vrachtwagencombinaties")) == [
        "Besloten dumpingbeeld"
    ]
