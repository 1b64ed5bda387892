"""Building the Dutch mails about events (text and HTML) with Django's mail API.

Templates live in templates/mail/events/: `<kind>_subject.txt`, `<kind>.txt` and `<kind>.html`.
Only kinds in JOIN_LINK_KINDS get the join link in their context, and only when the registration
holds a seat at the moment the mail is built.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils.html import strip_tags

from wagtail.rich_text import expand_db_html

from . import ics
from .models import EventPage, Registration

JOIN_LINK_KINDS = {"confirmed", "promoted", "reminder_24h", "reminder_1h", "event_changed"}
ICS_KINDS = {"confirmed", "promoted", "event_changed"}
REGISTRATION_KINDS = {
    "confirm_request",
    "already_registered",
    "confirmed",
    "waitlisted",
    "promoted",
    "cancelled",
    "reminder_24h",
    "reminder_1h",
    "event_changed",
    "materials",
}


def _absolute_links(html: str) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return re.sub(r'(href|src)="/(?!/)', rf'\1="{base}/', html)


def rich_text_html(value: str) -> str:
    return _absolute_links(expand_db_html(value or ""))


def rich_text_plain(value: str) -> str:
    html = rich_text_html(value)
    html = re.sub(r'<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r"\2 (\1)", html)
    html = re.sub(r"</(p|li|h\d)>", "\n", html)
    return strip_tags(html).strip()


def render(template: str, context: dict) -> tuple[str, str, str]:
    subject = render_to_string(f"mail/events/{template}_subject.txt", context)
    text = render_to_string(f"mail/events/{template}.txt", context)
    html = render_to_string(f"mail/events/{template}.html", context)
    return " ".join(subject.split()), text.strip() + "\n", html


def event_context(event: EventPage) -> dict:
    return {
        "event": event,
        # An unpublished event has no page any more: point to the agenda instead.
        "event_url": ics.absolute_url((event.url if event.live else None) or "/agenda/"),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
        "mine_url": ics.absolute_url("/mijn/"),
    }


def build_message(
    *, to: str, template: str, context: dict, ics_content: bytes | None = None
) -> EmailMultiAlternatives:
    subject, text, html = render(template, context)
    message = EmailMultiAlternatives(
        subject=settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers={"Auto-Submitted": "auto-generated"},
    )
    message.attach_alternative(html, "text/html")
    if ics_content is not None:
        message.attach("uitnodiging.ics", ics_content, "text/calendar; method=PUBLISH")
    return message


def registration_message(
    registration: Registration, kind: str, extra: dict | None = None
) -> EmailMultiAlternatives:
    if kind not in REGISTRATION_KINDS:
        raise ValueError(f"unknown mail kind {kind!r}")
    event = registration.event
    seated = registration.has_seat
    context = {
        **event_context(event),
        "registration": registration,
        "name": registration.name,
        "join_link": event.join_link if (kind in JOIN_LINK_KINDS and seated) else "",
        "cancel_url": ics.absolute_url(registration.get_cancel_url())
        if registration.can_cancel
        else "",
        "confirm_url": ics.absolute_url(registration.get_confirm_url())
        if kind == "confirm_request"
        else "",
        "position": registration.waitlist_position(),
        "materials_html": rich_text_html(event.materials) if kind == "materials" else "",
        "materials_text": rich_text_plain(event.materials) if kind == "materials" else "",
        **(extra or {}),
    }
    attachment = None
    if kind in ICS_KINDS and seated:
        attachment = ics.single_event_calendar(event, include_join_link=True)
    return build_message(
        to=registration.email, template=kind, context=context, ics_content=attachment
    )


def withdrawn_message(registration: Registration, *, had_seat: bool) -> EmailMultiAlternatives:
    event = registration.event
    context = {
        **event_context(event),
        "registration": registration,
        "name": registration.name,
        "had_seat": had_seat,
    }
    message = build_message(to=registration.email, template="event_withdrawn", context=context)
    if had_seat:
        message.attach(
            "afgelast.ics",
            ics.cancellation(event, attendee=registration.email),
            "text/calendar; method=CANCEL",
        )
    return message


def organiser_message(
    registration: Registration, *, subject: str, body: str
) -> EmailMultiAlternatives:
    context = {
        **event_context(registration.event),
        "registration": registration,
        "name": registration.name,
        "subject": subject,
        "body": body,
    }
    return build_message(to=registration.email, template="organiser_message", context=context)
