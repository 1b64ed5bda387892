"""Read-only queries for the agenda, the event page, feeds and the organiser admin."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from django.core.paginator import Paginator
from django.db.models import (
    Case,
    Count,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.http import HttpRequest, QueryDict
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from access import policy
from knowledge.taxonomy import taxonomy_options, term_by_slug

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PAGE_SIZE = 20
FILTER_PARAMS = ("thema", "vorm", "doelgroep")
FEED_PAST_DAYS = 90


class AgendaInputError(ValueError):
    """A query parameter of the agenda could not be understood (shown as a 400)."""


def events() -> QuerySet:
    from .models import EventPage

    return EventPage.objects.live()


def _seats_subquery() -> Subquery:
    from .models import Registration

    return Subquery(
        Registration.objects.filter(
            event=OuterRef("pk"), status__in=[str(s) for s in Registration.SEAT_STATUSES]
        )
        .order_by()
        .values("event")
        .annotate(n=Count("pk"))
        .values("n"),
        output_field=IntegerField(),
    )


def with_seats(qs: QuerySet) -> QuerySet:
    """Annotate `seats_taken` (confirmed + attended) without joins that multiply rows."""
    return qs.annotate(seats_taken=Coalesce(_seats_subquery(), Value(0)))


def visible_events(request: HttpRequest | None) -> QuerySet:
    """Events this visitor may open (the policy), in one SQL query whatever the number of
    restrictions."""
    return policy.openable(events(), request.user if request is not None else None)


def _filters(params: QueryDict) -> dict[str, str]:
    """The chosen theme, format and audience; only values from the filter lists pass (the
    feed names its calendar after them), anything else is an AgendaInputError."""
    from .models import EventPage

    selected = {name: params.get(name, "").strip()[:100] for name in FILTER_PARAMS}
    options = taxonomy_options()
    if selected["thema"] and selected["thema"] not in dict(options["thema"]):
        raise AgendaInputError(_("Onbekend thema: kies een thema uit de lijst."))
    if selected["vorm"] and selected["vorm"] not in EventPage.Format.values:
        raise AgendaInputError(_("Onbekende vorm: kies een vorm uit de lijst."))
    if selected["doelgroep"] and selected["doelgroep"] not in dict(options["doelgroep"]):
        raise AgendaInputError(_("Onbekende doelgroep: kies een doelgroep uit de lijst."))
    return selected


def filter_labels(params: QueryDict) -> list[str]:
    """The names of the chosen filters (theme, format, audience), for the feed's name."""
    from .models import EventPage

    selected = _filters(params)
    labels = []
    if selected["thema"]:
        labels.append(term_by_slug("themes", selected["thema"]).name)
    if selected["vorm"]:
        labels.append(str(EventPage.Format(selected["vorm"]).label))
    if selected["doelgroep"]:
        labels.append(dict(taxonomy_options()["doelgroep"])[selected["doelgroep"]])
    return labels


def apply_filters(qs: QuerySet, selected: dict[str, str]) -> QuerySet:
    """Theme (including its sub-themes), format and audience. Theme and audience filter through
    an `IN (subquery)` so no join duplicates rows."""
    from .models import EventPage

    if selected.get("thema"):
        slug = selected["thema"]
        qs = qs.filter(
            pk__in=EventPage.objects.filter(
                Q(themes__slug=slug) | Q(themes__parent__slug=slug)
            ).values("pk")
        )
    if selected.get("vorm"):
        qs = qs.filter(event_format=selected["vorm"])
    if selected.get("doelgroep"):
        qs = qs.filter(
            pk__in=EventPage.objects.filter(audiences__slug=selected["doelgroep"]).values("pk")
        )
    return qs


def parse_month(value: str) -> tuple[int, int]:
    try:
        year_text, month_text = value.split("-")
        year, month = int(year_text), int(month_text)
    except ValueError as exc:
        raise AgendaInputError(
            _("Ongeldige maand: gebruik de vorm JJJJ-MM, bijvoorbeeld 2026-12.")
        ) from exc
    if not (1 <= month <= 12 and 2000 <= year <= 2100):
        raise AgendaInputError(_("Ongeldige maand: gebruik de vorm JJJJ-MM, bijvoorbeeld 2026-12."))
    return year, month


@dataclass
class Day:
    date: dt.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


