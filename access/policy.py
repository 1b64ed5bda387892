"""The visibility policy: who may open what, and who may know that it exists.

Every door asks this module: page serving, listings, home cards, related items, feeds, the
sitemap, ICS, digests, search (engine filter and database fallback), document and image
downloads. A door that checks `PageViewRestriction` itself is a bug (docs/access.md).

Pages
    A page is restricted by Wagtail's view restrictions on itself and its ancestors.
    LOGIN     approved members (Wagtail's own check admits any signed-in account, including
              an unverified or unapproved one; ours does not);
    GROUPS    members of one of the groups; superusers;
    PASSWORD  whoever entered the password in this session (on the page itself only: such
              pages are never listed, searched or mailed).
    *Open*: every restriction on the path passes. *Known* (title and summary as a teaser in
    listings, with a login button on the page): every restriction either passes or is
    members-level, i.e. LOGIN or a group restriction that admits the members group. A page for
    a narrower group than all members is not known to anyone outside it: no teaser, no count.

Files
    A document or image is open to someone who may open a live page that uses it (Wagtail's
    reference index, kept current at publish: access/signals.py), except where a page uses it in
    a field for attendees only (`attendee_only_fields` on the page model, asked through
    `page.admits_attendee(user)`), and to staff who may choose it in the admin. A file that no
    live page uses (a draft's new attachment, a contribution's upload) is open to staff only.
    A collection's view restrictions apply on top.

Audiences: spaces, organisations, circles
    Three kinds of group name who may open a page more narrowly than a role does (spaces/):
    a closed space's participants (a Landelijke Fenomeentafel, `SPACE_GROUP_PREFIX`), the
    confirmed members of an organisation (`ORGANISATION_GROUP_PREFIX`) and a circle of named
    people (`CIRCLE_GROUP_PREFIX`). A page restricted to such groups is for them only, through
    the rules above; its sharing label (TLP 2.0, access/labels.py) says which kind. Items inside
    a space carry a label of their own, decided by `labels.may_open_item`. An audience group is
    not a role: it does not make anyone an approved member, and it admits only approved
    members (someone who lost the membership loses what their audiences opened).

Staff sessions
    A session that has not passed MFA (`user.staff_mfa_passed is False`, set by
    members.middleware) counts as a plain member's: no staff group or superuser rights, no
    staff files. For a member that changes nothing (the members group is the only group that
    is not a staff role), so the flag may be read off the session without asking for roles.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db.models import (
    BooleanField,
    Exists,
    Expression,
    ExpressionWrapper,
    F,
    OuterRef,
    Q,
    QuerySet,
)
from django.http import HttpRequest
from django.utils.functional import cached_property

from wagtail.models import BaseViewRestriction, CollectionViewRestriction, Page, ReferenceIndex
from wagtail.models import PageViewRestriction as Restriction
from wagtail.query import PageQuerySet

# The group every approved member is in (members.roles.LID).
MEMBERS_GROUP = "Lid"
# Audience groups (spaces.models): who may open a page, not roles. A closed space's active
# participants (Space.group), an organisation's confirmed members (Organisation.group) and a
# circle of named people (Circle.group).
SPACE_GROUP_PREFIX = "Tafel: "
ORGANISATION_GROUP_PREFIX = "Organisatie: "
CIRCLE_GROUP_PREFIX = "Kring: "
AUDIENCE_GROUP_PREFIXES = (SPACE_GROUP_PREFIX, ORGANISATION_GROUP_PREFIX, CIRCLE_GROUP_PREFIX)


def is_space_group(name: str) -> bool:
    return name.startswith(SPACE_GROUP_PREFIX)


def is_audience_group(name: str) -> bool:
    return name.startswith(AUDIENCE_GROUP_PREFIXES)


def audience_groups_q() -> Q:
    """Groups whose name marks an audience, as a filter on Group."""
    either = Q()
    for prefix in AUDIENCE_GROUP_PREFIXES:
        either |= Q(name__startswith=prefix)
    return either


class Viewer:
    """What the policy needs to know about a person. Nothing is queried until a decision
    needs it: listings and search filter in SQL and never load the person's groups."""

    def __init__(self, user=None) -> None:
        self.user = user
        self.user_id: int | None = user.pk if user is not None else None
        self.superuser = bool(user is not None and user.is_superuser and self.staff_verified)

    @property
    def authenticated(self) -> bool:
        return self.user_id is not None

    @cached_property
    def staff_verified(self) -> bool:
        """False for a session that did not pass MFA (members.middleware sets the flag);
        without a request (mails, tasks) the person's own rights apply."""
        return getattr(self.user, "staff_mfa_passed", True) is not False

    @cached_property
    def _role_names(self) -> frozenset[str]:
        """Group names, from the user model's roles (members.models.User.role_names: one
        query, usually made already by the middleware)."""
        if self.user is None:
            return frozenset()
        names = getattr(self.user, "role_names", None)
        if names is None:
            names = frozenset(self.user.groups.values_list("name", flat=True))
        return frozenset(names)

    @property
    def member(self) -> bool:
        """An approved member: in a role group (every group but an audience's is a role,
        members.roles) or a superuser, with or without MFA in this session."""
        if self.user is not None and self.user.is_superuser:
            return True
        return any(not is_audience_group(name) for name in self._role_names)

    @property
    def audiences(self) -> frozenset[str]:
        """The audience groups this person is in: spaces, organisations, circles. None for
        someone who is not (or no longer) an approved member."""
        if not self.member:
            return frozenset()
        return frozenset(name for name in self._role_names if is_audience_group(name))

    @property
    def spaces(self) -> frozenset[str]:
        """The groups of the spaces this person takes part in."""
        return frozenset(name for name in self.audiences if is_space_group(name))

    @property
    def groups(self) -> frozenset[str]:
        """The groups whose restrictions this person passes: roles and audiences. A staff
        session that skipped MFA passes only what every member passes, and its audiences'."""
        if not self.staff_verified:
            return (frozenset({MEMBERS_GROUP}) if self.member else frozenset()) | self.audiences
        return frozenset(n for n in self._role_names if not is_audience_group(n)) | self.audiences

    def groups_query(self) -> QuerySet[Group]:
        """The same groups as a subquery, for filters that must not cost a query: the role
        groups and, for an approved member, the audience groups; without MFA in this session
        the members group stands for the roles (every role but the members group is a staff
        role, so a plain member loses nothing)."""
        own = Group.objects.filter(user=self.user_id)
        roles = own.exclude(audience_groups_q())
        audiences = own.filter(audience_groups_q())
        if not (self.user is not None and self.user.is_superuser):
            audiences = audiences.filter(Exists(roles))
        if not self.staff_verified:
            return Group.objects.filter(
                Q(name=MEMBERS_GROUP) & Q(Exists(roles)) | Q(pk__in=audiences.values("pk"))
            )
        return Group.objects.filter(Q(pk__in=roles.values("pk")) | Q(pk__in=audiences.values("pk")))


