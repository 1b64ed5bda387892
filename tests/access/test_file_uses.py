"""Which files a page uses is known the moment it is published, not after a background task:
protection and attachment search both read it (access/signals.py)."""

from __future__ import annotations

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import ReferenceIndex

import pytest

from config.demo.documents import make_pdf
from search.indexing import drain_all

from ..factories import ArticlePageFactory
from ..helpers import restrict_to_members
from ..search.conftest import search_ids


@pytest.fixture
def attachment(db):
    document = get_document_model()(title="Factsheet vindplaatsen drugsafval")
    document.file.save(
        "factsheet.pdf", ContentFile(make_pdf("Factsheet", ["In de piekmaanden meer dumpingen."]))
    )
    return document


@pytest.fixture
def members_page_with(knowledge_index):
    def build(document):
        page = ArticlePageFactory(parent=knowledge_index, title="Besloten drugsafvalbeeld")
        restrict_to_members(page)
        page.body = [("document", {"document": document, "title": "Factsheet"})]
        return page

    return build


def test_new_attachment_of_a_members_only_page_is_protected_before_any_worker_runs(
    client, settings, members_page_with, attachment
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = members_page_with(attachment)
    page.save_revision().publish()
    assert ReferenceIndex.objects.filter(to_object_id=str(attachment.pk)).exists()
    for url in (attachment.url, f"/media/{attachment.file.name}"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/accounts/login/")


def test_attachment_used_only_in_a_draft_is_not_public(
    client, settings, knowledge_index, attachment
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = ArticlePageFactory(parent=knowledge_index, title="Openbaar stuk")
    page.save_revision().publish()
    page.body = [("document", {"document": attachment, "title": "Nog geheim"})]
    page.save_revision()  # a draft, not published
    assert client.get(attachment.url).status_code == 302
    page.get_latest_revision().publish()
    response = client.get(attachment.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


@pytest.mark.search_engine
def test_attachment_text_is_searchable_before_the_reference_task_ran(
    search_index, settings, members_page_with, attachment, apply_on_commit
):
    """With production-like task handling Wagtail's reference-index task waits in the queue;
    the search worker still finds the attachment's text for the page's index document."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    page = members_page_with(attachment)
    with apply_on_commit():
        page.save_revision().publish()
    drain_all(force=True)  # the search worker; Wagtail's own task never ran
    assert search_ids(search_index, attachments="piekmaanden") == [page.pk]


def test_a_public_image_costs_a_bounded_number_of_queries(
    client, knowledge_index, django_assert_max_num_queries
):
    """Every image of a public page passes the policy; that must stay cheap."""
    import io

    from django.core.files.images import ImageFile

    from wagtail.images import get_image_model

    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (20, 20), "red").save(buffer, format="PNG")
    image = get_image_model()(title="Kaart")
    image.file.save("kaart.png", ImageFile(buffer, name="kaart.png"))
    page = ArticlePageFactory(parent=knowledge_index, title="Met kaart")
    page.body = [("image", {"image": image, "alt_text": "Kaart", "caption": ""})]
    page.save_revision().publish()
    url = image.get_rendition("width-900").url
    with django_assert_max_num_queries(8):
        response = client.get(url)
    assert response.status_code == 200
    assert "public" in response["Cache-Control"]
