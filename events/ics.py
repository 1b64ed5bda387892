"""iCalendar (RFC 5545) output with the `icalendar` package.

UIDs are built from the page's translation_key, so they survive slug changes and moves; the
SEQUENCE comes from EventState and is bumped when a published event's time, link, title or
location changes (see services.event_sync_published). Times are written in Europe/Amsterdam with
a matching VTIMEZONE. The join link is only written when `include_join_link` is set, which is
done for confirmed registrants (confirmation mail, personal feed), never for public feeds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from email.utils import parseaddr
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from icalendar import Calendar, Event, vText

from access import labels
from access.labels import Label

from .models import EventPage, EventState

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PRODID = "-//Kennisplatform Ondermijning//Agenda//NL"
UID_DOMAIN = getattr(settings, "EVENTS_ICS_UID_DOMAIN", "kennisplatform-ondermijning.nl")
CONTENT_TYPE = "text/calendar; charset=utf-8"


def absolute_url(path: str) -> str:
    if path.startswith(("http://", "https://")):
        return path
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def event_uid(event: EventPage) -> str:
    return f"{event.translation_key}@{UID_DOMAIN}"


def event_sequence(event: EventPage) -> int:
    try:
        return event.state.sequence
    except EventState.DoesNotExist:
        return 0


def _location(event: EventPage, join_link: str) -> str:
    if join_link:
        return join_link
    if event.location:
        return event.location
    if event.online_platform:
        return _("Online via %(platform)s") % {"platform": event.online_platform}
    return _("Online")


def _description(event: EventPage, url: str, join_link: str) -> str:
    lines = [event.summary.strip(), ""]
    if join_link:
        lines += [_("Deelnamelink (persoonlijk, niet delen): %(link)s") % {"link": join_link}, ""]
    elif event.online_platform:
        lines += [
            _("Online via %(platform)s. De deelnamelink staat in uw bevestigingsmail.")
            % {"platform": event.online_platform},
            "",
        ]
    lines.append(_("Meer informatie: %(url)s") % {"url": url})
    return "\n".join(lines)


def _identity(event: EventPage) -> Event:
    """What identifies an event occurrence to a calendar: UID, SEQUENCE, stamp and times."""
    component = Event()
    component.add("uid", event_uid(event))
    component.add("sequence", event_sequence(event))
    component.add("dtstamp", timezone.now().astimezone(dt.UTC))
    component.add("dtstart", event.start.astimezone(AMSTERDAM))
    component.add("dtend", event.end.astimezone(AMSTERDAM))
    return component


def event_component(
    event: EventPage, *, include_join_link: bool = False, label: str = Label.CLEAR
) -> Event:
    component = _identity(event)
    component.add("summary", event.title)
    if event.space_id is not None or not labels.is_quotable(label):
        # A table's meeting or another event for a closed group (TLP:AMBER): calendar files
        # travel, so they carry neither its description nor a link; the participant finds
        # both on the platform.
        component.add(
            "description",
            _("Besloten bijeenkomst. De details staan op het kennisplatform."),
        )
        component.add("class", "CONFIDENTIAL")
    else:
        url = absolute_url(event.url or "/")
        join_link = event.join_link if include_join_link else ""
        component.add("description", _description(event, url, join_link))
        component.add("location", _location(event, join_link))
        component.add("url", url)
        component.add("class", "PUBLIC")
    component.add("categories", [event.get_event_format_display()])
    component.add("status", "CONFIRMED")
    component.add("transp", "OPAQUE")
    if event.first_published_at:
        component.add("created", event.first_published_at.astimezone(dt.UTC))
    if event.last_published_at:
        component.add("last-modified", event.last_published_at.astimezone(dt.UTC))
    return component


def build_calendar(
    events: Iterable[EventPage], *, name: str, include_join_link: bool = False
) -> bytes:
    events = list(events)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar writes NAME and X-WR-CALNAME as unknown values, unescaped: a line break in
    # them would end the content line. As TEXT (RFC 5545 §3.3.11) it is escaped like SUMMARY.
    calendar.add("name", vText(name))
    calendar.add("x-wr-calname", vText(name))
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add("refresh-interval", dt.timedelta(hours=1), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", "PT1H")
    event_labels = labels.page_labels(events)
    for event in events:
        label = event_labels.get(event.pk, Label.CLEAR)
        calendar.add_component(
            event_component(event, include_join_link=include_join_link, label=label)
        )
    # Only the transitions the calendar needs, instead of every one since 1970.
    starts = [event.start.astimezone(AMSTERDAM).date() for event in events] or [
        timezone.localdate()
    ]
    calendar.add_missing_timezones(
        first_date=min(starts) - dt.timedelta(days=366),
        last_date=max(starts) + dt.timedelta(days=366),
    )
    if not events:
        # An empty feed still declares its zone, so clients show it consistently.
        from icalendar import Timezone

        calendar.add_component(
            Timezone.from_tzid(
                "Europe/Amsterdam",
                first_date=min(starts) - dt.timedelta(days=366),
                last_date=max(starts) + dt.timedelta(days=366),
            )
        )
    return calendar.to_ical()


def single_event_calendar(event: EventPage, *, include_join_link: bool = False) -> bytes:
    return build_calendar([event], name=event.title, include_join_link=include_join_link)


def cancellation(event: EventPage, *, attendee: str) -> bytes:
    """A METHOD:CANCEL calendar for one registrant of a withdrawn event (RFC 5546 §3.2.5): the
    UID of their invitation, a higher SEQUENCE, the organiser and the attendee. Calendars that
    imported the invitation can match it and mark or remove the entry."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL")
    component = _identity(event)
    component.add("summary", _("Gaat niet door: %(title)s") % {"title": event.title})
    component.add("status", "CANCELLED")
    component.add("url", absolute_url("/agenda/"))
    component.add(
        "organizer",
        f"mailto:{parseaddr(settings.DEFAULT_FROM_EMAIL)[1]}",
        parameters={"CN": settings.WAGTAIL_SITE_NAME},
    )
    component.add("attendee", f"mailto:{attendee}")
    calendar.add_component(component)
    day = event.start.astimezone(AMSTERDAM).date()
    calendar.add_missing_timezones(
        first_date=day - dt.timedelta(days=366), last_date=day + dt.timedelta(days=366)
    )
    return calendar.to_ical()


