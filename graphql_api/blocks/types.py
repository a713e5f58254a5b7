"""The typed StreamField blocks; each has `collect` (note references) and `from_block`."""

import datetime
from typing import Annotated, Union

import strawberry

from graphql_api.common.arguments import LimitArg, OffsetArg
from graphql_api.common.documents import DocumentType
from graphql_api.common.images import ImageType
from graphql_api.common.interface import PageInterface
from graphql_api.common.pagination import DEFAULT_LIMIT, Paginated, page_of_list
from graphql_api.common.richtext import render_rich_text
from pages import blocks


def _text(value):
    """None for an empty optional text."""
    return value or None


def _time(value):
    """'09:30' from a stored time value."""
    if not value:
        return None
    return str(value)[:5]


def _list_items(value):
    """Child values of a ListBlock in either storage format."""
    items = []
    for item in value or []:
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            items.append((item.get("id") or "", item["value"]))
        else:
            items.append(("", item))
    return items


def _id(value):
    """An integer id from a chooser value, or None."""
    if isinstance(value, dict):
        value = value.get("image")
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@strawberry.type
class ServedBlock:
    """A block of a page's content: its served id, and the id it has in every translation."""

    id: str = strawberry.field(
        description="Identifier of the block as served: its page's id, the StreamField and its "
        "blockId (12:ja/body/7c1e…). Different for each language and draft, so that a "
        "client's normalised cache never mixes them."
    )

    @strawberry.field(
        description="Identifier of the block within its page's content, the same in every "
        "translation of the page (#n, the position, for list items stored without one)."
    )
    def block_id(self) -> str:
        return self.id.rpartition("/")[2]


@strawberry.type(description="A paragraph of rich text.")
class ParagraphBlock(ServedBlock):
    html: str = strawberry.field(
        description="HTML with links expanded to public URLs; links to pages that are not "
        "public in the requested language are left as plain text."
    )

    @staticmethod
    def collect(value, references):
        references.collect_html(value)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        return cls(id=block_id, html=render_rich_text(value, references))


@strawberry.type(description="An image with its alternative text.")
class ImageBlock(ServedBlock):
    image: ImageType = strawberry.field(
        description="The image; alt is the block's own alternative text when it has one."
    )
    decorative: bool = strawberry.field(description="Whether the image is only decorative.")

    @staticmethod
    def collect(value, references):
        image_id = _id(value)
        if image_id is not None:
            references.image_ids.add(image_id)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        image = references.images.get(_id(value))
        if image is None:
            return None
        decorative, alt = False, None
        if isinstance(value, dict):
            decorative = bool(value.get("decorative"))
            alt = "" if decorative else (value.get("alt_text") or None)
        return cls(
            id=block_id,
            image=ImageType(image=image, language=language, alt_override=alt),
            decorative=decorative,
        )


@strawberry.type(description="A pull quote with its source.")
class QuoteBlock(ServedBlock):
    quote: str = strawberry.field(description="The quoted words, without quotation marks.")
    attribution: str | None = strawberry.field(description="Who said it, with their organisation.")

    @staticmethod
    def collect(value, references):
        return None

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        return cls(
            id=block_id, quote=value.get("quote") or "", attribution=_text(value.get("attribution"))
        )


@strawberry.type(name="Embed", description="What the provider of an embed returned.")
class EmbedData:
    html: str = strawberry.field(description="The provider's HTML to embed.")
    title: str | None = strawberry.field(description="Title given by the provider.")
    provider_name: str | None = strawberry.field(description="E.g. 'YouTube'.")
    thumbnail_url: str | None = strawberry.field(description="Preview image from the provider.")
    width: int | None = strawberry.field(description="Width of the embed, in pixels.")
    height: int | None = strawberry.field(description="Height of the embed, in pixels.")


@strawberry.type(description="An embedded video or post (YouTube, Vimeo, ...).")
class EmbedBlock(ServedBlock):
    url: str = strawberry.field(description="The URL the editor entered.")
    embed: EmbedData | None = strawberry.field(
        description="The provider's embed; null when the provider could not be reached."
    )

    @staticmethod
    def collect(value, references):
        if value:
            references.embed_urls.add(value)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        if not value:
            return None
        embed = references.embeds.get(value)
        data = None
        if embed is not None and embed.html:
            data = EmbedData(
                html=embed.html,
                title=_text(embed.title),
                provider_name=_text(embed.provider_name),
                thumbnail_url=_text(embed.thumbnail_url),
                width=embed.width,
                height=embed.height,
            )
        return cls(id=block_id, url=value, embed=data)


