"""What access records: who downloaded a closed document (docs/access.md).

A document that is not public leaves the platform with its sharing label
(access/files.send_labelled); from TLP:AMBER up each download is kept here, so the editors
who manage documents can see who took a copy of what, and when (access/reports.py). Files
of a table's library keep their own log (spaces.models.Download), seen by its coordinators.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .labels import Label


class DocumentDownload(models.Model):
    """One download of a document labelled TLP:AMBER or higher, through either door
    (/documenten/<id>/<name> or /media/documents/<name>)."""

    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("persoon"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    label = models.CharField(_("deelbaarheid"), max_length=20, choices=Label)
    at = models.DateTimeField(_("gedownload op"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("download van een besloten document")
        verbose_name_plural = _("downloads van besloten documenten")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.document} – {self.at:%Y-%m-%d %H:%M}"
