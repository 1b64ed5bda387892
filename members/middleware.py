"""Staff use the Wagtail admin only in a session that passed MFA.

An authenticator app on the account is not enough: a session that logged in without its code
(Django's own `login()`, as Wagtail's old front-end form did, or any future path that skips
allauth's MFA stage) must not act as staff. allauth records every authentication step of a
session (`allauth.account.authentication.get_authentication_records`); the session passed MFA
when one of them is an "mfa" step for this user: allauth's MFA login stage, its MFA
reauthentication, or activating the authenticator app in this session (recorded by
`record_mfa_activation`, members/signals.py).
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from allauth.account.authentication import get_authentication_records

from . import selectors


def session_passed_mfa(request: HttpRequest, user) -> bool:
    return any(
        record.get("method") == "mfa" for record in get_authentication_records(request, user)
    )


def record_mfa_activation(request: HttpRequest, user, authenticator) -> None:
    """Activating an authenticator app proves the code once: it counts as this session's MFA
    step, as allauth's own MFA stage would have recorded it."""
    # allauth has no public API to add a record; the function its flows use is internal
    # (allauth/account/internal/flows/login.py, django-allauth pinned in pyproject.toml).
    from allauth.account.internal.flows.login import record_authentication

    record_authentication(
        request, user, "mfa", id=authenticator.pk, type=authenticator.type, activated=True
    )


class StaffMFARequiredMiddleware:
    """Mark every signed-in request with whether it may act as staff, and keep the Wagtail
    admin closed to staff sessions that did not pass MFA.

    Contract: on every authenticated request this middleware sets
    `request.user.staff_mfa_passed` (a bool) before any view runs:

    - True when the user has no staff role (`user.has_staff_role`: editors, organisers,
      moderators, admins, superusers, `is_staff`), or this session passed MFA;
    - False for a staff user whose session did not pass MFA, with or without an authenticator
      app. The visibility policy (access/policy.py) then treats the session as a plain member
      outside the admin: no staff-only pages, documents or group rights.

    It also sets `user.shows_userbar`: whether pages offer Wagtail's user bar (a session that
    passed MFA, or a staff role).

    Requests without a session cookie are anonymous and are left alone (no attribute; read it
    as `getattr(user, "staff_mfa_passed", True)` after `is_authenticated`). Order: after
    AuthenticationMiddleware and allauth's AccountMiddleware.

    In the admin (under `wagtailadmin_home`), such a staff user is sent to allauth's "activate
    authenticator app" page when they have none, else to allauth's MFA reauthentication with
    `next` kept. MFA stays optional for members.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._admin_prefix: str | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        user = getattr(request, "user", None)
        if (
            user is None
            or settings.SESSION_COOKIE_NAME not in request.COOKIES
            or not user.is_authenticated
        ):
            return self.get_response(request)
        # The session records first: a verified session needs no role query.
        passed_mfa = session_passed_mfa(request, user)
        passed = passed_mfa or not user.has_staff_role
        user.staff_mfa_passed = passed
        # Wagtail's user bar costs a permission query; members never get it (templates/base.html).
        user.shows_userbar = passed_mfa or user.has_staff_role
        if not passed and request.path.startswith(self._admin_prefix):
            return self._to_mfa(request, user)
        return self.get_response(request)

    def _to_mfa(self, request: HttpRequest, user) -> HttpResponse:
        if not selectors.has_totp(user):
            messages.warning(
                request,
                _(
                    "Stel eerst tweestapsverificatie in met een authenticator-app. Daarna "
                    "kunt u de beheeromgeving gebruiken."
                ),
            )
            return redirect("mfa_activate_totp")
        messages.info(
            request,
            _(
                "Vul de code uit uw authenticator-app in. Daarna kunt u de beheeromgeving "
                "gebruiken."
            ),
        )
        query = urlencode({"next": request.get_full_path()})
        return redirect(f"{reverse('mfa_reauthenticate')}?{query}")