@strawberry.type(description="A downloadable document with a title of its own.")
class DocumentBlock(ServedBlock):
    document: DocumentType = strawberry.field(description="The file.")
    title: str = strawberry.field(
        description="Link text: the block's title, or the document's own title."
    )

    @staticmethod
    def collect(value, references):
        document_id = _id((value or {}).get("document"))
        if document_id is not None:
            references.document_ids.add(document_id)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        document = references.documents.get(_id(value.get("document")))
        if document is None:
            return None
        return cls(
            id=block_id,
            document=DocumentType(document=document),
            title=value.get("title") or document.title,
        )


@strawberry.type(description="A button leading to a page of the site or to an external URL.")
class CallToActionBlock(ServedBlock):
    label: str = strawberry.field(description="Button text, e.g. 'Register now'.")
    page: PageInterface | None = strawberry.field(
        description="The page it leads to, in the requested language; null for an external URL."
    )
    url: str = strawberry.field(description="Where the button leads: the page's URL or the URL.")

    @staticmethod
    def collect(value, references):
        page_id = _id((value or {}).get("page"))
        if page_id is not None:
            references.chooser_page_ids.add(page_id)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        page_id = _id(value.get("page"))
        page = references.specific_pages.get(page_id) if page_id is not None else None
        url = references.page_url(page_id) if page is not None else value.get("url")
        if not url:
            # The page is not public in this language and there is no URL to fall back to.
            return None
        return cls(id=block_id, label=value.get("label") or "", page=page, url=url)


BodyBlock = Annotated[
    Union[  # noqa: UP007
        ParagraphBlock, ImageBlock, QuoteBlock, EmbedBlock, DocumentBlock, CallToActionBlock
    ],
    strawberry.union("BodyBlock", description="One block of a page body."),
]


@strawberry.type(name="BodyBlockList", description="A page of body blocks.")
class BodyBlockList(Paginated[BodyBlock]):
    pass


BODY_BLOCKS = {
    "paragraph": ParagraphBlock,
    "image": ImageBlock,
    "quote": QuoteBlock,
    "embed": EmbedBlock,
    "document": DocumentBlock,
    "call_to_action": CallToActionBlock,
}


@strawberry.type(description="A speaker with organisation and role.")
class SpeakerBlock:
    name: str = strawberry.field(description="Speaker's name as printed.")
    organisation: str | None = strawberry.field(description="Organisation represented.")
    role: str | None = strawberry.field(description="Position, e.g. 'Cluster manager'.")

    @classmethod
    def from_value(cls, value):
        value = value or {}
        return cls(
            name=value.get("name") or "",
            organisation=_text(value.get("organisation")),
            role=_text(value.get("role")),
        )


@strawberry.type(description="One slot of a programme: when, what, who.")
class ProgrammeItemBlock(ServedBlock):
    start_time: str = strawberry.field(
        description="Start of the slot, HH:MM, Central European Time."
    )
    end_time: str | None = strawberry.field(description="End of the slot, HH:MM, same zone.")
    title: str = strawberry.field(description="Title of the talk or session.")
    description: str | None = strawberry.field(description="A short abstract.")
    speaker_values: strawberry.Private[list]

    @strawberry.field(description="Who speaks, in order.")
    def speakers(self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0) -> "SpeakerList":
        return page_of_list(self.speaker_values, limit, offset, SpeakerList)

    @staticmethod
    def collect(value, references):
        return None

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        return cls(
            id=block_id,
            start_time=_time(value.get("start_time")) or "",
            end_time=_time(value.get("end_time")),
            title=value.get("title") or "",
            description=_text(value.get("description")),
            speaker_values=[
                SpeakerBlock.from_value(item) for _, item in _list_items(value.get("speakers"))
            ],
        )


@strawberry.type(name="SpeakerList", description="A page of speakers.")
class SpeakerList(Paginated[SpeakerBlock]):
    pass


