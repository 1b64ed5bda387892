"""With the keyboard only: on the search page the second Tab offers "Naar de resultaten",
which skips the filters; the information pages, the sessions page and the 404 have no axe-core
violations."""

import pytest

from ..factories import ArticlePageFactory, ThemeFactory
from .conftest import axe_violations
from .helpers import active_element, log_in

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_the_results_are_two_tab_stops_away_on_the_search_page(
    live_server, page, knowledge_index, settings
):
    settings.SEARCH_ENGINE_URL = ""
    themes = [ThemeFactory(name=f"Thema {n}", slug=f"thema-{n}") for n in range(12)]
    for n in range(3):
        ArticlePageFactory(parent=knowledge_index, title=f"Drugsafval {n}", themes=themes)
    page.goto(live_server.url + "/zoeken/?q=drugsafval")
    filters = page.locator("#filters input, #filters button").count()
    assert filters > 12  # what a keyboard would otherwise pass first

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Naar de inhoud"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de resultaten")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()  # shown when focused
    page.keyboard.press("Enter")
    assert active_element(page)["id"] == "resultaten"
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.closest('#resultaten') !== null")
    assert focused, "the next Tab stop is in the results"
    assert page.title().startswith("Zoeken: drugsafval")


def test_information_pages_sessions_and_404_have_no_violations(
    live_server, page, site_pages, member
):
    for path, heading in [
        ("/contact/", "Contact"),
        ("/privacy/", "Privacyverklaring"),
        ("/toegankelijkheid/", "Toegankelijkheidsverklaring"),
        ("/bestaat-niet/", "Pagina niet gevonden"),
    ]:
        page.goto(live_server.url + path)
        assert page.get_by_role("heading", level=1).inner_text() == heading
        assert axe_violations(page) == [], path
    log_in(page, live_server, member)
    page.goto(live_server.url + "/accounts/sessions/")
    assert page.get_by_role("region", name="Uw sessies").is_visible()
    assert axe_violations(page) == []
