"""Online events: the agenda and event pages. Registrations are added in events/registrations."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from knowledge.blocks import RICH_FEATURES
from knowledge.taxonomy import Audience, Theme

from . import selectors


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


class EventIndexPage(Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["knowledge.HomePage"]
    subpage_types = ["events.EventPage"]
    template = "events/event_index_page.html"

    class Meta:
        verbose_name = _("agenda")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.agenda(request))
        return context


class EventPage(Page):
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
    def is_past(self) -> bool:
        return self.end < timezone.now()
