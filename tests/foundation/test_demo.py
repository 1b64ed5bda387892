"""`make demo`: the seed fills every public URL with real Dutch content, and reruns safely."""

import shutil
from io import StringIO

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError

from wagtail.models import PageViewRestriction

import pytest

from config.demo.loader import CONTENT_DIR
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


# -- demo content as files (config/demo/content/, docs/demo-content.md) -------------------------

NEW_ARTICLE = """\
---
type: article
title: 'Nieuw onderzoek: een testartikel'
article_type: onderzoek
published: 2025-06-30
members_only: true
summary: Een artikel dat alleen als bestand bestaat.
themes: [witwassen]
regions: [riec-limburg]
audiences: [gemeenten]
attachments:
  - title: Bijlage bij het testartikel
    filename: bijlage-testartikel.pdf
    pages: [Het woord kwartelkoning staat in de bijlage.]
---
Een alinea met **vet** die over twee
regels loopt.

## Een kopje

- een punt

::: quote Een bron
Een citaat.
:::

::: callout Let op
Tekst in een *kader*.
:::

::: table
{"data": [["a", "b"], ["1", "2"]], "first_row_is_table_header": true}
:::

::: practice_goal
Het doel.
:::
"""


def _content_with(tmp_path, name: str, text: str):
    """A copy of the demo content with one more file in it."""
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    (folder / "kennisbank" / name).write_text(text, encoding="utf-8")
    return folder


def test_one_more_file_is_one_more_article(seeded, tmp_path, client):
    before = ArticlePage.objects.count()
    out = StringIO()
    folder = _content_with(tmp_path, "nieuw-testartikel.md", NEW_ARTICLE)
    call_command("seed_demo", content=folder, stdout=out)
    assert out.getvalue().startswith("Demo-inhoud klaar: 1 artikelen, 0 toolkits, 0 evenementen")
    assert ArticlePage.objects.count() == before + 1

    page = ArticlePage.objects.get(slug="nieuw-testartikel")
    assert page.live and page.revisions.count() == 1  # published as an editor publishes
    assert page.title == "Nieuw onderzoek: een testartikel"
    assert page.article_type == "onderzoek"
    assert page.first_published_at.date().isoformat() == "2025-06-30"
    assert [t.slug for t in page.themes.all()] == ["witwassen"]
    assert [r.slug for r in page.regions.all()] == ["riec-limburg"]
    assert PageViewRestriction.objects.filter(page=page).exists()
    assert [block.block_type for block in page.body] == [
        "text",
        "quote",
        "callout",
        "table",
        "document",
    ]
    text, quote, callout, table, document = (block.value for block in page.body)
    assert text.source == (
        "<p>Een alinea met <strong>vet</strong> die over twee regels loopt.</p>"
        "<h2>Een kopje</h2><ul><li>een punt</li></ul>"
    )
    assert (quote["quote"], quote["attribution"]) == ("Een citaat.", "Een bron")
    assert (callout["title"], callout["text"].source) == (
        "Let op",
        "<p>Tekst in een <em>kader</em>.</p>",
    )
    assert table["data"] == [["a", "b"], ["1", "2"]]
    assert "kwartelkoning" in document["document"].extracted_text
    assert page.practice_goal == "<p>Het doel.</p>"

    call_command("seed_demo", content=folder, stdout=StringIO())
    assert ArticlePage.objects.count() == before + 1


def _header(**changes) -> str:
    lines = NEW_ARTICLE.split("---\n")[1].splitlines()
    for key, value in changes.items():
        lines = [line for line in lines if not line.startswith(f"{key}:")]
        if value is not None:
            lines.insert(1, f"{key}: {value}")
    return "\n".join(lines)


