"""Knowledge pages: home, the knowledge base, toolkits, theme hubs and the platform's own
information pages (contact, privacy, accessibility)."""

import datetime
from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from access import policy
from access.restrictions import ViewRestrictionMixin

from . import selectors
from .blocks import RICH_FEATURES, BodyBlock, ChecklistBlock, InfoBodyBlock, StepBlock
from .documents import (
    KnowledgeDocument,  # noqa: F401 - WAGTAILDOCS_DOCUMENT_MODEL
    attachment_texts,
)
from .taxonomy import Audience, Region, Theme, term_by_slug

REVIEW_INTERVAL = datetime.timedelta(days=365)
MAX_ATTACHMENT_CHARS = 300_000  # as the engine's index (search/documents.py)


class HomePage(ViewRestrictionMixin, Page):
    intro = models.TextField(_("introductie"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("homepagina")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        user = request.user
        toolkits = selectors.cards(policy.knowable(selectors.toolkits(), user))
        articles = selectors.cards(policy.knowable(selectors.articles(), user))
        context["featured_toolkits"] = toolkits = list(toolkits[:3])
        context["latest_articles"] = articles = list(articles[:6])
        selectors.with_card_themes(toolkits + articles)
        context["themes"] = selectors.top_level_themes()
        context["upcoming_events"] = selectors.upcoming_events(user)[:4]
        return context


class InfoPage(ViewRestrictionMixin, Page):
    """A page about the platform itself, written by editors: contact, the privacy statement,
    the accessibility statement. config/site.py makes the three the footer links to (fixed
    paths, so the footer needs no query and the 500 page shows it too); editors keep them
    current and may add others under the home page."""

    intro = models.TextField(_("introductie"), blank=True)
    body = StreamField(InfoBodyBlock(), verbose_name=_("inhoud"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["knowledge.HomePage"]
    subpage_types: list[str] = []
    template = "knowledge/info_page.html"

    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = _("informatiepagina")
        verbose_name_plural = _("informatiepagina's")


class TaxonomyMixin(models.Model):
    """Themes, regions and audiences shared by every knowledge page."""

    # From Page and ViewRestrictionMixin, which every class with this mixin also has.
    get_view_restrictions: Callable[[], Any]
    get_template: Callable[..., str]

    themes = ParentalManyToManyField(Theme, verbose_name=_("thema's"), blank=True)
    regions = ParentalManyToManyField(Region, verbose_name=_("regio's"), blank=True)
    audiences = ParentalManyToManyField(Audience, verbose_name=_("doelgroepen"), blank=True)

    taxonomy_panels = [
        MultiFieldPanel(
            [FieldPanel("themes"), FieldPanel("regions"), FieldPanel("audiences")],
            heading=_("Indeling"),
        )
    ]

    class Meta:
        abstract = True

    def taxonomy(self, request) -> dict[str, list]:
        """Themes, regions and audiences for the page's sidebar, in one query. A preview shows
        the draft's own choices, which live on the unsaved instance only."""
        if getattr(request, "is_preview", False):
            return {
                "themes": list(self.themes.all()),
                "regions": list(self.regions.all()),
                "audiences": list(self.audiences.all()),
            }
        return selectors.page_taxonomy(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["taxonomy"] = taxonomy = self.taxonomy(request)
        context["related"] = selectors.related_pages(
            self, themes=taxonomy["themes"], user=request.user
        )
        return context

    def search_attachments(self) -> str:
        """The text of the documents the page offers every reader, for Wagtail's database
        search (`search_fields`); the engine's index holds the same text. The page's own
        visibility decides who finds it, in both."""
        texts = attachment_texts([self.pk]).get(self.pk, [])
        return " ".join(f"{title}. {text}" for title, text in texts)[:MAX_ATTACHMENT_CHARS]

    def serve_teaser(self, request, *args, **kwargs):
        """Title, summary and a way in for those the policy gives a teaser (access/policy.py):
        the body is never rendered."""
        context = self.get_context(request, *args, **kwargs)
        context["teaser"] = True
        context["related"] = []
        return TemplateResponse(request, self.get_template(request), context, status=403)


class TrustMixin(models.Model):
    """Who stands behind a page and when it was last checked: professionals must trust it."""

    owner_name = models.CharField(
        _("eigenaar"), max_length=120, help_text=_("Persoon of team dat de inhoud bijhoudt.")
    )
    owner_email = models.EmailField(
        _("e-mail eigenaar"), blank=True, help_text=_("Ontvangt herinneringen voor beoordeling.")
    )
    source_organisation = models.CharField(_("bronorganisatie"), max_length=160, blank=True)
    last_reviewed = models.DateField(_("laatst beoordeeld"), default=datetime.date.today)
    next_review = models.DateField(_("volgende beoordeling"), null=True, blank=True)

    trust_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("owner_name"), FieldPanel("owner_email")]),
                FieldPanel("source_organisation"),
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review")]),
                InlinePanel("change_notes", label=_("Wijzigingen"), heading=_("Wijzigingen")),
            ],
            heading=_("Betrouwbaarheid"),
        )
    ]

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self.next_review and self.last_reviewed:
            self.next_review = self.last_reviewed + REVIEW_INTERVAL
        super().save(*args, **kwargs)

    @property
    def review_overdue(self) -> bool:
        return bool(self.next_review and self.next_review < timezone.localdate())


