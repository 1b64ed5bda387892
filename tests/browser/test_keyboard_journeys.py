"""Whole journeys with the keyboard only (WCAG 2.1.1): Tab, Shift+Tab, Enter and Space, no mouse,
no .click(), no address typed after the first page. A member logs in from the home page; a
visitor searches, applies a filter and opens a result; a visitor registers for an event from
the agenda, after a first try with the form empty."""

import datetime as dt

from django.utils import timezone

import pytest

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory
from .helpers import active_element

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

FOCUSED = """() => { const el = document.activeElement;
  const label = el.labels && el.labels.length ? el.labels[0].textContent : '';
  return {tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(),
          label: label.trim(), name: el.getAttribute('name') || '',
          summary: el.matches('[data-error-summary]')}; }"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_to(page, matches, limit: int = 80, key: str = "Tab") -> dict:
    """Press Tab (or Shift+Tab) until the focused element matches; fail after `limit` presses."""
    for _ in range(limit):
        page.keyboard.press(key)
        element = focused(page)
        if matches(element):
            return element
    pytest.fail(f"{key} never reached the element; last focused: {focused(page)}")


def press_and_load(page, key: str) -> None:
    with page.expect_navigation():
        page.keyboard.press(key)
    page.wait_for_load_state("load")


def test_a_member_logs_in_from_the_home_page(live_server, page, site_pages, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    page.goto(live_server.url + "/")
    tab_to(page, lambda el: el["tag"] == "a" and el["text"] == "Inloggen")
    press_and_load(page, "Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "Inloggen"

    email = tab_to(page, lambda el: el["id"] == "id_login")
    assert email["label"].startswith("E-mailadres")
    page.keyboard.type(member.email)
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_password"
    page.keyboard.type("Wachtwoord-voor-tests-1")
    page.keyboard.press("Shift+Tab")  # back to check the address
    assert focused(page)["id"] == "id_login"
    assert page.evaluate("document.activeElement.value") == member.email
    page.keyboard.press("Tab")
    press_and_load(page, "Enter")

    assert page.url == live_server.url + "/"  # back where she started
    assert page.get_by_role("link", name="Mijn kennisplatform").is_visible()
    assert page.get_by_role("button", name="Uitloggen").is_visible()
    assert page.get_by_role("link", name="Inloggen").count() == 0


def test_a_visitor_searches_filters_and_opens_a_result(
    live_server, page, knowledge_index, settings
):
    settings.SEARCH_ENGINE_URL = ""  # the database search, as `make demo` runs
    drugs = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs")
    money = ThemeFactory(name="Witwassen", slug="witwassen")
    ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in het buitengebied",
        summary="Hoe gemeenten drugsafval samen met partners opruimen.",
        themes=[drugs],
    )
    ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval en witwassen via vastgoed",
        summary="Het geld achter drugsafval.",
        themes=[money],
    )
    page.goto(live_server.url + "/")
    tab_to(page, lambda el: el["id"] == "site-search-q")
    page.keyboard.type("drugsafval")
    press_and_load(page, "Enter")
    assert page.title().startswith("Zoeken: drugsafval")
    results = page.locator("#resultaten")
    assert results.get_by_role("link", name="Drugsafval en witwassen via vastgoed").is_visible()

    # The filter: a checkbox ticked with Space, the form sent with Enter on its button.
    tab_to(page, lambda el: el["name"] == "thema" and "Synthetische drugs" in el["label"])
    page.keyboard.press("Space")
    assert page.evaluate("document.activeElement.checked")
    tab_to(page, lambda el: el["text"] == "Filters toepassen")
    press_and_load(page, "Enter")
    assert "thema=synthetische-drugs" in page.url
    assert results.get_by_role("link", name="Drugsafval en witwassen via vastgoed").count() == 0

    # Past the filters by the skip link, then into the results.
    tab_to(page, lambda el: el["text"] == "Naar de resultaten")
    page.keyboard.press("Enter")
    assert active_element(page)["id"] == "resultaten"
    # A few Tab stops (the chosen filter's "Wis filters", the sort links), then the one result.
    title = "Drugsafval in het buitengebied"
    tab_to(page, lambda el: el["tag"] == "a" and el["text"] == title, limit=6)
    press_and_load(page, "Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "Drugsafval in het buitengebied"


def test_a_visitor_registers_for_an_event_from_the_agenda(live_server, page, agenda, settings):
    from django.core import mail

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    start = timezone.now() + dt.timedelta(days=10)
    EventPageFactory(
        parent=agenda,
        title="Symposium synthetische drugs",
        start=start.replace(microsecond=0),
        end=start.replace(microsecond=0) + dt.timedelta(hours=3),
        capacity=100,
    )
    page.goto(live_server.url + "/agenda/")
    tab_to(page, lambda el: el["tag"] == "a" and el["text"] == "Symposium synthetische drugs")
    press_and_load(page, "Enter")
    assert page.get_by_role("heading", level=1).inner_text() == "Symposium synthetische drugs"

    # Sent empty with Space: focus lands on the error summary, its link leads to the field.
    tab_to(page, lambda el: el["tag"] == "button" and el["text"] == "Aanmelden")
    press_and_load(page, "Space")
    assert focused(page)["summary"]
    assert page.title().startswith("Fout: ")
    link = tab_to(page, lambda el: el["tag"] == "a", limit=3)
    assert link["text"] == "Naam: Vul uw naam in."
    page.keyboard.press("Enter")
    assert focused(page)["id"] == "id_name"

    page.keyboard.type("Sanne de Vries")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_email"
    page.keyboard.type("sanne@gemeente.example")
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "id_organisation"
    page.keyboard.type("Gemeente Zwolle")
    tab_to(page, lambda el: el["tag"] == "button" and el["text"] == "Aanmelden", limit=3)
    press_and_load(page, "Enter")

    status = page.get_by_role("status").filter(has_text="Bijna klaar")
    assert status.is_visible()
    assert "sanne@gemeente.example" in status.inner_text()
    assert page.locator("[data-error-summary]").count() == 0
    assert [m.to for m in mail.outbox] == [["sanne@gemeente.example"]]
