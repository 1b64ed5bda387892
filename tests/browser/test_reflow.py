"""Reflow (WCAG 1.4.10): every page type, in every state a person meets (a second page, a
month, no results, an error), fits a screen 320 CSS pixels wide without scrolling sideways,
with long Dutch compounds in titles and text, a table, cards and forms."""

import datetime as dt

from django.utils import timezone

import pytest

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    ProfileFactory,
    RegionFactory,
    ThemeFactory,
    ToolkitPageFactory,
)
from .helpers import log_in, submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

LONG = "Weerbaarheidstrainingsprogrammaontwikkeling"  # a real Dutch compound, and then some
# For the failure message: what sticks out, outside the regions that scroll on purpose.
WIDEST = """() => { const width = document.documentElement.clientWidth;
  const scrolls = el => el.closest('.table-wrap');
  return [...document.querySelectorAll('body *')]
    .filter(el => el.getBoundingClientRect().right > width + 0.5 && !scrolls(el))
    .map(el => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')
         + ' ' + el.textContent.trim().slice(0, 30))
    .slice(0, 5); }"""


@pytest.fixture
def content(knowledge_index, toolkit_index, agenda, member):
    theme = ThemeFactory(name="Synthetische drugs", slug="synthetische-drugs")
    region = RegionFactory(name="RIEC Oost-Nederland", slug="riec-oost-nederland")
    article = ArticlePageFactory(
        parent=knowledge_index,
        title=f"{LONG} voor gemeenteambtenaren in het buitengebied",
        summary=f"Over {LONG.lower()}sbeleid en de ondermijningsbestendigheidsaanpak.",
        themes=[theme],
        regions=[region],
        body=[
            ("text", f"<h2>{LONG}</h2><p>{LONG.lower()} en meer tekst.</p>"),
            ("callout", {"title": "Let op", "text": f"<p>{LONG}</p>"}),
            (
                "table",
                {
                    "first_row_is_table_header": True,
                    "first_col_is_header": False,
                    "table_caption": "Cijfers per regio",
                    "data": [
                        ["Regio", "Dumpingen", "Opruimkosten", "Toelichting"],
                        ["Oost-Nederland", "12", "€ 120.000", f"{LONG} in de regio"],
                    ],
                },
            ),
        ],
    )
    for n in range(21):  # a second page of the knowledge base
        ArticlePageFactory(parent=knowledge_index, title=f"Artikel {n}", themes=[theme])
    toolkit = ToolkitPageFactory(
        parent=toolkit_index,
        title=f"Toolkit {LONG}",
        themes=[theme],
        steps=[("step", {"title": LONG, "text": f"<p>{LONG}</p>"})],
        checklists=[("checklist", {"title": "Checklist", "items": [LONG, "Bibob-toets"]})],
    )
    start = timezone.now() + dt.timedelta(days=3)
    event = EventPageFactory(
        parent=agenda,
        title=f"{LONG}sbijeenkomst voor burgemeesters",
        start=start,
        capacity=40,
        themes=[theme],
        programme=[
            (
                "session",
                {
                    "start_time": dt.time(10, 0),
                    "end_time": dt.time(11, 0),
                    "title": LONG,
                    "speakers": "Burgemeester van Ondermijningsbestendigheidsdorp",
                    "description": "",
                },
            )
        ],
    )
    EventPageFactory(parent=agenda, title="Afgelopen webinar", start=start - dt.timedelta(60))
    ProfileFactory(user=member, in_directory=True, show_organisation=True, themes=[theme])
    return {"article": article, "toolkit": toolkit, "event": event, "member": member}


def overflowing(page, url: str) -> str | None:
    page.goto(url)
    width = page.evaluate("document.documentElement.scrollWidth")
    if width <= 320:
        return None
    return f"{url}: {width} px wide, {page.evaluate(WIDEST)}"


def test_every_page_type_reflows_at_320_px(live_server, browser, content, settings):
    settings.SEARCH_ENGINE_URL = ""  # the database search, as `make demo` runs
    context = browser.new_context(locale="nl-NL", viewport={"width": 320, "height": 800})
    page = context.new_page()
    base = live_server.url
    event = content["event"]
    month = timezone.localtime(event.start).strftime("%Y-%m")
    visitor = [
        "/",
        "/kennisbank/",
        "/kennisbank/?pagina=2",
        "/kennisbank/?thema=synthetische-drugs&regio=riec-oost-nederland",
        content["article"].url,
        "/toolkits/",
        content["toolkit"].url,
        "/themas/",
        "/themas/synthetische-drugs/",
        "/agenda/",
        f"/agenda/?maand={month}",
        "/agenda/?periode=afgelopen",
        event.url,
        "/zoeken/",
        "/zoeken/?q=weerbaarheidstrainingsprogrammaontwikkeling",
        "/zoeken/?q=onvindbaarwoord",
        "/bestaat-niet/",
        "/contact/",
        "/privacy/",
        "/toegankelijkheid/",
        "/accounts/login/",
        "/accounts/signup/",
        "/accounts/password/reset/",
        "/accounts/login/code/",
    ]
    problems = [p for p in (overflowing(page, base + url) for url in visitor) if p]

    # Error states: the summary and the marked fields fit as well.
    for url, form in [
        ("/accounts/login/", "main form"),
        ("/accounts/signup/", "main form"),
        (event.url, ".registration-form"),
    ]:
        page.goto(base + url)
        submit(page, page.locator(f"{form} button[type=submit]").first)
        if page.evaluate("document.documentElement.scrollWidth") > 320:
            problems.append(f"{url} with errors: {page.evaluate(WIDEST)}")

    log_in(page, live_server, content["member"])
    member = [
        "/mijn/",
        "/mijn/profiel/",
        "/mijn/themas/",
        "/mijn/agenda-feed/",
        "/mijn/account-verwijderen/",
        "/leden/",
        f"/leden/{content['member'].profile.pk}/",
        "/bijdragen/nieuw/",
        "/accounts/email/",
        "/accounts/password/change/",
        "/accounts/2fa/",
        "/accounts/sessions/",
        event.url,
    ]
    problems += [p for p in (overflowing(page, base + url) for url in member) if p]
    for url, button in [
        ("/bijdragen/nieuw/", "Insturen naar de redactie"),
        ("/mijn/profiel/", "Profiel opslaan"),
    ]:
        page.goto(base + url)
        if url == "/mijn/profiel/":
            page.get_by_label("Voornaam").fill("")
        submit(page, page.get_by_role("button", name=button))
        assert page.locator("[data-error-summary]").count() == 1, url
        if page.evaluate("document.documentElement.scrollWidth") > 320:
            problems.append(f"{url} with errors: {page.evaluate(WIDEST)}")
    context.close()
    assert problems == [], "\n".join(problems)
