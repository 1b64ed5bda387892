"""`make demo`: the seed fills every public URL with real Dutch content, and reruns safely."""

from django.core.management import call_command

import pytest

from knowledge.models import ArticlePage, ToolkitPage

PUBLIC_PAGES = {
    "/": "Uitgelichte toolkits",
    "/kennisbank/?soort=ondermijningsbeeld&regio=riec-oost-nederland": (
        "Ondermijningsbeeld Oost-Nederland"
    ),
    "/kennisbank/": "resultaten",
    "/toolkits/": "Toolkit",
    "/themas/": "Synthetische drugs",
    "/themas/synthetische-drugs/": "Ondermijningsbeeld",
    "/agenda/": "Spotlight op ondermijning",
    "/zoeken/?q=drugs": "drugs",
    "/kennisbank/feed/": "<feed",
    "/sitemap.xml": "/kennisbank/",
}


@pytest.fixture
def seeded(db):
    call_command("seed_demo", verbosity=0)


def test_seed_runs_twice_and_keeps_data(seeded):
    articles, toolkits = ArticlePage.objects.count(), ToolkitPage.objects.count()
    assert articles >= 30 and toolkits >= 6
    call_command("seed_demo", verbosity=0)
    assert (ArticlePage.objects.count(), ToolkitPage.objects.count()) == (articles, toolkits)


def test_every_article_type_and_letter_audience_is_there(seeded):
    types = set(ArticlePage.objects.values_list("article_type", flat=True))
    assert types == set(ArticlePage.Type.values)
    audiences = set(ToolkitPage.objects.values_list("audiences__slug", flat=True))
    assert {"gemeenten", "horeca-ondernemers", "agrariers", "arbeidsmigranten"} <= audiences


def test_public_urls_answer_with_demo_content(seeded, client):
    for url, expected in PUBLIC_PAGES.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert expected in response.content.decode(), url
    assert client.get("/admin/").status_code == 302


def test_demo_attachments_are_real_searchable_files(seeded):
    from wagtail.documents import get_document_model

    documents = get_document_model().objects.all()
    assert documents.count() >= 8
    assert all(d.extraction_status == "ok" for d in documents)
    assert documents.filter(extracted_text__icontains="loodsverhuur").exists()
