"""Documents with their text extracted at upload, so attachments are searchable.

A broken or encrypted file is still stored; its status tells editors why it has no text.
"""

import io
import logging
from collections import defaultdict

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents import get_document_model
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.models import Page, ReferenceIndex

from access import policy

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


def attachment_texts(page_ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Title and extracted text of the documents each page offers every reader, in two queries.

    Both search backends index this: the engine's documents (search/documents.py) and Wagtail's
    database backend (`search_attachments` in the pages' `search_fields`). Which page uses which
    document comes from Wagtail's reference index (StreamField download blocks, toolkit
    materials, document links in rich text), recorded at publish (access/signals.py). Files a
    page offers to its attendees only (event materials) are left out: every reader who finds
    the page would read their text."""
    if not page_ids:
        return {}
    document_model = get_document_model()
    refs = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(pk) for pk in page_ids],
        to_content_type=ContentType.objects.get_for_model(document_model),
    ).values_list(
        "object_id",
        "to_object_id",
        "content_type__app_label",
        "content_type__model",
        "content_path",
    )
    by_page: dict[int, set[int]] = defaultdict(set)
    for page_id, document_id, app_label, model_name, content_path in refs:
        page_model = apps.get_model(app_label, model_name)
        if str(document_id).isdigit() and policy.public_uses(page_model, [content_path]):
            by_page[int(page_id)].add(int(document_id))
    document_ids = {d for ids in by_page.values() for d in ids}
    if not document_ids:
        return {}
    has_text = any(f.name == "extracted_text" for f in document_model._meta.get_fields())
    fields = ["id", "title"] + (["extracted_text"] if has_text else [])
    documents = {
        d["id"]: (d["title"], d.get("extracted_text") or "")
        for d in document_model.objects.filter(pk__in=document_ids).values(*fields)
    }
    return {
        page_id: [documents[d] for d in sorted(ids) if d in documents]
        for page_id, ids in by_page.items()
    }