VISITOR = Viewer()


def forget(user) -> None:
    """Drop what this user object remembers of its groups (after they changed in this
    process, e.g. a participant added to a space's group): the next decision reads them anew."""
    user = getattr(user, "_wrapped", user)
    for name in ("role_names", "_access_viewer"):
        user.__dict__.pop(name, None)


def viewer(user) -> Viewer:
    """The viewer for a user (or None / AnonymousUser), remembered on the user object."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return VISITOR
    user = getattr(user, "_wrapped", user)  # request.user is a lazy wrapper
    verified = getattr(user, "staff_mfa_passed", True) is not False
    cached = getattr(user, "_access_viewer", None)
    if cached is None or cached.staff_verified != verified:
        cached = user._access_viewer = Viewer(user)
    return cached


# ---------------------------------------------------------------------------------------------
# One restriction


def _group_names(restriction: BaseViewRestriction) -> set[str]:
    return {group.name for group in restriction.groups.all()}


def passes(
    restriction: BaseViewRestriction, who: Viewer, request: HttpRequest | None = None
) -> bool:
    """Whether this viewer passes one view restriction (page or collection)."""
    kind = restriction.restriction_type
    if kind == BaseViewRestriction.LOGIN:
        return who.member
    if kind == BaseViewRestriction.GROUPS:
        return who.superuser or bool(who.groups & _group_names(restriction))
    if kind == BaseViewRestriction.PASSWORD:
        return request is not None and restriction.accept_request(request)
    return False


def members_level(restriction: BaseViewRestriction) -> bool:
    """A restriction every approved member passes: its item may be shown as a teaser."""
    if restriction.restriction_type == BaseViewRestriction.LOGIN:
        return True
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        return any(group.name == MEMBERS_GROUP for group in restriction.groups.all())
    return False


# ---------------------------------------------------------------------------------------------
# One page


class Verdict(enum.Enum):
    OPEN = "open"
    TEASER = "teaser"  # title and summary, and a way in (log in, or become a member)
    PASSWORD = "password"  # noqa: S105 - Wagtail's password form
    LOGIN = "login"  # a visitor: ask to log in, reveal nothing
    HIDDEN = "hidden"  # 404


def _restrictions_of(page: Page) -> Iterable[Restriction]:
    # Pages with access.restrictions.ViewRestrictionMixin answer from one cached query.
    return page.get_view_restrictions()


def page_verdict(user, page: Page, request: HttpRequest | None = None) -> Verdict:
    """What this person gets when they open the page."""
    who = viewer(user)
    failed = [r for r in _restrictions_of(page) if not passes(r, who, request)]
    if not failed:
        return Verdict.OPEN
    if any(r.restriction_type == Restriction.PASSWORD for r in failed):
        return Verdict.PASSWORD
    if all(members_level(r) for r in failed):
        return Verdict.TEASER
    return Verdict.HIDDEN if who.authenticated else Verdict.LOGIN


def may_open(user, page: Page, request: HttpRequest | None = None) -> bool:
    return page.live and page_verdict(user, page, request) is Verdict.OPEN


def may_know(user, page: Page) -> bool:
    """May this person see the page's title and summary (in a listing, as a teaser)?"""
    return page.live and page_verdict(user, page) in (Verdict.OPEN, Verdict.TEASER)


