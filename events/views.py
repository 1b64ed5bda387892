"""Public views: the agenda, event pages with registration, confirmation and cancellation
links, ICS feeds, and the personal calendar feed with its token page under /mijn/.

Services raise RegistrationError; these views show its Dutch message with its 4xx status.
"""

from __future__ import annotations

import hashlib

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Site

from access import policy

from . import ics, selectors, services
from .access import can_manage_registrations, is_member
from .forms import VisitorRegistrationForm
from .models import (
    CANCEL_SALT,
    CONFIRM_SALT,
    CalendarToken,
    EventIndexPage,
    EventPage,
    Registration,
)

# Visitor registrations send mail. One organisation registers its people from one office
# network (a municipality's 200 for its own webinar), so the limit per client address is
# generous but bounded; a flood is stopped by it, by the limit per e-mail address (nobody's
# mailbox is flooded with confirmation requests) and by the limit per event.
RATE_WINDOW = 3600  # seconds, for every limit below
RATE_LIMIT = 300  # registration attempts per client address
RATE_LIMIT_PER_EMAIL = 5  # confirmation requests to one e-mail address
RATE_WINDOW_EMAIL = RATE_WINDOW
RATE_LIMIT_PER_EVENT = 2000  # registration attempts for one event, all addresses together


# ---------------------------------------------------------------------------------------------
# Agenda and feeds


def agenda(request: HttpRequest, page) -> HttpResponse:
    try:
        context = selectors.agenda(request)
        status = 200
    except selectors.AgendaInputError as error:
        context = {"input_error": str(error), "view": "error", "selected": {}}
        status = 400
    response = page.render(request, context_overrides=context)
    response.status_code = status
    return response


def _ics_response(content: bytes, filename: str, *, private: bool = False) -> HttpResponse:
    response = HttpResponse(content, content_type=ics.CONTENT_TYPE)
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    if private:
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        response["X-Robots-Tag"] = "noindex"
    else:
        patch_cache_control(response, public=True, max_age=300)
    return response


def _agenda_page(request: HttpRequest) -> EventIndexPage:
    site = Site.find_for_request(request)
    qs = EventIndexPage.objects.live()
    if site is not None:
        qs = qs.descendant_of(site.root_page, inclusive=True)
    page = qs.first()
    if page is None:
        raise Http404
    if site is not None and page.depth == site.root_page.depth + 1:
        page._cached_parent_obj = site.root_page
    return page


def _event_page(request: HttpRequest, slug: str) -> EventPage:
    """A live event of this site by slug that the visitor may open (view restrictions)."""
    agenda = _agenda_page(request)
    page = EventPage.objects.live().child_of(agenda).filter(slug=slug).first()
    if page is None or not policy.may_open(request.user, page, request):
        raise Http404
    # The breadcrumbs of the link pages walk up from the event: the agenda and the site root
    # are already loaded, so that walk costs no queries (treebeard caches the parent here).
    page._cached_parent_obj = agenda
    return page


def agenda_feed(request: HttpRequest) -> HttpResponse:
    page = _agenda_page(request)
    try:
        events = list(selectors.feed_events(request))
        labels = selectors.filter_labels(request.GET)
    except selectors.AgendaInputError as error:
        return HttpResponse(str(error), status=400, content_type="text/plain; charset=utf-8")
    name = f"{page.title} ({', '.join(labels)})" if labels else page.title
    content = ics.build_calendar(events, name=f"{name} – Kennisplatform Ondermijning")
    # Signed in, the feed may hold events only members may open: never in a shared cache.
    return _ics_response(content, "agenda.ics", private=request.user.is_authenticated)


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    page = _event_page(request, slug)
    content = ics.single_event_calendar(page)
    return _ics_response(
        content, f"{slugify(page.slug)}.ics", private=request.user.is_authenticated
    )


# ---------------------------------------------------------------------------------------------
# Event page and registration


def _registration_context(request: HttpRequest, page: EventPage) -> dict:
    user = request.user
    registration = selectors.registration_of(page, user)
    status = selectors.event_status(page)
    closed = services.registration_closed_reason(page, closed_at=status["registration_closed_at"])
    has_seat = bool(registration and registration.has_seat)
    return {
        "registration": registration,
        "registration_active": bool(registration and registration.is_active),
        "has_seat": has_seat,
        # The join link is rendered for confirmed registrants only, never for anyone else.
        "join_link": page.join_link if has_seat and not page.is_past else "",
        "show_materials": has_seat and page.is_past,
        "closed_reason": closed.message if closed else "",
        "seats_left": status["seats_left"],
        # Lazy: only evaluated by the template for members-only events.
        "is_member": lambda: is_member(user),
        "calendar_links": ics.add_to_calendar_links(page),
        # Only admin users can hold publish rights. has_perm caches the permissions the
        # Wagtail user bar checks anyway, so members cost no extra query here.
        "can_manage": bool(page.pk)
        and user.is_authenticated
        and user.has_perm("wagtailadmin.access_admin")
        and can_manage_registrations(user, page),
        "anonymise_days": getattr(settings, "EVENTS_ANONYMISE_AFTER_DAYS", 90),
    }


