"""Admin report: who downloaded a closed document (TLP:AMBER and up), and when.

For the editors who manage documents: the people with Wagtail's change permission on
documents, in a session that passed MFA (the admin asks it, members.middleware). Each sees the
downloads of the documents they may change, filterable by document. A table's library has its
own log, for its coordinators (spaces/).
"""

from __future__ import annotations

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.permissions import policy_registry

import django_filters

from .models import DocumentDownload


def document_policy():
    """Wagtail's permission policy for documents (collection permissions and ownership)."""
    return policy_registry.get_by_type(get_document_model())


def may_see_downloads(user) -> bool:
    return document_policy().user_has_permission(user, "change")


def changeable_documents(user):
    return document_policy().instances_user_has_permission_for(user, "change")


def downloaded_documents(request):
    """The filter's choices: documents this person may change that someone downloaded."""
    return (
        get_document_model()
        .objects.filter(
            pk__in=DocumentDownload.objects.values("document_id"),
        )
        .filter(pk__in=changeable_documents(request.user).values("pk"))
        .order_by("title")
    )


class DocumentDownloadFilterSet(WagtailFilterSet):
    document = django_filters.ModelChoiceFilter(
        label=_("Document"), queryset=downloaded_documents, empty_label=_("Alle documenten")
    )

    class Meta:
        model = DocumentDownload
        fields = ["document"]


def _person(download: DocumentDownload) -> str:
    user = download.user
    if user is None:
        return str(_("(account verwijderd)"))
    return user.get_full_name() or user.email


def _organisation(download: DocumentDownload) -> str:
    profile = getattr(download.user, "profile", None) if download.user else None
    return getattr(profile, "organisation", "") or ""


def _when(download: DocumentDownload) -> str:
    return date_format(timezone.localtime(download.at), "j F Y, H:i")


class DocumentDownloadReportView(ReportView):
    page_title = _("Downloads van besloten documenten")
    header_icon = "doc-full"
    index_url_name = "access_document_downloads"
    index_results_url_name = "access_document_downloads_results"
    permission_required = "change"
    filterset_class = DocumentDownloadFilterSet
    paginate_by = 50
    list_export = ["document_title", "label_text", "person", "organisation", "when"]
    export_headings = {
        "document_title": _("Document"),
        "label_text": _("Label"),
        "person": _("Persoon"),
        "organisation": _("Organisatie"),
        "when": _("Gedownload op"),
    }
    columns = [
        TitleColumn(
            "document",
            label=_("Document"),
            accessor="document.title",
            get_url=lambda download: reverse("wagtaildocs:edit", args=[download.document_id]),
        ),
        Column("label", label=_("Label"), accessor="get_label_display"),
        Column("person", accessor=_person, label=_("Persoon")),
        Column("organisation", accessor=_organisation, label=_("Organisatie")),
        Column("at", accessor=_when, label=_("Gedownload op")),
    ]

    @cached_property
    def permission_policy(self):
        return document_policy()

    def get_queryset(self):
        return DocumentDownload.objects.filter(
            document__in=changeable_documents(self.request.user).values("pk")
        ).select_related("document", "user__profile")

    def get_filename(self):
        return f"downloads-besloten-documenten-{timezone.localdate():%Y-%m-%d}"

    def to_row_dict(self, item):
        return {
            "document_title": item.document.title,
            "label_text": item.get_label_display(),
            "person": _person(item),
            "organisation": _organisation(item),
            "when": _when(item),
        }