# ---------------------------------------------------------------------------------------------
# Querysets: listings, feeds, the sitemap, ICS, digests and the database search


def _admitted_by(groups) -> Exists:
    """EXISTS: the outer restriction admits one of these groups. Asked of each restriction a
    listing meets (the index of the restriction's groups), not by first collecting every
    restriction that admits them: that read every row of the groups table for each condition,
    twice per listing query (issue #13)."""
    through = Restriction.groups.through
    return Exists(through.objects.filter(pageviewrestriction_id=OuterRef("pk"), group__in=groups))


def _groups_loaded(who: Viewer) -> bool:
    """Whether this viewer's group names are in memory already (a request's user: the
    middleware loaded them), so a filter may name them instead of asking for them."""
    if who.user is None:
        return False
    return "_role_names" in vars(who) or "role_names" in vars(who.user)


def failed_restrictions(user) -> QuerySet[Restriction]:
    """The page view restrictions this person does not pass, in SQL. Password restrictions
    are never passed here: the password is asked on the page, never in a listing."""
    who = viewer(user)
    restrictions = Restriction.objects.all()
    if not who.authenticated:
        return restrictions
    if who.superuser:
        return restrictions.filter(restriction_type=Restriction.PASSWORD)
    if _groups_loaded(who):
        # The person's groups are loaded already (the middleware's request.user): name them,
        # which PostgreSQL plans in a fraction of the time the subqueries below take (2-3 ms
        # per listing query, issue #13). The same groups either way (Viewer.groups_query).
        passed = Q()
        if who.groups:
            named = Group.objects.filter(name__in=sorted(who.groups))
            passed |= Q(restriction_type=Restriction.GROUPS) & Q(_admitted_by(named))
        if who.member:
            passed |= Q(restriction_type=Restriction.LOGIN)
        return restrictions.exclude(passed) if passed else restrictions
    groups = who.groups_query()
    roles = groups.exclude(audience_groups_q())
    passed = Q(restriction_type=Restriction.LOGIN) & Q(Exists(roles)) | Q(
        Q(restriction_type=Restriction.GROUPS) & Q(_admitted_by(groups))
    )
    return restrictions.exclude(passed)


def untold_restrictions(user) -> QuerySet[Restriction]:
    """Failed restrictions that hide the page entirely (not members-level)."""
    who = viewer(user)
    if _groups_loaded(who) and who.member and MEMBERS_GROUP in who.groups:
        # Someone in the members group passes every members-level restriction: what they
        # fail hides the page (one condition less for the planner, twice per listing query).
        return failed_restrictions(user)
    members = Group.objects.filter(name=MEMBERS_GROUP)
    return failed_restrictions(user).exclude(
        Q(restriction_type=Restriction.LOGIN)
        | Q(restriction_type=Restriction.GROUPS) & Q(_admitted_by(members))
    )