def _utc_stamp(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def add_to_calendar_links(event: EventPage) -> list[dict[str, str]]:
    """Links for the event page's "add to calendar" menu (never with the join link). Empty
    for a page that has no URL yet (preview of a new page)."""
    if not event.slug or not event.pk:
        return []
    url = absolute_url(event.url or "/")
    details = Truncator(strip_tags(event.summary)).chars(600) + "\n\n" + url
    location = _location(event, "")
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": event.title,
            "dates": f"{_utc_stamp(event.start)}/{_utc_stamp(event.end)}",
            "details": details,
            "location": location,
            "ctz": "Europe/Amsterdam",
        }
    )
    outlook_params = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": event.title,
            "startdt": event.start.astimezone(AMSTERDAM).isoformat(),
            "enddt": event.end.astimezone(AMSTERDAM).isoformat(),
            "body": details,
            "location": location,
        }
    )
    return [
        {
            "label": _("Agendabestand (.ics) voor Outlook, Apple en andere"),
            "url": reverse("events:event_ics", args=[event.slug]),
        },
        {"label": _("Google Agenda"), "url": google},
        {
            "label": _("Outlook.com"),
            "url": "https://outlook.live.com/calendar/0/deeplink/compose?" + outlook_params,
        },
        {
            "label": _("Microsoft 365"),
            "url": "https://outlook.office.com/calendar/0/deeplink/compose?" + outlook_params,
        },
    ]
