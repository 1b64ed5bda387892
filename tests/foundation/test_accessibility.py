"""What a screen reader or keyboard user meets before reading a page, checked in the HTML:
titles that say the state (month, page, query, error), the skip link to the search results,
tables with a header for every column in a region a keyboard reaches, the search combobox on
a text input, and `aside`s that are labelled and not inside an article."""

import datetime as dt
import re
from html.parser import HTMLParser

from django.utils import timezone

import pytest

from ..factories import ArticlePageFactory, EventPageFactory

pytestmark = pytest.mark.django_db


def html(response) -> str:
    assert response.status_code in (200, 400), response.status_code
    return response.content.decode()


def title(response) -> str:
    return re.search(r"<title>(.*?)</title>", html(response), re.S).group(1).split(" · ")[0]


@pytest.fixture
def database_search(settings):
    settings.SEARCH_ENGINE_URL = ""


def test_titles_say_the_month_the_page_the_query_and_the_error(
    client, knowledge_index, agenda, database_search
):
    for n in range(21):  # a second page of 20
        ArticlePageFactory(parent=knowledge_index, title=f"Drugs in de haven {n}")
    EventPageFactory(parent=agenda, title="Webinar drugs", start=timezone.now() + dt.timedelta(1))

    assert title(client.get("/agenda/?maand=2026-12")) == "Agenda december 2026"
    assert title(client.get("/agenda/?periode=afgelopen")) == "Agenda – afgelopen evenementen"
    assert title(client.get("/kennisbank/")) == "Kennisbank"
    assert title(client.get("/kennisbank/?pagina=2")) == "Kennisbank – pagina 2"
    assert title(client.get("/zoeken/?q=drugs")) == "Zoeken: drugs"
    assert title(client.get("/zoeken/?q=drugs&pagina=2")) == "Zoeken: drugs – pagina 2"
    assert (
        title(client.get("/zoeken/?q=onvindbaarwoord"))
        == "Zoeken: onvindbaarwoord – geen resultaten"
    )
    assert title(client.post("/accounts/login/", {"login": "", "password": ""})) == "Fout: Inloggen"
    assert title(client.get("/accounts/login/")) == "Inloggen"


def test_the_search_page_skips_past_the_filters_to_the_results(
    client, knowledge_index, database_search
):
    ArticlePageFactory(parent=knowledge_index, title="Drugsafval")

    page = html(client.get("/zoeken/?q=drugsafval"))

    skip_links = re.findall(r'<a class="skip-link" href="#(\w+)">([^<]+)</a>', page)
    assert skip_links == [("inhoud", "Naar de inhoud"), ("resultaten", "Naar de resultaten")]
    assert '<section class="search-results" id="resultaten" tabindex="-1"' in page
    assert page.index('id="resultaten"') > page.index('id="filters"')  # after the filters
    assert "Naar de resultaten" not in html(client.get("/zoeken/"))  # nothing to skip to


class Tree(HTMLParser):
    """The elements of a page with their ancestors, enough for structural checks."""

    VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}

    def __init__(self, text: str):
        super().__init__()
        self.stack: list[tuple[str, dict]] = []
        self.elements: list[tuple[str, dict, list[str]]] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs, [t for t, _a in self.stack]))
        if tag not in self.VOID:
            self.stack.append((tag, attrs))

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def find(self, tag: str) -> list[tuple[dict, list[str]]]:
        return [(attrs, ancestors) for t, attrs, ancestors in self.elements if t == tag]


def test_the_sessions_table_has_a_header_per_column_in_a_keyboard_region(client, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    login = {"login": member.email, "password": "Wachtwoord-voor-tests-1"}
    assert client.post("/accounts/login/", login).status_code == 302  # allauth records a session

    page = html(client.get("/accounts/sessions/"))

    table = page.split("<table>")[1].split("</table>")[0]
    headers = re.findall(r'<th scope="col">', table)
    rows = re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S)
    assert rows and all(len(re.findall(r"<td[ >]", row)) == len(headers) for row in rows)
    assert "Dit apparaat" in table and "Ja, deze sessie" in table
    [(region, _ancestors)] = [
        (attrs, a) for attrs, a in Tree(page).find("div") if "table-wrap" in attrs.get("class", "")
    ]
    assert region["role"] == "region" and region["tabindex"] == "0"
    assert re.search(rf'<caption id="{region["aria-labelledby"]}"', page)


def test_suggestions_are_a_combobox_on_a_text_input_never_on_type_search(
    client, home_page, database_search
):
    """role="combobox" is not allowed on <input type="search">: static/js makes a combobox
    of every input[data-suggest], so each must be a text input (tests/browser/test_search.py
    drives the combobox)."""
    for path in ("/", "/zoeken/", "/kennisbank/"):
        inputs = [attrs for attrs, _a in Tree(html(client.get(path))).find("input")]
        suggest = [attrs for attrs in inputs if "data-suggest" in attrs]
        assert suggest, path
        assert all(attrs["type"] == "text" for attrs in suggest), path
        assert not any(
            attrs.get("role") == "combobox" for attrs in inputs if attrs["type"] == "search"
        )


def test_asides_are_labelled_and_never_inside_an_article(
    client, knowledge_index, agenda, member, database_search
):
    article = ArticlePageFactory(
        parent=knowledge_index,
        title="Ondermijningsbeeld",
        body=[("callout", {"title": "Let op", "text": "<p>Signalen melden.</p>"})],
    )
    event = EventPageFactory(parent=agenda)
    paths = [article.url, event.url, "/kennisbank/", "/agenda/", "/zoeken/?q=ondermijningsbeeld"]
    client.force_login(member)
    paths += ["/mijn/", "/mijn/profiel/", "/mijn/themas/", "/leden/"]
    for path in paths:
        for attrs, ancestors in Tree(html(client.get(path))).find("aside"):
            assert "article" not in ancestors, path
            assert attrs.get("aria-labelledby") or attrs.get("aria-label"), (path, attrs)
    assert 'class="callout" role="note"' in html(client.get(article.url))
