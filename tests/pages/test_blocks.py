"""Validation of the StreamField blocks editors fill in."""

import datetime
import json

import pytest

from django.core.exceptions import ValidationError

from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from pages.blocks import CallToActionBlock, ParagraphBlock, ProgrammeItemBlock, TimelineBlock


def draftail_post(*lines):
    """What the rich-text editor posts for paragraphs of these texts."""
    blocks = [
        {"key": f"k{i}", "text": text, "type": "unstyled", "depth": 0,
         "inlineStyleRanges": [], "entityRanges": [], "data": {}}
        for i, text in enumerate(lines)
    ]  # fmt: skip
    return json.dumps({"blocks": blocks, "entityMap": {}})


class TestParagraph:
    def cleaned(self, block, *lines):
        return block.clean(block.value_from_datadict({"p": draftail_post(*lines)}, {}, "p"))

    @pytest.mark.parametrize("lines", [("",), ("", "   "), ()])
    def test_a_paragraph_left_empty_is_refused(self, lines):
        with pytest.raises(ValidationError) as excinfo:
            self.cleaned(ParagraphBlock(), *lines)
        assert excinfo.value.messages == ["This field is required."]

    def test_text_passes(self):
        cleaned = self.cleaned(ParagraphBlock(), "", "Ten places.")
        assert cleaned.source == '<p data-block-key="k0"></p><p data-block-key="k1">Ten places.</p>'

    def test_an_optional_paragraph_may_stay_empty(self):
        assert self.cleaned(ParagraphBlock(required=False), "").source == (
            '<p data-block-key="k0"></p>'
        )


class TestProgrammeItem:
    block = ProgrammeItemBlock()

    def value(self, start, end):
        return self.block.to_python(
            {"start_time": start, "end_time": end, "title": "Opening", "speakers": []}
        )

    @pytest.mark.parametrize("end", ["09:00", "08:45"])
    def test_end_not_after_start_is_rejected(self, end):
        with pytest.raises(StructBlockValidationError) as excinfo:
            self.block.clean(self.value("09:00", end))
        assert excinfo.value.as_json_data() == {
            "blockErrors": {"end_time": {"messages": ["The slot must end after it starts."]}}
        }

    def test_slot_passes(self):
        cleaned = self.block.clean(self.value("09:00", "09:15"))
        assert (cleaned["start_time"], cleaned["end_time"]) == (
            datetime.time(9, 0),
            datetime.time(9, 15),
        )

    def test_open_ended_slot_passes(self):
        assert self.block.clean(self.value("09:00", None))["end_time"] is None


class TestTimeline:
    block = TimelineBlock()

    def value(self, *dates):
        return self.block.to_python(
            [
                {"type": "milestone", "value": {"date": date, "label": f"Step {n}"}}
                for n, date in enumerate(dates)
            ]
        )

    def test_out_of_order_milestones_are_rejected(self):
        with pytest.raises(StreamBlockValidationError) as excinfo:
            self.block.clean(self.value("2022-09-15", "2022-08-31"))
        assert excinfo.value.as_json_data() == {"messages": ["List the milestones in date order."]}

    def test_ordered_milestones_pass(self):
        cleaned = self.block.clean(self.value("2022-08-31", "2022-08-31", "2022-09-15"))
        assert [child.value["date"] for child in cleaned] == [
            datetime.date(2022, 8, 31),
            datetime.date(2022, 8, 31),
            datetime.date(2022, 9, 15),
        ]


URL_ERROR = {"blockErrors": {"url": {"messages": ["Choose either a page or a URL, not both."]}}}


@pytest.mark.django_db
class TestCallToAction:
    block = CallToActionBlock()

    def value(self, page=None, url=""):
        return self.block.to_python({"label": "Apply", "page": page, "url": url})

    def test_both_page_and_url_are_rejected(self, site_tree):
        with pytest.raises(StructBlockValidationError) as excinfo:
            self.block.clean(self.value(page=site_tree.calls.pk, url="https://example.eu/"))
        assert excinfo.value.as_json_data() == URL_ERROR

    def test_neither_page_nor_url_is_rejected(self):
        with pytest.raises(StructBlockValidationError) as excinfo:
            self.block.clean(self.value())
        assert excinfo.value.as_json_data() == URL_ERROR

    def test_a_page_alone_passes(self, site_tree):
        assert (
            self.block.clean(self.value(page=site_tree.calls.pk))["page"]
            == site_tree.calls.page_ptr
        )

    def test_a_url_alone_passes(self):
        assert (
            self.block.clean(self.value(url="https://example.eu/"))["url"] == "https://example.eu/"
        )
