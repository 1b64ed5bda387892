"""Security and caching headers (config/csp.py, config/middleware.py).

Content-Security-Policy: the public site's pages allow scripts, styles and images from our own
origin only (no inline script, handler or style), no plugins, no framing, forms only to us;
the Wagtail admin adds what Wagtail 8 still needs; files and feeds may run or load nothing.
Cache-Control: whatever is rendered for one signed-in person never lands in a shared cache.
"""

import io

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image

from config.page_cache import HEADER as PAGE_CACHE_HEADER
from events.models import CalendarToken

from ..factories import ArticlePageFactory, EventPageFactory, ProfileFactory
from ..helpers import login_with_mfa

pytestmark = pytest.mark.django_db

STRICT = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def policy(response) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}; exactly one header."""
    header = response["Content-Security-Policy"]
    directives = {}
    for part in header.split(";"):
        name, *sources = part.split()
        assert name not in directives, header
        directives[name] = sources
    return directives


def assert_strict(response) -> None:
    directives = policy(response)
    for name, sources in STRICT.items():
        assert directives[name] == sources, (name, directives)
    assert "'unsafe-inline'" not in response["Content-Security-Policy"]
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def cache_control(response) -> set[str]:
    return {part.strip().split("=")[0] for part in response.get("Cache-Control", "").split(",")}


@pytest.fixture
def pages(knowledge_index, agenda):
    return {
        "article": ArticlePageFactory(parent=knowledge_index, title="Ondermijning in Brabant"),
        "event": EventPageFactory(parent=agenda, title="Webinar weerbaar bestuur"),
    }


# ---------------------------------------------------------------------------------------------
# Content-Security-Policy


@pytest.mark.parametrize(
    "path",
    ["/", "article", "/kennisbank/", "/agenda/", "event", "/zoeken/?q=brabant", "/accounts/login/"],
)
def test_public_pages_get_the_strict_policy(client, pages, path):
    url = pages[path].url if path in pages else path
    response = client.get(url)
    assert response.status_code == 200
    assert_strict(response)


def test_member_pages_get_the_strict_policy(client, member, pages):
    client.force_login(member)
    for url in ("/mijn/", "/mijn/profiel/", "/leden/", pages["article"].url):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_strict(response)


def test_error_pages_and_redirects_get_the_strict_policy(client):
    assert_strict(client.get("/bestaat-niet/"))
    assert_strict(client.get("/mijn/"))  # to the login page


def test_a_page_from_the_page_cache_keeps_the_policy(client, settings, pages):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    client.get(pages["article"].url)
    response = client.get(pages["article"].url)
    assert response[PAGE_CACHE_HEADER] == "hit"
    assert_strict(response)
    caches["pages"].clear()


def test_the_admin_allows_wagtails_inline_scripts_and_styles_and_no_more(client, editor):
    """Wagtail 8's admin writes inline <script> (widgets, listings, history) and inline styles
    (its vendor bundle), and draws upload thumbnails from blob: URLs; the rest stays strict."""
    login_with_mfa(client, editor)
    response = client.get("/admin/")
    assert response.status_code == 200
    directives = policy(response)
    assert directives["script-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["style-src"] == ["'self'", "'unsafe-inline'"]
    assert directives["img-src"] == ["'self'", "data:", "blob:"]
    assert directives["frame-src"][0] == "'self'"  # the live preview
    for name in ("default-src", "object-src", "base-uri", "form-action", "frame-ancestors"):
        assert directives[name] == STRICT[name], name
    assert "'unsafe-eval'" not in response["Content-Security-Policy"]


def test_only_the_admins_preview_may_be_framed_and_only_by_us(client, editor, pages):
    login_with_mfa(client, editor)
    response = client.get(f"/admin/pages/{pages['article'].pk}/edit/preview/")
    assert response["X-Frame-Options"] == "SAMEORIGIN"  # Wagtail's preview view
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert policy(client.get(f"/admin/pages/{pages['article'].pk}/edit/"))["frame-ancestors"] == [
        "'none'"
    ]


def test_files_feeds_and_json_may_run_or_load_nothing(client, knowledge_index, pages):
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "red").save(buffer, format="PNG")
    image = get_image_model()(title="Kaart")
    image.file.save("kaart.png", ImageFile(buffer, name="kaart.png"))
    document = get_document_model()(title="Handreiking")
    document.file.save("handreiking.pdf", ContentFile(b"%PDF-1.4 handreiking"))
    document.save()
    page = ArticlePageFactory(parent=knowledge_index, title="Met bijlagen")
    page.body = [
        ("image", {"image": image, "alt_text": "Kaart", "caption": ""}),
        ("document", {"document": document, "title": "Handreiking"}),
    ]
    page.save_revision().publish()

    for url in (
        document.url,  # Wagtail's own header, kept
        image.get_rendition("width-900").url,
        "/agenda/feed.ics",
        f"/agenda/{pages['event'].slug}/event.ics",
        "/kennisbank/feed/",
        "/zoeken/suggesties/?q=br",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Security-Policy"] == "default-src 'none'", url


# ---------------------------------------------------------------------------------------------
# Cache-Control: private for what is rendered for one person


def test_personal_calendar_feed_is_private(client, member):
    token = CalendarToken.objects.create(user=member)
    response = client.get(f"/mijn/agenda.ics?token={token.token}")
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


@pytest.mark.parametrize(
    "path",
    ["/mijn/", "/mijn/profiel/", "/mijn/themas/", "/mijn/gegevens/", "/mijn/agenda-feed/"],
)
def test_mijn_pages_are_private(client, member, path):
    client.force_login(member)
    response = client.get(path)
    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_member_directory_and_profiles_are_private(client, member):
    colleague = ProfileFactory(in_directory=True).user
    client.force_login(member)
    for url in ("/leden/", "/leden/?q=beleid", f"/leden/{colleague.profile.pk}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert {"private", "no-store"} <= cache_control(response), url


def test_search_results_and_suggestions_for_a_member_are_private(client, member, pages):
    client.force_login(member)
    for url in ("/zoeken/?q=brabant", "/zoeken/suggesties/?q=on"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in cache_control(response), url
        assert "public" not in cache_control(response), url


def test_pages_rendered_for_a_member_are_private(client, member, pages):
    """The header carries their logout form's CSRF token; members see more than visitors."""
    for url in ("/", pages["article"].url, "/kennisbank/", "/agenda/"):
        assert "private" not in cache_control(client.get(url)), url  # the same for visitors
    client.force_login(member)
    for url in ("/", pages["article"].url, "/kennisbank/", "/agenda/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Uitloggen" in response.content.decode()
        assert "private" in cache_control(response), url


def test_agenda_feeds_are_public_for_visitors_and_private_for_members(client, member, pages):
    """Signed in, a feed may list events only members may open."""
    urls = ("/agenda/feed.ics", f"/agenda/{pages['event'].slug}/event.ics")
    for url in urls:
        assert "public" in cache_control(client.get(url)), url
    client.force_login(member)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "private" in cache_control(response), url
        assert "public" not in cache_control(response), url
