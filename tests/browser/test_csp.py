"""The Content-Security-Policy breaks nothing: Chromium reports no violation on the main pages
for a visitor, a member and an editor (public site, login, /mijn/, the admin), and the site's
own JavaScript still runs (search suggestions)."""

import datetime as dt
import io

from django.utils import timezone

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

import pytest

from ..factories import ArticlePageFactory, EventPageFactory, ThemeFactory, UserFactory
from ..helpers import with_totp
from ..members.conftest import PASSWORD, totp_code, verified

VIDEO_URL = "https://www.youtube.com/watch?v=kennisplatform"
VIDEO_FRAME = "https://www.youtube.com/embed/kennisplatform"

# Added before any script of the page runs (in every frame, the admin's preview too): records
# each violation the browser reports, so nothing blocked goes unnoticed.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(
    `${event.effectiveDirective} blocked ${event.blockedURI || "inline"} ` +
    `in ${event.sourceFile || document.location.href}:${event.lineNumber} ${event.sample}`
  );
}, true);
"""


@pytest.fixture(autouse=True)
def database_search(settings):
    settings.SEARCH_ENGINE_URL = ""


class Watched:
    """A page that collects CSP violations: from the DOM event and from the console."""

    def __init__(self, page):
        self.page = page
        self.console: list[str] = []
        page.add_init_script(RECORD_VIOLATIONS)
        page.on(
            "console",
            lambda message: (
                self.console.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        # The video player's origin is allowed (frame-src) but never reached from the tests.
        page.route("https://www.youtube.com/**", lambda route: route.fulfill(body="<p>video</p>"))

    def open(self, url: str) -> list[str]:
        """Load the page (and everything it loads); the violations it reported."""
        self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        return self.violations()

    def violations(self) -> list[str]:
        found = self.page.evaluate("window.__cspViolations || []")
        return [*found, *self.console]


@pytest.fixture
def watched(page):
    return Watched(page)


@pytest.fixture
def site(knowledge_index, toolkit_index, agenda):
    drugs = ThemeFactory(name="Drugs", slug="drugs")
    Embed.objects.create(
        url=VIDEO_URL,
        hash=get_embed_hash(VIDEO_URL),
        type="video",
        html=f'<iframe src="{VIDEO_FRAME}" title="Terugblik op het webinar"></iframe>',
        width=640,
        height=360,
    )
    article = ArticlePageFactory(
        parent=knowledge_index,
        title="Drugsafval in het buitengebied",
        summary="Hoe gemeenten drugsafval samen met boeren aanpakken.",
        themes=[drugs],
        body=[
            ("text", "<p>Vaten in de schuur.</p>"),
            ("video", {"video": VIDEO_URL, "caption": "Terugblik"}),
        ],
    )
    event = EventPageFactory(
        parent=agenda, title="Webinar drugsafval", start=timezone.now() + dt.timedelta(days=7)
    )
    return {"article": article, "event": event}


def _account(email, roles):
    user = verified(UserFactory(email=email, roles=roles))
    user.set_password(PASSWORD)
    user.save()
    return user


def _log_in(watched, live_server, user, *, next_url="/mijn/") -> list[str]:
    violations = watched.open(f"{live_server.url}/accounts/login/?next={next_url}")
    page = watched.page
    page.get_by_label("E-mailadres", exact=True).fill(user.email)
    page.get_by_label("Wachtwoord", exact=True).fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state("networkidle")
    return violations + watched.violations()


def test_public_pages_report_no_violation_and_the_site_script_runs(live_server, watched, site):
    for path in ("/", "/kennisbank/", "/agenda/", site["event"].url, site["article"].url):
        assert watched.open(live_server.url + path) == [], path

    # The video player may load (frame-src): the article's only frame, reached without a report.
    assert watched.page.locator("figure iframe").get_attribute("src") == VIDEO_FRAME

    # Search suggestions (static/js/site.js) still open, under the policy.
    assert watched.open(live_server.url + "/zoeken/?q=drugsafval") == []
    box = watched.page.locator("#search-q")
    box.fill("")
    box.press_sequentially("drugsaf", delay=30)
    listbox = watched.page.get_by_role("listbox", name="Zoeksuggesties")
    listbox.wait_for(state="visible")
    assert listbox.get_by_role("option").count() >= 2
    assert watched.violations() == []


def test_login_and_mijn_report_no_violation(live_server, watched, site):
    member = _account("lid@gemeente-voorbeeld.nl", ["Lid"])
    assert _log_in(watched, live_server, member) == []
    assert watched.page.get_by_role("heading", name="Mijn kennisplatform", level=1).is_visible()
    for path in ("/mijn/", "/mijn/profiel/", "/mijn/themas/", "/leden/", "/accounts/email/"):
        assert watched.open(live_server.url + path) == [], path

    # A pending new address: allauth's hidden form for it is hidden without a style attribute.
    page = watched.page
    page.locator("main input[name=email]:not([disabled])").fill("nieuw@gemeente-voorbeeld.nl")
    page.locator("main button[name=action_add]").click()
    page.wait_for_load_state("networkidle")
    assert watched.open(live_server.url + "/accounts/email/") == []
    pending = page.locator("form#pending-email")
    assert pending.count() == 1 and pending.is_hidden()


def test_editor_logs_in_with_mfa_and_uses_the_admin_without_violations(live_server, watched, site):
    editor = _account("redacteur@kennisplatform.example", ["Redacteur"])
    secret = with_totp(editor)
    violations = _log_in(watched, live_server, editor, next_url="/admin/")
    page = watched.page
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("main form button[type=submit]").first.click()
    page.wait_for_url("**/admin/")
    page.wait_for_load_state("networkidle")
    assert violations + watched.violations() == []
    assert page.locator("#wagtail").is_visible()

    article = site["article"]
    for path in (
        "/admin/",
        f"/admin/pages/{article.get_parent().pk}/",
        f"/admin/pages/{article.pk}/history/",
        "/admin/images/",
    ):
        assert watched.open(live_server.url + path) == [], path

    # Editing with the live preview: Wagtail's inline scripts and styles run (the admin's
    # looser policy), and the preview frame of our own origin shows the article and its video.
    assert watched.open(f"{live_server.url}/admin/pages/{article.pk}/edit/") == []
    page.locator("[data-side-panel-toggle=preview]").click()
    preview = page.frame_locator("#w-preview-iframe")
    preview.get_by_role("heading", name=article.title, level=1).wait_for()
    preview.locator(f"iframe[src='{VIDEO_FRAME}']").wait_for(state="attached")
    page.wait_for_load_state("networkidle")
    assert watched.violations() == []

    # Uploading an image: Wagtail draws its thumbnail from a blob: URL.
    assert watched.open(f"{live_server.url}/admin/images/multiple/add/") == []
    page.locator("#fileupload").set_input_files(
        files=[{"name": "kaart.png", "mimeType": "image/png", "buffer": _png()}]
    )
    page.locator("#upload-list li.upload-success").wait_for()
    assert page.locator("#upload-list .thumb canvas, #upload-list .thumb img").count() == 1
    assert watched.violations() == []

    # The editor's user bar on the public site (Wagtail's script and styles) is allowed too.
    assert watched.open(live_server.url + article.url) == []
    assert page.locator("wagtail-userbar").count() == 1


def _png() -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (320, 200), "#15325b").save(buffer, "PNG")
    return buffer.getvalue()