def _render_event(
    request: HttpRequest,
    page: EventPage,
    *,
    status: int = 200,
    error: str = "",
    form: VisitorRegistrationForm | None = None,
) -> HttpResponse:
    context = _registration_context(request, page)
    context["registration_error"] = error
    context["form"] = form or VisitorRegistrationForm()
    response = page.render(request, context_overrides=context)
    response.status_code = status
    add_never_cache_headers(response)
    return response


def event_detail(request: HttpRequest, page: EventPage) -> HttpResponse:
    return _render_event(request, page)


def _client_ip(request: HttpRequest) -> str:
    """The visitor's address, honouring ALLAUTH_TRUSTED_PROXY_COUNT behind our proxies."""
    from allauth.account.adapter import get_adapter

    try:
        return get_adapter(request).get_client_ip(request)
    except PermissionDenied:
        return request.META.get("REMOTE_ADDR", "unknown")


def _hit(key: str, limit: int, window: int) -> bool:
    """Count one attempt; True when over the limit. The first attempt of a window is one
    round trip to the cache (Django's Redis `incr` costs two: EXISTS, then INCR)."""
    if cache.add(key, 1, window):
        return limit < 1
    try:
        attempts = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        attempts = 1
    return attempts > limit


def _rate_limited(request: HttpRequest, page: EventPage) -> bool:
    """Every attempt counts against its client address, its e-mail address and its event."""
    over_ip = _hit(f"events:register:ip:{_client_ip(request)}", RATE_LIMIT, RATE_WINDOW)
    over_event = _hit(f"events:register:event:{page.pk}", RATE_LIMIT_PER_EVENT, RATE_WINDOW)
    email = request.POST.get("email", "").strip().lower()
    if email:
        digest = hashlib.sha256(email.encode()).hexdigest()
        if _hit(f"events:register:email:{digest}", RATE_LIMIT_PER_EMAIL, RATE_WINDOW_EMAIL):
            return True
    return over_ip or over_event


@require_http_methods(["GET", "POST"])
def event_register(request: HttpRequest, page: EventPage) -> HttpResponse:
    if request.method == "GET":
        return redirect(page.url + "#aanmelden")
    anchor = page.url + "#aanmelden"
    if request.user.is_authenticated:
        try:
            registration = services.registration_create(event=page, user=request.user)
        except services.RegistrationError as error:
            return _render_event(request, page, status=error.status, error=error.message)
        if registration.status == Registration.Status.CONFIRMED:
            messages.success(
                request,
                _("U bent aangemeld. U ontvangt een bevestiging per e-mail met de deelnamelink."),
            )
        else:
            messages.success(
                request,
                _(
                    "Het evenement is vol. U staat op de wachtlijst, op plaats %(position)s. "
                    "Komt er een plek vrij, dan krijgt u automatisch bericht."
                )
                % {"position": registration.waitlist_position()},
            )
        return HttpResponseRedirect(anchor, status=303)

    form = VisitorRegistrationForm(request.POST)
    if _rate_limited(request, page):
        return _render_event(
            request,
            page,
            status=429,
            error=_(
                "U heeft het te vaak geprobeerd. Probeer het over een uur opnieuw, of neem "
                "contact op met de organisator."
            ),
            form=form,
        )
    if not form.is_valid():
        return _render_event(
            request,
            page,
            status=400,
            error=_("Controleer de gemarkeerde velden."),
            form=form,
        )
    try:
        services.registration_request(
            event=page,
            name=form.cleaned_data["name"],
            email=form.cleaned_data["email"],
            organisation=form.cleaned_data["organisation"],
        )
    except services.RegistrationError as error:
        return _render_event(request, page, status=error.status, error=error.message, form=form)
    messages.success(
        request,
        _(
            "Bijna klaar: we hebben een e-mail gestuurd naar %(email)s. Klik op de link in die "
            "e-mail om uw aanmelding te bevestigen."
        )
        % {"email": form.cleaned_data["email"]},
    )
    return HttpResponseRedirect(anchor, status=303)


def _registration_from_token(
    page: EventPage, token: str, *, salt: str, max_age: int | None = None
) -> Registration | None:
    try:
        pk = signing.loads(token, salt=salt, max_age=max_age)
    except signing.BadSignature:
        return None
    return Registration.objects.select_related("event").filter(pk=pk, event_id=page.pk).first()


def _link_page(
    request: HttpRequest, page: EventPage, template: str, context: dict, status: int = 200
) -> HttpResponse:
    response = TemplateResponse(
        request,
        f"events/{template}.html",
        {"page": page, "self": page, "extra_crumb": context.get("title", ""), **context},
        status=status,
    )
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"  # the token must not leak to other sites
    return response


