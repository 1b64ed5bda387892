"""Reads for the spaces' pages. What a person may open inside a space is decided by the
policy (access.labels.openable_items); these only shape the lists."""

from __future__ import annotations

from django.db.models import Count, Prefetch, Q, QuerySet

from access import labels, policy

from .models import Download, Folder, LibraryFile, Participation, Space, Update


def spaces() -> QuerySet[Space]:
    """Every space with its theme and its coordinators' organisations: outsiders may know a
    table exists and who runs it."""
    coordinators = (
        Participation.objects.active()
        .filter(role=Participation.Role.COORDINATOR)
        .select_related("organisation", "user")
    )
    return (
        Space.objects.select_related("theme")
        .prefetch_related(Prefetch("participations", coordinators, to_attr="coordinators"))
        .annotate(
            participant_count=Count(
                "participations", filter=Q(participations__status=Participation.Status.ACTIVE)
            )
        )
    )


def participation_for(space: Space, user) -> Participation | None:
    if not user.is_authenticated:
        return None
    return Participation.objects.filter(space=space, user=user).first()


def updates_for(space: Space, user) -> QuerySet[Update]:
    return (
        labels.openable_items(Update.objects.filter(space=space), user)
        .select_related("author")
        .annotate(comment_count=Count("comments"))
    )


def files_for(space: Space, user) -> QuerySet[LibraryFile]:
    return (
        labels.openable_items(LibraryFile.objects.filter(space=space), user)
        .select_related("folder")
        .prefetch_related("versions__uploaded_by")
        .order_by("folder__name", "title")
    )


def folders(space: Space) -> QuerySet[Folder]:
    return space.folders.all()


def participants(space: Space) -> QuerySet[Participation]:
    return (
        Participation.objects.active()
        .filter(space=space)
        .select_related("user", "organisation")
        .order_by("role", "user__last_name", "user__first_name")
    )


def pending_requests(space: Space) -> QuerySet[Participation]:
    return (
        Participation.objects.filter(space=space, status=Participation.Status.REQUESTED)
        .select_related("user", "organisation")
        .order_by("requested_at")
    )


def downloads(space: Space) -> QuerySet[Download]:
    return (
        Download.objects.filter(version__file__space=space)
        .select_related("user", "version__file")
        .order_by("-at")
    )


def spaces_of(user) -> QuerySet[Participation]:
    """The spaces a person takes part in, for /mijn/."""
    if not user.is_authenticated:
        return Participation.objects.none()
    return Participation.objects.active().filter(user=user).select_related("space__theme")


def meetings_for(space: Space, user):
    """The table's meetings (events restricted to its group), upcoming first."""
    from events.models import EventPage

    return policy.openable(EventPage.objects.filter(space=space), user).order_by("-start")
