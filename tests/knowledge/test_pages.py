"""Article, toolkit and theme hub pages: what a professional sees, at a bounded query cost."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

import pytest

from config.demo.documents import make_pdf
from knowledge.models import ArticlePage, ChangeNote, ToolkitMaterial

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
)

PRACTICE = {
    "practice_goal": "<p>Doel: minder drugsafval.</p>",
    "practice_audience": "<p>Boeren en loonwerkers.</p>",
    "practice_approach": "<p>Erfbezoeken met de wijkagent.</p>",
    "practice_results": "<p>Veertig procent minder dumpingen.</p>",
    "practice_lessons": "<p>Begin klein.</p>",
    "practice_contact": "<p>ondermijning@gemeente-voorbeeld.nl</p>",
}


@pytest.fixture
def theme(db):
    return ThemeFactory(name="Drugsafvaldumping", slug="drugsafvaldumping")


def test_praktijkvoorbeeld_requires_the_structured_template(knowledge_index):
    page = ArticlePage(
        title="Aanpak",
        slug="aanpak",
        summary="Kort.",
        owner_name="Team",
        article_type=ArticlePage.Type.PRACTICE,
    )
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "practice_approach" in error.value.message_dict
    for name, value in PRACTICE.items():
        setattr(page, name, value)
    page.full_clean(exclude=["path", "depth"])


def test_article_shows_practice_sections_trust_signals_and_meta(client, knowledge_index, theme):
    page = ArticlePageFactory(
        parent=knowledge_index,
        title="Erfbezoeken in Brabant",
        article_type=ArticlePage.Type.PRACTICE,
        themes=[theme],
        source_organisation="RIEC Oost-Brabant",
        owner_name="Team Buitengebied",
        last_reviewed=dt.date(2026, 3, 1),
        author_credit="Redactie RIEC",
        **PRACTICE,
    )
    ChangeNote.objects.create(page=page, date=dt.date(2026, 4, 1), note="Cijfers 2025 toegevoegd")
    html = client.get(page.url).content.decode()
    for text in [
        "Aanpak",
        "Erfbezoeken met de wijkagent.",
        "Resultaat en bewijs",
        "Team Buitengebied",
        "RIEC Oost-Brabant",
        "Laatst beoordeeld",
        "1 maart 2026",
        "Volgende beoordeling",
        "1 maart 2027",
        "Cijfers 2025 toegevoegd",
        'property="og:title" content="Erfbezoeken in Brabant"',
        "Kruimelpad",
        'href="/themas/drugsafvaldumping/"',
    ]:
        assert text in html, text


def test_related_content_shares_a_theme(client, knowledge_index, theme):
    page = ArticlePageFactory(parent=knowledge_index, themes=[theme])
    sibling = ArticlePageFactory(parent=knowledge_index, title="Ook over dumping", themes=[theme])
    ArticlePageFactory(parent=knowledge_index, title="Iets anders heel anders")
    response = client.get(page.url)
    assert [p.title for p in response.context["related"]] == [sibling.title]


def test_toolkit_lists_materials_grouped_by_language_with_type_and_size(client, toolkit_index):
    Document = get_document_model()
    toolkit = ToolkitPageFactory(
        parent=toolkit_index,
        title="Toolkit arbeidsmigranten",
        steps=[("step", {"title": "Ken je rechten", "text": "<p>x</p>"})],
        checklists=[("checklist", {"title": "Controleer", "items": ["Loonstrook"]})],
    )
    for language in ["Pools", "Nederlands", "Roemeens"]:
        document = Document(title=f"Flyer {language}")
        document.file.save(f"flyer-{language}.pdf", ContentFile(make_pdf("Flyer", ["tekst"])))
        ToolkitMaterial.objects.create(page=toolkit, document=document, language=language)
    response = client.get(toolkit.url)
    html = response.content.decode()
    assert [lang for lang, _ in response.context["page"].materials_by_language] == [
        "Nederlands",
        "Pools",
        "Roemeens",
    ]
    assert "PDF" in html and "bytes" in html or "KB" in html
    assert "Ken je rechten" in html and "Loonstrook" in html


def test_theme_hub_gathers_everything_and_filters_by_region(
    client, knowledge_index, toolkit_index, agenda
):
    drugs = ThemeFactory(name="Drugscriminaliteit", slug="drugscriminaliteit")
    synthetic = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs", parent=drugs)
    east = RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland")
    ArticlePageFactory(
        parent=knowledge_index,
        title="Beeld Oost",
        regions=[east],
        article_type=ArticlePage.Type.THREAT,
        themes=[synthetic],
    )
    ArticlePageFactory(parent=knowledge_index, title="Nieuws elders", themes=[drugs])
    ToolkitPageFactory(parent=toolkit_index, title="Toolkit drugs", themes=[synthetic])
    EventPageFactory(parent=agenda, title="Drugssymposium", themes=[synthetic])

    response = client.get("/themas/drugscriminaliteit/")
    assert response.status_code == 200
    assert response.context["article_count"] == 2
    assert response.context["toolkit_count"] == 1
    assert response.context["event_count"] == 1
    assert "Drugssymposium" in response.content.decode()

    response = client.get("/themas/synthetische-drugs/?regio=riec-oost-nederland")
    assert response.context["threat_picture"].title == "Beeld Oost"
    assert response.context["hub_articles"] == []
    assert response.context["article_count"] == 1
    assert "Nieuws elders" not in response.content.decode()


def test_unknown_theme_is_a_404(client, site_pages):
    assert client.get("/themas/bestaat-niet/").status_code == 404


@pytest.mark.parametrize("kind", ["home", "article", "toolkit", "hub", "themes", "agenda"])
def test_page_views_run_a_bounded_number_of_queries(
    client, site_pages, theme, django_assert_max_num_queries, kind
):
    for n in range(15):
        ArticlePageFactory(parent=site_pages["kennisbank"], themes=[theme], title=f"A{n}")
        ToolkitPageFactory(parent=site_pages["toolkits"], themes=[theme], title=f"T{n}")
        EventPageFactory(parent=site_pages["agenda"], themes=[theme], title=f"E{n}")
    urls = {
        "home": "/",
        "article": ArticlePage.objects.first().url,
        "toolkit": "/toolkits/t0/",
        "hub": "/themas/drugsafvaldumping/",
        "themes": "/themas/",
        "agenda": "/agenda/",
    }
    client.get(urls[kind])  # warm site and locale caches
    with django_assert_max_num_queries(12):
        response = client.get(urls[kind])
    assert response.status_code == 200
