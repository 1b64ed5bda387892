"""StreamField blocks for knowledge pages. Templates live in templates/components/blocks/."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

RICH_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("citaat"))
    attribution = blocks.CharBlock(label=_("bron"), required=False)

    class Meta:
        icon = "openquote"
        label = _("Citaat")
        template = "components/blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("afbeelding"))
    alt_text = blocks.CharBlock(
        label=_("alternatieve tekst"),
        help_text=_("Beschrijf wat er op de afbeelding staat voor wie haar niet ziet."),
    )
    caption = blocks.CharBlock(label=_("onderschrift"), required=False)

    class Meta:
        icon = "image"
        label = _("Afbeelding")
        template = "components/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(label=_("titel"), required=False)

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "components/blocks/document.html"


class CalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("kop"))
    text = blocks.RichTextBlock(label=_("tekst"), features=RICH_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Kader")
        template = "components/blocks/callout.html"


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("video-URL"))
    caption = blocks.CharBlock(label=_("beschrijving"), required=False)

    class Meta:
        icon = "media"
        label = _("Video")
        template = "components/blocks/video.html"


class BodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_FEATURES)
    quote = QuoteBlock()
    image = ImageBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    table = TableBlock(label=_("Tabel"))
    video = VideoBlock()


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("stap"))
    text = blocks.RichTextBlock(label=_("uitleg"), features=RICH_FEATURES)

    class Meta:
        icon = "list-ol"
        label = _("Stap")


class ChecklistBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"))
    items = blocks.ListBlock(blocks.CharBlock(label=_("punt")), label=_("punten"))

    class Meta:
        icon = "tick"
        label = _("Checklist")


class RetentionBlock(blocks.StaticBlock):
    """How long the platform keeps what, read from the settings that the daily clean-up
    commands enforce (`anonymise_registrations`, `purge_expired`), so the privacy statement
    cannot promise other terms than the platform keeps."""

    class Meta:
        icon = "time"
        label = _("Bewaartermijnen (uit de instellingen)")
        admin_text = _(
            "Toont de bewaartermijnen zoals het platform ze toepast; de getallen komen uit de "
            "instellingen en zijn hier niet te wijzigen."
        )
        template = "components/blocks/retention.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context.update(
            anonymise_days=settings.EVENTS_ANONYMISE_AFTER_DAYS,
            query_log_days=settings.SEARCH_QUERY_LOG_DAYS,
            task_results_days=settings.TASK_RESULTS_KEEP_DAYS,
            session_days=settings.SESSION_COOKIE_AGE // (24 * 60 * 60),
        )
        return context


class InfoBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(label=_("Tekst"), features=RICH_FEATURES)
    retention = RetentionBlock()