def month_grid(year: int, month: int, month_events: list) -> list[list[Day]]:
    """Weeks (Monday first) of Day objects; an event appears on every local day it spans."""
    today = timezone.localdate()
    by_day: dict[dt.date, list] = {}
    for event in month_events:
        day = timezone.localtime(event.start, AMSTERDAM).date()
        last = timezone.localtime(event.end - dt.timedelta(seconds=1), AMSTERDAM).date()
        while day <= last:
            by_day.setdefault(day, []).append(event)
            day += dt.timedelta(days=1)
    weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    return [
        [Day(d, d.month == month, d == today, by_day.get(d, [])) for d in week] for week in weeks
    ]


def _month_query(selected: dict[str, str], year: int, month: int) -> str:
    params = {k: v for k, v in selected.items() if v}
    params["maand"] = f"{year:04d}-{month:02d}"
    return urlencode(params)


def agenda(request: HttpRequest) -> dict:
    """The upcoming list (default), past events or a month grid (?maand=YYYY-MM), filtered by
    theme, format and audience. Raises AgendaInputError for parameters it cannot understand."""
    from .models import EventPage

    now = timezone.now()
    selected = _filters(request.GET)
    show_past = request.GET.get("periode") == "afgelopen"
    month_param = request.GET.get("maand", "").strip()
    base = with_seats(apply_filters(visible_events(request), selected))
    filter_query = urlencode({k: v for k, v in selected.items() if v})
    context: dict = {
        "show_past": show_past,
        # (slug, label) from the cached taxonomy, sub-themes under their main theme.
        "themes": taxonomy_options()["thema"],
        "formats": EventPage.Format.choices,
        "audiences": taxonomy_options()["doelgroep"],
        "selected": selected,
        "filter_query": filter_query,
        "view": "past" if show_past else "upcoming",
    }
    if month_param:
        year, month = parse_month(month_param)
        first = dt.datetime(year, month, 1, tzinfo=AMSTERDAM)
        following = dt.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=AMSTERDAM)
        month_events = list(base.filter(start__lt=following, end__gt=first).order_by("start"))
        previous = (year - 1, 12) if month == 1 else (year, month - 1)
        after = (year + 1, 1) if month == 12 else (year, month + 1)
        today = timezone.localdate()
        context.update(
            view="month",
            month_start=first.date(),
            weeks=month_grid(year, month, month_events),
            month_events=month_events,
            previous_month_query=_month_query(selected, *previous),
            next_month_query=_month_query(selected, *after),
            this_month_query=_month_query(selected, today.year, today.month),
            weekdays=[
                (_("Maandag"), _("ma")),
                (_("Dinsdag"), _("di")),
                (_("Woensdag"), _("wo")),
                (_("Donderdag"), _("do")),
                (_("Vrijdag"), _("vr")),
                (_("Zaterdag"), _("za")),
                (_("Zondag"), _("zo")),
            ],
        )
        return context
    qs = (
        base.filter(end__lt=now).order_by("-start")
        if show_past
        else base.filter(end__gte=now).order_by("start")
    )
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("pagina"))
    pager_params = {k: v for k, v in selected.items() if v}
    if show_past:
        pager_params["periode"] = "afgelopen"
    context.update(events=page, qs=urlencode(pager_params))
    today = timezone.localdate()
    context["this_month_query"] = _month_query(selected, today.year, today.month)
    return context


def feed_events(request: HttpRequest) -> QuerySet:
    """Events for /agenda/feed.ics: upcoming plus the last FEED_PAST_DAYS (or only past ones with
    ?periode=afgelopen), honouring the agenda's filters. State loaded for the SEQUENCE."""
    selected = _filters(request.GET)
    now = timezone.now()
    qs = apply_filters(visible_events(request), selected).select_related("state")
    if request.GET.get("periode") == "afgelopen":
        qs = qs.filter(end__lt=now)
    else:
        qs = qs.filter(end__gte=now - dt.timedelta(days=FEED_PAST_DAYS))
    return qs.order_by("start")


# ---------------------------------------------------------------------------------------------
# Registrations


