"""StreamField blocks for knowledge pages. Templates live in templates/components/blocks/."""

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