class ChangeNote(Orderable):
    """A significant update, shown to readers as "gewijzigd op …"."""

    page = ParentalKey(Page, related_name="change_notes", on_delete=models.CASCADE)
    date = models.DateField(_("datum"), default=datetime.date.today)
    note = models.CharField(_("wat is er gewijzigd"), max_length=255)

    panels = [FieldRowPanel([FieldPanel("date"), FieldPanel("note")])]

    class Meta(Orderable.Meta):
        verbose_name = _("wijziging")
        ordering = ["-date"]


class ArticlePage(ViewRestrictionMixin, TaxonomyMixin, TrustMixin, Page):
    class Type(models.TextChoices):
        PRACTICE = "praktijkvoorbeeld", _("Praktijkvoorbeeld")
        THREAT = "ondermijningsbeeld", _("Ondermijningsbeeld")
        RESEARCH = "onderzoek", _("Onderzoek")
        GUIDE = "handreiking", _("Handreiking")
        NEWS = "nieuws", _("Nieuws")

    article_type = models.CharField(_("soort"), max_length=20, choices=Type.choices)
    summary = models.TextField(_("samenvatting"), max_length=600)
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    author_credit = models.CharField(_("auteur"), max_length=160, blank=True)
    # The structured template of a praktijkvoorbeeld, so best practices can be compared.
    practice_goal = RichTextField(_("aanleiding en doel"), features=RICH_FEATURES, blank=True)
    practice_audience = RichTextField(_("doelgroep"), features=RICH_FEATURES, blank=True)
    practice_approach = RichTextField(_("aanpak"), features=RICH_FEATURES, blank=True)
    practice_results = RichTextField(_("resultaat en bewijs"), features=RICH_FEATURES, blank=True)
    practice_lessons = RichTextField(_("lessen"), features=RICH_FEATURES, blank=True)
    practice_contact = RichTextField(_("contact"), features=RICH_FEATURES, blank=True)

    PRACTICE_FIELDS = (
        "practice_goal",
        "practice_audience",
        "practice_approach",
        "practice_results",
        "practice_lessons",
        "practice_contact",
    )

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("article_type"), FieldPanel("author_credit")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel(name) for name in PRACTICE_FIELDS],
            heading=_("Praktijkvoorbeeld"),
            help_text=_("Verplicht voor praktijkvoorbeelden, zodat ze vergelijkbaar zijn."),
        ),
        FieldPanel("body"),
        *TaxonomyMixin.taxonomy_panels,
        *TrustMixin.trust_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("body"),
        *[index.SearchField(name) for name in PRACTICE_FIELDS],
        index.FilterField("article_type"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("search_attachments"),
    ]
    parent_page_types = ["knowledge.KnowledgeIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/article_page.html"

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        # The type of thousands of articles at once (the hubs rank threat pictures first, the
        # kennisbank filters and counts by type), read from the index instead of the wide rows.
        indexes = [models.Index(fields=["page_ptr", "article_type"], name="knowledge_article_type")]

    def clean(self) -> None:
        super().clean()
        if self.article_type == self.Type.PRACTICE:
            missing = {
                name: _("Verplicht voor een praktijkvoorbeeld.")
                for name in self.PRACTICE_FIELDS
                if not getattr(self, name).strip()
            }
            if missing:
                raise ValidationError(missing)

    @property
    def type_label(self) -> str:
        """`get_article_type_display()` without its cost: Django hashes every translated choice
        label on each call, which added up to milliseconds on a listing of twenty cards."""
        try:
            return self.Type(self.article_type).label
        except ValueError:
            return self.article_type

    @cached_property
    def practice_sections(self) -> list[tuple[str, str]]:
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in self.PRACTICE_FIELDS
            if getattr(self, name)
        ]


