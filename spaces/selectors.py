"""Reads for the spaces' pages. What a person may open inside a space is decided by the
policy (access.labels.openable_items); these only shape the lists."""

from __future__ import annotations

import datetime as dt
import operator
import re
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Count, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from wagtail.models import TaskState, WorkflowState

from access import labels, policy

from .models import (
    Comment,
    Download,
    FileVersion,
    Folder,
    LibraryFile,
    Participation,
    Space,
    Update,
)


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
        .prefetch_related(
            # The versions' extracted text is for search only: never loaded for a list.
            Prefetch("versions", FileVersion.objects.defer("text").select_related("uploaded_by"))
        )
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
    """The spaces a person takes part in, for /mijn/ and the search page. Someone in no space's
    group costs no query (the policy knows the groups already)."""
    if not user.is_authenticated or not policy.viewer(user).spaces:
        return Participation.objects.none()
    return Participation.objects.active().filter(user=user).select_related("space__theme")


def meetings_for(space: Space, user):
    """The table's meetings (events restricted to its group), upcoming first."""
    from events.models import EventPage

    return policy.openable(EventPage.objects.filter(space=space), user).order_by("-start")


def return_reason(page) -> str:
    """The editors' comment on the latest rejection of a draft article in the workflow."""
    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    if state is None:
        return ""
    rejected = (
        TaskState.objects.filter(workflow_state=state, status=TaskState.STATUS_REJECTED)
        .order_by("-finished_at", "-pk")
        .only("comment")
        .first()
    )
    return rejected.comment if rejected is not None else ""


# -- Search inside a table ------------------------------------------------------------------
# A table holds hundreds of items, not thousands: its participants search them in the
# database, through the same label filter as every list of the table (labels.openable_items),
# and its items stay out of the shared engine index (docs/decisions/).

_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = ("heden", "ingen", "tjes", "ing", "en", "es", "s", "e")
MAX_WORDS = 8
MAX_HITS = 50


@dataclass
class SpaceHit:
    kind: str  # in Dutch, for the result: bericht, bestand, bijeenkomst
    title: str
    url: str
    when: dt.datetime
    item: Update | LibraryFile | None  # its sharing label; a meeting's label is TLP:AMBER
    snippet: SafeString


@dataclass
class SearchWord:
    text: str
    found: bool  # some item the person may open has it


