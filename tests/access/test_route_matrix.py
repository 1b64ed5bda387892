"""Every route in the URLconf, for every role: the access matrix.

The routes come from `config.urls` itself, walked recursively (Wagtail's admin, allauth and
ours), so the list cannot fall behind. TABLE says, for every route or family of routes, what a
GET of a concrete URL for it gives each of the six roles of the fixture world
(tests/access/conftest.py). A route without an entry fails the test by name: a new door cannot
appear without someone deciding who may pass it. URL arguments come from the world (pages,
documents, the image, the event and its registration, signed tokens) and from a few objects
made here for the admin (`matrix_values`).

Roles: `other_group` is a Moderator, a staff role with admin access but no editorial rights;
`editor` is a Redacteur. Both are signed in after their MFA step (tests/helpers.py).
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from django.conf import settings
from django.contrib.messages import get_messages
from django.urls import URLPattern, URLResolver, get_resolver, resolve

import pytest

from .conftest import KINDS, ROLES
from .test_doors import FILE_OPENS, KNOWS, OPENS

# ---------------------------------------------------------------------------------------------
# Outcome classes: what a GET gave, in words the table uses.

OK = "200"
LOGIN = "login"  # 302 to /accounts/login/?next=<the URL asked for>
NO_ADMIN = "login: no admin access"  # the same, with Wagtail's "geen toegang" to the admin
LOGIN_VIA_ADMIN = "login via /admin/login/"  # 302 to Wagtail's login URL, which goes to ours
DENIED = "admin home: denied"  # 302 to /admin/ with Wagtail's "geen toegang tot dit gedeelte"
BAD_REQUEST = "400"
FORBIDDEN = "403"
NOT_FOUND = "404"
NOT_ALLOWED = "405"
SIGNS_OUT = " + signs out"  # suffix: the response deletes the session cookie


def to(path: str, status: int = 302) -> str:
    """A redirect elsewhere: the path of Location, without its query."""
    return f"{status} -> {path}"


def raises(name: str) -> str:
    """The view raises (a 500 page in production)."""
    return f"raises {name}"


def shadowed_by(key: str) -> str:
    """The route's URL resolves to an earlier route, whose row says what it gives."""
    return f"shadowed by {key}"


def everyone(outcome: str) -> dict[str, str]:
    return dict.fromkeys(ROLES, outcome)


def signed_in(outcome: str, **others: str) -> dict[str, str]:
    """Any account (members.views.private, login_required): visitors are asked to log in."""
    return {**dict.fromkeys(ROLES, outcome), "visitor": LOGIN, **others}


def members_only(outcome: str, **others: str) -> dict[str, str]:
    """members.views.member_required: accounts that are not (yet) members get a 403."""
    return signed_in(outcome, unverified=FORBIDDEN, unapproved=FORBIDDEN, **others)


def admin(moderator: str, editor: str | None = None) -> dict[str, str]:
    """Wagtail's admin (require_admin_access): visitors log in; accounts without admin access
    are sent to the login with Wagtail's message; staff get what their permissions give."""
    return {
        "visitor": LOGIN,
        "unverified": NO_ADMIN,
        "unapproved": NO_ADMIN,
        "member": NO_ADMIN,
        "other_group": moderator,
        "editor": moderator if editor is None else editor,
    }


def page_door(kind: str) -> dict[str, str]:
    """A page of the world (tests/access/test_doors.py): open, a teaser (403), or hidden."""

    def verdict(role: str) -> str:
        if role in OPENS[kind]:
            return OK
        if role in KNOWS[kind]:
            return FORBIDDEN  # the teaser: title, summary and a way in
        return LOGIN if role == "visitor" else NOT_FOUND

    return {role: verdict(role) for role in ROLES}


def page_link_door(kind: str) -> dict[str, str]:
    """/p/<id>/ of a page of the world: on to the page for whoever may open or know it."""

    def verdict(role: str) -> str:
        if role in OPENS[kind] or role in KNOWS[kind]:
            return to(f"{{page_{kind}}}")
        return LOGIN if role == "visitor" else NOT_FOUND

    return {role: verdict(role) for role in ROLES}


def file_door(kind: str) -> dict[str, str]:
    """A document or image of the world: the bytes, or the login for visitors, else 403."""
    return {
        role: OK if role in FILE_OPENS[kind] else LOGIN if role == "visitor" else FORBIDDEN
        for role in ROLES
    }


# ---------------------------------------------------------------------------------------------
# The table. Rows apply to the routes their `match` names: a route name (fnmatch pattern) or an
# exact pattern string; the first matching `match` wins, and every row with that same `match`
# is one case (URL) of it. `url` is a template over matrix_values; without it the URL is the
# route's pattern with its arguments filled in (KWARGS, PKS). Outcomes may name values too.


@dataclass(frozen=True)
class Door:
    match: str
    expect: dict[str, str]
    url: str | None = None
    why: str = ""


# Page views in the admin an editor (add and change from the home page down) may use.
EDITOR_PAGE_VIEWS = (
    "add",
    "preview_on_add",
    "edit",
    "preview_on_edit",
    "view_draft",
    "copy",
    "usage",
    "type_use*",
    "search*",
    "history*",
    "workflow_history",
    "revisions_view",
    "revisions_revert",
)

