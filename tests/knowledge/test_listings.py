"""/kennisbank/ and /toolkits/: filters that combine, state in the URL, paging, empty state."""

import datetime as dt
import re
from html import unescape

from django.utils import timezone

import pytest

from knowledge.models import ArticlePage

from ..factories import (
    ArticlePageFactory,
    AudienceFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
)


@pytest.fixture
def taxonomy(db):
    drugs = ThemeFactory(name="Drugscriminaliteit", slug="drugscriminaliteit")
    return {
        "drugs": drugs,
        "synthetic": ThemeFactory(
            name="Synthetische drugs", slug="synthetische-drugs", parent=drugs
        ),
        "money": ThemeFactory(name="Witwassen", slug="witwassen"),
        "east": RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland"),
        "south": RegionFactory(name="RIEC Limburg", slug="riec-limburg"),
        "municipalities": AudienceFactory(name="Gemeenten", slug="gemeenten"),
    }


def card_titles(response) -> list[str]:
    """The titles of the cards the page shows, in order."""
    cards = re.findall(
        r'<li class="card">.*?<h3><a href="[^"]*">(.*?)</a></h3>', response.content.decode(), re.S
    )
    return [unescape(title) for title in cards]


def titles(response) -> set[str]:
    return set(card_titles(response))


def count_line(response) -> str:
    """The result count above the cards, as the page says it ("1 resultaat")."""
    match = re.search(r'<p class="meta" role="status">(.*?)</p>', response.content.decode())
    return match.group(1) if match else ""


def test_filters_combine_across_facets(client, knowledge_index, taxonomy):
    t = taxonomy
    ArticlePageFactory(
        parent=knowledge_index,
        title="Oost synthetisch beeld",
        article_type=ArticlePage.Type.THREAT,
        themes=[t["synthetic"]],
        regions=[t["east"]],
    )
    ArticlePageFactory(
        parent=knowledge_index,
        title="Limburg synthetisch beeld",
        article_type=ArticlePage.Type.THREAT,
        themes=[t["synthetic"]],
        regions=[t["south"]],
    )
    ArticlePageFactory(
        parent=knowledge_index,
        title="Oost witwassen nieuws",
        article_type=ArticlePage.Type.NEWS,
        themes=[t["money"]],
        regions=[t["east"]],
    )

    response = client.get(
        "/kennisbank/?soort=ondermijningsbeeld&thema=synthetische-drugs&regio=riec-oost-nederland"
    )
    assert response.status_code == 200
    assert titles(response) == {"Oost synthetisch beeld"}
    assert count_line(response) == "1 resultaat"


def test_values_within_one_facet_are_alternatives(client, knowledge_index, taxonomy):
    t = taxonomy
    ArticlePageFactory(parent=knowledge_index, title="Oost", regions=[t["east"]])
    ArticlePageFactory(parent=knowledge_index, title="Limburg", regions=[t["south"]])
    response = client.get("/kennisbank/?regio=riec-oost-nederland&regio=riec-limburg")
    assert titles(response) == {"Oost", "Limburg"}


def test_a_main_theme_also_finds_its_sub_themes(client, knowledge_index, taxonomy):
    ArticlePageFactory(
        parent=knowledge_index, title="Over xtc-labs", themes=[taxonomy["synthetic"]]
    )
    ArticlePageFactory(parent=knowledge_index, title="Over witwassen", themes=[taxonomy["money"]])
    response = client.get("/kennisbank/?thema=drugscriminaliteit")
    assert titles(response) == {"Over xtc-labs"}


def test_a_page_with_two_matching_themes_is_listed_once(client, knowledge_index, taxonomy):
    ArticlePageFactory(
        parent=knowledge_index, title="Dubbel", themes=[taxonomy["drugs"], taxonomy["synthetic"]]
    )
    response = client.get("/kennisbank/?thema=drugscriminaliteit&thema=synthetische-drugs")
    assert card_titles(response) == ["Dubbel"]
    assert count_line(response) == "1 resultaat"


def test_year_filter_uses_the_publication_date(client, knowledge_index):
    old = ArticlePageFactory(parent=knowledge_index, title="Uit 2024")
    ArticlePage.objects.filter(pk=old.pk).update(
        first_published_at=dt.datetime(2024, 5, 1, tzinfo=dt.UTC)
    )
    ArticlePageFactory(parent=knowledge_index, title="Van nu")
    response = client.get("/kennisbank/?jaar=2024")
    assert titles(response) == {"Uit 2024"}
    year_facet = next(f for f in response.context["facets"] if f.param == "jaar")
    assert ("2024", "2024") in year_facet.options
    assert (str(timezone.now().year),) * 2 in year_facet.options


