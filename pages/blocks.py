"""StreamField blocks shared by the page types."""

from django.core.exceptions import ValidationError
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock

from .embeds import EmbedOrLinkBlock

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class ParagraphBlock(blocks.RichTextBlock):
    """Running text that must say something when required."""

    def clean(self, value):
        value = super().clean(value)
        # A paragraph added and left untouched arrives as `<p data-block-key="…"></p>`, which
        # passes the required check; reopened, the editor sends it as empty and the page can
        # no longer be approved or published without fixing it.
        source = value.source if value is not None else ""
        if self.required and not strip_tags(source).strip() and "<embed" not in source:
            raise ValidationError(self.field.error_messages["required"], code="required")
        return value


class QuoteBlock(blocks.StructBlock):
    """A pull quote with its source."""

    quote = blocks.TextBlock(
        label=_("Quote"), help_text=_("The quoted words, without quotation marks.")
    )
    attribution = blocks.CharBlock(
        label=_("Attribution"), required=False, help_text=_("Who said it, with their organisation.")
    )

    class Meta:
        icon = "openquote"
        template = "pages/blocks/quote.html"


class CallToActionBlock(blocks.StructBlock):
    """A button leading to a page of the site or to an external URL."""

    label = blocks.CharBlock(
        label=_("Label"), max_length=80, help_text=_("Button text, e.g. 'Register now'.")
    )
    page = blocks.PageChooserBlock(
        label=_("Page"), required=False, help_text=_("A page of this site...")
    )
    url = blocks.URLBlock(label=_("URL"), required=False, help_text=_("...or an external address."))

    class Meta:
        icon = "link"
        template = "pages/blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": ValidationError(_("Choose either a page or a URL, not both."))}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    """A downloadable document with a title of its own."""

    document = DocumentChooserBlock(
        label=_("Document"), help_text=_("The file to offer for download.")
    )
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        help_text=_("Link text; the document's own title when left empty."),
    )

    class Meta:
        icon = "doc-full"
        template = "pages/blocks/document.html"


class BodyBlock(blocks.StreamBlock):
    """The body of news and event pages."""

    paragraph = ParagraphBlock(
        label=_("Paragraph"), features=RICH_TEXT_FEATURES, help_text=_("Running text.")
    )
    image = ImageBlock(label=_("Image"), help_text=_("An image with its alternative text."))
    quote = QuoteBlock(label=_("Quote"))
    embed = EmbedOrLinkBlock(
        label=_("Embed"), help_text=_("A video or post URL (YouTube, Vimeo, ...).")
    )
    document = DocumentBlock(label=_("Document"))
    call_to_action = CallToActionBlock(label=_("Call to action"))


class SpeakerBlock(blocks.StructBlock):
    """A speaker with organisation and role."""

    name = blocks.CharBlock(
        # A person's name: Wagtail's own "Name" (of collections, sites) reads differently.
        label=pgettext_lazy("person", "Name"),
        max_length=120,
        help_text=_("Speaker's name as printed."),
    )
    organisation = blocks.CharBlock(
        label=_("Organisation"),
        max_length=200,
        required=False,
        help_text=_("Organisation the speaker represents."),
    )
    role = blocks.CharBlock(
        label=_("Role"),
        max_length=200,
        required=False,
        help_text=_("Position, e.g. 'Cluster manager'."),
    )

    class Meta:
        icon = "user"


class ProgrammeItemBlock(blocks.StructBlock):
    """One slot of a programme: when, what, who."""

    start_time = blocks.TimeBlock(
        label=_("Start time"),
        help_text=_("Start of the slot, in Central European Time (the page shows Japan time too)."),
    )
    end_time = blocks.TimeBlock(
        label=_("End time"), required=False, help_text=_("End of the slot, same time zone.")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=250, help_text=_("Title of the talk or session.")
    )
    description = blocks.TextBlock(
        label=_("Description"), required=False, help_text=_("A short abstract.")
    )
    speakers = blocks.ListBlock(
        SpeakerBlock(), label=_("Speakers"), default=[], help_text=_("Who speaks, in order.")
    )

    class Meta:
        icon = "time"

    def clean(self, value):
        value = super().clean(value)
        start, end = value.get("start_time"), value.get("end_time")
        if start and end and end <= start:
            raise blocks.StructBlockValidationError(
                block_errors={"end_time": ValidationError(_("The slot must end after it starts."))}
            )
        return value


class ProgrammeBlock(blocks.StreamBlock):
    """A webinar programme: an ordered list of slots."""

    item = ProgrammeItemBlock(label=_("Item"))


class EventDayBlock(blocks.StructBlock):
    """One day of an event with its own programme."""

    date = blocks.DateBlock(
        label=_("Date"), help_text=_("Calendar date of the day (Central European date).")
    )
    title = blocks.CharBlock(
        label=_("Title"), max_length=200, help_text=_("E.g. 'Day 1: Conference'.")
    )
    summary = blocks.TextBlock(
        label=_("Summary"), required=False, help_text=_("What happens that day.")
    )
    programme = blocks.ListBlock(
        ProgrammeItemBlock(), label=_("Programme"), default=[], help_text=_("Sessions.")
    )

    class Meta:
        icon = "date"


class EventDaysBlock(blocks.StreamBlock):
    """The days of an event."""

    day = EventDayBlock(label=_("Day"))


class MilestoneBlock(blocks.StructBlock):
    """A step of a call's timeline."""

    date = blocks.DateBlock(
        label=_("Date"), help_text=_("When it happens (or the latest date it happens by).")
    )
    label = blocks.CharBlock(
        label=_("Label"),
        max_length=250,
        help_text=_("What happens, e.g. 'Selection of the 10 managers'."),
    )

    class Meta:
        icon = "calendar-alt"


class TimelineBlock(blocks.StreamBlock):
    """A call's milestones, in date order."""

    milestone = MilestoneBlock(label=_("Milestone"))

    def clean(self, value):
        value = super().clean(value)
        dates = [child.value["date"] for child in value]
        if dates != sorted(dates):
            raise blocks.StreamBlockValidationError(
                non_block_errors=[ValidationError(_("List the milestones in date order."))]
            )
        return value


class DocumentsBlock(blocks.StreamBlock):
    """Downloadable documents (presentations, application forms)."""

    document = DocumentBlock(label=_("Document"))


class HelpStepBlock(blocks.StructBlock):
    """One way the helpdesk helps, on the home page: a heading, a sentence and where to go."""

    heading = blocks.CharBlock(
        label=_("Heading"), max_length=60, help_text=_("A few words, e.g. 'Find a partner'.")
    )
    text = blocks.TextBlock(
        label=_("Text"), max_length=240, help_text=_("One or two sentences on what a visitor gets.")
    )
    page = blocks.PageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_("Where a visitor goes next, e.g. the partner directory."),
    )

    class Meta:
        icon = "tick"
        template = "pages/blocks/help_step.html"


class HelpStepsBlock(blocks.StreamBlock):
    """The ways the helpdesk helps, shown as cards on the home page."""

    step = HelpStepBlock(label=_("Step"))

    class Meta:
        max_num = 4