@dataclass
class SpaceSearch:
    query: str
    words: list[str] = field(default_factory=list)
    hits: list[SpaceHit] = field(default_factory=list)
    relaxed: bool = False  # no item has every word: these have some of them
    # When relaxed: the query's words, each marked found or left out (as /zoeken/ does).
    found_words: list[SearchWord] = field(default_factory=list)

    @property
    def left_out(self) -> list[str]:
        return [word.text for word in self.found_words if not word.found]


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _marked(text: str, stems: list[str], size: int = 220) -> SafeString:
    """Escaped text around the first match, with the matched words in <mark>."""
    text = " ".join(text.split())
    lowered = text.lower()
    found = [p for p in (lowered.find(s) for s in stems) if p >= 0]
    start = max(0, min(found) - size // 3) if found else 0
    window = text[start : start + size]
    pattern = re.compile(r"\w*(" + "|".join(re.escape(s) for s in stems) + r")\w*", re.I)
    out, last = [], 0
    for match in pattern.finditer(window):
        out.append(escape(window[last : match.start()]))
        out.append(format_html("<mark>{}</mark>", match.group(0)))
        last = match.end()
    out.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if start + size < len(text) else ""
    return mark_safe(prefix + "".join(str(part) for part in out) + suffix)  # noqa: S308 - escaped


def _matching(stems: list[str], fields: list[str], every: bool, extra=None) -> Q:
    per_word = []
    for stem in stems:
        condition = Q()
        for name in fields:
            condition |= Q(**{f"{name}__icontains": stem})
        if extra is not None:
            condition |= extra(stem)
        per_word.append(condition)
    return reduce(operator.and_ if every else operator.or_, per_word)


def search_items(space: Space, user, query: str) -> SpaceSearch:
    """The table's updates (with their comments), library files and meetings that match the
    query and that this person may open; every word first, else any of them. A fixed number of
    queries, whatever the number of hits."""
    words = list(dict.fromkeys(w.lower() for w in _WORD.findall(query or "")))[:MAX_WORDS]
    result = SpaceSearch(query=query, words=words)
    stems = [_stem(w) for w in words if len(w) >= 2]
    if not stems:
        return result

    def in_comments(stem):
        return Q(pk__in=Comment.objects.filter(body__icontains=stem).values("update_id"))

    def in_versions(stem):
        # Any version's file name; the text inside the file of the newest version only.
        return Q(
            pk__in=FileVersion.objects.filter(original_name__icontains=stem).values("file_id")
        ) | Q(
            pk__in=FileVersion.objects.filter(pk=Subquery(_newest), text__icontains=stem).values(
                "file_id"
            )
        )

    fields = {
        "updates": (["title", "body"], in_comments),
        "files": (["title", "folder__name"], in_versions),
        "meetings": (["title", "summary"], None),
    }
    for every in (True, False):
        updates = updates_for(space, user).filter(
            _matching(stems, *_with(fields["updates"], every))
        )
        files = (
            files_for(space, user)
            .filter(_matching(stems, *_with(fields["files"], every)))
            .annotate(
                newest_text=Subquery(
                    FileVersion.objects.filter(file=OuterRef("pk"))
                    .order_by("-uploaded_at", "-pk")
                    .values("text")[:1]
                )
            )
        )
        meetings = meetings_for(space, user).filter(
            _matching(stems, *_with(fields["meetings"], every))
        )
        hits = [
            *(
                SpaceHit(
                    "bericht",
                    u.title,
                    reverse("spaces:update", args=[space.slug, u.pk]),
                    u.created_at,
                    u,
                    _marked(u.body, stems),
                )
                for u in updates[:MAX_HITS]
            ),
            *(
                SpaceHit(
                    "bestand",
                    f.title,
                    reverse("spaces:file", args=[space.slug, f.pk]),
                    f.created_at,
                    f,
                    _marked(f.newest_text, stems)
                    if _has(f.newest_text, stems)
                    else _marked(f.folder.name if f.folder else "", stems),
                )
                for f in files[:MAX_HITS]
            ),
            *(
                SpaceHit("bijeenkomst", e.title, e.url, e.start, None, _marked(e.summary, stems))
                for e in meetings[:MAX_HITS]
            ),
        ]
        if hits or len(stems) == 1:
            result.hits = sorted(hits, key=lambda hit: hit.when, reverse=True)
            result.relaxed = bool(hits) and not every
            if result.relaxed:
                result.found_words = _found_words(
                    words,
                    stems,
                    {
                        "updates": labels.openable_items(Update.objects.filter(space=space), user),
                        "files": labels.openable_items(
                            LibraryFile.objects.filter(space=space), user
                        ),
                        "meetings": meetings_for(space, user),
                    },
                    fields,
                )
            return result
    return result


# The newest version of the file of the version at hand (FileVersion.Meta.ordering).
_newest = (
    FileVersion.objects.filter(file_id=OuterRef("file_id"))
    .order_by("-uploaded_at", "-pk")
    .values("pk")[:1]
)


def _has(text: str | None, stems: list[str]) -> bool:
    lowered = (text or "").lower()
    return any(stem in lowered for stem in stems)


def _with(spec, every: bool):
    names, extra = spec
    return names, every, extra


def _found_words(words, stems, querysets, fields) -> list[SearchWord]:
    """Which of the words some item the person may open has: one query per kind of item, a
    count per word (the relaxed pass shows which words it left out)."""
    found = dict.fromkeys(stems, False)
    for kind, queryset in querysets.items():
        names, extra = fields[kind]
        counts = queryset.order_by().aggregate(
            **{
                f"w{n}": Count("pk", filter=_matching([stem], names, True, extra))
                for n, stem in enumerate(stems)
            }
        )
        for n, stem in enumerate(stems):
            found[stem] = found[stem] or bool(counts[f"w{n}"])
    return [SearchWord(word, found[_stem(word)]) for word in words if len(word) >= 2]
