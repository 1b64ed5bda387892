"""Every door shows exactly what the policy says, for every role (tests/access/conftest.py).

The expected tables are the policy in words: a members-level restriction (all approved
members, or Wagtail's "logged-in users") gives a teaser; a narrower group hides the page from
everyone outside it; files follow the pages that use them; event materials are for attendees.
"""

from __future__ import annotations

import pytest

from .conftest import BODY_WORDS, DRAFT_WORD, KINDS, MATERIAL_WORD, ROLES, TITLES

# Who may open each kind of page.
OPENS = {
    "public": set(ROLES),
    "members": {"member", "other_group", "editor"},
    "group": {"editor"},
    "login": {"member", "other_group", "editor"},
}
# Who may see its title and summary (a teaser) in listings: all but the editors-only page.
KNOWS = {**{kind: set(ROLES) for kind in ("public", "members", "login")}, "group": {"editor"}}


def _html(response) -> str:
    return response.content.decode()


def test_pages_open_teaser_or_nothing(world, as_role):
    for role in ROLES:
        client = as_role(role)
        for kind in KINDS:
            response = client.get(world.pages[kind].url)
            html = _html(response)
            where = f"{role} on the {kind} page"
            if role in OPENS[kind]:
                assert response.status_code == 200, where
                assert BODY_WORDS[kind] in html, where
            elif role in KNOWS[kind]:
                assert response.status_code == 403, where
                assert TITLES[kind] in html and BODY_WORDS[kind] not in html, where
                assert "Alleen voor leden" in html, where
            elif role == "visitor":
                assert response.status_code == 302, where
                assert response["Location"].startswith("/accounts/login/"), where
            else:
                assert response.status_code == 404, where
                assert TITLES[kind] not in html, where


@pytest.mark.parametrize("url", ["/kennisbank/", "/", "/themas/ondermijning/"])
def test_listings_show_titles_to_those_who_may_know(world, as_role, url):
    for role in ROLES:
        html = _html(as_role(role).get(url))
        for kind in KINDS:
            shown = TITLES[kind] in html
            assert shown == (role in KNOWS[kind]), f"{role}: {kind} on {url}"
            assert BODY_WORDS[kind] not in html


def test_related_items_follow_the_teaser_rule(world, as_role):
    """The public article lists its siblings in the same theme."""
    for role in ROLES:
        html = _html(as_role(role).get(world.pages["public"].url))
        related = (
            html.split("Vergelijkbare kennis", 1)[-1] if "Vergelijkbare kennis" in html else html
        )
        for kind in ("members", "group", "login"):
            assert (TITLES[kind] in related) == (role in KNOWS[kind]), f"{role}: {kind}"


def test_feed_and_sitemap_list_only_what_a_visitor_may_open(world, as_role):
    for role in ROLES:
        client = as_role(role)
        feed = _html(client.get("/kennisbank/feed/"))
        sitemap = _html(client.get("/sitemap.xml"))
        assert TITLES["public"] in feed
        assert world.pages["public"].slug in sitemap
        for kind in ("members", "group", "login"):
            assert TITLES[kind] not in feed, f"{role}: {kind} in the feed"
            assert world.pages[kind].slug not in sitemap, f"{role}: {kind} in the sitemap"


def test_theme_counts_count_only_what_may_be_known(world, as_role):
    import re

    for role in ROLES:
        html = _html(as_role(role).get("/themas/"))
        expected = sum(role in KNOWS[kind] for kind in KINDS)
        counts = re.findall(r"(\d+)\s+artikel", html)
        assert str(expected) in counts, f"{role}: {counts}"


def _expect_file(response, role: str, allowed: bool, where: str) -> None:
    if allowed:
        assert response.status_code == 200, where
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert body.startswith(b"%PDF") or body.startswith(b"\x89PNG"), where
        assert response["X-Content-Type-Options"] == "nosniff", where
    elif role == "visitor":
        assert response.status_code == 302, where
        assert response["Location"].startswith("/accounts/login/"), where
    else:
        assert response.status_code == 403, where


FILE_OPENS = {**OPENS, "draft": {"editor"}, "material": {"member", "editor"}}


def test_documents_follow_the_pages_that_use_them(world, as_role):
    """The page's own download link and the raw media URL give the same answer."""
    for role in ROLES:
        client = as_role(role)
        for kind, allowed in FILE_OPENS.items():
            document = world.documents[kind]
            for url in (document.url, f"/media/{document.file.name}"):
                response = client.get(url)
                _expect_file(response, role, role in allowed, f"{role}: {kind} at {url}")
                if role in allowed:
                    assert response["Content-Disposition"].startswith("attachment")


def test_images_and_renditions_follow_the_page_that_uses_them(world, as_role):
    for role in ROLES:
        client = as_role(role)
        for url in (f"/media/{world.image.file.name}", world.rendition_url):
            _expect_file(client.get(url), role, role == "editor", f"{role}: {url}")


def test_no_public_url_maps_onto_the_media_folder(world, client):
    assert client.get("/media/documents/").status_code == 404
    assert client.get("/media/../config/settings/base.py").status_code == 404
    assert client.get("/media/documents/bestaat-niet.pdf").status_code == 404


def test_event_materials_stay_out_of_the_public_event_page_and_calendar(world, as_role):
    for role in ROLES:
        client = as_role(role)
        page = _html(client.get(world.event.url))
        calendar = _html(client.get(f"/agenda/{world.event.slug}/event.ics"))
        assert world.documents["material"].url not in calendar
        shown = world.documents["material"].url in page
        assert shown == (role == "member"), f"{role} sees the materials link: {shown}"


def test_database_search_finds_only_what_may_be_opened(world, as_role, settings):
    from django.core.management import call_command

    settings.SEARCH_ENGINE_URL = ""
    call_command("update_index", verbosity=0)  # Wagtail's database index, as the worker does
    for role in ROLES:
        client = as_role(role)
        for kind in KINDS:
            html = _html(client.get("/zoeken/", {"q": BODY_WORDS[kind]}))
            assert (TITLES[kind] in html) == (role in OPENS[kind]), f"{role}: {kind}"
            suggestions = client.get("/zoeken/suggesties/", {"q": TITLES[kind][:6]}).json()
            titles = str(suggestions)
            assert (TITLES[kind] in titles) == (role in OPENS[kind]), f"{role}: suggest {kind}"
        for word in (DRAFT_WORD, MATERIAL_WORD):
            assert "Webinar bestuurlijke aanpak" not in _html(client.get("/zoeken/", {"q": word}))


def test_a_staff_session_without_mfa_counts_as_a_plain_member(world, client):
    """An editor signed in without the authenticator step (staff_mfa_passed False, set by the
    middleware) reads members-only pages but not the editors' page or its files."""
    from django.contrib.auth.models import AnonymousUser

    from access import policy

    editor = world.users["editor"]
    editor.staff_mfa_passed = False
    assert policy.may_open(editor, world.pages["members"])
    assert policy.may_open(editor, world.pages["login"])
    assert not policy.may_open(editor, world.pages["group"])
    assert not policy.may_open_file(editor, world.documents["group"])
    assert not policy.may_open_file(editor, world.documents["draft"])
    qs = type(world.pages["group"]).objects.all()
    assert set(policy.openable(qs, editor)) == {
        world.pages[k] for k in ("public", "members", "login")
    }
    editor.staff_mfa_passed = True
    assert policy.may_open(editor, world.pages["group"])
    assert policy.may_open_file(editor, world.documents["draft"])
    assert not policy.may_open(AnonymousUser(), world.pages["login"])
