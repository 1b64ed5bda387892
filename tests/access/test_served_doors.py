"""The fixture world's doors on the real serving path: nginx in front of two gunicorn
processes with production settings (tests/served.py), for a visitor, a member and an editor.

The stack runs in other processes on the committed test database: people sign in with a real
session cookie, made here in the database as allauth's login would (with its MFA record for
the editor). Allowed files must arrive through nginx's X-Accel-Redirect, as attachments with
nosniff; refused ones must never, and nginx's internal /_protected/ location is not reachable
from outside.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.test import Client

import pytest

from ..helpers import login_with_mfa
from .conftest import BODY_WORDS, KINDS, TITLES
from .test_doors import FILE_OPENS, KNOWS, OPENS

WHO = ("visitor", "member", "editor")


def session_cookies(user) -> dict[str, str]:
    """A session in the database the stack reads; for staff with allauth's MFA record."""
    if user is None:
        return {}
    client = Client()
    login_with_mfa(client, user)
    return {settings.SESSION_COOKIE_NAME: client.cookies[settings.SESSION_COOKIE_NAME].value}


def assert_sent_to_login(response, path: str, where: str) -> None:
    assert response.status_code == 302, where
    location = urlsplit(response.headers["Location"])
    assert location.path == "/accounts/login/", where
    assert parse_qs(location.query)["next"] == [path], where


@pytest.mark.served
def test_pages_listing_and_files_through_nginx(served, world):
    cookies = {role: session_cookies(world.users[role]) for role in WHO}
    session = served.session()

    def get(path: str, role: str):
        return session.get(
            served.url + path, cookies=cookies[role], allow_redirects=False, timeout=30
        )

    for role in WHO:
        # Pages: open, a teaser with a 403, the login for visitors, a 404 for outsiders.
        for kind in KINDS:
            path = world.pages[kind].url
            response = get(path, role)
            where = f"{role} on the {kind} page"
            if role in OPENS[kind]:
                assert response.status_code == 200, where
                assert BODY_WORDS[kind] in response.text, where
            elif role in KNOWS[kind]:
                assert response.status_code == 403, where
                assert TITLES[kind] in response.text, where
                assert BODY_WORDS[kind] not in response.text, where
            elif role == "visitor":
                assert_sent_to_login(response, path, where)
            else:
                assert response.status_code == 404, where
                assert TITLES[kind] not in response.text, where

        # A listing: the titles of what this person may know, never a body.
        listing = get("/kennisbank/", role)
        assert listing.status_code == 200, role
        for kind in KINDS:
            assert (TITLES[kind] in listing.text) == (role in KNOWS[kind]), f"{role}: {kind}"
            assert BODY_WORDS[kind] not in listing.text, f"{role}: {kind}"

        # Files, through both doors: Wagtail's document URL and the /media/ view.
        for kind, allowed in FILE_OPENS.items():
            document = world.documents[kind]
            document.file.open("rb")
            data = document.file.read()
            document.file.close()
            for path in (document.url, f"/media/{document.file.name}"):
                response = get(path, role)
                where = f"{role}: {kind} at {path}"
                assert "X-Accel-Redirect" not in response.headers, where
                if role in allowed:
                    assert response.status_code == 200, where
                    if kind == "public":
                        assert response.content == data, where  # the bytes, sent by nginx
                    else:  # a labelled copy, stamped by Django (access/files.send_labelled)
                        assert response.content.startswith(b"%PDF"), where
                        assert "TLP-" in response.headers["Content-Disposition"], where
                    assert response.headers["Content-Disposition"].startswith("attachment"), where
                    assert response.raw.headers.getlist("X-Content-Type-Options") == ["nosniff"]
                    private = "private" in response.headers["Cache-Control"]
                    assert private == (kind != "public"), f"{where}: {response.headers}"
                elif role == "visitor":
                    assert_sent_to_login(response, path, where)
                    assert data not in response.content, where
                else:
                    assert response.status_code == 403, where
                    assert data not in response.content, where

        # The image of the editors-only page, an original: for the editor only.
        path = f"/media/{world.image.file.name}"
        response = get(path, role)
        where = f"{role}: the image"
        assert "X-Accel-Redirect" not in response.headers, where
        if role == "editor":
            assert response.status_code == 200, where
            assert response.content.startswith(b"\x89PNG"), where
            assert response.raw.headers.getlist("X-Content-Type-Options") == ["nosniff"]
        elif role == "visitor":
            assert_sent_to_login(response, path, where)
        else:
            assert response.status_code == 403, where

    # nginx's internal location answers only its own X-Accel-Redirect, whoever asks.
    for role in WHO:
        for name in (world.documents["public"].file.name, world.documents["group"].file.name):
            response = get(f"/_protected/{name}", role)
            assert response.status_code == 404, f"{role}: /_protected/{name}"
            assert b"%PDF" not in response.content
