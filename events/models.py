"""Online events: the agenda, event pages, registrations and personal calendar tokens."""

import secrets

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from access.restrictions import ViewRestrictionMixin
from knowledge.blocks import RICH_FEATURES
from knowledge.taxonomy import Audience, Theme


class SessionBlock(blocks.StructBlock):
    start_time = blocks.TimeBlock(label=_("begintijd"))
    end_time = blocks.TimeBlock(label=_("eindtijd"), required=False)
    title = blocks.CharBlock(label=_("onderdeel"))
    speakers = blocks.CharBlock(label=_("sprekers"), required=False)
    description = blocks.TextBlock(label=_("toelichting"), required=False)

    class Meta:
        icon = "time"
        label = _("Programmaonderdeel")


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("naam"))
    role = blocks.CharBlock(label=_("functie en organisatie"), required=False)
    bio = blocks.TextBlock(label=_("korte bio"), required=False)

    class Meta:
        icon = "user"
        label = _("Spreker")


class EventIndexPage(ViewRestrictionMixin, RoutablePageMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    is_creatable = False  # made by config.site.ensure_site_structure, as knowledge.ListingPage
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"
    # The agenda shows free seats: a registration marks its cached copies stale, not every
    # page (config/page_cache.py).
    page_cache_topics = ("registrations",)

    class Meta:
        verbose_name = _("agenda")

    @path("")
    def agenda_view(self, request):
        from .views import agenda

        return agenda(request, self)


class EventPage(ViewRestrictionMixin, RoutablePageMixin, Page):
    class Format(models.TextChoices):
        WEBINAR = "webinar", _("Webinar")
        SYMPOSIUM = "symposium", _("Symposium")
        CONFERENCE = "conferentie", _("Conferentie")
        MEETING = "bijeenkomst", _("Bijeenkomst")

    summary = models.TextField(_("samenvatting"), max_length=600)
    description = RichTextField(_("beschrijving"), features=RICH_FEATURES, blank=True)
    start = models.DateTimeField(_("begin"))
    end = models.DateTimeField(_("einde"))
    event_format = models.CharField(_("vorm"), max_length=20, choices=Format.choices)
    online_platform = models.CharField(
        _("online platform"), max_length=80, blank=True, help_text=_("Bijv. Zoom, Teams, Webex.")
    )
    join_link = models.URLField(
        _("deelnamelink"),
        blank=True,
        help_text=_("Alleen zichtbaar voor bevestigde deelnemers, nooit openbaar."),
    )
    location = models.CharField(_("locatie"), max_length=200, blank=True)
    programme = StreamField([("session", SessionBlock())], verbose_name=_("programma"), blank=True)
    speakers = StreamField([("speaker", SpeakerBlock())], verbose_name=_("sprekers"), blank=True)
    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True)
    audiences = ParentalManyToManyField(Audience, verbose_name=_("doelgroepen"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capaciteit"), null=True, blank=True, help_text=_("Leeg = onbeperkt.")
    )
    waitlist_enabled = models.BooleanField(_("wachtlijst"), default=True)
    registration_opens = models.DateTimeField(_("aanmelding opent"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("aanmelding sluit"), null=True, blank=True)
    members_only = models.BooleanField(
        _("alleen voor leden"),
        default=False,
        help_text=_("Alleen ingelogde leden kunnen zich aanmelden."),
    )
    recording_link = models.URLField(_("link naar opname"), blank=True)
    materials = RichTextField(_("materialen achteraf"), features=RICH_FEATURES, blank=True)
    space = models.ForeignKey(
        "spaces.Space",
        verbose_name=_("bijeenkomst van fenomeentafel"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="meetings",
        help_text=_(
            "Alleen de deelnemers van deze tafel zien en vinden de bijeenkomst en kunnen zich "
            "aanmelden; in agenda-bestanden staan dan geen beschrijving en geen links."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("event_format"),
                FieldRowPanel([FieldPanel("online_platform"), FieldPanel("join_link")]),
                FieldPanel("location"),
            ],
            heading=_("Wanneer en waar"),
        ),
        FieldPanel("description"),
        FieldPanel("programme"),
        FieldPanel("speakers"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("waitlist_enabled")]),
                FieldRowPanel(
                    [FieldPanel("registration_opens"), FieldPanel("registration_closes")]
                ),
                FieldPanel("members_only"),
                FieldPanel("space"),
            ],
            heading=_("Aanmelden"),
        ),
        MultiFieldPanel([FieldPanel("themes"), FieldPanel("audiences")], heading=_("Indeling")),
        MultiFieldPanel(
            [FieldPanel("recording_link"), FieldPanel("materials")],
            heading=_("Na afloop (alleen voor deelnemers)"),
        ),
    ]
    # The join link, recording and materials are deliberately not indexed.
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("description"),
        index.SearchField("programme"),
        index.FilterField("start"),
        index.FilterField("event_format"),
        index.AutocompleteField("title"),
    ]
    parent_page_types = ["events.EventIndexPage"]
    subpage_types: list[str] = []
    template = "events/event_page.html"

    class Meta:
        verbose_name = _("evenement")
        verbose_name_plural = _("evenementen")
        # The agenda, the home page and the theme hubs list upcoming events by start: an index
        # scan stops at the first few, where a sort read every upcoming event (issue #13).
        indexes = [models.Index(fields=["start"], name="events_event_start")]

    def clean(self) -> None:
        super().clean()
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("Het einde moet na het begin liggen.")})
        if (
            self.registration_opens
            and self.registration_closes
            and self.registration_closes <= self.registration_opens
        ):
            raise ValidationError(
                {"registration_closes": _("De aanmelding moet sluiten nadat ze opent.")}
            )

    @property
    def format_label(self) -> str:
        """`get_event_format_display()` without its cost: Django hashes every translated choice
        label on each call, which added up on the agenda's twenty cards."""
        try:
            return self.Format(self.event_format).label
        except ValueError:
            return self.event_format

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    # Files used in these fields are for attendees only (access/policy.py): the recording and
    # materials after the event.
    attendee_only_fields = ("materials",)

    def admits_attendee(self, user) -> bool:
        """Registrants with a seat may open the materials once the event has ended."""
        if not getattr(user, "is_authenticated", False) or not self.is_past:
            return False
        return self.registrations.filter(
            user=user, status__in=[str(s) for s in Registration.SEAT_STATUSES]
        ).exists()

    @property
    def seats_free(self) -> int | None:
        """Free seats from the `seats_taken` annotation (selectors.with_seats); None when the
        event is unlimited or not annotated."""
        taken = getattr(self, "seats_taken", None)
        if self.capacity is None or taken is None:
            return None
        return max(self.capacity - taken, 0)

    @property
    def has_started(self) -> bool:
        return self.start <= timezone.now()

    # Routes (views in events/views.py). Event pages are never cached: they show seats left and
    # the visitor's own registration.
    @path("")
    def event_view(self, request):
        from .views import event_detail

        return event_detail(request, self)

    @path("aanmelden/")
    def register_view(self, request):
        from .views import event_register

        return event_register(request, self)

    # The .ics files and the signed confirm/cancel links are plain Django URLs (events/urls.py):
    # Wagtail's page URL pattern allows neither dots nor the colons of signed tokens.


