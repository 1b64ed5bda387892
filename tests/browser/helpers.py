"""Shared steps of the accessibility browser tests (forms, reflow, focus)."""

from django.conf import settings
from django.test import Client


def log_in(page, live_server, user) -> None:
    """Reuse a Django session in the browser (the login form has tests of its own)."""
    client = Client()
    client.force_login(user)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def submit(page, button) -> None:
    """Click a submit button and wait until the answer has loaded, scripts included."""
    with page.expect_navigation():
        button.click()
    page.wait_for_load_state("load")


def active_element(page) -> dict:
    return page.evaluate(
        """() => { const el = document.activeElement;
        return {tag: el.tagName.toLowerCase(), id: el.id,
                summary: el.matches('[data-error-summary]')}; }"""
    )