def _where(restrictions: QuerySet[Restriction]) -> tuple[str, tuple]:
    """The WHERE clause of a queryset of restrictions, as SQL on the restrictions table by its
    own name, and its parameters (an empty clause for all of them)."""
    query = restrictions.query
    if not query.where:
        return "", ()
    sql, params = query.get_compiler(restrictions.db).compile(query.where)
    return sql, tuple(params)


class _Restricted(Expression):
    """EXISTS: one of the restrictions a WHERE clause picks (`_where`) is on the outer page
    itself, or, with `ancestors`, on a page with children whose tree path starts the outer
    page's path (an ancestor, or the page itself).

    The page itself is compared by page id, so the restrictions table alone answers it (its
    page_id index), without reading the pages the restrictions are on. Only pages with children
    can be ancestors (treebeard keeps `numchild` with every add, move and delete): the partial
    index of such pages (access migration 0003) finds the few restricted ones without reading
    the page rows of every restriction, and each page is compared with those few only.

    Written as SQL rather than as nested querysets: the ORM's cloning and resolving of those
    cost 1.5-2 ms of CPU per listing query, several queries per page view (issue #13). The
    outer page's columns are ordinary resolved columns (renamed with the query when it becomes
    a subquery); the tables inside have names Django never gives an alias, so they cannot
    capture the outer page's."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, where: tuple[str, tuple], *, ancestors: bool = False) -> None:
        super().__init__(output_field=BooleanField())
        self.where = where
        self.ancestors = ancestors
        self.outer = F("path" if ancestors else "pk")

    def get_source_expressions(self) -> list:
        return [self.outer]

    def set_source_expressions(self, exprs) -> None:
        (self.outer,) = exprs

    def as_sql(self, compiler, connection, prefix_function: str = "LEFT(%s, %s)"):
        # Constants, the outer column as Django compiled it and a clause Django compiled
        # (`_where`): no input goes into the SQL but as parameters.
        outer, outer_params = compiler.compile(self.outer)
        where, where_params = self.where
        table = "wagtailcore_pageviewrestriction"
        if self.ancestors:
            prefix = prefix_function % (outer, "LENGTH(kp_restricted_parent.path)")
            sql = (
                f"EXISTS (SELECT 1 FROM {table} INNER JOIN wagtailcore_page kp_restricted_parent"  # noqa: S608
                f" ON kp_restricted_parent.id = {table}.page_id"
                " WHERE kp_restricted_parent.numchild > 0"
                f" AND kp_restricted_parent.path = {prefix}"
            )
        else:
            sql = f"EXISTS (SELECT 1 FROM {table} WHERE {table}.page_id = {outer}"  # noqa: S608
        sql += f" AND ({where}))" if where else ")"
        return sql, (*outer_params, *where_params)

    def as_sqlite(self, compiler, connection):
        return self.as_sql(compiler, connection, prefix_function="SUBSTR(%s, 1, %s)")


def _visibility_where(who: Viewer, kind: str, restrictions) -> tuple[str, tuple]:
    """`_where` of the failed or untold restrictions, kept with the viewer (a request's user,
    or the visitor for the whole process: its clause holds only constants)."""
    memo = who.__dict__.setdefault("_visibility_where", {})
    if kind not in memo:
        memo[kind] = _where(restrictions())
    return memo[kind]


def under(restrictions: QuerySet[Restriction]) -> ExpressionWrapper:
    """True when the outer page lies at or below the page of one of these restrictions (its
    tree path starts with the restricted page's path). One query whatever their number."""
    where = _where(restrictions)
    either = Q(_Restricted(where)) | Q(_Restricted(where, ancestors=True))
    return ExpressionWrapper(either, output_field=BooleanField())


def _exclude_under(qs: PageQuerySet, where: tuple[str, tuple]) -> PageQuerySet:
    # Two NOT EXISTS side by side, not NOT (a OR b): PostgreSQL turns each into an anti join
    # only at the top level of the WHERE clause. The one on the page itself is a merge or hash
    # anti join on page ids: one probe per page, however many restrictions there are (issue #13:
    # comparing every page with the prefixes of its path cost most of a listing's SQL time).
    return qs.filter(~_Restricted(where), ~_Restricted(where, ancestors=True))


def openable(qs: PageQuerySet, user) -> PageQuerySet:
    """Live pages of the queryset this person may open."""
    who = viewer(user)
    where = _visibility_where(who, "failed", lambda: failed_restrictions(user))
    return _exclude_under(qs.live(), where)


def knowable(qs: PageQuerySet, user) -> PageQuerySet:
    """Live pages of the queryset this person may open or see as a teaser."""
    who = viewer(user)
    where = _visibility_where(who, "untold", lambda: untold_restrictions(user))
    return _exclude_under(qs.live(), where)


# ---------------------------------------------------------------------------------------------
# The search index: who may find a page, stored with its document


def audience_label(restrictions: Iterable[tuple[str, Iterable[str]]]) -> str:
    """A label for who may open a page, from (restriction type, group names) pairs:
    public, members (every approved member), groups (narrower), password. The engine's
    permission filter itself works on restriction IDs (`failed_restrictions`)."""
    restrictions = [(kind, set(groups)) for kind, groups in restrictions]
    if not restrictions:
        return "public"
    if any(kind == Restriction.PASSWORD for kind, _groups in restrictions):
        return "password"
    if all(kind == Restriction.LOGIN or MEMBERS_GROUP in groups for kind, groups in restrictions):
        return "members"
    return "groups"


def engine_filter(*, authenticated: bool, failed: list[str]) -> list[dict]:
    """The permission filter inside every engine query (hits, counts, facets, highlights,
    suggestions), as Query DSL clauses: pages behind a password never; a visitor only public
    pages; anyone else not the pages under a restriction they fail (`failed_restrictions`,
    whose IDs every index document carries for its page and ancestors)."""
    clauses: list[dict] = [{"bool": {"must_not": [{"term": {"visibility": "password"}}]}}]
    if not authenticated:
        clauses.append({"term": {"visibility": "public"}})
    elif failed:
        clauses.append({"bool": {"must_not": [{"terms": {"restrictions": failed}}]}})
    return clauses


# ---------------------------------------------------------------------------------------------
# Files: documents and images (their originals and renditions)


def _attendee_only(page_model, content_path: str) -> bool:
    fields = getattr(page_model, "attendee_only_fields", ())
    return content_path.split(".", 1)[0] in fields


def public_uses(page_model, content_paths: Iterable[str]) -> bool:
    """Whether any of these references of a page to a file is shown to every reader of the
    page (not only to its attendees): the search index takes only those files' text."""
    return any(not _attendee_only(page_model, path) for path in content_paths)


def file_uses(obj) -> dict[int, set[str]]:
    """Pages (live or not) that use this file, with the fields (content paths) they use it in."""
    rows = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(type(obj)),
        to_object_id=str(obj.pk),
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("object_id", "content_path")
    uses: dict[int, set[str]] = {}
    for page_id, content_path in rows:
        uses.setdefault(int(page_id), set()).add(content_path)
    return uses


def _collection_passes(obj, who: Viewer, request: HttpRequest | None) -> bool:
    collection = getattr(obj, "collection", None)
    if collection is None:
        return True
    restrictions = CollectionViewRestriction.objects.filter(
        collection__in=collection.get_ancestors(inclusive=True)
    ).prefetch_related("groups")
    return all(passes(r, who, request) for r in restrictions)


def _staff_may_choose(user, obj, who: Viewer) -> bool:
    if not who.authenticated or not who.staff_verified:
        return False
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(type(obj))
    return permission_policy.user_has_permission_for_instance(user, "choose", obj)


def may_open_file(user, obj, request: HttpRequest | None = None) -> bool:
    """A document or an image (renditions ask for their image)."""
    who = viewer(user)
    if not _collection_passes(obj, who, request):
        return False
    if _staff_may_choose(user, obj, who):
        return True
    uses = file_uses(obj)
    if not uses:
        return False
    for page in Page.objects.live().filter(pk__in=uses).specific(defer=True):
        if page_verdict(user, page, request) is not Verdict.OPEN:
            continue
        if public_uses(type(page), uses[page.pk]):
            return True
        admits = getattr(page, "admits_attendee", None)
        if admits is not None and admits(user):
            return True
    return False
