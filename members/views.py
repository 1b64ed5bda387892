"""Member pages: the directory (/leden/), my account (/mijn/) and contributions (/bijdragen/)."""

from __future__ import annotations

import json
from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_http_methods

from allauth.core import ratelimit

from knowledge.taxonomy import Theme

from . import selectors, services, tokens
from .forms import (
    PROFILE_FIELDS,
    AccountDeleteForm,
    ContactForm,
    ContributionForm,
    DirectorySearchForm,
    ProfileForm,
    ThemeSubscriptionForm,
    contribution_initial,
)
from .models import Profile

DIRECTORY_PAGE_SIZE = 24


def member_required(view):
    """Visitors get the login page; accounts that are not (yet) members get an explanation."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_member:
            response = render(
                request,
                "members/not_a_member.html",
                {"membership": selectors.membership_for(request.user)},
                status=403,
            )
            add_never_cache_headers(response)
            return response
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        return response

    return wrapper


def private(view):
    """Logged-in pages with personal data: never cached by browsers or proxies."""

    @wraps(view)
    @login_required
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response

    return wrapper


# ---------------------------------------------------------------------------------------------
# Directory


@member_required
@require_http_methods(["GET"])
def directory(request: HttpRequest) -> HttpResponse:
    form = DirectorySearchForm(request.GET or None)
    filters: dict = {}
    if form.is_valid():
        data = form.cleaned_data
        filters = {
            "q": data["q"],
            "organisation": data["organisatie"],
            "theme": data["thema"],
            "region_id": data["regio"].pk if data["regio"] else None,
        }
    profiles = selectors.directory(**filters)
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("pagina"))
    query = request.GET.copy()
    query.pop("pagina", None)
    own = Profile.objects.filter(user=request.user).only("in_directory").first()
    return render(
        request,
        "members/directory.html",
        {
            "form": form,
            "page_obj": page,
            "profiles": [selectors.public_profile(p) for p in page.object_list],
            "querystring": query.urlencode(),
            "filtered": any(filters.values()),
            "own_listed": bool(own and own.in_directory),
            "title": _("Wie weet wat"),
        },
        status=200 if form.is_valid() or not request.GET else 400,
    )


def _profile_or_404(pk: int) -> Profile:
    profile = selectors.directory_profile(pk)
    if profile is None:
        raise Http404
    return profile


def _render_profile(request, profile: Profile, contact_form: ContactForm, status: int = 200):
    return render(
        request,
        "members/profile_detail.html",
        {
            "profile": selectors.public_profile(profile),
            "contact_form": contact_form,
            "is_self": profile.user_id == request.user.pk,
            "title": profile.user.get_full_name(),
        },
        status=status,
    )


@member_required
@require_http_methods(["GET"])
def profile_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return _render_profile(request, _profile_or_404(pk), ContactForm())


@member_required
@require_http_methods(["GET", "POST"])
def contact(request: HttpRequest, pk: int) -> HttpResponse:
    profile = _profile_or_404(pk)
    if request.method == "GET":
        return redirect(reverse("members:profile", args=[pk]) + "#contact")
    form = ContactForm(request.POST)
    if not form.is_valid():
        return _render_profile(request, profile, form, status=400)
    if not ratelimit.consume(request, action="members_contact", user=request.user):
        return ratelimit.respond_429(request)
    try:
        services.contact_send(
            sender=request.user,
            profile=profile,
            subject=form.cleaned_data["subject"],
            message=form.cleaned_data["message"],
        )
    except services.MembersError as error:
        form.add_error(None, error.message)
        return _render_profile(request, profile, form, status=400)
    messages.success(
        request,
        _("Uw bericht is doorgestuurd. Antwoordt %(name)s, dan komt dat in uw mailbox.")
        % {"name": profile.user.get_full_name()},
    )
    return redirect("members:profile", pk=pk)


@login_required
@require_http_methods(["GET"])
def profile_photo(request: HttpRequest, pk: int) -> HttpResponse:
    """Photos are personal data: served only to members, only if shown, or to the owner."""
    profile = Profile.objects.filter(pk=pk).first()
    if profile is None or not profile.photo:
        raise Http404
    if profile.user_id != request.user.pk:
        listed = request.user.is_member and selectors.directory_profile(pk) is not None
        if not (listed and profile.show_photo):
            raise Http404
    response = FileResponse(profile.photo.open("rb"), content_type="image/jpeg")
    patch_cache_control(response, private=True, max_age=300)
    response["X-Content-Type-Options"] = "nosniff"
    return response


# ---------------------------------------------------------------------------------------------
# Mijn kennisplatform


@private
@require_http_methods(["GET"])
def dashboard(request: HttpRequest) -> HttpResponse:
    user = request.user
    now = timezone.now()
    registrations = list(selectors.registrations_for(user))
    has_totp = selectors.has_totp(user)
    return render(
        request,
        "members/dashboard.html",
        {
            "title": _("Mijn kennisplatform"),
            "membership": selectors.membership_for(user),
            "is_member": user.is_member,
            "profile": selectors.profile_for(user),
            "upcoming_registrations": [r for r in registrations if r.event.end >= now],
            "past_registrations": [r for r in registrations if r.event.end < now],
            "contributions": selectors.contributions_for_user(user),
            "subscribed_themes": selectors.subscribed_themes(user),
            "has_totp": has_totp,
            "needs_totp": user.has_staff_role and not has_totp,
            "has_staff_role": user.has_staff_role,
        },
    )


@private
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    profile = selectors.profile_for(request.user)
    if request.method == "POST":
        form = ProfileForm(request.POST, request.FILES)
        if form.is_valid():
            services.profile_update(
                user=request.user,
                first_name=form.cleaned_data["first_name"],
                last_name=form.cleaned_data["last_name"],
                fields=form.profile_fields(),
                themes=form.cleaned_data["themes"],
                photo=form.cleaned_data["photo"],
                remove_photo=form.cleaned_data["remove_photo"],
            )
            messages.success(request, _("Uw profiel is opgeslagen."))
            return redirect("members:profile_edit")
        status = 400
    else:
        initial = {name: getattr(profile, name) for name in PROFILE_FIELDS}
        initial.update(
            first_name=request.user.first_name,
            last_name=request.user.last_name,
            themes=[t.pk for t in profile.themes.all()] if profile.pk else [],
        )
        form = ProfileForm(initial=initial)
        status = 200
    return render(
        request,
        "members/profile_form.html",
        {
            "form": form,
            "profile": profile,
            "is_member": request.user.is_member,
            "title": _("Mijn profiel"),
        },
        status=status,
    )


@private
@require_http_methods(["GET", "POST"])
def subscriptions(request: HttpRequest) -> HttpResponse:
    if request.method == "POST":
        form = ThemeSubscriptionForm(request.POST)
        if form.is_valid():
            themes = services.subscriptions_update(
                user=request.user, themes=form.cleaned_data["themes"]
            )
            messages.success(
                request,
                _("U volgt nu %(count)s thema's.") % {"count": len(themes)}
                if themes
                else _("U volgt geen thema's meer en ontvangt geen themadigest."),
            )
            return redirect("members:subscriptions")
        status = 400
    else:
        form = ThemeSubscriptionForm(
            initial={
                "themes": list(
                    selectors.subscribed_themes(request.user).values_list("pk", flat=True)
                )
            }
        )
        status = 200
    return render(
        request,
        "members/subscriptions.html",
        {"form": form, "title": _("Mijn thema's")},
        status=status,
    )


ONE_CLICK_FIELD, ONE_CLICK_VALUE = "List-Unsubscribe", "One-Click"


@csrf_exempt  # only for the RFC 8058 one-click POST; everything else is checked (see below)
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """The digest's unsubscribe link, signed, without login.

    GET only asks: mail scanners and link previews follow every link in a mail, and must not
    unsubscribe anyone. The page's button POSTs with a CSRF token. A mail client's one-click
    unsubscribe (RFC 8058: a POST of `List-Unsubscribe=One-Click` to the List-Unsubscribe URL,
    from the mail client or its provider) carries no CSRF token and no cookie: the signed
    token in the URL is the credential. https://www.rfc-editor.org/rfc/rfc8058#section-3.1
    """
    user = tokens.user_for_unsubscribe_token(token)
    if user is None:
        return render(
            request,
            "members/unsubscribe.html",
            {"invalid": True, "title": _("Deze afmeldlink werkt niet")},
            status=400,
        )
    if request.method == "POST" and request.POST.get(ONE_CLICK_FIELD) == ONE_CLICK_VALUE:
        return _unsubscribed(request, user, token)
    return _unsubscribe_page(request, user=user, token=token)


@csrf_protect
def _unsubscribe_page(request: HttpRequest, *, user, token: str) -> HttpResponse:
    """The confirmation page, its button and the undo after it (CSRF-checked POSTs)."""
    if request.method == "GET":
        return render(
            request,
            "members/unsubscribe.html",
            {
                "confirm": True,
                "themes": selectors.subscribed_themes(user),
                "title": _("Afmelden voor de themadigest"),
            },
        )
    if request.POST.get("action") == "undo":
        ids = [int(v) for v in request.POST.getlist("theme") if v.isdigit()]
        themes = list(Theme.objects.filter(pk__in=ids))
        services.subscriptions_update(user=user, themes=themes)
        return render(
            request,
            "members/unsubscribe.html",
            {"restored": themes, "title": _("Weer aangemeld")},
        )
    return _unsubscribed(request, user, token)


def _unsubscribed(request: HttpRequest, user, token: str) -> HttpResponse:
    removed_ids = services.subscriptions_cancel(user=user)
    return render(
        request,
        "members/unsubscribe.html",
        {
            "removed": Theme.objects.filter(pk__in=removed_ids),
            "token": token,
            "title": _("Afgemeld voor de themadigest"),
        },
    )


@private
@require_http_methods(["GET"])
def export(request: HttpRequest) -> HttpResponse:
    data = {
        "toelichting": _(
            "Alle gegevens die het Kennisplatform Ondermijning over u bewaart, opgevraagd op "
            "%(date)s."
        )
        % {"date": timezone.localtime().strftime("%d-%m-%Y %H:%M")},
        **selectors.account_export(request.user),
    }
    response = HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/json; charset=utf-8",
    )
    filename = f"mijn-gegevens-kennisplatform-{timezone.localdate().isoformat()}.json"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@private
@require_http_methods(["GET", "POST"])
def account_delete(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        # Guessing the password here is throttled like allauth's own reauthentication.
        if not ratelimit.consume(request, action="reauthenticate", user=request.user):
            return ratelimit.respond_429(request)
        form = AccountDeleteForm(request.POST, user=request.user)
        if form.is_valid():
            services.account_delete(user=request.user)
            logout(request)
            messages.success(
                request,
                _("Uw account en uw gegevens zijn verwijderd. Bedankt voor uw bijdrage."),
            )
            return redirect("/")
        status = 400
    else:
        form = AccountDeleteForm(user=request.user)
    return render(
        request,
        "members/account_delete.html",
        {
            "form": form,
            "title": _("Account verwijderen"),
            "active_registrations": [
                r for r in selectors.registrations_for(request.user) if r.can_cancel
            ],
            "contribution_count": len(selectors.contributions_for_user(request.user)),
        },
        status=status,
    )


# ---------------------------------------------------------------------------------------------
# Contributions


@member_required
@require_http_methods(["GET", "POST"])
def contribution_new(request: HttpRequest) -> HttpResponse:
    status = 200
    if request.method == "POST":
        form = ContributionForm(request.POST, request.FILES)
        if form.is_valid():
            if not ratelimit.consume(request, action="members_contribution", user=request.user):
                return ratelimit.respond_429(request)
            try:
                services.contribution_submit(
                    user=request.user,
                    **form.submission(),
                )
            except services.MembersError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _(
                        "Bedankt! Uw praktijkvoorbeeld is ingediend. De redactie beoordeelt het; "
                        "de status ziet u hieronder bij Mijn bijdragen."
                    ),
                )
                return redirect(reverse("members:dashboard") + "#bijdragen")
        status = 400
    else:
        form = ContributionForm()
    return render(
        request,
        "members/contribution_form.html",
        {"form": form, "title": _("Praktijkvoorbeeld insturen")},
        status=status,
    )


@member_required
@require_http_methods(["GET", "POST"])
def contribution_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Revise a contribution the editors sent back, and return it to them."""
    found = [
        (c, status) for c, status in selectors.contributions_for_user(request.user) if c.pk == pk
    ]
    if not found:
        raise Http404
    contribution, status = found[0]
    if status.code != "needs_changes":
        messages.info(
            request, _("Deze bijdrage ligt bij de redactie en kan nu niet worden aangepast.")
        )
        return redirect(reverse("members:dashboard") + "#bijdragen")
    draft = contribution.page.specific.get_latest_revision_as_object()
    attachments = [b.value["document"] for b in draft.body if b.block_type == "document"]
    response_status = 200
    if request.method == "POST":
        form = ContributionForm(request.POST, request.FILES)
        if form.is_valid():
            if not ratelimit.consume(request, action="members_contribution", user=request.user):
                return ratelimit.respond_429(request)
            try:
                services.contribution_resubmit(
                    contribution=contribution,
                    user=request.user,
                    **form.submission(),
                )
            except services.MembersError as error:
                form.add_error(None, error.message)
            else:
                messages.success(
                    request,
                    _("Bedankt! Uw aangepaste praktijkvoorbeeld ligt weer bij de redactie."),
                )
                return redirect(reverse("members:dashboard") + "#bijdragen")
        response_status = 400
    else:
        form = ContributionForm(initial=contribution_initial(draft))
    return render(
        request,
        "members/contribution_form.html",
        {
            "form": form,
            "title": _("Praktijkvoorbeeld aanpassen"),
            "contribution": contribution,
            "reason": status.reason,
            "attachments": attachments,
        },
        status=response_status,
    )


# ---------------------------------------------------------------------------------------------
# Admin login


@require_http_methods(["GET", "POST"])
def admin_login_redirect(request: HttpRequest) -> HttpResponse:
    """Wagtail's own login form is never shown: the admin logs in through allauth (rate
    limits, MFA). The `next` parameter is kept."""
    next_url = request.GET.get("next") or reverse("wagtailadmin_home")
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")
