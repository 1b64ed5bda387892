"""Every form follows the NL Design System / GOV.UK error pattern, tried as a person would:
submit it empty, and focus is on the error summary at the top (the page scrolled to it), the
title starts with "Fout: ", every link in the summary moves focus to its field, and that field
says it is invalid (aria-invalid, aria-describedby naming its message) and looks it (a red bar
and border). Plus the login form's tab order: e-mail, password, then "Wachtwoord vergeten?".
"""

import datetime as dt

from django.utils import timezone

from wagtail.models import PageViewRestriction

import pytest

from ..factories import (
    ArticlePageFactory,
    EventPageFactory,
    RegistrationFactory,
    ThemeFactory,
)
from .conftest import axe_violations
from .helpers import active_element, log_in, submit

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ACCENT = "rgb(179, 38, 30)"  # --accent in site.css
# The top edge of the box is on screen (its label above it, scrolled to the top).
IN_VIEW = "el => (top => 0 <= top && top < innerHeight)(el.getBoundingClientRect().top)"
# A box's messages, or for a group of boxes those of its fieldset.
DESCRIBED_BY = """el => el.getAttribute('aria-describedby')
    || el.closest('fieldset')?.getAttribute('aria-describedby') || ''"""


def assert_error_pattern(page, *, links: int) -> None:
    summary = page.locator("[data-error-summary]")
    assert summary.count() == 1
    assert summary.get_attribute("tabindex") == "-1"
    assert page.title().startswith("Fout: "), page.title()
    assert active_element(page)["summary"], f"focus is on {active_element(page)}"
    assert summary.evaluate("el => el.getBoundingClientRect().top < window.innerHeight")
    assert summary.get_by_role("heading").is_visible()

    anchors = summary.locator("a")
    assert anchors.count() == links, summary.inner_text()
    for index in range(links):
        anchor = anchors.nth(index)
        target = anchor.get_attribute("href").removeprefix("#")
        summary.focus()
        anchor.press("Enter")  # the keyboard, as a click does the same
        assert active_element(page)["id"] == target, anchor.inner_text()
        field = page.locator(f"[id='{target}']")
        assert field.evaluate(IN_VIEW), f"{target} is not in view"
        assert field.get_attribute("aria-invalid") == "true", target
        # Described by its message: on the box, or on the fieldset of a group of boxes.
        described = field.evaluate(DESCRIBED_BY)
        messages = [page.locator(f"[id='{i}']") for i in described.split()]
        assert any("errorlist" in (m.get_attribute("class") or "") for m in messages), target
        wrapper = field.locator("xpath=ancestor::*[contains(@class, 'has-error')][1]")
        assert wrapper.evaluate("el => getComputedStyle(el).borderLeftColor") == ACCENT, target
        if field.evaluate("el => !['checkbox', 'radio'].includes(el.type)"):
            assert field.evaluate("el => getComputedStyle(el).borderTopColor") == ACCENT, target
    assert axe_violations(page) == []


def test_login_errors(live_server, page, site_pages):
    page.goto(live_server.url + "/accounts/login/")
    assert page.title().startswith("Inloggen")
    submit(page, page.locator("main").get_by_role("button", name="Inloggen"))
    assert_error_pattern(page, links=2)


def test_signup_errors(live_server, page, site_pages):
    page.goto(live_server.url + "/accounts/signup/")
    submit(page, page.get_by_role("button", name="Account aanmaken"))
    assert_error_pattern(page, links=6)


def test_password_reset_errors(live_server, page, site_pages):
    page.goto(live_server.url + "/accounts/password/reset/")
    submit(page, page.locator("main form button[type=submit]"))
    assert_error_pattern(page, links=1)


def test_event_registration_errors(live_server, page, agenda):
    start = timezone.now() + dt.timedelta(days=10)
    event = EventPageFactory(parent=agenda, title="Webinar Bibob", start=start, capacity=50)
    page.set_viewport_size({"width": 390, "height": 800})  # the form is far down on a phone
    page.goto(live_server.url + event.url)
    submit(page, page.locator(".registration-form").get_by_role("button", name="Aanmelden"))
    assert_error_pattern(page, links=2)


