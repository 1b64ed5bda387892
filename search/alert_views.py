"""Saved-search alerts on the site: saving one from `/zoeken/`, the visitor's confirmation
link, the one-click unsubscribe link of every alert mail, and deleting from `/mijn/`
(the rules are in search/alerts.py)."""

from __future__ import annotations

import hashlib

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods, require_POST

from allauth.core import ratelimit

from . import alerts
from .models import SavedSearch

ONE_CLICK_FIELD, ONE_CLICK_VALUE = "List-Unsubscribe", "One-Click"


class AlertForm(forms.Form):
    frequency = forms.ChoiceField(
        label=gettext_lazy("Hoe vaak"),
        choices=SavedSearch.Frequency.choices,
        initial=SavedSearch.Frequency.WEEKLY,
        widget=forms.RadioSelect,
        error_messages={
            "required": gettext_lazy("Kies dagelijks of wekelijks."),
            "invalid_choice": gettext_lazy("Kies dagelijks of wekelijks."),
        },
    )
    email = forms.EmailField(
        label=gettext_lazy("Uw e-mailadres"),
        required=False,
        max_length=254,
        error_messages={"invalid": gettext_lazy("Vul een geldig e-mailadres in.")},
    )


def _page(request: HttpRequest, context: dict, status: int = 200) -> HttpResponse:
    response = render(request, "search/alert.html", context, status=status)
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"  # tokens in the URL must not leak
    return response


def _over_limit(request: HttpRequest, email: str) -> bool:
    """Per client address and per account; a visitor's request sends a confirmation mail, so
    it is limited per target address too: nobody floods someone's mailbox with them."""
    if request.user.is_authenticated:
        return not ratelimit.consume(request, action="search_alert", user=request.user)
    key = hashlib.sha256(email.strip().lower().encode()).hexdigest()
    return not ratelimit.consume(request, action="search_alert_mail", key=key)


@require_POST
def alert_create(request: HttpRequest) -> HttpResponse:
    params = alerts.params_from(request.POST)
    form = AlertForm(request.POST)
    member = request.user.is_authenticated
    context = {"state": "form", "params": params, "form": form, "title": _("Zoekopdracht volgen")}
    if not form.is_valid():
        context["error"] = _("Controleer de gemarkeerde velden.")
        return _page(request, context, status=400)
    email = form.cleaned_data["email"]
    if not member and not email:
        form.add_error("email", _("Vul uw e-mailadres in."))
        context["error"] = _("Controleer de gemarkeerde velden.")
        return _page(request, context, status=400)
    if _over_limit(request, email):
        context["error"] = _("U heeft het te vaak geprobeerd. Probeer het over een uur opnieuw.")
        return _page(request, context, status=429)
    try:
        alert = alerts.alert_create(
            params=params,
            frequency=form.cleaned_data["frequency"],
            user=request.user if member else None,
            email=email,
        )
    except alerts.AlertError as error:
        context["error"] = error.message
        return _page(request, context, status=error.status)
    if member:
        messages.success(
            request,
            _(
                "U volgt deze zoekopdracht. U krijgt %(frequency)s een e-mail als er iets nieuws "
                "bij komt; beheren kan op ‘Mijn zoekopdrachten’."
            )
            % {"frequency": alert.get_frequency_display().lower()},
        )
    else:
        messages.success(
            request,
            _(
                "Bijna klaar: we hebben een e-mail gestuurd naar %(email)s. Klik op de link in "
                "die e-mail om deze zoekopdracht te volgen."
            )
            % {"email": email},
        )
    return HttpResponseRedirect(alerts.search_path(alert), status=303)


@require_http_methods(["GET", "POST"])
def alert_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """Double opt-in. GET only shows a button: mail scanners that open links must not confirm."""
    asked = alerts.confirm_request(token)
    pk, frequency = asked if asked else (None, "")
    alert = SavedSearch.objects.filter(pk=pk, user__isnull=True).first() if pk else None
    title = _("Zoekopdracht volgen")
    if alert is None:
        return _page(
            request,
            {
                "state": "invalid",
                "title": title,
                "error": _(
                    "Deze bevestigingslink is ongeldig of verlopen. Bewaar de zoekopdracht "
                    "opnieuw via de zoekpagina."
                ),
            },
            status=400,
        )
    if request.method == "GET":
        state = "confirmed" if alert.confirmed_at and alert.frequency == frequency else "confirm"
        alert.frequency = frequency  # shown as asked; saved only by the POST
        context = {"title": title, "alert": alert, "description": alerts.describe(alert)}
        return _page(request, {**context, "state": state})
    alert = alerts.alert_confirm(alert=alert, frequency=frequency)
    context = {"title": title, "alert": alert, "description": alerts.describe(alert)}
    return _page(request, {**context, "state": "confirmed"})


@csrf_exempt  # only for the RFC 8058 one-click POST; everything else is checked (see below)
@require_http_methods(["GET", "POST"])
def alert_unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The unsubscribe link of every alert mail, signed, without login.

    GET only asks (mail scanners follow every link); the page's button POSTs with a CSRF
    token. A mail client's one-click unsubscribe (RFC 8058, section 3.1: a POST of
    `List-Unsubscribe=One-Click`, no cookie, no CSRF token) is accepted on the signed token
    alone. A link whose alert is gone says so: it was already unsubscribed."""
    pk = alerts.unsubscribe_pk(token)
    title = _("Afmelden voor deze zoekopdracht")
    if pk is None:
        return _page(
            request,
            {
                "state": "invalid",
                "title": title,
                "error": _("Deze afmeldlink werkt niet: hij is onvolledig of gewijzigd."),
            },
            status=400,
        )
    alert = SavedSearch.objects.filter(pk=pk).first()
    if alert is None:
        return _page(request, {"state": "unsubscribed", "title": title})
    if request.method == "POST" and request.POST.get(ONE_CLICK_FIELD) == ONE_CLICK_VALUE:
        alerts.alert_delete(alert=alert)
        return _page(request, {"state": "unsubscribed", "title": title})
    return _unsubscribe_page(request, alert=alert, title=title)


@csrf_protect
def _unsubscribe_page(request: HttpRequest, *, alert: SavedSearch, title: str) -> HttpResponse:
    if request.method == "GET":
        return _page(
            request,
            {
                "state": "unsubscribe",
                "title": title,
                "alert": alert,
                "description": alerts.describe(alert),
            },
        )
    alerts.alert_delete(alert=alert)
    return _page(request, {"state": "unsubscribed", "title": title})


@login_required
@require_POST
def alert_delete(request: HttpRequest, pk: int) -> HttpResponse:
    alert = alerts.alerts_of(request.user).filter(pk=pk).first()
    if alert is None:
        raise Http404
    description = alerts.describe(alert)
    alerts.alert_delete(alert=alert)
    messages.success(request, _("U volgt %(search)s niet meer.") % {"search": description})
    return HttpResponseRedirect(reverse("members:dashboard") + "#zoekopdrachten", status=303)