TABLE: list[Door] = [
    # Site furniture ---------------------------------------------------------------------------
    Door("healthz", everyone(OK)),
    Door("livez", everyone(OK)),
    Door("robots_txt", everyone(OK)),
    Door("sitemap", everyone(OK)),
    # Stored files: the policy decides (access/files.py); no folder is public.
    *(Door("media", file_door(kind), url=f"/media/{{file_{kind}}}") for kind in FILE_OPENS),
    Door("media", file_door("group"), url="/media/{image_file}", why="image on the group page"),
    Door("media", file_door("group"), url="{rendition_url}"),
    Door("media", everyone(NOT_FOUND), url="/media/documents/bestaat-niet.pdf"),
    *(Door("wagtaildocs_serve", file_door(kind), url=f"{{doc_{kind}}}") for kind in FILE_OPENS),
    Door("wagtaildocs_serve", everyone(NOT_FOUND), url="/documenten/{missing}/weg.pdf"),
    Door("wagtaildocs_serve", everyone(NOT_FOUND), url="/documenten/{document_group}/andere.pdf"),
    Door(
        "wagtaildocs_serve #2",
        everyone(shadowed_by("wagtaildocs_serve")),
        url="{doc_public}",
        why="Wagtail's own, wrapped for its cache headers (access/files.py)",
    ),
    # Pages: Wagtail's catch-all, through config/pages.py and the before_serve_page hook.
    *(Door("wagtail_serve", page_door(kind), url=f"{{page_{kind}}}") for kind in KINDS),
    *(
        Door("wagtail_serve", everyone(OK), url=url)
        for url in ("/", "/kennisbank/", "/kennisbank/feed/", "/toolkits/", "/themas/")
    ),
    Door("wagtail_serve", everyone(OK), url="/themas/ondermijning/"),
    Door("wagtail_serve", everyone(NOT_FOUND), url="/themas/bestaat-niet/"),
    Door("wagtail_serve", everyone(OK), url="/agenda/"),
    Door("wagtail_serve", everyone(OK), url="{event_url}"),
    Door("wagtail_serve", everyone(to("{event_url}")), url="{event_url}aanmelden/"),
    Door("wagtail_serve", everyone(OK), url="{password_page}", why="Wagtail's password form"),
    Door("wagtail_serve", everyone(NOT_FOUND), url="{in_review_url}", why="a draft"),
    Door("wagtail_serve", everyone(NOT_FOUND), url="/bestaat-niet/"),
    # A link that does not name its page (mails about closed items, access/views.py).
    *(Door("page_link", page_link_door(kind), url=f"/p/{{pk_{kind}}}/") for kind in KINDS),
    Door("page_link", everyone(NOT_FOUND), url="/p/{in_review}/", why="a draft"),
    # Password forms (GET shows the form; POSTs are rate limited, members/login_views.py).
    Door("wagtailcore_authenticate_with_password", everyone(OK)),
    Door("wagtaildocs_authenticate_with_password", everyone(OK)),
    Door(
        "wagtaildocs_authenticate_with_password #2",
        everyone(shadowed_by("wagtaildocs_authenticate_with_password")),
        why="Wagtail's own form, replaced by the rate-limited one in config/urls.py",
    ),
    # Logins: one form, allauth's; Wagtail's two send there.
    Door("admin_login_redirect", everyone(to("/accounts/login/"))),
    Door("wagtailadmin_login", everyone(shadowed_by("admin_login_redirect"))),
    Door("wagtailcore_login", everyone(to("/accounts/login/"))),
    # Search, listings outside Wagtail, feeds.
    Door("search:alert_create", everyone(NOT_ALLOWED), why="POST only: saving a search alert"),
    Door("search:alert_confirm", everyone(BAD_REQUEST), why="a visitor's signed link"),
    Door("search:alert_unsubscribe", everyone(BAD_REQUEST), why="the alert mail's signed link"),
    Door("search:alert_delete", signed_in(NOT_ALLOWED), why="POST only, one's own alert"),
    Door("search:*", everyone(OK)),
    Door("security_txt", everyone(OK)),
    Door("events:feed", everyone(OK)),
    Door("events:event_ics", everyone(OK)),
    # Signed links: the token is the credential, whoever is signed in.
    Door("events:confirm", everyone(BAD_REQUEST), url="{event_url}bevestigen/vals/"),
    Door("events:confirm", everyone(OK), url="{event_url}bevestigen/{confirm_token}/"),
    Door("events:cancel", everyone(BAD_REQUEST), url="{event_url}afmelden/vals/"),
    Door("events:cancel", everyone(OK), url="{event_url}afmelden/{cancel_token}/"),
    Door("events:personal_feed", everyone(NOT_FOUND), url="/mijn/agenda.ics?token=vals"),
    Door("events:personal_feed", everyone(OK), url="/mijn/agenda.ics?token={calendar_token}"),
    Door("members:unsubscribe", everyone(BAD_REQUEST), url="/mijn/themas/afmelden/vals/"),
    Door(
        "members:unsubscribe",
        everyone(OK),
        url="/mijn/themas/afmelden/{unsubscribe_token}/",
        why="GET asks; the button or a mail client's one-click POST unsubscribes",
    ),
    # The member area.
    Door("members:directory", members_only(OK)),
    Door("members:profile", members_only(OK)),
    Door("members:contact", members_only(to("/leden/{profile}/")), why="GET goes to the form"),
    Door("members:photo", signed_in(NOT_FOUND), why="the profile has no photo"),
    Door("members:contribution_new", members_only(OK)),
    Door(
        "members:contribution_edit",
        members_only(NOT_FOUND, member=to("/mijn/")),
        why="the member's own contribution, with the editors: not editable now",
    ),
    Door("members:*", signed_in(OK)),  # dashboard, profile, themes, export, account deletion
    # The phenomenon tables: anyone sees that a table exists; its inside is for its
    # participants (the world's member takes part in "matrix"), a 404 for everyone else.
    Door("spaces:index", everyone(OK)),
    Door("spaces:detail", everyone(OK), url="{space_url}"),
    Door("spaces:preferences", everyone(NOT_ALLOWED), url="{space_url}voorkeuren/"),
    Door(
        "spaces:decide",
        everyone(NOT_ALLOWED),
        url="{space_url}beheer/{participation}/goedkeuren/",
    ),
    Door(
        "spaces:manage",
        signed_in(NOT_FOUND, member=OK),
        url="{space_url}beheer/",
        why="its coordinators (the member) and Beheerders",
    ),
    Door("spaces:invitation", everyone(NOT_FOUND), url="{space_url}uitnodiging/vals/"),
    Door("spaces:invitation", signed_in(OK), url="{space_url}uitnodiging/{invitation}/"),
    Door("spaces:search", signed_in(NOT_FOUND, member=OK), url="{space_url}zoeken/?q=tafel"),
    Door("spaces:update_new", signed_in(NOT_FOUND, member=OK), url="{space_url}berichten/nieuw/"),
    Door("spaces:update", signed_in(NOT_FOUND, member=OK), url="{space_url}berichten/{update}/"),
    Door(
        "spaces:publish_update",
        signed_in(NOT_FOUND, member=OK),
        url="{space_url}berichten/{update}/publiceren/",
        why="the table's coordinators (the member); other participants get a 403",
    ),
    Door("spaces:file_new", signed_in(NOT_FOUND, member=OK), url="{space_url}bestanden/nieuw/"),
    Door("spaces:file", signed_in(NOT_FOUND, member=OK), url="{space_url}bestanden/{file}/"),
    Door(
        "spaces:download",
        signed_in(NOT_FOUND, member=OK),
        url="{space_url}bestanden/{file}/download/",
    ),
    Door(
        "spaces:publish_file",
        signed_in(NOT_FOUND, member=OK),
        url="{space_url}bestanden/{file}/publiceren/",
        why="the table's coordinators (the member); other participants get a 403",
    ),
    Door(
        "spaces:download_version",
        signed_in(NOT_FOUND, member=OK),
        url="{space_url}bestanden/{file}/versies/{version}/",
    ),
    Door("events:calendar_token", signed_in(OK)),
    # allauth: accounts, e-mail, passwords, login codes, MFA, sessions.
    Door("account_login", signed_in(to("/mijn/"), visitor=OK)),
    Door("account_signup", signed_in(to("/mijn/"), visitor=OK)),
    Door("account_request_login_code", signed_in(to("/mijn/"), visitor=OK)),
    Door(
        "account_confirm_login_code", signed_in(to("/mijn/"), visitor=to("/accounts/login/code/"))
    ),
    Door("account_logout", signed_in(OK, visitor=to("/")), why="GET asks, POST signs out"),
    Door("account_inactive", everyone(OK)),
    Door("account_email_verification_sent", everyone(OK)),
    Door("account_reset_password", everyone(OK)),
    Door("account_reset_password_done", everyone(OK)),
    Door("account_reset_password_from_key_done", everyone(OK)),
    Door(
        "account_confirm_email",
        everyone(OK),
        url="/accounts/confirm-email/vals/",
        why="allauth's page says the link is invalid",
    ),
    Door(
        "account_confirm_email",
        {**everyone(OK + SIGNS_OUT), "visitor": OK, "unverified": OK},
        url="/accounts/confirm-email/{email_key}/",
        why="the unverified account's link; allauth signs anyone else out first",
    ),
    Door(
        "account_reset_password_from_key",
        everyone(OK),
        url="/accounts/password/reset/key/{reset_uid}-vals/",
        why="the form says the link is invalid",
    ),
    Door(
        "account_reset_password_from_key",
        everyone(to("/accounts/password/reset/key/{reset_uid}-set-password/")),
        url="/accounts/password/reset/key/{reset_uid}-{reset_key}/",
        why="allauth moves the key into the session",
    ),
    Door("account_reauthenticate", signed_in(OK)),
    Door(
        "account_request_reauthentication_code",
        signed_in(OK, unverified=to("/accounts/reauthenticate/")),
    ),
    Door(
        "account_confirm_reauthentication_code",
        signed_in(to("/accounts/reauthenticate/code/")),
        why="no code was asked for",
    ),
    Door("account_email", signed_in(OK)),
    Door("account_change_password", signed_in(OK)),
    Door("account_set_password", signed_in(to("/accounts/password/change/"))),
    Door("mfa_index", signed_in(OK)),
    Door("mfa_reauthenticate", signed_in(OK)),
    Door(
        "mfa_authenticate",
        signed_in(to("/mijn/"), visitor=to("/accounts/login/")),
        why="only within a login that stopped at the MFA stage",
    ),
    Door(
        "mfa_activate_totp",
        signed_in(to("/accounts/reauthenticate/"), unverified=to("/accounts/2fa/")),
        why="unverified addresses first confirm them (members.adapters)",
    ),
    Door("mfa_deactivate_totp", signed_in(to("/accounts/reauthenticate/"))),
    Door("mfa_generate_recovery_codes", signed_in(to("/accounts/reauthenticate/"))),
    Door("mfa_view_recovery_codes", signed_in(NOT_FOUND), why="nobody has recovery codes yet"),
    Door("mfa_download_recovery_codes", signed_in(NOT_FOUND)),
    Door("usersessions_list", signed_in(OK)),
    # Wagtail's admin ---------------------------------------------------------------------------
    Door("wagtailadmin_sprite", everyone(OK)),
    Door("wagtailadmin_javascript_catalog", everyone(OK)),
    Door("wagtailadmin_password_reset*", everyone(NOT_FOUND), why="WAGTAIL_PASSWORD_RESET off"),
    Door(
        "admin/.*/$",
        {**everyone(LOGIN_VIA_ADMIN), "other_group": NOT_FOUND, "editor": NOT_FOUND},
        url="/admin/bestaat-niet/",
        why="Wagtail's catch-all: permission_required with login_url=wagtailadmin_login",
    ),
    Door("wagtailadmin_home", admin(OK)),
    Door("admin/test404/", admin(OK), why="Wagtail's 404 template, with a 200"),
    Door("wagtailadmin_error_test", admin(raises("Exception")), why="Wagtail's deliberate 500"),
    Door("wagtailadmin_account", admin(OK)),
    Door(
        "wagtailadmin_logout",
        admin(NOT_ALLOWED + SIGNS_OUT),
        why="Django's LogoutView is POST-only, but Wagtail's deletes the cookie on any answer",
    ),
    Door("wagtailadmin_dismissibles", admin(OK)),
    Door("wagtailadmin_editing_sessions:*", admin(NOT_ALLOWED)),
    Door("wagtailadmin_block_preview", admin(NOT_FOUND), why="needs ?id= of a block"),
    # The admin API behind the choosers: lists every document and image to all admin users.
    Door("wagtailadmin_api:pages:detail", admin(NOT_FOUND, editor=OK)),
    Door("wagtailadmin_api:*:find", admin(NOT_FOUND), why="needs ?id= or ?html_path="),
    Door("wagtailadmin_api:pages:action", admin(NOT_ALLOWED)),
    Door("wagtailadmin_api:*", admin(OK)),
    # Pages in the admin: editors add and change from the home page down (members.roles).
    Door("wagtailadmin_explore_root", admin(DENIED, editor=to("/admin/pages/{home}/"))),
    Door("wagtailadmin_explore*", admin(DENIED, editor=OK)),
    Door(
        "wagtail_bulk_action",
        admin(OK),
        url="/admin/bulk/wagtailcore/page/delete/?id={page}",
        why="the GET lists the chosen pages' titles; Wagtail checks the deletion on POST only",
    ),
    Door("wagtailadmin_pages:choose_parent", admin(OK, editor=to("/admin/pages/add/{add_path}"))),
    Door(
        "wagtailadmin_pages:add_subpage",
        admin(DENIED, editor=to("/admin/pages/add/{add_path}")),
        why="articles are the only page type allowed there",
    ),
    Door(
        "wagtailadmin_pages:move_confirm",
        admin(OK),
        why="Wagtail checks the move on POST only: the GET shows any page's title",
    ),
    Door("wagtailadmin_pages:set_page_position", admin(NOT_ALLOWED)),
    Door("wagtailadmin_pages:lock", admin(NOT_ALLOWED)),
    Door("wagtailadmin_pages:unlock", admin(NOT_ALLOWED)),
    Door("wagtailadmin_pages:convert_alias", admin(NOT_FOUND), why="not an alias"),
    Door(
        "wagtailadmin_pages:confirm_workflow_cancellation",
        admin(OK),
        why="JSON: nothing to confirm",
    ),
    Door("wagtailadmin_pages:revisions_index", admin(to("/admin/pages/{page}/history/"))),
    Door(
        "wagtailadmin_pages:revisions_compare",
        admin(DENIED, editor=OK),
        url="/admin/pages/{page}/revisions/compare/earliest...latest/",
    ),
    Door(
        "wagtailadmin_pages:workflow_history_detail",
        admin(DENIED, editor=OK),
        url="/admin/pages/{in_review}/workflow_history/detail/{workflow_state}/",
    ),
    Door(
        "wagtailadmin_pages:workflow_action",
        admin(DENIED),
        url="/admin/pages/workflow/action/{in_review}/approve/{task_state}/",
        why="Wagtail's approval task is its own Moderators group's, not our roles'",
    ),
    Door(
        "wagtailadmin_pages:collect_workflow_action_data",
        admin(DENIED),
        url="/admin/pages/workflow/collect_action_data/{in_review}/approve/{task_state}/",
    ),
    Door(
        "wagtailadmin_pages:workflow_preview",
        admin(DENIED),
        url="/admin/pages/workflow/preview/{in_review}/{task}/",
    ),
    *(Door(f"wagtailadmin_pages:{name}", admin(DENIED, editor=OK)) for name in EDITOR_PAGE_VIEWS),
    Door(
        "wagtailadmin_pages:set_privacy",
        everyone(shadowed_by("access_set_privacy")),
        why="Wagtail's dialog, replaced by the one with the sharing label (access/privacy.py)",
    ),
    Door("access_set_privacy", admin(DENIED), why="the privacy dialog: publishers'"),
    Door("wagtailadmin_pages:*", admin(DENIED), why="delete, unpublish, move: publishers'"),
    # Choosers: every admin user may browse (Wagtail shows the whole page tree).
    Door("wagtailadmin_choose_page*", admin(OK)),
    Door("wagtailadmin_tag_autocomplete", admin(OK)),
    Door("wagtailadmin_tag_model_autocomplete", admin(NOT_FOUND), why="articles have no tags"),
    Door("wagtailembeds:*", admin(OK)),
    Door("wagtaildocs_chooser:chosen", admin(DENIED, editor=OK)),
    Door("wagtaildocs_chooser:create", admin(DENIED, editor=OK)),
    Door("wagtaildocs_chooser:*", admin(OK)),
    Door("wagtailimages_chooser:choose*", admin(OK)),
    Door("wagtailimages_chooser:chosen_multiple", admin(OK)),
    Door("wagtailimages_chooser:*", admin(DENIED, editor=OK)),
    Door("wagtailsnippetchoosers_search_synonym:create", admin(DENIED)),
    Door("wagtailsnippetchoosers_search_compoundpart:create", admin(DENIED)),
    Door("wagtailsnippetchoosers_*:create", admin(DENIED, editor=OK)),
    Door("wagtailsnippetchoosers_*", admin(OK)),
    Door("wagtailsearchpromotions:chooser*", admin(OK), why="Wagtail's query chooser"),
    Door("wagtailadmin_workflows:task_chooser*", admin(OK)),
    Door("wagtailadmin_workflows:task_chosen", admin(OK)),
    # The tables in the admin: Beheerders only (none of the six roles). Moderators confirm who
    # works for an organisation; editors keep the circles they share pages with.
    Door("spaces_organisation:add", admin(DENIED)),
    Door("spaces_*:delete", admin(DENIED), why="nobody deletes an audience: take people off"),
    Door("spaces_organisation:*", admin(OK, editor=DENIED)),
    Door("spaces_circle:*", admin(DENIED, editor=OK)),
    Door("spaces_*", admin(DENIED)),
    # Media in the admin.
    Door("wagtaildocs:add_multiple", admin(DENIED, editor=OK)),
    Door("wagtaildocs:*multiple*", admin(NOT_ALLOWED), why="the upload form's POST steps"),
    Door("wagtaildocs:*", admin(DENIED, editor=OK), why="Wagtail: who may change may delete"),
    Door("wagtailimages:add_multiple", admin(DENIED, editor=OK)),
    Door("wagtailimages:*multiple*", admin(NOT_ALLOWED)),
    Door(
        "wagtailimages:url_generator*", admin(DENIED, editor=NOT_FOUND), why="no image serve view"
    ),
    Door("wagtailimages:*", admin(DENIED, editor=OK)),
    # Taxonomies (editors), the thesaurus (chief editors, admins).
    Door("wagtailsnippets_knowledge_*:delete", admin(DENIED), why="the chief editor's"),
    Door("wagtailsnippets_knowledge_*", admin(DENIED, editor=OK)),
    Door("wagtailsnippets_search_synonym:*", admin(DENIED)),
    Door("wagtailsnippets_search_compoundpart:*", admin(DENIED)),
    Door("wagtailsnippets:index", admin(DENIED)),
    # Reports.
    Door("wagtailadmin_reports:site_history*", admin(OK), why="Wagtail filters the entries"),
    Door("wagtailadmin_reports:locked_pages*", admin(DENIED), why="needs lock rights"),
    Door("wagtailadmin_reports:*", admin(DENIED, editor=OK)),
    Door("knowledge_review_due*", admin(DENIED, editor=OK)),
    Door("search_reports:*", admin(DENIED, editor=OK)),
    Door("access_document_downloads*", admin(DENIED, editor=OK), why="change rights on documents"),
    Door("wagtailforms:list_submissions*", admin(NOT_FOUND), why="not a form page"),
    Door("wagtailforms:delete_submissions", admin(DENIED)),
    Door("wagtailforms:*", admin(DENIED, editor=OK)),
    # Events: organisers only.
    Door("events_admin:toggle", admin(NOT_ALLOWED)),
    Door("events_admin:attendance", admin(NOT_ALLOWED)),
    Door("events_admin:cancel", admin(NOT_ALLOWED)),
    Door("events_admin:*", admin(DENIED)),
    # Members and accounts: moderators review applications and keep the domain list.
    Door("members_membership:*", admin(OK, editor=DENIED)),
    Door("members_alloweddomain:*", admin(OK, editor=DENIED)),
    Door("wagtailusers_users:index*", admin(OK, editor=DENIED), why="members.view_user"),
    Door("wagtailusers_users:*", admin(DENIED)),
    Door("wagtailusers_groups:*", admin(DENIED)),
    # The Beheerder's and chief editor's areas.
    Door("wagtailadmin_collections:delete", admin(NOT_FOUND)),
    Door("wagtailadmin_collections:*", admin(DENIED)),
    Door("wagtailadmin_workflows:enable*", admin(NOT_ALLOWED)),
    Door("wagtailadmin_workflows:remove", admin(NOT_ALLOWED)),
    Door(
        "wagtailadmin_workflows:add_task",
        admin(DENIED),
        url="/admin/workflows/tasks/add/wagtailcore/groupapprovaltask/",
    ),
    Door("wagtailadmin_workflows:*", admin(DENIED)),
    Door("wagtailsites:*", admin(DENIED)),
    Door("wagtailredirects:*", admin(DENIED)),
    Door("wagtailsearchpromotions:*", admin(DENIED)),
    Door("wagtailsettings:*", admin(NOT_FOUND), why="no settings models are registered"),
]


