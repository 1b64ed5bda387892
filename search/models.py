"""Search state kept in the database: the indexing outbox, the thesaurus and the query log."""

from __future__ import annotations

import datetime
import hashlib
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .analysis import fold, synonym_rule, synonym_terms

# Outbox reasons after which the indexed copy of a page may show it to people who may no
# longer open it (see `queries.pages_in_flux`).
VISIBILITY_REASONS = ("unpublish", "delete", "move", "privacy")


class OutboxEntry(models.Model):
    """ "Page X changed": written in the transaction of the change, applied later by a worker.

    A row names a page, not a payload: the worker builds the document from the database as it
    is then, so replaying a row is always safe and several rows for one page collapse into one
    engine write. Rows are kept a day after they are applied, so a rebuild can replay what
    changed while it was loading (see `indexing.rebuild`)."""

    page_id = models.PositiveIntegerField(db_index=True)
    reason = models.CharField(max_length=20)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now)
    last_error = models.TextField(blank=True)
    processed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("indexeringstaak")
        verbose_name_plural = _("indexeringswachtrij")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                name="search_outbox_pending",
                condition=models.Q(processed_at__isnull=True),
            )
        ]

    def __str__(self) -> str:
        return f"page {self.page_id} ({self.reason})"


class IndexState(models.Model):
    """One row: whether a rebuild runs now, and what the last one did (for search_status)."""

    rebuilding_since = models.DateTimeField(null=True, blank=True)
    last_rebuild_at = models.DateTimeField(null=True, blank=True)
    last_rebuild_index = models.CharField(max_length=200, blank=True)
    last_rebuild_documents = models.PositiveIntegerField(default=0)
    last_rebuild_seconds = models.FloatField(default=0)
    synonyms_fingerprint = models.CharField(max_length=64, blank=True)

    class Meta:
        verbose_name = _("indexstatus")

    @classmethod
    def get(cls) -> IndexState:
        state, _created = cls.objects.get_or_create(pk=1)
        return state