@strawberry.type(name="ProgrammeItemList", description="A page of programme slots.")
class ProgrammeItemList(Paginated[ProgrammeItemBlock]):
    pass


PROGRAMME_BLOCKS = {"item": ProgrammeItemBlock}


@strawberry.type(description="One day of an event with its own programme.")
class EventDayBlock(ServedBlock):
    date: datetime.date = strawberry.field(description="Calendar date (Central European date).")
    title: str = strawberry.field(description="E.g. 'Day 1: Conference'.")
    summary: str | None = strawberry.field(description="What happens that day.")
    programme_items: strawberry.Private[list]

    @strawberry.field(description="The day's sessions, in order.")
    def programme(
        self, limit: LimitArg = DEFAULT_LIMIT, offset: OffsetArg = 0
    ) -> ProgrammeItemList:
        return page_of_list(self.programme_items, limit, offset, ProgrammeItemList)

    @staticmethod
    def collect(value, references):
        return None

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        return cls(
            id=block_id,
            date=datetime.date.fromisoformat(value["date"]),
            title=value.get("title") or "",
            summary=_text(value.get("summary")),
            programme_items=[
                ProgrammeItemBlock.from_block(
                    f"{block_id}/{item_id or f'#{index}'}", item, references, language
                )
                for index, (item_id, item) in enumerate(_list_items(value.get("programme")))
            ],
        )


@strawberry.type(name="EventDayList", description="A page of event days.")
class EventDayList(Paginated[EventDayBlock]):
    pass


EVENT_DAY_BLOCKS = {"day": EventDayBlock}


@strawberry.type(description="A step of a call's timeline.")
class MilestoneBlock(ServedBlock):
    date: datetime.date = strawberry.field(description="When it happens, or the latest date.")
    label: str = strawberry.field(description="What happens.")

    @staticmethod
    def collect(value, references):
        return None

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        return cls(
            id=block_id,
            date=datetime.date.fromisoformat(value["date"]),
            label=value.get("label") or "",
        )


@strawberry.type(name="MilestoneList", description="A page of milestones.")
class MilestoneList(Paginated[MilestoneBlock]):
    pass


@strawberry.type(name="DocumentBlockList", description="A page of document blocks.")
class DocumentBlockList(Paginated[DocumentBlock]):
    pass


@strawberry.type(description="One way the helpdesk helps, on the home page.")
class HelpStepBlock(ServedBlock):
    heading: str = strawberry.field(description="A few words, e.g. 'Find a partner'.")
    text: str = strawberry.field(description="One or two sentences on what a visitor gets.")
    page: PageInterface | None = strawberry.field(
        description="Where a visitor goes next, in the requested language; null when none was "
        "chosen or it is not public in that language."
    )
    url: str | None = strawberry.field(description="The page's URL, or null without a page.")

    @staticmethod
    def collect(value, references):
        CallToActionBlock.collect(value, references)

    @classmethod
    def from_block(cls, block_id, value, references, language):
        value = value or {}
        page_id = _id(value.get("page"))
        page = references.specific_pages.get(page_id) if page_id is not None else None
        return cls(
            id=block_id,
            heading=value.get("heading") or "",
            text=value.get("text") or "",
            page=page,
            url=references.page_url(page_id) if page is not None else None,
        )


@strawberry.type(name="HelpStepList", description="A page of the ways the helpdesk helps.")
class HelpStepList(Paginated[HelpStepBlock]):
    pass


HELP_STEP_BLOCKS = {"step": HelpStepBlock}
TIMELINE_BLOCKS = {"milestone": MilestoneBlock}
DOCUMENT_BLOCKS = {"document": DocumentBlock}

# Each StreamBlock of pages.blocks -> the API types of its children, by child name. A page
# model's StreamField whose block is missing here fails the registry test.
STREAMS = {
    blocks.BodyBlock: BODY_BLOCKS,
    blocks.ProgrammeBlock: PROGRAMME_BLOCKS,
    blocks.EventDaysBlock: EVENT_DAY_BLOCKS,
    blocks.TimelineBlock: TIMELINE_BLOCKS,
    blocks.DocumentsBlock: DOCUMENT_BLOCKS,
    blocks.HelpStepsBlock: HELP_STEP_BLOCKS,
}