def test_filter_state_stays_in_the_url_and_the_form(client, knowledge_index, taxonomy):
    ArticlePageFactory(parent=knowledge_index, themes=[taxonomy["money"]])
    response = client.get("/kennisbank/?thema=witwassen")
    html = response.content.decode()
    assert 'name="thema" value="witwassen" checked' in html
    assert "Wis filters" in html


@pytest.mark.parametrize(
    "query",
    [
        "?soort=bestaat-niet",
        "?jaar=abcd",
        "?pagina=999",
        "?pagina=-1",
        "?pagina=x",
        "?thema=bestaat-niet",  # e.g. an old link to a theme since renamed
        "?regio=" + "x" * 5000,
        "?doelgroep=bestaat-niet",
    ],
)
def test_unknown_filter_values_and_bad_pages_are_ignored(client, knowledge_index, query):
    """An unknown value is no filter and a page out of range is the nearest page: the whole
    listing shows, without the empty state or an offer to clear filters that are not set."""
    ArticlePageFactory(parent=knowledge_index, title="Enig artikel")

    response = client.get("/kennisbank/" + query)

    assert response.status_code == 200
    assert titles(response) == {"Enig artikel"}
    assert count_line(response) == "1 resultaat"
    html = response.content.decode()
    assert "Niets gevonden met deze filters" not in html
    assert "Wis filters" not in html
    assert " checked" not in html


@pytest.mark.parametrize("year", ["²⁰²⁴", "２０２４", "٢٠٢٤"])
@pytest.mark.parametrize("listing", ["/kennisbank/", "/toolkits/"])
def test_a_year_in_other_digits_is_ignored_like_any_unknown_value(
    client, knowledge_index, toolkit_index, listing, year
):
    """Superscript digits pass str.isdigit() but not int() (this was a 500); only the digits
    0-9 make a year, anything else is ignored and the whole listing shows."""
    ArticlePageFactory(parent=knowledge_index, title="Enig artikel")
    ToolkitPageFactory(parent=toolkit_index, title="Enige toolkit")

    response = client.get(f"{listing}?jaar={year}")

    assert response.status_code == 200
    expected = {"/kennisbank/": "Enig artikel", "/toolkits/": "Enige toolkit"}[listing]
    assert titles(response) == {expected}
    assert count_line(response) == "1 resultaat"
    assert "Wis filters" not in response.content.decode()


def test_a_nul_byte_in_the_url_is_a_clear_400(client, knowledge_index):
    response = client.get("/kennisbank/?regio=%00")
    assert response.status_code == 400
    assert "Ongeldig teken" in response.content.decode()


def test_empty_result_helps_the_user_on(client, knowledge_index, taxonomy):
    ArticlePageFactory(parent=knowledge_index, themes=[taxonomy["money"]])
    response = client.get("/kennisbank/?thema=synthetische-drugs")
    html = response.content.decode()
    assert "Niets gevonden met deze filters" in html
    assert "Wis alle filters" in html


def test_results_are_paged(client, knowledge_index):
    for n in range(25):
        ArticlePageFactory(parent=knowledge_index, title=f"Artikel {n:02d}")
    first = client.get("/kennisbank/")
    second = client.get("/kennisbank/?pagina=2")
    assert len(card_titles(first)) == 20
    assert len(card_titles(second)) == 5
    assert titles(first) | titles(second) == {f"Artikel {n:02d}" for n in range(25)}
    assert count_line(first) == count_line(second) == "25 resultaten"
    assert 'rel="next"' in first.content.decode() and "Pagina 1 van 2" in first.content.decode()
    assert 'rel="prev"' in second.content.decode() and "Pagina 2 van 2" in second.content.decode()


def test_toolkit_listing_filters_by_audience(client, toolkit_index, taxonomy):
    ToolkitPageFactory(
        parent=toolkit_index, title="Voor gemeenten", audiences=[taxonomy["municipalities"]]
    )
    ToolkitPageFactory(parent=toolkit_index, title="Voor iedereen")
    response = client.get("/toolkits/?doelgroep=gemeenten")
    assert titles(response) == {"Voor gemeenten"}
    assert not any(f.param == "soort" for f in response.context["facets"])


def test_listing_of_200_items_runs_a_bounded_number_of_queries(
    client, knowledge_index, taxonomy, django_assert_max_num_queries
):
    for n in range(200):
        ArticlePageFactory(
            parent=knowledge_index,
            title=f"Artikel {n}",
            themes=[taxonomy["synthetic"]],
            regions=[taxonomy["east"]],
        )
    client.get("/kennisbank/")  # warm Wagtail's site and locale caches
    for query in ["", "?thema=drugscriminaliteit&regio=riec-oost-nederland&pagina=3"]:
        with django_assert_max_num_queries(12):
            response = client.get("/kennisbank/" + query)
        assert count_line(response) == "200 resultaten"
