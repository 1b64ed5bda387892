"""Organiser admin (Wagtail): registrations per event, exports, mailing, attendance, closing.

Access follows Wagtail page permissions: whoever may publish an event manages its
registrations (events.access.can_manage_registrations). Everyone else gets a 403, so an editor
who may only edit pages never sees personal data.
"""

from __future__ import annotations

import csv
import datetime as dt
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from knowledge.spreadsheets import neutralise_formula

from . import selectors, services
from .access import can_manage_registrations
from .forms import MailRegistrantsForm, RegistrationSearchForm
from .models import EventPage, EventState, Registration

PAGE_SIZE = 50
EXPORT_COLUMNS = [
    ("name", _("Naam")),
    ("email", _("E-mailadres")),
    ("organisation", _("Organisatie")),
    ("status", _("Status")),
    ("created_at", _("Aangemeld op")),
    ("confirmed_at", _("Bevestigd op")),
    ("account", _("Lid (account)")),
]


def _event_or_403(request: HttpRequest, event_id: int) -> EventPage:
    event = get_object_or_404(EventPage, pk=event_id)
    if not can_manage_registrations(request.user, event):
        raise PermissionDenied
    return event


def _breadcrumbs(event: EventPage | None = None, extra: str = "") -> list[dict]:
    items = [
        {"url": reverse("wagtailadmin_home"), "label": _("Dashboard")},
        {"url": reverse("events_admin:index"), "label": _("Aanmeldingen")},
    ]
    if event is not None:
        items.append({"url": reverse("events_admin:event", args=[event.pk]), "label": event.title})
    if extra:
        items.append({"url": "", "label": extra})
    return items


def _render(request, template: str, context: dict, *, title: str, status: int = 200):
    context = {
        "page_title": title,
        "header_title": title,
        "header_icon": "group",
        **context,
    }
    return TemplateResponse(request, f"events/admin/{template}.html", context, status=status)


