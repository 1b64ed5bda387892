"""Every knowledge page type passes axe-core's WCAG 2.1 A/AA checks in Chromium."""

from ..factories import ArticlePageFactory, RegionFactory, ThemeFactory, ToolkitPageFactory
from ..helpers import restrict_to_members
from .conftest import axe_violations


def test_knowledge_pages_have_no_accessibility_violations(
    live_server, page, knowledge_index, toolkit_index
):
    theme = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs")
    region = RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland")
    article = ArticlePageFactory(
        parent=knowledge_index,
        title="Ondermijningsbeeld Oost",
        themes=[theme],
        regions=[region],
        body=[
            ("text", "<h2>Bevindingen</h2><p>Tekst.</p>"),
            ("quote", {"quote": "Samen staan we sterker.", "attribution": "Burgemeester"}),
            ("callout", {"title": "Let op", "text": "<p>Signalen melden.</p>"}),
        ],
    )
    private = ArticlePageFactory(parent=knowledge_index, title="Besloten beeld", themes=[theme])
    restrict_to_members(private)
    toolkit = ToolkitPageFactory(
        parent=toolkit_index,
        title="Toolkit gemeenten",
        themes=[theme],
        steps=[("step", {"title": "Breng in kaart", "text": "<p>Begin met een scan.</p>"})],
        checklists=[("checklist", {"title": "Checklist", "items": ["Bibob-toets"]})],
    )
    for path in [
        "/kennisbank/",
        "/kennisbank/?thema=synthetische-drugs&soort=nieuws",
        article.url,
        private.url,
        "/toolkits/",
        toolkit.url,
        "/themas/",
        "/themas/synthetische-drugs/?regio=riec-oost-nederland",
        "/agenda/",
    ]:
        page.goto(live_server.url + path)
        assert axe_violations(page) == [], path


def test_listing_filters_work_with_the_keyboard(live_server, page, knowledge_index):
    theme = ThemeFactory(name="Witwassen", slug="witwassen")
    ArticlePageFactory(parent=knowledge_index, title="Witwassen via vastgoed", themes=[theme])
    ArticlePageFactory(parent=knowledge_index, title="Iets anders")
    page.goto(live_server.url + "/kennisbank/")
    page.get_by_label("Witwassen").check()
    page.get_by_role("button", name="Filter toepassen").press("Enter")
    page.wait_for_url("**/kennisbank/?thema=witwassen")
    assert page.get_by_role("link", name="Witwassen via vastgoed").is_visible()
    assert page.get_by_role("link", name="Iets anders").count() == 0