def registrations_for_user(user) -> QuerySet:
    """The member's registrations (any status), newest event first, with the event loaded.

    Use `registration.join_link` (empty unless confirmed), `registration.can_cancel`,
    `registration.get_cancel_url()` and `registration.shows_materials` in templates.
    """
    from .models import Registration

    if not getattr(user, "is_authenticated", False):
        return Registration.objects.none()
    return (
        Registration.objects.filter(user=user)
        .select_related("event")
        .order_by("-event__start", "-created_at")
    )


def registration_of(event, user):
    """The user's current registration for the event: the active one, else the latest one."""
    from .models import Registration

    if not getattr(user, "is_authenticated", False):
        return None
    active = [str(s) for s in Registration.ACTIVE_STATUSES]
    return (
        Registration.objects.filter(event_id=event.pk)
        .filter(Q(user=user) | Q(email__iexact=user.email))
        .annotate(inactive=Case(When(status__in=active, then=Value(0)), default=Value(1)))
        .order_by("inactive", "-created_at")
        .first()
    )


def registration_counts(event) -> dict[str, int]:
    """Counts per status plus seats taken and free (None = unlimited)."""
    from .models import Registration

    counts = {status: 0 for status in Registration.Status.values}
    rows = (
        Registration.objects.filter(event_id=event.pk)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    counts.update(dict(rows))
    taken = counts["confirmed"] + counts["attended"]
    counts["seats_taken"] = taken
    counts["capacity"] = event.capacity
    counts["seats_left"] = None if event.capacity is None else max(event.capacity - taken, 0)
    counts["percent"] = min(round(100 * taken / event.capacity), 100) if event.capacity else 0
    return counts


def event_status(event) -> dict:
    """Seats taken and the organiser's close switch in one query, for the event page."""
    from .models import EventPage

    row = (
        EventPage.objects.filter(pk=event.pk)
        .annotate(seats_taken=Coalesce(_seats_subquery(), Value(0)))
        .values("seats_taken", "state__registration_closed_at")
        .first()
    ) or {"seats_taken": 0, "state__registration_closed_at": None}
    taken = row["seats_taken"]
    return {
        "seats_taken": taken,
        "seats_left": None if event.capacity is None else max(event.capacity - taken, 0),
        "registration_closed_at": row["state__registration_closed_at"],
    }


def personal_feed_events(user) -> list:
    """Events the user holds a seat for (upcoming and the last FEED_PAST_DAYS), for the
    personal feed with join links."""
    from .models import EventPage, Registration

    since = timezone.now() - dt.timedelta(days=FEED_PAST_DAYS)
    event_ids = Registration.objects.filter(
        user=user, status__in=[str(s) for s in Registration.SEAT_STATUSES]
    ).values("event_id")
    return list(
        EventPage.objects.live()
        .filter(pk__in=event_ids, end__gte=since)
        .select_related("state")
        .order_by("start")
    )


# ---------------------------------------------------------------------------------------------
# Organiser admin


def manageable_events(user) -> QuerySet:
    """Events whose registrations this user may manage: those they may publish."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from .models import EventPage

    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "publish")
    return EventPage.objects.filter(pk__in=pages.values("pk"))


def can_manage_any_events(user) -> bool:
    """Whether the organiser admin is useful to this user (publish rights on the agenda or any
    event); decides the admin menu item."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from .models import EventIndexPage, EventPage

    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return False
    pages = PagePermissionPolicy().instances_user_has_permission_for(user, "publish")
    return pages.type(EventIndexPage, EventPage).exists()


def event_registrations(event, *, query: str = "", status: str = "") -> QuerySet:
    from .models import Registration

    qs = Registration.objects.filter(event_id=event.pk).select_related("user")
    if status:
        qs = qs.filter(status=status)
    if query:
        qs = qs.filter(
            Q(name__icontains=query) | Q(email__icontains=query) | Q(organisation__icontains=query)
        )
    return qs.order_by("created_at", "pk")


def withdrawal_recipients(*, events: QuerySet) -> QuerySet:
    """Registrations told when these events are withdrawn: those of events that have not
    started yet, with a seat or a waitlist place. (Unconfirmed requests are cancelled too, but
    their address was never verified, so it is not mailed.)"""
    from .models import Registration

    return Registration.objects.filter(
        event__in=events.filter(start__gt=timezone.now()),
        status__in=[Registration.Status.CONFIRMED, Registration.Status.WAITLISTED],
    ).exclude(email="")
