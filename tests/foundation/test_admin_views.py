"""Every admin menu item, report and viewset of ours opens for the roles it is meant for, and
for no other: in the menu and by its address.

The entries come from what our apps register with Wagtail — menu items (the hooks
`register_admin_menu_item`, `register_reports_menu_item`, `register_settings_menu_item`, with
the submenus of viewset groups), viewsets (Wagtail's registry) and snippets of our models — so
the list cannot fall behind: an entry without a row in ADMIN_VIEWS fails by name.

For each row and each role (members/roles.py):
- a role it is meant for, signed in after the MFA step (tests/helpers.py), gets a 200 with the
  Dutch heading of the row, and sees the menu item;
- another staff role gets Wagtail's permission-denied answer (a redirect to the admin home
  with "Sorry, je hebt geen toegang tot dit gedeelte.") and does not see the menu item;
- a member, who has no admin access, is sent to the login with Wagtail's message;
- a role it is meant for, in a session without the MFA step, is sent to its authenticator code
  first (members.middleware), not to the view and not to a denial.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from django.contrib.messages import get_messages
from django.test import RequestFactory
from django.urls import get_resolver, resolve, reverse

from wagtail import hooks
from wagtail.admin.menu import SubmenuMenuItem, admin_menu
from wagtail.admin.viewsets import viewsets
from wagtail.snippets.models import get_snippet_models

import pytest

from members import roles

from ..factories import UserFactory
from ..helpers import login_with_mfa, with_totp

REPO = Path(__file__).resolve().parents[2]
OUR_APPS = {path.name for path in REPO.iterdir() if (path / "apps.py").exists()}

EDITORS = frozenset({roles.REDACTEUR, roles.HOOFDREDACTEUR, roles.BEHEERDER})
THESAURUS = frozenset({roles.HOOFDREDACTEUR, roles.BEHEERDER})
MODERATION = frozenset({roles.MODERATOR, roles.BEHEERDER})
ORGANISERS = frozenset({roles.ORGANISATOR, roles.HOOFDREDACTEUR, roles.BEHEERDER})


@dataclass(frozen=True)
class Row:
    heading: str  # the page's <h1>, in Dutch
    meant_for: frozenset[str]  # the roles that open it (and see its menu item)
    why: str = ""


# URL name of the entry's address -> who it is for. Roles from members/roles.py.
ADMIN_VIEWS: dict[str, Row] = {
    # Indeling (knowledge): editors keep the taxonomies.
    "wagtailsnippets_knowledge_theme:list": Row("Thema's", EDITORS),
    "wagtailsnippets_knowledge_region:list": Row("Regio's", EDITORS),
    "wagtailsnippets_knowledge_audience:list": Row("Doelgroepen", EDITORS),
    # The thesaurus: chief editors and admins.
    "wagtailsnippets_search_synonym:list": Row("Synoniemen", THESAURUS),
    "wagtailsnippets_search_compoundpart:list": Row("Samenstellingen", THESAURUS),
    # Reports.
    "knowledge_review_due": Row("Beoordeling verlopen", EDITORS, why="edit rights on articles"),
    "search_reports:terms": Row("Zoektermen (30 dagen)", EDITORS, why="search.view_querylog"),
    "search_reports:zero": Row("Zoektermen zonder resultaat (30 dagen)", EDITORS),
    "access_document_downloads": Row(
        "Downloads van besloten documenten",
        EDITORS | {roles.ORGANISATOR},
        why="change rights on documents (organisers keep event materials)",
    ),
    # Events: those who may publish events.
    "events_admin:index": Row("Aanmeldingen", ORGANISERS, why="publish rights on the agenda"),
    # Leden: moderators review applications and keep the domain allowlist.
    "members_membership:index": Row("Lidmaatschapsaanvragen", MODERATION),
    "members_alloweddomain:index": Row("Toegestane domeinen", MODERATION),
    # Fenomeentafels: Beheerders set up the tables and their coordinators.
    "spaces_space:index": Row("Fenomeentafels", frozenset({roles.BEHEERDER})),
    "spaces_participation:index": Row("Deelnames", frozenset({roles.BEHEERDER})),
    "spaces_organisation:index": Row("Organisaties", MODERATION, why="confirmed members"),
    # Kringen: editors name the people they share a page with (TLP:RED).
    "spaces_circle:index": Row("Kringen", EDITORS),
    # Wagtail's user and group editors, for roles only (members/admin_users.py).
    "wagtailusers_users:index": Row("Gebruikers", MODERATION, why="members.view_user"),
    "wagtailusers_groups:index": Row("Groepen", frozenset({roles.BEHEERDER})),
}

ROLES = [roles.LID, *roles.STAFF_ROLES]


# -- what our apps register ----------------------------------------------------------------------


def _ours(obj) -> bool:
    """Registered by our code: a hook function of our modules, or a method of a viewset (or
    group) whose class is ours."""
    owner = getattr(obj, "__self__", None)
    module = type(owner).__module__ if owner is not None else getattr(obj, "__module__", "")
    return module.split(".")[0] in OUR_APPS


def _leaves(item):
    if isinstance(item, SubmenuMenuItem):
        for child in item.menu.registered_menu_items:
            yield from _leaves(child)
    else:
        yield item


MENU_HOOKS = (
    "register_admin_menu_item",
    "register_reports_menu_item",
    "register_settings_menu_item",
)


def our_menu_items() -> dict[str, str]:
    """URL name -> address of every menu item (in submenus too) our apps register."""
    get_resolver().url_patterns  # noqa: B018 - loading the admin URLs registers the viewsets
    items = {}
    for hook in MENU_HOOKS:
        for register in hooks.get_hooks(hook):
            if _ours(register):
                for item in _leaves(register()):
                    items[resolve(item.url).view_name] = item.url
    return items


def our_entries() -> dict[str, str]:
    """URL name -> address of every menu item, viewset and snippet of ours."""
    entries = our_menu_items()
    for viewset in viewsets.viewsets:
        if type(viewset).__module__.split(".")[0] in OUR_APPS:
            entries[resolve(viewset.menu_url).view_name] = viewset.menu_url
    for model in get_snippet_models():
        if model._meta.app_label in OUR_APPS:
            url = model.snippet_viewset.menu_url
            entries[resolve(url).view_name] = url
    return entries


def test_every_admin_entry_of_ours_has_a_row():
    entries = our_entries()
    without_row = sorted(set(entries) - set(ADMIN_VIEWS))
    assert without_row == [], f"admin entries without a row in ADMIN_VIEWS: {without_row}"
    gone = sorted(set(ADMIN_VIEWS) - set(entries))
    assert gone == [], f"rows for admin entries that no longer exist: {gone}"


# -- opening them ------------------------------------------------------------------------------


@pytest.fixture
def world(site_pages):
    """The site structure (page permissions are granted on it) and one account per role."""
    return {
        role: UserFactory(email=f"{role.lower()}@kennisplatform.example", roles=[role])
        for role in ROLES
    }


def heading(response) -> str:
    match = re.search(r"<h1\b[^>]*>(.*?)</h1>", response.content.decode(), re.DOTALL)
    assert match, "the page has no <h1>"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", match.group(1))).split())


def messages_of(response) -> list[str]:
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("name", sorted(ADMIN_VIEWS))
def test_opens_for_its_roles_only(client, world, name, role):
    row = ADMIN_VIEWS[name]
    user = world[role]
    url = reverse(name)
    if role == roles.LID:
        client.force_login(user)
    else:
        login_with_mfa(client, user)
    response = client.get(url)

    if role in row.meant_for:
        assert response.status_code == 200, f"{role} should open {name}"
        assert heading(response) == row.heading
    elif role == roles.LID:
        # No admin access at all: Wagtail sends members to the login (ours, allauth's).
        assert response.status_code == 302
        location = urlsplit(response["Location"])
        assert location.path == reverse("account_login")
        assert parse_qs(location.query)["next"] == [url]
        assert messages_of(response) == ["Je hebt geen toegang tot de administratoropties."]
    else:
        # Wagtail's permission denied: back to the admin home with its message.
        assert response.status_code == 302, f"{role} should not open {name}"
        assert response["Location"] == reverse("wagtailadmin_home")
        assert messages_of(response) == ["Sorry, je hebt geen toegang tot dit gedeelte."]


@pytest.mark.parametrize("name", sorted(ADMIN_VIEWS))
def test_without_the_mfa_step_even_its_roles_are_asked_for_their_code(client, world, name):
    role = sorted(ADMIN_VIEWS[name].meant_for)[0]
    user = world[role]
    with_totp(user)
    client.force_login(user)  # a session that skipped the authenticator step
    url = reverse(name)
    response = client.get(url)
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("mfa_reauthenticate")
    assert parse_qs(location.query)["next"] == [url]


def shown_in_menu(user) -> set[str]:
    """URL names of the menu items (submenus included) the admin menu shows this user."""
    request = RequestFactory().get("/admin/")
    request.user = user
    shown: set[str] = set()

    def walk(items):
        for item in items:
            if isinstance(item, SubmenuMenuItem):
                walk(item.menu.menu_items_for_request(request))
            elif item.url.startswith(reverse("wagtailadmin_home")):  # not the help links
                shown.add(resolve(item.url).view_name)

    walk(admin_menu.menu_items_for_request(request))
    return shown


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_the_menu_shows_each_role_its_entries_and_no_others(world, role):
    ours = set(our_menu_items())
    expected = {name for name in ours if role in ADMIN_VIEWS[name].meant_for}
    assert shown_in_menu(world[role]) & ours == expected