class EventState(models.Model):
    """Per-event state that must survive page publishing.

    Wagtail copies a revision's content over the page row on publish, so a counter or flag kept
    on EventPage itself would be rolled back by the next publish of an older draft. The ICS
    SEQUENCE, the last published schedule (to detect changes) and the organiser's "close
    registration" switch therefore live here, one row per event.
    """

    event = models.OneToOneField(
        EventPage, on_delete=models.CASCADE, primary_key=True, related_name="state"
    )
    sequence = models.PositiveIntegerField(_("ICS-volgnummer"), default=0)
    published_start = models.DateTimeField(null=True, blank=True)
    published_end = models.DateTimeField(null=True, blank=True)
    published_join_link = models.URLField(blank=True)
    published_fingerprint = models.CharField(max_length=64, blank=True)
    registration_closed_at = models.DateTimeField(
        _("aanmelding gesloten op"), null=True, blank=True
    )
    materials_sent_at = models.DateTimeField(_("materialen gemaild op"), null=True, blank=True)

    class Meta:
        verbose_name = _("evenementstatus")
        verbose_name_plural = _("evenementstatussen")

    def __str__(self) -> str:
        return f"{self.event_id}: sequence {self.sequence}"


class Registration(models.Model):
    """One person's registration for one event.

    `email` is the identity: at most one *active* registration per (event, e-mail), enforced by
    a partial unique index. Anonymised rows keep their status and dates for statistics but lose
    name, e-mail, organisation and user.
    """

    class Status(models.TextChoices):
        PENDING = "pending", _("Wacht op bevestiging")
        CONFIRMED = "confirmed", _("Bevestigd")
        WAITLISTED = "waitlisted", _("Wachtlijst")
        CANCELLED = "cancelled", _("Geannuleerd")
        ATTENDED = "attended", _("Aanwezig geweest")

    ACTIVE_STATUSES = (Status.PENDING, Status.CONFIRMED, Status.WAITLISTED, Status.ATTENDED)
    SEAT_STATUSES = (Status.CONFIRMED, Status.ATTENDED)

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("evenement"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    name = models.CharField(_("naam"), max_length=200, blank=True)
    email = models.EmailField(_("e-mailadres"), blank=True)
    organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    updated_at = models.DateTimeField(_("gewijzigd op"), auto_now=True)
    confirmed_at = models.DateTimeField(_("bevestigd op"), null=True, blank=True)
    waitlisted_at = models.DateTimeField(_("op wachtlijst sinds"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("geannuleerd op"), null=True, blank=True)
    reminder_24h_sent_at = models.DateTimeField(null=True, blank=True)
    reminder_1h_sent_at = models.DateTimeField(null=True, blank=True)
    anonymised_at = models.DateTimeField(_("geanonimiseerd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                "event",
                Lower("email"),
                condition=Q(status__in=["pending", "confirmed", "waitlisted", "attended"])
                & ~Q(email=""),
                name="events_one_active_registration_per_email",
                violation_error_message=_("U bent al aangemeld voor dit evenement."),
            ),
        ]
        indexes = [
            models.Index(fields=["event", "status"], name="events_reg_event_status"),
            models.Index(fields=["email"], name="events_reg_email"),
        ]

    def __str__(self) -> str:
        return f"{self.name or _('(geanonimiseerd)')} – {self.event_id} ({self.status})"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE_STATUSES

    @property
    def has_seat(self) -> bool:
        return self.status in self.SEAT_STATUSES

    @property
    def can_cancel(self) -> bool:
        return (
            self.status in (self.Status.PENDING, self.Status.CONFIRMED, self.Status.WAITLISTED)
            and self.event.start > timezone.now()
        )

    @property
    def join_link(self) -> str:
        """The event's join link, for confirmed registrants only (empty otherwise)."""
        return self.event.join_link if self.has_seat else ""

    @property
    def shows_materials(self) -> bool:
        """Registrants with a seat see recording and materials once the event has ended."""
        return self.has_seat and self.event.is_past

    def cancel_token(self) -> str:
        return signing.dumps(self.pk, salt=CANCEL_SALT)

    def get_cancel_url(self) -> str:
        """Relative URL of the signed cancellation page (GET shows it, POST cancels)."""
        return reverse("events:cancel", args=[self.event.slug, self.cancel_token()])

    def confirm_token(self) -> str:
        return signing.dumps(self.pk, salt=CONFIRM_SALT)

    def get_confirm_url(self) -> str:
        """Relative URL of the double opt-in page (valid for services.CONFIRM_MAX_AGE)."""
        return reverse("events:confirm", args=[self.event.slug, self.confirm_token()])

    def waitlist_position(self) -> int | None:
        if self.status != self.Status.WAITLISTED:
            return None
        ahead = Registration.objects.filter(
            event_id=self.event_id, status=self.Status.WAITLISTED
        ).filter(
            Q(waitlisted_at__lt=self.waitlisted_at)
            | Q(waitlisted_at=self.waitlisted_at, pk__lt=self.pk)
        )
        return ahead.count() + 1


CANCEL_SALT = "events.registration.cancel"
CONFIRM_SALT = "events.registration.confirm"


def _new_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a member's personal calendar feed URL (/mijn/agenda.ics?token=...).

    Revoking deletes the row; a new one gives a new URL. One per user.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="calendar_token",
    )
    token = models.CharField(max_length=64, unique=True, default=_new_token, editable=False)
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("laatst gebruikt op"), null=True, blank=True)

    class Meta:
        verbose_name = _("agenda-feedsleutel")
        verbose_name_plural = _("agenda-feedsleutels")

    def __str__(self) -> str:
        return f"{self.user_id}"


class SentMail(models.Model):
    """One mail of a batch that went out (events/tasks.py): a batch task that is run again —
    its worker was killed halfway and the next worker took it back — skips the mails it
    already sent. The key is a hash of the batch (the task's id) and the recipient, so the
    table holds no addresses."""

    key = models.CharField(max_length=64, unique=True)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("verzonden mail")
        verbose_name_plural = _("verzonden mails")

    def __str__(self) -> str:
        return self.key
