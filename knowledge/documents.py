"""Documents with their text extracted at upload, so attachments are searchable.

A broken or encrypted file is still stored; its status tells editors why it has no text.
"""

import io
import logging

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument

logger = logging.getLogger("kennisplatform.documents")

MAX_EXTRACTED_CHARS = 200_000


class ExtractionStatus(models.TextChoices):
    OK = "ok", _("Tekst gevonden")
    EMPTY = "empty", _("Geen tekst gevonden (bijvoorbeeld een scan)")
    ENCRYPTED = "encrypted", _("Versleuteld: tekst kan niet worden gelezen")
    BROKEN = "broken", _("Beschadigd bestand: tekst kan niet worden gelezen")
    UNSUPPORTED = "unsupported", _("Bestandstype niet doorzoekbaar")


def extract_text(data: bytes, extension: str) -> tuple[str, str]:
    """Return (status, text) for a file's bytes. Never raises on bad input."""
    extension = extension.lower().lstrip(".")
    try:
        if extension == "pdf":
            return _extract_pdf(data)
        if extension == "docx":
            return _extract_docx(data)
        if extension in {"txt", "csv"}:
            return _status_for(data.decode("utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 - any parser failure means an unreadable file
        logger.warning("Could not extract text from a .%s document", extension)
        return ExtractionStatus.BROKEN, ""
    return ExtractionStatus.UNSUPPORTED, ""


def _status_for(text: str) -> tuple[str, str]:
    text = " ".join(text.split())[:MAX_EXTRACTED_CHARS]
    return (ExtractionStatus.OK if text else ExtractionStatus.EMPTY), text


def _extract_pdf(data: bytes) -> tuple[str, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted:
        # Files encrypted with an empty user password can still be read.
        try:
            if not reader.decrypt(""):
                return ExtractionStatus.ENCRYPTED, ""
        except Exception:  # noqa: BLE001 - unsupported encryption
            return ExtractionStatus.ENCRYPTED, ""
    return _status_for("\n".join(page.extract_text() or "" for page in reader.pages))


def _extract_docx(data: bytes) -> tuple[str, str]:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    return _status_for("\n".join(parts))


class KnowledgeDocument(AbstractDocument):
    extracted_text = models.TextField(_("geëxtraheerde tekst"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("tekstextractie"),
        max_length=12,
        choices=ExtractionStatus.choices,
        blank=True,
        editable=False,
    )

    admin_form_fields = WagtailDocument.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        permissions = [("choose_document", "Can choose document")]

    def save(self, *args, **kwargs):
        file_changed = self._file_changed()
        if file_changed and self.file_size is None:
            # The admin form sets size and hash; documents created in code get them here.
            self._set_document_file_metadata()
        super().save(*args, **kwargs)
        if file_changed:
            self.extract()

    def _file_changed(self) -> bool:
        if not self.file:
            return False
        if self.pk is None or not self.extraction_status:
            return True
        stored = type(self).objects.filter(pk=self.pk).values_list("file", flat=True).first()
        return stored != self.file.name

    def extract(self) -> None:
        """Read the stored file and save its text; runs at upload and on file replacement."""
        try:
            with self.open_file() as handle:
                data = handle.read()
        except OSError:
            status, text = ExtractionStatus.BROKEN, ""
        else:
            status, text = extract_text(data, self.file_extension)
        self.extracted_text, self.extraction_status = text, status
        # A real save (not .update()) so the search index hears about the new text.
        self.save(update_fields=["extracted_text", "extraction_status"])

    @property
    def extraction_failed(self) -> bool:
        return self.extraction_status in {ExtractionStatus.ENCRYPTED, ExtractionStatus.BROKEN}
