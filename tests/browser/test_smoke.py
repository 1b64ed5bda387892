"""The home page works in a real browser: search box, navigation and WCAG 2.1 AA."""

from ..factories import ArticlePageFactory
from .conftest import axe_violations


def test_home_page_search_and_accessibility(
    live_server, page, knowledge_index, toolkit_index, settings
):
    # Published as editors do, so whichever search runs (the engine under `make test`) has it.
    settings.SEARCH_REFRESH_ON_WRITE = True
    ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in het buitengebied",
        summary="Hoe gemeenten drugsafvaldumping samen met partners aanpakken.",
    ).save_revision().publish()
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    assert axe_violations(page) == []

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert skip_link.evaluate("el => el === document.activeElement")

    page.get_by_label("Zoek op het kennisplatform").fill("drugsafval")
    page.get_by_role("button", name="Zoeken").first.click()
    page.wait_for_url("**/zoeken/?q=drugsafval")
    assert page.get_by_role("link", name="Drugsafval in het buitengebied").is_visible()
    assert axe_violations(page) == []
