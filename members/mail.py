"""Member mails: Dutch, a plain-text and an HTML part, rendered from templates/mail/members/."""

from __future__ import annotations

from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation


def absolute_url(path: str) -> str:
    """Mails are read outside the site: every link is absolute (SITE_URL)."""
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_mail(
    template: str,
    *,
    to: Sequence[str],
    context: dict,
    reply_to: Sequence[str] | None = None,
    headers: dict[str, str] | None = None,
    folder: str = "members",
) -> EmailMultiAlternatives:
    """Render mail/<folder>/<template>_subject.txt, .txt and .html into one message (the
    layout of mail/members/base.html; other apps keep their templates in their own folder)."""
    context = {"site_url": absolute_url("/"), **context}
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string(f"mail/{folder}/{template}_subject.txt", context)
        text = render_to_string(f"mail/{folder}/{template}.txt", context)
        html = render_to_string(f"mail/{folder}/{template}.html", context)
    subject = " ".join(subject.split())
    message = EmailMultiAlternatives(
        subject=f"{settings.ACCOUNT_EMAIL_SUBJECT_PREFIX}{subject}",
        body=text.strip() + "\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to) if reply_to else None,
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    return message


def send_mail(template: str, **kwargs) -> None:
    build_mail(template, **kwargs).send()
