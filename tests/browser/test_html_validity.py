"""Valid HTML (WCAG 4.1.1, and what assistive technology relies on): every page type, as the
server sends it and as the DOM stands after its scripts ran in Chromium, passes the Nu HTML
Checker (vnu-jar, platform/html-check.sh) without a single error. One JVM checks them all.
Error states count as page types: forms sent with mistakes, a password reset link that no longer
works, the 404 page and the 500 page as Django serves it after a bug in a view."""

import json
import subprocess
from pathlib import Path

from django.utils import timezone

import pytest

from access.labels import Label

from ..helpers import service_missing
from ..spaces.conftest import beheerder, table  # noqa: F401 - a table's fixtures
from .error_urls import FAILING_PATH
from .helpers import log_in
from .test_reflow import content  # noqa: F401 - long compounds, a table, cards, a programme

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT / "platform" / "html-check.sh"
JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


def save(page, directory: Path, name: str, response) -> None:
    """The HTML as served, and the DOM after the page's scripts ran (doctype included)."""
    page.wait_for_load_state("load")
    (directory / f"{name}.served.html").write_text(response.text(), encoding="utf-8")
    (directory / f"{name}.dom.html").write_text(page.content(), encoding="utf-8")


def visit(page, directory: Path, name: str, url: str, status: int = 200) -> None:
    response = page.goto(url)
    assert response.status == status, url
    save(page, directory, name, response)


def submit_empty(
    page, directory: Path, name: str, form: str, fill: dict[str, str] | None = None
) -> None:
    """Send a form as it stands, or with the fields of `fill` (selector: value) typed in, and
    save the answer (the same page, with its errors)."""
    for selector, value in (fill or {}).items():
        page.locator(f"{form} {selector}").fill(value)
    with page.expect_navigation() as navigation:
        page.locator(f"{form} button[type=submit]").first.click()
    response = navigation.value
    assert response.status in (200, 400), name
    save(page, directory, name, response)
    assert page.locator("[data-error-summary]").count() == 1, name


def html_errors(directory: Path) -> list[str]:
    files = sorted(str(path) for path in directory.glob("*.html"))
    result = subprocess.run(  # noqa: S603 - our script, our files
        ["bash", str(CHECKER), *files],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=600,
    )
    try:
        messages = json.loads(result.stderr)["messages"]
    except ValueError:
        pytest.fail(f"the checker did not answer: {result.stdout[-1000:]} {result.stderr[-2000:]}")
    # One line per distinct error, with the saved files it occurs in.
    where: dict[str, list[str]] = {}
    for m in messages:
        if m["type"] in ("error", "non-document-error"):
            error = f"{m['message']} [{m.get('extract', '').strip()[:80]}]"
            where.setdefault(error, []).append(f"{Path(m['url']).name}:{m.get('lastLine', '?')}")
    return [f"{error} in {', '.join(files[:4])}" for error, files in where.items()]


def test_every_page_type_is_valid_html_as_served_and_after_its_scripts(
    live_server,
    browser,
    content,  # noqa: F811
    table,  # noqa: F811
    settings,
    tmp_path,
):
    if not JAR.exists():
        service_missing("The Nu HTML Checker is missing: run `bash platform/html-check.sh install`")
    settings.SEARCH_ENGINE_URL = ""  # the database search, as `make demo` runs
    settings.ROOT_URLCONF = "tests.browser.error_urls"  # the site, and a view with a bug
    page = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 900}).new_page()
    base = live_server.url
    event = content["event"]
    month = timezone.localtime(event.start).strftime("%Y-%m")
    visitor = {
        "home": "/",
        "kennisbank": "/kennisbank/",
        "kennisbank-page-2": "/kennisbank/?pagina=2",
        "kennisbank-filtered": "/kennisbank/?thema=synthetische-drugs&regio=riec-oost-nederland",
        "article": content["article"].url,
        "toolkits": "/toolkits/",
        "toolkit": content["toolkit"].url,
        "themes": "/themas/",
        "theme-hub": "/themas/synthetische-drugs/",
        "agenda": "/agenda/",
        "agenda-month": f"/agenda/?maand={month}",
        "agenda-past": "/agenda/?periode=afgelopen",
        "event": event.url,
        "search": "/zoeken/",
        "search-results": "/zoeken/?q=weerbaarheidstrainingsprogrammaontwikkeling",
        "search-filtered": "/zoeken/?q=artikel&thema=synthetische-drugs",
        "search-no-results": "/zoeken/?q=onvindbaarwoord",
        "contact": "/contact/",
        "privacy": "/privacy/",
        "accessibility": "/toegankelijkheid/",
        "login": "/accounts/login/",
        "signup": "/accounts/signup/",
        "password-reset": "/accounts/password/reset/",
        "password-reset-bad-key": "/accounts/password/reset/key/1-ongeldig/",
        "tables": "/tafels/",
        "table-visitor": table.space.get_absolute_url(),
    }
    for name, url in visitor.items():
        visit(page, tmp_path, name, base + url)
    visit(page, tmp_path, "not-found", base + "/bestaat-niet/", status=404)
    visit(page, tmp_path, "server-error", base + FAILING_PATH, status=500)
    assert page.title().startswith("Er ging iets mis")

    # Forms sent empty: the error summary, marked fields and messages.
    page.goto(base + event.url)
    submit_empty(page, tmp_path, "event-registration-errors", ".registration-form")
    page.goto(base + "/accounts/login/")
    submit_empty(page, tmp_path, "login-errors", "main form")
    page.goto(base + "/accounts/signup/")
    submit_empty(page, tmp_path, "signup-errors", "main form")
    page.goto(base + "/accounts/password/reset/")
    submit_empty(
        page, tmp_path, "password-reset-errors", "main form", fill={"#id_email": "geen-adres"}
    )

    log_in(page, live_server, content["member"])
    member = {
        "mijn": "/mijn/",
        "mijn-profile": "/mijn/profiel/",
        "mijn-themes": "/mijn/themas/",
        "members": "/leden/",
        "member-profile": f"/leden/{content['member'].profile.pk}/",
        "contribution": "/bijdragen/nieuw/",
        "sessions": "/accounts/sessions/",
        "event-member": event.url,
    }
    for name, url in member.items():
        visit(page, tmp_path, name, base + url)
    page.goto(base + "/bijdragen/nieuw/")
    submit_empty(page, tmp_path, "contribution-errors", "main form")

    # A table as its coordinator sees it: updates, files, the forms to add them.
    page.context.clear_cookies()
    log_in(page, live_server, table.users["coordinator"])
    space = table.space.get_absolute_url()
    coordinator = {
        "table": space,
        "table-manage": space + "beheer/",
        "table-update": table.updates[Label.AMBER].get_absolute_url(),
        "table-file": table.files[Label.AMBER].get_absolute_url(),
        "table-update-new": space + "berichten/nieuw/",
        "table-file-new": space + "bestanden/nieuw/",
    }
    for name, url in coordinator.items():
        visit(page, tmp_path, name, base + url)
    page.context.close()

    saved = list(tmp_path.glob("*.html"))
    # not-found and server-error; five forms with errors
    assert len(saved) == 2 * (len(visitor) + 2 + 5 + len(member) + len(coordinator))
    assert html_errors(tmp_path) == []
