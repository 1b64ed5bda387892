"""The pages people reach when something went wrong are as usable as the others: the 500 page as
Django serves it after a bug, a password reset sent with an invalid address and a reset link
that no longer works pass axe-core, say their state in the title, and fit a 320 px screen
(WCAG 1.4.10) without scrolling sideways."""

import re

from django.core import mail

import pytest

from ..factories import UserFactory
from ..members.conftest import verified
from .conftest import axe_violations
from .error_urls import FAILING_PATH
from .helpers import submit
from .test_form_errors import assert_error_pattern
from .test_reflow import WIDEST

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def assert_fits_320(page) -> None:
    page.set_viewport_size({"width": 320, "height": 800})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{page.url}: {width} px wide, {page.evaluate(WIDEST)}"


def test_the_500_page_after_a_bug_has_the_site_around_it_and_passes_axe(
    live_server, page, site_pages, settings
):
    settings.ROOT_URLCONF = "tests.browser.error_urls"  # the site, and a view with a bug

    response = page.goto(live_server.url + FAILING_PATH)

    assert response.status == 500
    assert page.title() == "Er ging iets mis · Kennisplatform Ondermijning"
    assert page.get_by_role("heading", name="Er ging iets mis", level=1).is_visible()
    assert page.get_by_role("search").is_visible()
    assert page.get_by_role("navigation", name="Hoofdmenu").is_visible()
    assert axe_violations(page) == []
    assert_fits_320(page)
    page.locator("main").get_by_role("link", name="Naar de homepagina").click()
    page.wait_for_load_state("load")
    assert page.url == live_server.url + "/"


def test_a_password_reset_with_an_invalid_address_follows_the_error_pattern(
    live_server, page, site_pages
):
    page.goto(live_server.url + "/accounts/password/reset/")
    page.get_by_label("E-mailadres").fill("geen-adres")
    submit(page, page.locator("main form button[type=submit]"))

    assert_error_pattern(page, links=1)  # axe-core included
    assert "Voer een geldig e-mailadres in." in page.locator("[data-error-summary]").inner_text()
    assert mail.outbox == []
    assert_fits_320(page)


def test_a_reset_link_that_no_longer_works_says_so_in_title_and_heading(
    live_server, page, site_pages
):
    page.goto(live_server.url + "/accounts/password/reset/key/1-ongeldig/")

    assert page.title() == "Ongeldige link · Kennisplatform Ondermijning"
    assert page.get_by_role("heading", name="Ongeldige link", level=1).is_visible()
    assert axe_violations(page) == []
    assert_fits_320(page)
    page.get_by_role("link", name="Vraag een nieuwe link aan").click()
    page.wait_for_load_state("load")
    assert page.url == live_server.url + "/accounts/password/reset/"


def test_a_reset_link_that_works_is_still_titled_for_choosing_a_password(
    live_server, page, site_pages
):
    person = verified(UserFactory(email="sanne@gemeente-voorbeeld.nl", roles=["Lid"]))
    page.goto(live_server.url + "/accounts/password/reset/")
    page.get_by_label("E-mailadres").fill(person.email)
    submit(page, page.locator("main form button[type=submit]"))
    [message] = mail.outbox
    path = re.search(r"/accounts/password/reset/key/\S+/", message.body).group(0)

    page.goto(live_server.url + path)  # allauth takes the key out of the address

    assert page.title() == "Wachtwoord wijzigen · Kennisplatform Ondermijning"
    assert page.get_by_label("Nieuw wachtwoord", exact=True).is_visible()
