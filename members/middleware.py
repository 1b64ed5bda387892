"""Staff must protect their account with an authenticator app before the admin opens."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from . import selectors


class StaffMFARequiredMiddleware:
    """Redirect staff (editors, organisers, moderators, admins) without TOTP from the Wagtail
    admin to allauth's "activate authenticator app" page.

    MFA stays optional for members: only admin URLs are guarded, and the login itself already
    asks for the code of anyone who has an authenticator (allauth.mfa's AuthenticateStage).
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self._admin_prefix: str | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self._admin_prefix is None:
            self._admin_prefix = reverse("wagtailadmin_home")
        user = getattr(request, "user", None)
        if (
            request.path.startswith(self._admin_prefix)
            and user is not None
            and user.is_authenticated
            and user.has_staff_role
            and not selectors.has_totp(user)
        ):
            messages.warning(
                request,
                _(
                    "Stel eerst tweestapsverificatie in met een authenticator-app. Daarna "
                    "kunt u de beheeromgeving gebruiken."
                ),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)
