"""allauth customised for the platform (https://docs.allauth.org/en/latest/account/advanced.html).

Account flows stay allauth's own (verification, reset, login by code, rate limits, enumeration
prevention); here we only add what is ours: the membership application at signup and MFA that
staff cannot switch off.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.http import HttpRequest
from django.urls import reverse

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator


class AccountAdapter(DefaultAccountAdapter):
    def save_user(self, request: HttpRequest, user, form, commit: bool = True):
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            from .services import membership_register

            membership_register(
                user=user,
                organisation=form.cleaned_data.get("organisation", ""),
                motivation=form.cleaned_data.get("motivation", ""),
            )
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """allauth's mails use our Dutch text and HTML templates (templates/account/email/),
        which link back to the site and greet people by name when we know it."""
        from .mail import absolute_url

        context = {"site_url": absolute_url("/"), **context}
        user = context.get("user")
        if user is not None and getattr(user, "get_full_name", None):
            context.setdefault("name", user.get_full_name())
        super().send_mail(template_prefix, email, context)

    def send_notification_mail(self, template_prefix, user, context=None, email=None) -> None:
        context = {"name": user.get_full_name(), **(context or {})}
        super().send_notification_mail(template_prefix, user, context=context, email=email)

    def is_safe_url(self, url: str | None) -> bool:
        """Never send a signed-in account without admin access (back) into the admin. Wagtail
        answers such an account with the login and `next` pointing into the admin, and
        allauth sends a signed-in visitor of the login straight on to `next`: a redirect loop
        in which Wagtail's "geen toegang" message is never seen. Without that `next`, allauth
        sends them to LOGIN_REDIRECT_URL (/mijn/), where the message shows."""
        if not super().is_safe_url(url):
            return False
        user = getattr(allauth_context.request, "user", None)
        return not (
            user is not None
            and user.is_authenticated
            and urlsplit(url).path.startswith(reverse("wagtailadmin_home"))
            and not user.has_perm("wagtailadmin.access_admin")
        )


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff keep their authenticator app: the admin requires it."""
        if authenticator.type == Authenticator.Type.TOTP and authenticator.user.has_staff_role:
            return False
        return super().can_delete_authenticator(authenticator)
