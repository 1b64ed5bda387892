"""allauth customised for the platform (https://docs.allauth.org/en/latest/account/advanced.html).

Account flows stay allauth's own (verification, reset, login by code, rate limits, enumeration
prevention); here we only add what is ours: the membership application at signup and MFA that
staff cannot switch off.
"""

from __future__ import annotations

from django.http import HttpRequest

from allauth.account.adapter import DefaultAccountAdapter
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


class MFAAdapter(DefaultMFAAdapter):
    def can_delete_authenticator(self, authenticator: Authenticator) -> bool:
        """Staff keep their authenticator app: the admin requires it."""
        if authenticator.type == Authenticator.Type.TOTP and authenticator.user.has_staff_role:
            return False
        return super().can_delete_authenticator(authenticator)