class Synonym(models.Model):
    """A line of the thesaurus: terms that mean the same ("xtc, mdma"; "Bibob, Wet Bibob").

    Applied when searching (synonym_graph), so a change only needs a rebuild of the index
    settings; saving or deleting a line starts one in the background."""

    terms = models.CharField(
        _("termen"),
        max_length=500,
        help_text=_(
            "Woorden of woordgroepen met dezelfde betekenis, gescheiden door komma's, "
            "bijvoorbeeld: xtc, mdma, ecstasy"
        ),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("synoniem")
        verbose_name_plural = _("synoniemen")
        ordering = ["terms"]

    def __str__(self) -> str:
        return self.terms

    def clean(self) -> None:
        terms = synonym_terms(self.terms)
        if len(terms) < 2:
            raise ValidationError(
                {"terms": _("Geef minstens twee termen, gescheiden door een komma.")}
            )
        if synonym_rule(terms) is None:
            raise ValidationError(
                {"terms": _("Deze termen bestaan alleen uit stopwoorden of zijn gelijk.")}
            )
        self.terms = ", ".join(terms)

    @property
    def rule(self) -> str | None:
        return synonym_rule(synonym_terms(self.terms))

    @classmethod
    def rules(cls) -> list[str]:
        return sorted({rule for s in cls.objects.all() if (rule := s.rule)})

    @classmethod
    def fingerprint(cls) -> str:
        """Of everything editors put into the index's analysis: the thesaurus and their own
        compound parts. A rebuild records it; a change means the index is behind."""
        lines = [*cls.rules(), "-- compound parts --", *CompoundPart.words()]
        return hashlib.sha256("\n".join(lines).encode()).hexdigest()


_PART = re.compile(r"^[a-z]{3,40}$")


class CompoundPart(models.Model):
    """An editor's part of compound words, a domain word such as "bibob" ("bibobtoets") or
    "drugsafval" ("drugsafvaldumping"): the engine finds it inside any word, at index and at
    search time, beside the shipped Dutch word list (index time only). Saving or deleting one
    rebuilds the index in the background, as the thesaurus does (search/analysis.py)."""

    word = models.CharField(
        _("woorddeel"),
        max_length=40,
        unique=True,
        help_text=_(
            "Eén woord, kleine letters, zonder spaties of streepjes, bijvoorbeeld: bibob. "
            "Het wordt ook midden in samenstellingen gevonden, dus kies geen korte of "
            "algemene woorden (zoals ‘stal’, dat ook in ‘installatie’ staat)."
        ),
    )
    note = models.CharField(_("toelichting"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("woorddeel van samenstellingen")
        verbose_name_plural = _("samenstellingen")
        ordering = ["word"]

    def __str__(self) -> str:
        return self.word

    def clean(self) -> None:
        self.word = fold(self.word or "").strip()
        if not _PART.match(self.word):
            raise ValidationError(
                {"word": _("Geef één woord van minstens drie letters, zonder cijfers of tekens.")}
            )

    @classmethod
    def words(cls) -> list[str]:
        return list(cls.objects.order_by("word").values_list("word", flat=True))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_LONG_NUMBER = re.compile(r"\d[\d\s.-]{5,}\d")
_POSTCODE = re.compile(r"\b\d{4}\s?[a-z]{2}\b")
MAX_LOGGED_QUERY = 200


def anonymise_query(text: str) -> str:
    """Lower-case, collapse spaces, and mask what could identify a person: e-mail addresses,
    long numbers (phone, BSN, case numbers) and postcodes."""
    text = re.sub(r"\s+", " ", (text or "").strip().lower())
    text = _EMAIL.sub("[e-mail]", text)
    text = _LONG_NUMBER.sub("[nummer]", text)
    text = _POSTCODE.sub("[postcode]", text)
    return text[:MAX_LOGGED_QUERY]


class QueryLog(models.Model):
    """One search, anonymised: the day, the normalised query and how many hits it gave.

    No user, session, IP address or time of day is stored, so a row cannot be tied to a
    person."""

    class Backend(models.TextChoices):
        ENGINE = "engine", _("zoekmachine")
        DATABASE = "database", _("database")

    day = models.DateField(default=datetime.date.today, db_index=True)
    query = models.CharField(max_length=MAX_LOGGED_QUERY)
    hits = models.PositiveIntegerField()
    # All words together found nothing; `hits` counts what a relaxed pass (most or any of the
    # words) found. The zero-result report lists these too: "gevonden met een deel van de
    # woorden".
    relaxed = models.BooleanField(default=False)
    backend = models.CharField(max_length=10, choices=Backend.choices)

    class Meta:
        verbose_name = _("zoekopdracht")
        verbose_name_plural = _("zoekopdrachten")
        indexes = [models.Index(fields=["day", "query"], name="search_querylog_day_query")]

    def __str__(self) -> str:
        return f"{self.day}: {self.query} ({self.hits})"


class SavedSearch(models.Model):
    """A search someone asked to be mailed about when new items match (search/alerts.py).

    Only the question is stored, never results: at send time the search runs again as the
    recipient, through the same service and permission filter as `/zoeken/`. A member's
    alert belongs to the account (its address, its rights at that moment); a visitor's holds
    an address that counts only once confirmed (double opt-in)."""

    class Frequency(models.TextChoices):
        DAILY = "dagelijks", _("Dagelijks")
        WEEKLY = "wekelijks", _("Wekelijks")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="saved_searches",
    )
    email = models.EmailField(_("e-mailadres"), blank=True)  # visitors only
    query = models.CharField(_("zoekterm"), max_length=200, blank=True)
    filters = models.JSONField(_("filters"), default=dict, blank=True)
    key = models.CharField(max_length=64)  # of query and filters: one alert per search
    frequency = models.CharField(
        _("hoe vaak"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    # Items first published after this moment are new; it moves on with every mail.
    checked_until = models.DateTimeField(default=timezone.now)
    last_sent_at = models.DateTimeField(_("laatst verstuurd"), null=True, blank=True)

    class Meta:
        verbose_name = _("zoekattendering")
        verbose_name_plural = _("zoekattenderingen")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "key"],
                condition=models.Q(user__isnull=False),
                name="search_alert_once_per_member",
            ),
            models.UniqueConstraint(
                fields=["email", "key"],
                condition=models.Q(user__isnull=True),
                name="search_alert_once_per_address",
            ),
        ]

    def __str__(self) -> str:
        return self.query or "(filters)"
