"""/zoeken/ in a real browser: accessible results page, the suggestions combobox (keyboard and
ARIA), and the same search working with JavaScript switched off.

Runs on the database backend (no engine), which `make demo` uses too; the engine path renders
the same template."""

import datetime as dt

from django.utils import timezone

import pytest

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory, ToolkitPageFactory
from .conftest import axe_violations

# live_server tests flush the database afterwards; serialized rollback restores what the
# migrations created (Wagtail's root page, roles), so the next test has a site again.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@pytest.fixture(autouse=True)
def database_search(settings):
    settings.SEARCH_ENGINE_URL = ""


@pytest.fixture
def corpus(knowledge_index, toolkit_index, agenda):
    drugs = ThemeFactory(name="Drugs", slug="drugs")
    ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in het buitengebied",
        article_type="onderzoek",
        summary="Hoe gemeenten drugsafval samen met boeren aanpakken.",
        themes=[drugs],
    )
    ToolkitPageFactory(
        parent=toolkit_index,
        title="Toolkit drugsafval voor agrariërs",
        summary="Checklist bij het vinden van vaten met drugsafval.",
        themes=[drugs],
    )
    EventPageFactory(
        parent=agenda, title="Webinar drugsafval", start=timezone.now() + dt.timedelta(days=7)
    )


def test_results_page_is_accessible(live_server, page, corpus):
    page.goto(live_server.url + "/zoeken/?q=drugsafval")
    assert page.get_by_role("heading", name="3 resultaten voor ‘drugsafval’").is_visible()
    assert page.locator(".search-result mark").count() >= 3
    assert axe_violations(page) == []
    page.goto(live_server.url + "/zoeken/?q=drugsafval&soort=toolkit")
    assert axe_violations(page) == []
    page.goto(live_server.url + "/zoeken/?q=onvindbaarwoord")
    assert page.get_by_role("heading", name="Geen resultaten").is_visible()
    assert axe_violations(page) == []


def test_suggestions_combobox_with_the_keyboard(live_server, page, corpus):
    page.goto(live_server.url + "/zoeken/")
    box = page.locator("#search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"
    box.click()
    box.press_sequentially("drugsaf", delay=30)
    listbox = page.get_by_role("listbox", name="Zoeksuggesties")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == listbox.get_attribute("id")
    options = listbox.get_by_role("option")
    assert options.count() == 3
    assert page.get_by_role("status").filter(has_text="3 suggesties").count() == 1
    assert axe_violations(page) == []

    box.press("ArrowDown")
    first = options.nth(0)
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    assert first.get_attribute("aria-selected") == "true"
    box.press("ArrowDown")
    box.press("ArrowUp")
    assert box.get_attribute("aria-activedescendant") == first.get_attribute("id")
    title = first.locator(".suggestion-title").inner_text()

    box.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None

    box.press("ArrowDown")  # reopens
    listbox.wait_for(state="visible")
    box.press("ArrowDown")
    box.press("Enter")
    page.wait_for_load_state()
    assert page.locator("h1").inner_text().strip() == title


def test_enter_without_a_chosen_suggestion_submits_the_search(live_server, page, corpus):
    page.goto(live_server.url + "/")
    box = page.get_by_role("combobox", name="Zoek op het kennisplatform")
    box.fill("drugsafval")
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=drugsafval")
    assert page.locator("#search-q").input_value() == "drugsafval"


def test_search_and_filters_work_without_javascript(live_server, browser, corpus):
    context = browser.new_context(java_script_enabled=False, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/zoeken/")
        box = page.locator("#search-q")
        assert box.get_attribute("role") is None  # not enhanced: a plain search field
        box.fill("drugsafval")
        page.locator(".search-form button").click()
        page.wait_for_url("**/zoeken/?q=drugsafval")
        assert page.locator(".search-result").count() == 3
        page.get_by_role("checkbox", name="Toolkit").check()
        page.get_by_role("button", name="Filters toepassen").click()
        page.wait_for_url("**soort=toolkit**")
        assert page.locator(".search-result").count() == 1
        page.get_by_role("link", name="Wis filters").first.click()
        assert page.locator(".search-result").count() == 3
    finally:
        context.close()


def test_results_page_on_a_phone(live_server, browser, corpus):
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="nl-NL")
    page = context.new_page()
    try:
        page.goto(live_server.url + "/zoeken/?q=drugsafval")
        # Results come before the filters on a narrow screen.
        results_top = page.locator(".search-results").bounding_box()["y"]
        filters_top = page.locator(".search-facets").bounding_box()["y"]
        assert results_top < filters_top
        assert axe_violations(page) == []
    finally:
        context.close()