def test_contribution_errors(live_server, page, member):
    ThemeFactory(name="Drugs", slug="drugs")
    log_in(page, live_server, member)
    page.goto(live_server.url + "/bijdragen/nieuw/")
    submit(page, page.get_by_role("button", name="Insturen naar de redactie"))
    form = page.locator("form.contribution-form")
    required = form.locator("[required]:not([type=checkbox]), [required][type=checkbox]")
    # Every required field and the group of themes has a line in the summary.
    assert_error_pattern(page, links=page.locator("[data-error-summary] a").count())
    assert page.locator("[data-error-summary] a").count() >= required.count() > 3
    assert page.locator("[data-error-summary] a[href='#id_themes_0']").count() == 1


def test_profile_errors(live_server, page, member):
    log_in(page, live_server, member)
    page.goto(live_server.url + "/mijn/profiel/")
    page.get_by_label("Voornaam").fill("")
    page.get_by_label("Achternaam").fill("")
    submit(page, page.get_by_role("button", name="Profiel opslaan"))
    assert_error_pattern(page, links=2)


def test_email_change_errors(live_server, page, member):
    """allauth's e-mail page renders its field by hand: the same pattern all the same."""
    log_in(page, live_server, member)
    page.goto(live_server.url + "/accounts/email/")
    page.get_by_label("Nieuw e-mailadres").fill("geen-adres")
    submit(page, page.locator("main form button[name=action_add]"))
    assert_error_pattern(page, links=1)


def test_a_member_whose_registration_fails_hears_why_first(live_server, page, agenda, member):
    """No field to link to: the summary says what went wrong, focused, with "Fout: "."""
    start = timezone.now() + dt.timedelta(days=10)
    event = EventPageFactory(
        parent=agenda, title="Webinar vol", start=start, capacity=1, waitlist_enabled=False
    )
    log_in(page, live_server, member)
    page.goto(live_server.url + event.url)
    RegistrationFactory(event=event)  # someone else takes the last seat meanwhile
    submit(page, page.get_by_role("button", name="Aanmelden met één klik"))
    assert_error_pattern(page, links=0)
    assert "Aanmelden is niet gelukt" in page.locator("[data-error-summary]").inner_text()


def test_login_tab_order_is_email_password_then_forgotten_link(live_server, page, member):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.create(user=member, email=member.email, verified=True, primary=True)
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mailadres", exact=True).focus()
    page.keyboard.type(member.email)
    page.keyboard.press("Tab")
    assert active_element(page)["id"] == "id_password"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Wachtwoord vergeten?"

    # E-mail, Tab, password, Enter logs in (it used to open the password reset).
    page.get_by_label("E-mailadres", exact=True).focus()
    page.keyboard.press("Tab")
    page.keyboard.type("Wachtwoord-voor-tests-1")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_url("**/mijn/")


def test_page_password_errors(live_server, page, knowledge_index):
    """Wagtail's form for a page behind a password, in the site's layout."""
    article = ArticlePageFactory(parent=knowledge_index, title="Draaiboek")
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="geheim-2026"
    )
    page.goto(live_server.url + article.url)
    assert page.get_by_role("heading", level=1).inner_text() == "Wachtwoord nodig"
    submit(page, page.get_by_role("button", name="Doorgaan"))
    assert_error_pattern(page, links=1)
    page.get_by_label("Wachtwoord").fill("verkeerd")
    submit(page, page.get_by_role("button", name="Doorgaan"))
    assert_error_pattern(page, links=1)
    page.get_by_label("Wachtwoord").fill("geheim-2026")
    submit(page, page.get_by_role("button", name="Doorgaan"))
    assert page.get_by_role("heading", level=1).inner_text() == "Draaiboek"