# ---------------------------------------------------------------------------------------------
# The URLconf


@dataclass(frozen=True)
class Route:
    name: str  # "namespace:name", or "" for an unnamed route
    route: str  # the full pattern, as ResolverMatch.route spells it
    pattern: URLPattern = field(compare=False, repr=False)
    occurrence: int = 1  # the second of two identical (name, pattern) pairs is 2

    @property
    def key(self) -> str:
        key = self.name or self.route
        return key if self.occurrence == 1 else f"{key} #{self.occurrence}"

    def __str__(self) -> str:
        return f"{self.key} ({self.route})" if self.name else self.key


def _join(prefix: str, route: str) -> str:
    # As django.urls.resolvers.URLResolver._join_route.
    return prefix + (route[1:] if route.startswith("^") else route)


def _walk(patterns, prefix: str = "", namespace: str = ""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _walk(pattern.url_patterns, _join(prefix, str(pattern.pattern)), inner)
        else:
            name = f"{namespace}{pattern.name}" if pattern.name else ""
            yield name, _join(prefix, str(pattern.pattern)), pattern


def url_routes() -> list[Route]:
    """Every route of the URLconf, in resolution order."""
    routes, seen = [], {}
    for name, route, pattern in _walk(get_resolver().url_patterns):
        seen[name, route] = seen.get((name, route), 0) + 1
        routes.append(Route(name, route, pattern, seen[name, route]))
    return routes


def doors_for(route: Route) -> list[Door]:
    """The rows of the first `match` that names this route."""
    for door in TABLE:
        if door.match in (route.key, route.route) or fnmatch.fnmatchcase(route.key, door.match):
            return [row for row in TABLE if row.match == door.match]
    return []


# ---------------------------------------------------------------------------------------------
# Concrete URLs: `<conv:kwarg>` filled from the world by kwarg name; `pk` by route family.

CONVERTER = re.compile(r"<(?:\w+:)?(\w+)>")
REGEX_SYNTAX = re.compile(r"[\^$()\\*?+\[\]|]")

KWARGS = {
    "page_id": "page",
    "page_pk": "page",
    "page_to_move_id": "page",
    "parent_page_id": "kennisbank",
    "destination_id": "toolkits",
    "content_type_app_name": "knowledge",
    "content_type_model_name": "articlepage",
    "app_label": "knowledge",
    "app_name": "knowledge",
    "model_name": "articlepage",
    "object_id": "page",
    "action_name": "copy",
    "task_id": "task",
    "revision_id": "revision",
    "workflow_pk": "workflow",
    "collection_id": "collection",
    "session_id": "missing",
    "uploaded_file_id": "missing",
    "document_id": "document",
    "doc_id": "document",
    "image_id": "image",
    "filter_spec": "width-100",
    "event_id": "event",
    "registration_id": "registration",
    "query_id": "query",
    "redirect_id": "redirect",
    "restriction_id": "collection_restriction",
    "page_view_restriction_id": "page_restriction",
    "slug": "event_slug",
    "uidb64": "MQ",
    "token": "vals",
}
# What `pk` is, by route name (first match).
PKS = [
    ("wagtailadmin_api:pages:*", "page"),
    ("wagtailadmin_api:documents:*", "document"),
    ("wagtailadmin_api:images:*", "image"),
    ("wagtailadmin_collections:*", "collection"),
    ("wagtailadmin_workflows:*task*", "task"),
    ("wagtailadmin_workflows:*", "workflow"),
    ("wagtailsnippet*_knowledge_theme:*", "theme"),
    ("wagtailsnippet*_knowledge_region:*", "region"),
    ("wagtailsnippet*_knowledge_audience:*", "audience"),
    ("wagtailsnippet*_search_synonym:*", "synonym"),
    ("wagtailsnippet*_search_compoundpart:*", "compoundpart"),
    ("members_membership:*", "membership"),
    ("members_alloweddomain:*", "domain"),
    ("wagtailsites:*", "site"),
    ("wagtailusers_users:*", "member_user"),
    ("wagtailusers_groups:*", "group"),
    ("wagtaildocs_chooser:*", "document"),
    ("wagtailimages_chooser:*", "image"),
    ("wagtailsettings:*", "missing"),
    ("spaces_space:*", "space"),
    ("spaces_participation:*", "participation"),
    ("spaces_organisation:*", "organisation"),
    ("spaces_circle:*", "circle"),
    ("members:profile", "profile"),
    ("members:contact", "profile"),
    ("members:photo", "profile"),
    ("members:contribution_edit", "contribution"),
    ("search:alert_delete", "missing"),
]


def _value(route: Route, kwarg: str, values: dict) -> str:
    if kwarg == "pk":
        key = next((key for glob, key in PKS if fnmatch.fnmatchcase(route.name, glob)), None)
        assert key is not None, f"no `pk` for {route}: add its family to PKS"
    else:
        key = KWARGS.get(kwarg)
        assert key is not None, f"no value for <{kwarg}> of {route}: add it to KWARGS"
    return str(values.get(key, key))


def concrete_url(route: Route, door: Door, values: dict) -> str:
    if door.url is not None:
        return door.url.format(**values)
    path = CONVERTER.sub(lambda m: _value(route, m.group(1), values), route.route)
    assert not REGEX_SYNTAX.search(path), f"{route} is a regex: give its row a url"
    return "/" + path


# ---------------------------------------------------------------------------------------------
# What a GET gives


def outcome(client, url: str) -> str:
    client.cookies.pop("messages", None)  # only this response's messages count
    try:
        response = client.get(url)
    except Exception as error:  # the table says which views may raise, and what
        return raises(type(error).__name__)
    messages = " ".join(str(message) for message in get_messages(response.wsgi_request))
    morsel = response.cookies.get(settings.SESSION_COOKIE_NAME)
    suffix = SIGNS_OUT if morsel is not None and morsel.value == "" else ""
    status = response.status_code
    if status not in (301, 302):
        return f"{status}{suffix}"
    location = urlsplit(response["Location"])
    asked_back = parse_qs(location.query).get("next") == [url]
    if location.path == "/accounts/login/" and asked_back:
        # The right reason, for signed-in people: Wagtail's "no access to the admin".
        admin_refusal = "geen toegang tot de administratoropties" in messages
        return (NO_ADMIN if admin_refusal else LOGIN) + suffix
    if location.path == "/admin/login/" and asked_back:
        return LOGIN_VIA_ADMIN + suffix
    if location.path == "/admin/" and "geen toegang tot dit gedeelte" in messages:
        return DENIED + suffix
    return to(location.path, status) + suffix


def _resolves_elsewhere(route: Route, url: str) -> str | None:
    match = resolve(urlsplit(url).path)
    if match.func is route.pattern.callback:
        return None
    return match.view_name or match.route


# ---------------------------------------------------------------------------------------------
# The world's objects by the names KWARGS, PKS and the table use


def matrix_values(world) -> dict[str, object]:
    """The fixture world's pages, files, event and users, plus what only some routes need: a
    page in a workflow, a password-protected page and collection, one snippet of each kind, a
    redirect, a search promotion, a membership request, a profile, a contribution, and real
    signed tokens and keys."""
    from django.contrib.auth.models import Group

    from wagtail.contrib.redirects.models import Redirect
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import (
        Collection,
        CollectionViewRestriction,
        PageViewRestriction,
        Site,
        Workflow,
    )

    from allauth.account.forms import default_token_generator
    from allauth.account.models import EmailAddress, EmailConfirmationHMAC
    from allauth.account.utils import user_pk_to_url_str

    from events.models import CalendarToken, Registration
    from knowledge.models import HomePage, KnowledgeIndexPage, ToolkitIndexPage
    from knowledge.taxonomy import Theme
    from members import roles, tokens
    from members.models import Contribution, Membership
    from search.models import CompoundPart, Synonym

    from ..factories import (
        AllowedDomainFactory,
        ArticlePageFactory,
        AudienceFactory,
        ProfileFactory,
        RegionFactory,
        UserFactory,
    )

    public = world.pages["public"]
    member = world.users["member"]
    kennisbank = KnowledgeIndexPage.objects.get()
    in_review = ArticlePageFactory(parent=kennisbank, title="Concept in beoordeling", live=False)
    in_review.save_revision()
    workflow = Workflow.objects.filter(active=True).first()
    workflow_state = workflow.start(in_review, world.users["editor"])
    password_page = ArticlePageFactory(parent=kennisbank, title="Pagina met wachtwoord")
    page_restriction = PageViewRestriction.objects.create(
        page=password_page, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    collection = Collection.get_first_root_node().add_child(name="Map met wachtwoord")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    query = Query.get("drugslab")
    SearchPromotion.objects.create(query=query, page=public, sort_order=0)
    registration = Registration.objects.get(event=world.event, user=member)
    membership, _ = Membership.objects.get_or_create(
        user=world.users["unapproved"], defaults={"status": Membership.Status.PENDING}
    )
    unverified_address = EmailAddress.objects.get(user=world.users["unverified"])
    forgetful = UserFactory(email="vergeten@gemeente.example", roles=[roles.LID])
    image_file = world.image.file.name
    return {
        **{f"page_{kind}": page.url for kind, page in world.pages.items()},
        **{f"pk_{kind}": page.pk for kind, page in world.pages.items()},
        **{f"doc_{kind}": document.url for kind, document in world.documents.items()},
        **{f"file_{kind}": document.file.name for kind, document in world.documents.items()},
        "image_file": image_file,
        "rendition_url": world.rendition_url,
        "home": HomePage.objects.get().pk,
        "kennisbank": kennisbank.pk,
        "add_path": f"knowledge/articlepage/{kennisbank.pk}/",
        "toolkits": ToolkitIndexPage.objects.get().pk,
        "page": public.pk,
        "revision": public.latest_revision.pk,
        "password_page": password_page.url,
        "page_restriction": page_restriction.pk,
        "in_review": in_review.pk,
        "in_review_url": f"{kennisbank.url}{in_review.slug}/",
        "workflow": workflow.pk,
        "workflow_state": workflow_state.pk,
        "task_state": workflow_state.current_task_state.pk,
        "task": workflow_state.current_task_state.task_id,
        "collection": collection.pk,
        "collection_restriction": collection_restriction.pk,
        "theme": Theme.objects.get(slug="ondermijning").pk,
        "region": RegionFactory().pk,
        "audience": AudienceFactory().pk,
        "synonym": Synonym.objects.create(terms="xtc, mdma").pk,
        "compoundpart": CompoundPart.objects.create(word="kwartelkoning").pk,
        "membership": membership.pk,
        "domain": AllowedDomainFactory(domain="politie-voorbeeld.nl").pk,
        "site": Site.objects.get(is_default_site=True).pk,
        "member_user": member.pk,
        "group": Group.objects.get(name=roles.LID).pk,
        "document": world.documents["public"].pk,
        "document_group": world.documents["group"].pk,
        "image": world.image.pk,
        "event": world.event.pk,
        "event_slug": world.event.slug,
        "event_url": world.event.url,
        "registration": registration.pk,
        "confirm_token": registration.confirm_token(),
        "cancel_token": registration.cancel_token(),
        "calendar_token": CalendarToken.objects.create(user=member).token,
        "unsubscribe_token": tokens.unsubscribe_token(member),
        "email_key": EmailConfirmationHMAC(unverified_address).key,
        # For an account that never signs in here: a login changes the key (last_login).
        "reset_uid": user_pk_to_url_str(forgetful),
        "reset_key": default_token_generator.make_token(forgetful),
        "query": query.pk,
        "redirect": Redirect.objects.create(old_path="/oude-pagina", redirect_page=public).pk,
        "profile": ProfileFactory(user=member, in_directory=True).pk,
        "contribution": Contribution.objects.create(user=member, title="Mijn voorbeeld").pk,
        **_space_values(world),
        "missing": 999999,
    }


def _space_values(world) -> dict[str, object]:
    """A table in which the world's member takes part, with an AMBER update and file."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from members import roles
    from spaces import services
    from spaces.models import Circle, Invitation

    from ..factories import ThemeFactory, UserFactory

    beheerder = UserFactory(email="beheerder@kennisplatform.example", roles=[roles.BEHEERDER])
    space = services.create_space(
        name="Matrixtafel", slug="matrix", theme=ThemeFactory(), description="Een tafel."
    )
    member = world.users["member"]
    participation = services.appoint(
        space=space, user=member, organisation="Gemeente", role="coordinator", by=beheerder
    )
    update = services.post_update(
        space=space, author=member, title="Beeld", body="Besloten.", label="amber"
    )
    upload = SimpleUploadedFile("tafel.pdf", b"%PDF-1.4 tafel", "application/pdf")
    file = services.add_file(
        space=space, uploaded_by=member, title="Tafelstuk", upload=upload, label="amber"
    )
    invitation = Invitation.objects.create(space=space, email="genodigde@gemeente.example")
    circle = Circle.objects.create(name="Matrixkring")
    return {
        "circle": circle.pk,
        "space": space.pk,
        "organisation": participation.organisation_id,
        "space_url": space.get_absolute_url(),
        "participation": participation.pk,
        "update": update.pk,
        "file": file.pk,
        "version": file.versions.get().pk,
        "invitation": invitation.token,
    }


# ---------------------------------------------------------------------------------------------
# The test


@pytest.fixture
def quick_client(monkeypatch):
    """The test client without its copy of every template context (response.context): Wagtail's
    admin renders hundreds of templates per page, and nothing here reads them."""
    monkeypatch.setattr("django.test.client.store_rendered_templates", lambda *a, **k: None)


def test_every_route_has_an_expected_outcome_for_every_role(world, as_role, quick_client):
    """One world, every route of the URLconf, six roles: each GET gives the table's outcome,
    and a route the table does not name fails the test."""
    values = matrix_values(world)
    routes = url_routes()
    matched = {door.match for route in routes for door in doors_for(route)}
    problems = [
        f"TABLE row {door.match!r} names no route" for door in TABLE if door.match not in matched
    ]

    # Every case to request: (route, door or None for a route without a row, url).
    cases = []
    for route in routes:
        doors = doors_for(route)
        if not doors:
            try:
                cases.append((route, None, concrete_url(route, Door(route.key, {}), values)))
            except AssertionError:
                problems.append(f"{route}: no row in TABLE, and no URL can be built for it")
            continue
        for door in doors:
            url = concrete_url(route, door, values)
            elsewhere = _resolves_elsewhere(route, url)
            shadowed = door.expect["visitor"].startswith("shadowed by ")
            if shadowed or elsewhere is not None:
                if door.expect != everyone(shadowed_by(str(elsewhere))):
                    problems.append(f"{route}: {url} resolves to {elsewhere or 'itself'}")
                continue  # the route that answers has its own row
            cases.append((route, door, url))

    got: dict[tuple, dict[str, str]] = {}
    for role in ROLES:
        client = as_role(role)
        for route, _door, url in cases:
            result = outcome(client, url)
            got.setdefault((route, url), {})[role] = result
            if result.endswith(SIGNS_OUT):
                client = as_role(role)  # sign in again for the next route

    for route, door, url in cases:
        actual = got[route, url]
        if door is None:
            problems.append(f"{route}: no row in TABLE; GET {url} gives {actual}")
            continue
        expected = {role: value.format(**values) for role, value in door.expect.items()}
        wrong = {
            role: f"{actual[role]!r}, expected {expected[role]!r}"
            for role in ROLES
            if actual[role] != expected[role]
        }
        if wrong:
            problems.append(f"{route} GET {url}: {wrong}")
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems)