def index(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    events = selectors.with_seats(selectors.manageable_events(request.user).select_related("state"))
    upcoming = list(events.filter(end__gte=now).order_by("start"))
    past = list(events.filter(end__lt=now).order_by("-start")[:30])
    if not selectors.can_manage_any_events(request.user):
        raise PermissionDenied
    return _render(
        request,
        "index",
        {"upcoming": upcoming, "past": past, "breadcrumbs_items": _breadcrumbs()},
        title=_("Aanmeldingen"),
    )


def _filtered(request: HttpRequest, event: EventPage):
    form = RegistrationSearchForm(request.GET or None)
    query = status = ""
    if form.is_valid():
        query = form.cleaned_data["q"].strip()
        status = form.cleaned_data["status"]
    return form, selectors.event_registrations(event, query=query, status=status)


def event_detail(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    form, registrations = _filtered(request, event)
    page = Paginator(registrations, PAGE_SIZE).get_page(request.GET.get("p"))
    state = EventState.objects.filter(event_id=event.pk).first()
    params = request.GET.copy()
    params.pop("p", None)
    closed = services.registration_closed_reason(event, state=state)
    return _render(
        request,
        "event",
        {
            "event": event,
            "counts": selectors.registration_counts(event),
            "state": state,
            "closed_reason": closed.message if closed else "",
            "search_form": form,
            "registrations": page,
            "query_string": params.urlencode(),
            "can_mark_attendance": event.start - dt.timedelta(hours=1) <= timezone.now(),
            "breadcrumbs_items": _breadcrumbs(event),
        },
        title=_("Aanmeldingen: %(title)s") % {"title": event.title},
    )


def _back(event: EventPage, request: HttpRequest) -> HttpResponse:
    url = reverse("events_admin:event", args=[event.pk])
    query = request.POST.get("back", "")
    return redirect(f"{url}?{query}" if query and "://" not in query else url)


@require_POST
def toggle_registration(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    if request.POST.get("action") == "open":
        services.event_open_registration(event=event)
        messages.success(request, _("De aanmelding is weer geopend."))
    else:
        services.event_close_registration(event=event)
        messages.success(request, _("De aanmelding is gesloten. Bestaande aanmeldingen blijven."))
    return _back(event, request)


@require_POST
def attendance(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    attended = request.POST.get("action") != "absent"
    ids = [int(pk) for pk in request.POST.getlist("registration") if pk.isdigit()]
    if not ids:
        messages.error(request, _("Selecteer eerst een of meer aanmeldingen."))
        return _back(event, request)
    changed = 0
    errors: set[str] = set()
    for registration in Registration.objects.filter(event=event, pk__in=ids):
        try:
            services.registration_mark_attendance(registration=registration, attended=attended)
            changed += 1
        except services.RegistrationError as error:
            errors.add(error.message)
    for message in errors:
        messages.error(request, message)
    if changed:
        messages.success(
            request,
            (
                _("%(n)s deelnemer(s) gemarkeerd als aanwezig.")
                if attended
                else _("%(n)s deelnemer(s) gemarkeerd als niet aanwezig.")
            )
            % {"n": changed},
        )
    return _back(event, request)


@require_POST
def cancel_registration(request: HttpRequest, event_id: int, registration_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    registration = get_object_or_404(Registration, pk=registration_id, event=event)
    try:
        services.registration_cancel(registration=registration, by_organiser=True)
        messages.success(
            request,
            _("De aanmelding is geannuleerd; de deelnemer krijgt bericht."),
        )
    except services.RegistrationError as error:
        messages.error(request, error.message)
    return _back(event, request)


def mail_registrants(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    form = MailRegistrantsForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                count = services.event_mail_registrants(
                    event=event,
                    subject=form.cleaned_data["subject"],
                    message=form.cleaned_data["message"],
                    statuses=form.statuses(),
                )
            except services.RegistrationError as error:
                form.add_error(None, error.message)
                status = error.status
            else:
                messages.success(
                    request,
                    _("Uw bericht wordt verstuurd naar %(n)s aanmelding(en).") % {"n": count},
                )
                return redirect("events_admin:event", event.pk)
        else:
            status = 400
    return _render(
        request,
        "mail",
        {
            "event": event,
            "form": form,
            "counts": selectors.registration_counts(event),
            "breadcrumbs_items": _breadcrumbs(event, _("Mail aan aanmelders")),
        },
        title=_("Mail aan aanmelders: %(title)s") % {"title": event.title},
        status=status,
    )


# ---------------------------------------------------------------------------------------------
# Exports


def _rows(registrations):
    for r in registrations:
        row = [
            r.name,
            r.email,
            r.organisation,
            str(r.get_status_display()),
            timezone.localtime(r.created_at).strftime("%Y-%m-%d %H:%M"),
            timezone.localtime(r.confirmed_at).strftime("%Y-%m-%d %H:%M") if r.confirmed_at else "",
            _("ja") if r.user_id else _("nee"),
        ]
        # Names and organisations are typed by visitors: never a live formula in the file.
        yield [neutralise_formula(value) for value in row]


def _filename(event: EventPage, extension: str) -> str:
    return f"aanmeldingen-{event.slug}-{timezone.localdate():%Y%m%d}.{extension}"


def export_csv(request: HttpRequest, event_id: int) -> HttpResponse:
    event = _event_or_403(request, event_id)
    _form, registrations = _filtered(request, event)
    buffer = io.StringIO()
    buffer.write("\ufeff")  # BOM: Excel opens UTF-8 correctly
    writer = csv.writer(buffer)
    writer.writerow([str(label) for _name, label in EXPORT_COLUMNS])
    writer.writerows(_rows(registrations))
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "csv")}"'
    response["Cache-Control"] = "no-store"
    return response


def export_xlsx(request: HttpRequest, event_id: int) -> HttpResponse:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    event = _event_or_403(request, event_id)
    _form, registrations = _filtered(request, event)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Aanmeldingen")
    sheet.append([str(label) for _name, label in EXPORT_COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in _rows(registrations):
        sheet.append(row)
    for column, width in zip("ABCDEFG", (28, 34, 30, 18, 18, 18, 12), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    output = io.BytesIO()
    workbook.save(output)
    response = HttpResponse(
        output.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{_filename(event, "xlsx")}"'
    response["Cache-Control"] = "no-store"
    return response