class ToolkitMaterial(Orderable):
    """A downloadable material; translations for labour migrants are grouped by language."""

    page = ParentalKey("knowledge.ToolkitPage", related_name="materials", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "knowledge.KnowledgeDocument",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("titel"), max_length=160, blank=True)
    language = models.CharField(
        _("taal"), max_length=40, default="Nederlands", help_text=_("Bijv. Pools, Roemeens.")
    )

    panels = [FieldPanel("document"), FieldRowPanel([FieldPanel("title"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")


class ToolkitPage(ViewRestrictionMixin, TaxonomyMixin, TrustMixin, Page):
    summary = models.TextField(_("samenvatting"), max_length=600)
    intro = RichTextField(_("introductie"), features=RICH_FEATURES, blank=True)
    steps = StreamField([("step", StepBlock())], verbose_name=_("stappen en tips"), blank=True)
    checklists = StreamField(
        [("checklist", ChecklistBlock())], verbose_name=_("checklists"), blank=True
    )
    contact_name = models.CharField(_("contactpersoon of team"), max_length=160, blank=True)
    contact_email = models.EmailField(_("e-mail contact"), blank=True)
    contact_phone = models.CharField(_("telefoon contact"), max_length=40, blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("summary"),
        FieldPanel("intro"),
        FieldPanel("steps"),
        FieldPanel("checklists"),
        InlinePanel("materials", label=_("Materialen")),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Contact"),
        ),
        *TaxonomyMixin.taxonomy_panels,
        *TrustMixin.trust_panels,
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary", boost=3),
        index.SearchField("intro"),
        index.SearchField("steps"),
        index.SearchField("checklists"),
        index.AutocompleteField("title"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.SearchField("search_attachments"),
    ]
    parent_page_types = ["knowledge.ToolkitIndexPage"]
    subpage_types: list[str] = []
    template = "knowledge/toolkit_page.html"

    class Meta:
        verbose_name = _("toolkit")
        verbose_name_plural = _("toolkits")

    @cached_property
    def materials_by_language(self) -> list[tuple[str, list[ToolkitMaterial]]]:
        groups: dict[str, list[ToolkitMaterial]] = {}
        for material in self.materials.select_related("document"):
            groups.setdefault(material.language, []).append(material)
        # Dutch first, then translations alphabetically.
        return sorted(groups.items(), key=lambda item: (item[0] != "Nederlands", item[0]))


class ListingPage(ViewRestrictionMixin, Page):
    """An index page with filters kept in the URL and paged results.

    Index pages are the URL contract (/kennisbank/, /toolkits/, /themas/, /agenda/): made by
    `config.site.ensure_site_structure`, never added in the admin, so each concrete class says
    `is_creatable = False` (Wagtail does not inherit it). Wagtail's user bar then also stops
    counting each index type on every editor's view of the home page.
    """

    intro = models.TextField(_("introductie"), blank=True)
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    max_count = 1
    parent_page_types = ["knowledge.HomePage"]

    class Meta:
        abstract = True


class KnowledgeIndexPage(RoutablePageMixin, ListingPage):
    is_creatable = False
    subpage_types = ["knowledge.ArticlePage"]
    template = "knowledge/knowledge_index_page.html"

    class Meta:
        verbose_name = _("kennisbank")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.filtered_listing(request, selectors.articles(), with_type=True))
        return context

    @path("feed/", name="feed")
    def feed(self, request):
        from .feeds import KnowledgeFeed

        return KnowledgeFeed(self)(request)


class ToolkitIndexPage(ListingPage):
    is_creatable = False
    subpage_types = ["knowledge.ToolkitPage"]
    template = "knowledge/toolkit_index_page.html"

    class Meta:
        verbose_name = _("toolkitoverzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(selectors.filtered_listing(request, selectors.toolkits(), with_type=False))
        return context


class ThemeIndexPage(RoutablePageMixin, ListingPage):
    """`/themas/` lists the themes; `/themas/<slug>/` is the hub of one theme."""

    is_creatable = False
    subpage_types: list[str] = []
    template = "knowledge/theme_index_page.html"

    class Meta:
        verbose_name = _("thema-overzicht")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["themes"] = selectors.themes_with_counts(request.user)
        return context

    @path("<slug:slug>/", name="theme")
    def theme_hub(self, request, slug):
        theme = term_by_slug("themes", slug)  # from the cached taxonomy
        if theme is None:
            raise Http404
        context = super().get_context(request)  # without the theme overview's counts
        context.update(selectors.theme_hub(request, theme))
        return self.render(request, context_overrides=context, template="knowledge/theme_hub.html")


class ReviewReminder(models.Model):
    """A sent "please review" mail, so reruns of the reminder command never send it twice."""

    page = models.ForeignKey(Page, on_delete=models.CASCADE, related_name="+")
    due_date = models.DateField()
    sent_to = models.EmailField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "due_date"], name="one_reminder_per_due_date")
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.due_date}"
