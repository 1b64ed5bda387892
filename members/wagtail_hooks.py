"""Admin for moderators: membership applications (approve / reject) and the domain allowlist."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import View

from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views.generic import IndexView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from . import selectors, services
from .forms import MembershipRejectForm
from .models import AllowedDomain, Membership


class AllowedDomainViewSet(ModelViewSet):
    model = AllowedDomain
    icon = "site"
    menu_label = _("Toegestane domeinen")
    url_prefix = "leden/domeinen"
    list_display = ["domain", "organisation", DateColumn("created_at", label=_("toegevoegd"))]
    search_fields = ["domain", "organisation"]
    form_fields = ["domain", "organisation"]
    copy_view_enabled = False
    ordering = ["domain"]


class MembershipIndexView(IndexView):
    """Pending applications first (default filter), with a review link per row. Memberships
    are changed only through the approve/reject actions, never edited directly."""

    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user", "user__profile", "decided_by")
            .order_by("status", "-requested_at", "-created_at")
        )

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        if not self.request.GET.get("status") and "status" not in self.request.GET:
            data = kwargs.get("data")
            data = data.copy() if data is not None else self.request.GET.copy()
            data["status"] = Membership.Status.PENDING
            kwargs["data"] = data
        return kwargs

    def get_edit_url(self, instance):
        return reverse("members_membership:review", args=[instance.pk])

    def get_add_url(self):
        return None

    def get_copy_url(self, instance):
        return None

    def get_delete_url(self, instance):
        return None

    def get_inspect_url(self, instance):
        return None

    def get_list_more_buttons(self, instance):
        return [
            Button(_("Beoordelen"), url=self.get_edit_url(instance), icon_name="edit", priority=10)
        ]


class ReviewView(WagtailAdminTemplateMixin, View):
    """One application: who, from where, why; approve or reject (with a reason)."""

    template_name = "members/admin/membership_review.html"
    header_icon = "user"
    permission_policy = None

    def dispatch(self, request, pk):
        if not request.user.has_perm("members.change_membership"):
            raise PermissionDenied
        self.membership = get_object_or_404(
            Membership.objects.select_related("user", "user__profile", "decided_by"), pk=pk
        )
        return super().dispatch(request, pk)

    def get_page_title(self):
        return _("Aanvraag van %(name)s") % {"name": self.membership.user}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("members_membership:index"), "label": _("Lidmaatschapsaanvragen")},
            {"url": "", "label": self.get_page_title()},
        ]

    def render(self, form, status=200):
        from allauth.account.models import EmailAddress

        context = self.get_context_data(
            membership=self.membership,
            profile=getattr(self.membership.user, "profile", None),
            emails=EmailAddress.objects.filter(user=self.membership.user),
            allowlisted=selectors.is_allowed_domain(self.membership.user.email),
            reject_form=form,
        )
        return TemplateResponse(self.request, self.template_name, context, status=status)

    def get(self, request, pk):
        return self.render(MembershipRejectForm())

    def post(self, request, pk):
        action = request.POST.get("action")
        form = MembershipRejectForm(request.POST)
        try:
            if action == "approve":
                services.membership_approve(membership=self.membership, moderator=request.user)
                messages.success(
                    request,
                    _("%(name)s is nu lid en krijgt daarover een e-mail.")
                    % {"name": self.membership.user},
                )
            elif action == "reject" and form.is_valid():
                services.membership_reject(
                    membership=self.membership,
                    moderator=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(
                    request,
                    _("De aanvraag van %(name)s is afgewezen; de aanvrager krijgt een e-mail.")
                    % {"name": self.membership.user},
                )
            else:
                return self.render(form, status=400)
        except services.MembersError as error:
            messages.error(request, error.message)
        return redirect("members_membership:index")


class MembershipViewSet(ModelViewSet):
    model = Membership
    icon = "user"
    menu_label = _("Lidmaatschapsaanvragen")
    url_prefix = "leden/aanvragen"
    index_view_class = MembershipIndexView
    list_filter = ["status"]
    search_fields = ["user__email", "user__first_name", "user__last_name"]
    copy_view_enabled = False
    inspect_view_enabled = False

    @cached_property
    def list_display(self):
        return [
            TitleColumn(
                "user",
                label=_("aanvrager"),
                accessor="user",
                get_url=lambda m: reverse("members_membership:review", args=[m.pk]),
            ),
            Column("email", label=_("e-mailadres"), accessor="user.email"),
            Column(
                "organisation",
                label=_("organisatie"),
                accessor=lambda m: getattr(getattr(m.user, "profile", None), "organisation", ""),
            ),
            DateColumn("requested_at", label=_("aangevraagd op")),
            Column("status", label=_("status"), accessor="get_status_display"),
        ]

    def get_urlpatterns(self):
        # No add/edit/delete views: the state of a membership changes only through services.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("<int:pk>/", ReviewView.as_view(), name="review"),
        ]


class MembersViewSetGroup(ViewSetGroup):
    menu_label = _("Leden")
    menu_icon = "group"
    menu_order = 260
    items = (
        MembershipViewSet("members_membership"),
        AllowedDomainViewSet("members_alloweddomain"),
    )


@hooks.register("register_admin_viewset")
def register_members_viewsets():
    return MembersViewSetGroup()


class PendingApplicationsPanel(Component):
    """On the admin dashboard, moderators see at once how many applications wait."""

    name = "pending_memberships"
    template_name = "members/admin/pending_panel.html"
    order = 50

    def __init__(self, count: int) -> None:
        self.count = count

    def get_context_data(self, parent_context):
        return {"count": self.count, "url": reverse("members_membership:index")}


@hooks.register("construct_homepage_panels")
def add_pending_applications_panel(request, panels):
    if request.user.has_perm("members.change_membership"):
        count = selectors.pending_memberships().count()
        if count:
            panels.append(PendingApplicationsPanel(count))
