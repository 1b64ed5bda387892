"""/tafels/: the list of spaces, each space's public face and, for participants, its inside.

Outsiders (visitors, members of no table, members of another table) see a table's name,
theme, description, coordinators' organisations and how to ask to join, nothing inside: every
item shown or sent passes `access.labels` (docs/access.md).
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from access import files, labels
from knowledge.models import ArticlePage

from . import selectors, services
from .forms import (
    CommentForm,
    DecisionForm,
    FileForm,
    InvitationForm,
    InviteForm,
    JoinForm,
    LabelChangeForm,
    NotifyForm,
    PublishForm,
    UpdateForm,
    VersionForm,
)
from .models import Invitation, LibraryFile, Participation, Space, Update


def _private(response: HttpResponse) -> HttpResponse:
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response


def participants_only(view):
    """The inside of a space: participants only. A visitor is asked to log in; anyone else
    signed in gets a 404, as if nothing were there."""

    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
        space = get_object_or_404(Space, slug=slug)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        participation = selectors.participation_for(space, request.user)
        if participation is None or not participation.is_active:
            raise Http404
        return _private(view(request, space, participation, *args, **kwargs))

    return wrapper


def managers_only(view):
    @wraps(view)
    def wrapper(request: HttpRequest, slug: str, *args, **kwargs) -> HttpResponse:
        space = get_object_or_404(Space, slug=slug)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not services.may_manage(space, request.user):
            raise Http404
        return _private(view(request, space, *args, **kwargs))

    return wrapper


def _errors(error: ValidationError) -> str:
    return " ".join(error.messages)


@require_safe
def index(request: HttpRequest) -> HttpResponse:
    mine = {p.space_id for p in selectors.spaces_of(request.user)}
    return render(
        request,
        "spaces/index.html",
        {"title": _("Landelijke Fenomeentafels"), "spaces": selectors.spaces(), "mine": mine},
    )


@require_http_methods(["GET", "POST"])
def detail(request: HttpRequest, slug: str) -> HttpResponse:
    space = get_object_or_404(selectors.spaces(), slug=slug)
    participation = selectors.participation_for(space, request.user)
    inside = participation is not None and participation.is_active
    profile = getattr(request.user, "profile", None)
    join_form = JoinForm(initial={"organisation": getattr(profile, "organisation", "")})
    if request.method == "POST":
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        join_form = JoinForm(request.POST)
        if join_form.is_valid():
            try:
                services.request_to_join(
                    space=space,
                    user=request.user,
                    organisation=join_form.cleaned_data["organisation"],
                    motivation=join_form.cleaned_data["motivation"],
                )
            except ValidationError as error:
                join_form.add_error(None, _errors(error))
            else:
                messages.success(
                    request,
                    _("Uw verzoek is verstuurd. U krijgt bericht van de coördinatoren."),
                )
                return redirect(space.get_absolute_url())
    context = {
        "title": space.name,
        "space": space,
        "participation": participation,
        "inside": inside,
        "join_form": join_form,
        "may_manage": services.may_manage(space, request.user, participation),
    }
    if inside:
        context.update(
            updates=selectors.updates_for(space, request.user)[:20],
            files=selectors.files_for(space, request.user),
            meetings=selectors.meetings_for(space, request.user),
            participants=selectors.participants(space),
            notify_form=NotifyForm(initial={"notify": participation.notify}),
        )
    status = 400 if join_form.errors else 200
    response = render(request, "spaces/detail.html", context, status=status)
    return _private(response) if request.user.is_authenticated else response


@require_POST
@participants_only
def preferences(request: HttpRequest, space: Space, participation: Participation) -> HttpResponse:
    if "leave" in request.POST:
        try:
            services.leave(participation=participation)
        except ValidationError as error:
            messages.error(request, _errors(error))
        else:
            messages.success(request, _("U neemt niet meer deel aan deze tafel."))
        return redirect(space.get_absolute_url())
    form = NotifyForm(request.POST)
    if form.is_valid():
        participation.notify = form.cleaned_data["notify"]
        participation.save(update_fields=["notify"])
        messages.success(request, _("Uw keuze voor e-mail is opgeslagen."))
    return redirect(space.get_absolute_url())


# -- coordinators ------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
@managers_only
def manage(request: HttpRequest, space: Space) -> HttpResponse:
    invite_form = InviteForm()
    status = 200
    if request.method == "POST":
        invite_form = InviteForm(request.POST)
        if invite_form.is_valid():
            invitation = services.invite(
                space=space, email=invite_form.cleaned_data["email"], by=request.user
            )
            messages.success(
                request, _("Uitnodiging verstuurd naar %(email)s.") % {"email": invitation.email}
            )
            return redirect("spaces:manage", space.slug)
        status = 400
    return render(
        request,
        "spaces/manage.html",
        {
            "title": _("Deelnemers van %(space)s") % {"space": space.name},
            "space": space,
            "requests": selectors.pending_requests(space),
            "participants": selectors.participants(space),
            "downloads": selectors.downloads(space)[:100],
            "invite_form": invite_form,
            "decision_form": DecisionForm(),
        },
        status=status,
    )


DECISIONS = {
    "goedkeuren": services.approve,
    "afwijzen": services.reject,
    "verwijderen": services.remove,
}


@require_POST
@managers_only
def decide(request: HttpRequest, space: Space, participation_id: int, action: str) -> HttpResponse:
    decision = DECISIONS.get(action)
    participation = get_object_or_404(Participation, pk=participation_id, space=space)
    if decision is None:
        raise Http404
    form = DecisionForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""
    kwargs = {"participation": participation, "by": request.user}
    if decision is not services.approve:
        kwargs["reason"] = reason
    try:
        decision(**kwargs)
    except ValidationError as error:
        messages.error(request, _errors(error))
    else:
        done = {
            "goedkeuren": _("%(name)s neemt nu deel."),
            "afwijzen": _("Het verzoek van %(name)s is afgewezen."),
            "verwijderen": _("%(name)s neemt niet meer deel."),
        }[action]
        messages.success(request, done % {"name": participation.user.get_full_name()})
    return redirect("spaces:manage", space.slug)


@require_http_methods(["GET", "POST"])
def invitation(request: HttpRequest, slug: str, token: str) -> HttpResponse:
    invitation = get_object_or_404(
        Invitation.objects.select_related("space"), space__slug=slug, token=token
    )
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = getattr(request.user, "profile", None)
    form = InvitationForm(initial={"organisation": getattr(profile, "organisation", "")})
    status = 200
    if request.method == "POST":
        form = InvitationForm(request.POST)
        if form.is_valid():
            try:
                services.accept_invitation(
                    invitation=invitation,
                    user=request.user,
                    organisation=form.cleaned_data["organisation"],
                )
            except ValidationError as error:
                form.add_error(None, _errors(error))
            else:
                messages.success(request, _("Welkom bij %(space)s.") % {"space": invitation.space})
                return redirect(invitation.space.get_absolute_url())
        status = 400
    return _private(
        render(
            request,
            "spaces/invitation.html",
            {
                "title": _("Uitnodiging voor %(space)s") % {"space": invitation.space.name},
                "invitation": invitation,
                "form": form,
            },
            status=status,
        )
    )


# -- updates -----------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
@participants_only
def update_new(request: HttpRequest, space: Space, participation: Participation) -> HttpResponse:
    form = UpdateForm(request.POST or None, space=space)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        update = services.post_update(
            space=space,
            author=request.user,
            title=data["title"],
            body=data["body"],
            label=data["label"],
            organisations=data["organisations"],
            people=data["people"],
        )
        messages.success(request, _("Uw bericht staat op de tafel."))
        return redirect(update.get_absolute_url())
    return render(
        request,
        "spaces/item_form.html",
        {"title": _("Nieuw bericht"), "space": space, "form": form, "multipart": False},
        status=400 if form.errors else 200,
    )


def _item_or_404(request: HttpRequest, model, space: Space, pk: int):
    item = model.objects.filter(space=space, pk=pk).first()
    if item is None or not labels.may_open_item(request.user, item):
        raise Http404
    return item


MAX_QUERY = 200


@require_safe
@participants_only
def search(request: HttpRequest, space: Space, participation: Participation) -> HttpResponse:
    """Search inside the table: its updates, comments, files and meetings that the
    participant may open (spaces.selectors.search_items)."""
    query = request.GET.get("q", "").strip()
    if len(query) > MAX_QUERY:
        return render(
            request,
            "spaces/search.html",
            {
                "title": _("Zoeken in %(space)s") % {"space": space.name},
                "space": space,
                "query": query[:MAX_QUERY],
                "error": _("Uw zoekvraag is te lang: gebruik hooguit %(n)d tekens.")
                % {"n": MAX_QUERY},
            },
            status=400,
        )
    result = selectors.search_items(space, request.user, query) if query else None
    if query:
        title = _("Zoeken in %(space)s: %(query)s") % {"space": space.name, "query": query}
    else:
        title = _("Zoeken in %(space)s") % {"space": space.name}
    return render(
        request,
        "spaces/search.html",
        {"title": title, "space": space, "query": query, "result": result},
    )


@require_http_methods(["GET", "POST"])
@participants_only
def update_detail(
    request: HttpRequest, space: Space, participation: Participation, pk: int
) -> HttpResponse:
    update = _item_or_404(request, Update, space, pk)
    form = CommentForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.add_comment(update=update, author=request.user, body=form.cleaned_data["body"])
        messages.success(request, _("Uw reactie is geplaatst."))
        return redirect(update.get_absolute_url())
    return render(
        request,
        "spaces/update.html",
        {
            "title": update.title,
            "space": space,
            "update": update,
            "comments": update.comments.select_related("author"),
            "form": form,
            "explanation": labels.EXPLANATIONS[update.label],
            "publications": update.publications.select_related("page"),
            "publish_url": reverse("spaces:publish_update", args=[space.slug, update.pk])
            if participation.is_coordinator
            else None,
        },
        status=400 if form.errors else 200,
    )


# -- the library -------------------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
@participants_only
def file_new(request: HttpRequest, space: Space, participation: Participation) -> HttpResponse:
    form = FileForm(request.POST or None, request.FILES or None, space=space)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.add_file(
            space=space,
            uploaded_by=request.user,
            title=data["title"],
            upload=data["upload"],
            label=data["label"],
            folder=data["folder"],
            organisations=data["organisations"],
            people=data["people"],
        )
        messages.success(request, _("Het bestand staat in de bibliotheek."))
        return redirect(space.get_absolute_url() + "#bibliotheek")
    return render(
        request,
        "spaces/item_form.html",
        {"title": _("Nieuw bestand"), "space": space, "form": form, "multipart": True},
        status=400 if form.errors else 200,
    )


@require_http_methods(["GET", "POST"])
@participants_only
def file_detail(
    request: HttpRequest, space: Space, participation: Participation, pk: int
) -> HttpResponse:
    file = _item_or_404(request, LibraryFile, space, pk)
    version_form = VersionForm()
    label_form = LabelChangeForm(space=space, initial={"label": file.label})
    if request.method == "POST":
        try:
            if "upload" in request.FILES:
                version_form = VersionForm(request.POST, request.FILES)
                if version_form.is_valid():
                    services.add_version(
                        file=file,
                        upload=version_form.cleaned_data["upload"],
                        uploaded_by=request.user,
                    )
                    messages.success(request, _("De nieuwe versie is opgeslagen."))
                    return redirect("spaces:file", space.slug, file.pk)
            else:
                label_form = LabelChangeForm(request.POST, space=space)
                if label_form.is_valid():
                    data = label_form.cleaned_data
                    services.change_label(
                        item=file,
                        new=data["label"],
                        by=request.user,
                        reason=data["reason"],
                        organisations=data["organisations"],
                        people=data["people"],
                    )
                    messages.success(request, _("Het label is aangepast."))
                    return redirect("spaces:file", space.slug, file.pk)
        except ValidationError as error:
            label_form.add_error(None, _errors(error))
        except PermissionDenied:
            label_form.add_error(
                None, _("Alleen coördinatoren en redacteuren mogen een label verlagen.")
            )
    return render(
        request,
        "spaces/file.html",
        {
            "title": file.title,
            "space": space,
            "file": file,
            "versions": file.versions.select_related("uploaded_by"),
            "version_form": version_form,
            "label_form": label_form,
            "explanation": labels.EXPLANATIONS[file.label],
            "publications": file.publications.select_related("page"),
            "publish_url": reverse("spaces:publish_file", args=[space.slug, file.pk])
            if participation.is_coordinator
            else None,
        },
        status=400 if version_form.errors or label_form.errors else 200,
    )


# -- to the knowledge base --------------------------------------------------------------------
@require_http_methods(["GET", "POST"])
@participants_only
def publish(
    request: HttpRequest, space: Space, participation: Participation, kind: str, pk: int
) -> HttpResponse:
    """A coordinator turns an update or a file into a draft article for the editors."""
    model = {"berichten": Update, "bestanden": LibraryFile}[kind]
    item = _item_or_404(request, model, space, pk)
    if not participation.is_coordinator:
        raise PermissionDenied
    initial = {"title": item.title}
    if isinstance(item, Update):
        initial["summary"] = item.body[:600]
    form = PublishForm(request.POST or None, item=item, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            publication = services.publish_to_knowledge_base(
                item=item,
                by=request.user,
                article_type=data["article_type"],
                title=data["title"],
                summary=data["summary"],
                reason=data.get("reason", ""),
                practice={name: data[name] for name in ArticlePage.PRACTICE_FIELDS},
            )
        except ValidationError as error:
            form.add_error(None, _errors(error))
        else:
            messages.success(
                request,
                _("Het concept-artikel ‘%(title)s’ ligt nu bij de redactie.")
                % {"title": publication.page.title},
            )
            return redirect(item.get_absolute_url())
    return render(
        request,
        "spaces/publish.html",
        {
            "title": _("Naar de kennisbank: %(title)s") % {"title": item.title},
            "space": space,
            "item": item,
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@require_safe
def download(request: HttpRequest, slug: str, pk: int, version_id: int | None = None):
    """The file (its newest version, or the one asked) after the policy: a CLEAR file for
    anyone, the rest for whom its label admits; AMBER and RED downloads are logged."""
    file = LibraryFile.objects.filter(space__slug=slug, pk=pk).select_related("space").first()
    if file is None:
        raise Http404
    if not labels.may_open_item(request.user, file):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    versions = file.versions.all()
    version = versions.filter(pk=version_id).first() if version_id else versions.first()
    if version is None:
        raise Http404
    services.record_download(version=version, user=request.user)
    return files.send_labelled(
        request, file=version.upload, filename=version.original_name, label=file.label
    )
