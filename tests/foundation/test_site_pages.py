"""The pages a Dutch public platform must have: contact, the privacy statement and the
accessibility statement, editable in the admin and linked from every footer; and
/.well-known/security.txt (RFC 9116) from the settings."""

import datetime as dt
import re

from django.urls import resolve
from django.utils import timezone

import pytest

from config.site import ensure_site_structure
from knowledge.models import HomePage, InfoPage

from ..helpers import login_with_mfa

pytestmark = pytest.mark.django_db

INFO_PAGES = {
    "/contact/": "Contact",
    "/privacy/": "Privacyverklaring",
    "/toegankelijkheid/": "Toegankelijkheidsverklaring",
}


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def test_every_footer_links_the_three_pages_and_they_open(client, site_pages):
    footer = html(client.get("/")).split('<footer class="site-footer">')[1]
    for path, title in INFO_PAGES.items():
        assert f'<a href="{path}">{title}' in footer, path
        page = html(client.get(path))
        assert f"<h1>{title}</h1>" in page
        assert f"<title>{title} · Kennisplatform Ondermijning</title>" in page


def test_they_are_info_pages_under_home_that_editors_change(site_pages, editor, chief_editor):
    pages = InfoPage.objects.filter(slug__in=["contact", "privacy", "toegankelijkheid"])
    assert pages.count() == 3
    for page in pages:
        assert isinstance(page.get_parent().specific, HomePage)
        assert page.permissions_for_user(editor).can_edit()
        assert page.permissions_for_user(chief_editor).can_publish()
    home = site_pages["root"]
    assert InfoPage in home.specific_class.allowed_subpage_models()
    assert home.permissions_for_user(editor).can_add_subpage()


def test_an_editor_edits_the_privacy_statement_in_the_admin(client, site_pages, editor):
    """The retention block shows in the editor as a fixed block (its numbers are settings)."""
    login_with_mfa(client, editor)
    page = InfoPage.objects.get(slug="privacy")

    edit = html(client.get(f"/admin/pages/{page.pk}/edit/"))

    assert "Bewaartermijnen (uit de instellingen)" in edit
    # Under home an editor can add only information pages (the index pages are fixed).
    home = page.get_parent()
    add = client.get(f"/admin/pages/{home.pk}/add_subpage/")
    assert add["Location"] == f"/admin/pages/add/knowledge/infopage/{home.pk}/"
    assert "Bewaartermijnen (uit de instellingen)" in html(client.get(add["Location"]))


def test_rerunning_the_structure_keeps_what_editors_wrote(site_pages):
    page = InfoPage.objects.get(slug="contact")
    page.intro = "Door de redactie herschreven."
    page.save()

    ensure_site_structure()

    assert InfoPage.objects.filter(slug="contact").get().intro == "Door de redactie herschreven."


def test_the_privacy_statement_states_the_terms_the_platform_applies(client, site_pages, settings):
    """The retention block reads the settings the clean-up commands use, so the statement
    cannot drift from what the platform does."""
    settings.EVENTS_ANONYMISE_AFTER_DAYS = 91
    settings.SEARCH_QUERY_LOG_DAYS = 181
    settings.TASK_RESULTS_KEEP_DAYS = 15
    settings.SESSION_COOKIE_AGE = 3 * 24 * 60 * 60

    page = html(client.get("/privacy/"))

    retention = page.split('<dl class="retention">')[1].split("</dl>")[0]
    assert "Tot 91 dagen na afloop van het evenement" in retention
    assert "181 dagen." in retention
    assert "15 dagen, om storingen te kunnen onderzoeken." in retention
    assert "met ‘Ingelogd blijven’ na 3 dagen" in retention
    # The member's rights, each with the link that exercises it.
    for path, view in [
        ("/mijn/gegevens/", "members:export"),
        ("/mijn/profiel/", "members:profile_edit"),
        ("/accounts/email/", "account_email"),
        ("/mijn/account-verwijderen/", "members:account_delete"),
        ("/mijn/themas/", "members:subscriptions"),
    ]:
        assert f'href="{path}"' in page, path
        assert resolve(path).view_name == view
    assert f"mailto:{settings.CONTACT_EMAIL}" in page
    assert "Autoriteit Persoonsgegevens" in page


def test_the_accessibility_statement_follows_the_dutch_model(client, site_pages, settings):
    page = html(client.get("/toegankelijkheid/"))

    for heading in ("Status", "Wat nog niet voldoet", "Feedback en contact"):
        assert f"<h2>{heading}</h2>" in page
    assert "eerste maatregelen genomen" in page
    assert "WCAG" in page and "2.1 op niveau AA" in page
    assert re.search(r"Deze verklaring is opgesteld op \d{1,2} \w+ \d{4}\.", page)
    assert f"mailto:{settings.CONTACT_EMAIL}" in page
    assert "Nationale ombudsman" in page


def security_txt(client) -> dict[str, str]:
    response = client.get("/.well-known/security.txt", secure=True)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    return dict(line.split(": ", 1) for line in lines)


def test_security_txt_says_whom_to_tell_until_when_in_which_language(client, settings):
    settings.SECURITY_CONTACT_EMAIL = "cert@kennisplatform.example"
    settings.SECURITY_TXT_EXPIRES = "2027-06-30T22:00:00Z"

    fields = security_txt(client)

    assert fields["Contact"] == "mailto:cert@kennisplatform.example"
    assert fields["Expires"] == "2027-06-30T22:00:00Z"
    assert fields["Preferred-Languages"] == "nl, en"
    assert fields["Canonical"] == "https://testserver/.well-known/security.txt"


def test_security_txt_as_configured_is_valid_for_a_while_and_less_than_a_year(client):
    """RFC 9116 §2.5.5: Expires is required, less than a year ahead. This fails a month before
    the configured date passes: renew SECURITY_TXT_EXPIRES."""
    expires = dt.datetime.fromisoformat(security_txt(client)["Expires"])
    now = timezone.now()
    assert now + dt.timedelta(days=30) < expires <= now + dt.timedelta(days=366)