@require_http_methods(["GET", "POST"])
def registration_confirm_view(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """Double opt-in. GET only shows a button: mail scanners that open links must not confirm."""
    page = _event_page(request, slug)
    registration = _registration_from_token(
        page, token, salt=CONFIRM_SALT, max_age=services.CONFIRM_MAX_AGE
    )
    title = _("Aanmelding bevestigen")
    if registration is None or not registration.email:
        return _link_page(
            request,
            page,
            "registration_link",
            {
                "title": title,
                "error": _(
                    "Deze bevestigingslink is ongeldig of verlopen. Meld u opnieuw aan via "
                    "de evenementpagina."
                ),
            },
            status=400,
        )
    if request.method == "GET":
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "registration": registration, "action": "confirm"},
        )
    try:
        registration = services.registration_confirm(registration=registration)
    except services.RegistrationError as error:
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "error": error.message},
            status=error.status,
        )
    return _link_page(
        request,
        page,
        "registration_link",
        {"title": title, "registration": registration, "action": "confirmed"},
    )


@require_http_methods(["GET", "POST"])
def registration_cancel_view(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    """Signed cancellation link from mails and /mijn/. GET asks, POST cancels."""
    page = _event_page(request, slug)
    registration = _registration_from_token(page, token, salt=CANCEL_SALT)
    title = _("Afmelden")
    if registration is None or not registration.email:
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "error": _("Deze afmeldlink is ongeldig.")},
            status=400,
        )
    if request.method == "GET":
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "registration": registration, "action": "cancel"},
        )
    if registration.status == Registration.Status.CANCELLED:
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "registration": registration, "action": "cancelled"},
        )
    try:
        registration = services.registration_cancel(registration=registration)
    except services.RegistrationError as error:
        return _link_page(
            request,
            page,
            "registration_link",
            {"title": title, "error": error.message, "registration": registration},
            status=error.status,
        )
    return _link_page(
        request,
        page,
        "registration_link",
        {"title": title, "registration": registration, "action": "cancelled"},
    )


# ---------------------------------------------------------------------------------------------
# Personal calendar feed (/mijn/agenda.ics?token=...) and its management page


def personal_feed(request: HttpRequest) -> HttpResponse:
    token = request.GET.get("token", "")
    calendar_token = (
        CalendarToken.objects.select_related("user").filter(token=token).first()
        if 20 <= len(token) <= 64
        else None
    )
    if calendar_token is None or not calendar_token.user.is_active:
        return HttpResponse(
            _("Deze agenda-link is ongeldig of ingetrokken."),
            status=404,
            content_type="text/plain; charset=utf-8",
        )
    now = timezone.now()
    if (
        not calendar_token.last_used_at
        or (now - calendar_token.last_used_at).total_seconds() > 3600
    ):
        CalendarToken.objects.filter(pk=calendar_token.pk).update(last_used_at=now)
    events = selectors.personal_feed_events(calendar_token.user)
    content = ics.build_calendar(
        events, name=_("Mijn evenementen – Kennisplatform Ondermijning"), include_join_link=True
    )
    return _ics_response(content, "mijn-agenda.ics", private=True)


def _feed_urls(request: HttpRequest, token: CalendarToken | None) -> dict:
    if token is None:
        return {}
    https = request.build_absolute_uri(f"{reverse('events:personal_feed')}?token={token.token}")
    return {"feed_url": https, "webcal_url": "webcal://" + https.split("://", 1)[1]}


@login_required
@require_http_methods(["GET", "POST"])
def calendar_token_view(request: HttpRequest) -> HttpResponse:
    token = CalendarToken.objects.filter(user=request.user).first()
    if request.method == "POST":
        action = request.POST.get("action")
        with transaction.atomic():
            if action in ("create", "rotate"):
                CalendarToken.objects.filter(user=request.user).delete()
                token = CalendarToken.objects.create(user=request.user)
                messages.success(
                    request,
                    _(
                        "Uw nieuwe agenda-link staat hieronder. Een eventuele oude link werkt "
                        "niet meer."
                    )
                    if action == "rotate"
                    else _("Uw persoonlijke agenda-link is aangemaakt."),
                )
            elif action == "revoke":
                CalendarToken.objects.filter(user=request.user).delete()
                messages.success(request, _("Uw agenda-link is ingetrokken en werkt niet meer."))
            else:
                return TemplateResponse(
                    request,
                    "events/calendar_token.html",
                    {
                        "title": _("Mijn agenda-link"),
                        "error": _("Onbekende actie."),
                        **_feed_urls(request, token),
                    },
                    status=400,
                )
        return redirect("events:calendar_token")
    response = TemplateResponse(
        request,
        "events/calendar_token.html",
        {"title": _("Mijn agenda-link"), "token": token, **_feed_urls(request, token)},
    )
    add_never_cache_headers(response)
    return response