BAD_FILES = {
    "typo in a key": (
        "---\n" + _header(members_only=None, member_only="true") + "\n---\nTekst.\n",
        "onbekende sleutel 'member_only'",
    ),
    "a key missing": (
        "---\n" + _header(published=None) + "\n---\nTekst.\n",
        "ontbreekt: published",
    ),
    "unknown type": (
        "---\n" + _header(type="artikel") + "\n---\nTekst.\n",
        "onbekend of ontbrekend 'type': 'artikel'",
    ),
    "not a date": (
        "---\n" + _header(published="morgen") + "\n---\nTekst.\n",
        "published: verwacht een datum",
    ),
    "not a choice": (
        "---\n" + _header(article_type="blog") + "\n---\nTekst.\n",
        "article_type: 'blog' is geen van",
    ),
    "no header": ("Alleen tekst.\n", "begint niet met een kop"),
    "bad YAML": ("---\n" + _header() + "\n  title: [\n---\n", "de kop is geen geldige YAML"),
    "unclosed block": (
        "---\n" + _header() + "\n---\nTekst.\n\n::: callout Kop\nOpen.\n",
        "regel 18: '::: callout' wordt niet gesloten",
    ),
    "block of another type": (
        "---\n" + _header() + "\n---\n::: step Stap\nTekst.\n:::\n",
        "blok '::: step' hoort niet bij type article",
    ),
    "Markdown a rich-text field cannot hold": (
        "---\n" + _header() + "\n---\n# Grote kop\n",
        "Markdown geeft <h1>",
    ),
    "bad JSON": (
        "---\n" + _header() + "\n---\n::: table\n{data: 1}\n:::\n",
        "'::: table' is geen geldige JSON",
    ),
}


@pytest.mark.parametrize("case", BAD_FILES)
def test_a_bad_file_is_refused_by_name_before_anything_is_stored(case, tmp_path, db):
    text, message = BAD_FILES[case]
    (tmp_path / "kapot-artikel.md").write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        call_command("seed_demo", content=tmp_path)
    assert "kapot-artikel.md" in str(refused.value)
    assert message in str(refused.value)
    assert not ArticlePage.objects.exists()


REFUSED_WHEN_SEEDED = {
    "a term that does not exist": (
        NEW_ARTICLE.replace("themes: [witwassen]", "themes: [witwasen]"),
        "kapot-artikel.md: themes: onbekend: witwasen",
    ),
    "what the editor's form refuses": (
        NEW_ARTICLE.replace("article_type: onderzoek", "article_type: praktijkvoorbeeld"),
        "kapot-artikel.md: de pagina is niet geldig: practice_audience: Verplicht voor een "
        "praktijkvoorbeeld.",
    ),
}


@pytest.mark.parametrize("case", REFUSED_WHEN_SEEDED)
def test_a_file_the_site_refuses_is_named_and_nothing_is_stored(case, tmp_path, db):
    text, message = REFUSED_WHEN_SEEDED[case]
    for terms in ("themas", "regios", "doelgroepen"):
        shutil.copytree(CONTENT_DIR / terms, tmp_path / terms)
    (tmp_path / "kapot-artikel.md").write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as refused:
        call_command("seed_demo", content=tmp_path)
    assert message in str(refused.value)
    assert not ArticlePage.objects.exists()


def test_the_demo_tables_show_each_account_what_the_readme_says(seeded, client):
    """README, "Fenomeentafels in de demo": Sanne takes part in no table; Karim (Politie)
    coordinates synthetic drugs and opens its AMBER+STRICT update; Ingrid (FIOD) may open
    the RED one but not the update for the police; Ruud neither."""
    url = "/tafels/synthetische-drugs/"
    shown = {
        "lid@demo.kennisplatform.example": set(),
        "karim.bouzid@demo.kennisplatform.example": {"agenda", "strict", "red"},
        "ingrid.visser@demo.kennisplatform.example": {"agenda", "red"},
        "ruud.vanleeuwen@demo.kennisplatform.example": {"agenda"},
    }
    titles = {
        "agenda": "Agenda tafeloverleg december",
        "strict": "Lopend onderzoek precursorenleveranciers",
        "red": "Bron in het netwerk van een producent",
    }
    for email, expected in shown.items():
        client.force_login(get_user_model().objects.get(email=email))
        assert client.get("/tafels/").content.decode().count('<li class="card">') == 3
        page = client.get(url).content.decode()
        assert {key for key, title in titles.items() if title in page} == expected, email
        assert ("Tafeloverleg synthetische drugs" in page) is bool(expected), email
