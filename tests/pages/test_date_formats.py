# Japanese dates are written with full-width brackets; ruff would flag them.
# ruff: noqa: RUF001
"""Dates, times and summaries as each language writes them (times in Brussels and Tokyo)."""

import datetime

import pytest

from django.template import Context, Template
from django.utils import translation

from pages.timezones import in_every_display_zone

UTC = datetime.UTC


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "19 November 2026"), ("ja", "2026年11月19日（木）")],
)
def test_dates_are_written_as_each_language_writes_them(language, expected):
    with translation.override(language):
        rendered = Template('{{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": datetime.date(2026, 11, 19)})
        )
    assert rendered == expected


@pytest.mark.parametrize(
    ("moment", "english", "japanese"),
    [
        # The same day in both zones: the date once.
        (
            datetime.datetime(2026, 11, 19, 8, 0, tzinfo=UTC),
            "19 November 2026, 9:00 CET / 17:00 JST",
            "2026年11月19日（木）17:00 JST / 9:00 CET",
        ),
        # 23:59 in Brussels on 31 August is the next morning in Tokyo: a date on each side.
        (
            datetime.datetime(2026, 8, 31, 21, 59, tzinfo=UTC),
            "31 August 2026, 23:59 CEST / 1 September 2026, 6:59 JST",
            "2026年9月1日（火）6:59 JST / 2026年8月31日（月）23:59 CEST",
        ),
        # After midnight in Tokyo but not yet in Brussels, in winter time.
        (
            datetime.datetime(2026, 12, 3, 15, 30, tzinfo=UTC),
            "3 December 2026, 16:30 CET / 4 December 2026, 0:30 JST",
            "2026年12月4日（金）0:30 JST / 2026年12月3日（木）16:30 CET",
        ),
        # Either side of the change to summer time in Europe (29 March 2026, 1:00 UTC).
        (
            datetime.datetime(2026, 3, 29, 0, 30, tzinfo=UTC),
            "29 March 2026, 1:30 CET / 9:30 JST",
            "2026年3月29日（日）9:30 JST / 1:30 CET",
        ),
        (
            datetime.datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
            "29 March 2026, 3:30 CEST / 10:30 JST",
            "2026年3月29日（日）10:30 JST / 3:30 CEST",
        ),
        # The change back to winter time (25 October 2026, 1:00 UTC) around Tokyo's midnight.
        (
            datetime.datetime(2026, 10, 24, 14, 59, tzinfo=UTC),
            "24 October 2026, 16:59 CEST / 23:59 JST",
            "2026年10月24日（土）23:59 JST / 16:59 CEST",
        ),
        (
            datetime.datetime(2026, 10, 25, 1, 0, tzinfo=UTC),
            "25 October 2026, 2:00 CET / 10:00 JST",
            "2026年10月25日（日）10:00 JST / 2:00 CET",
        ),
    ],
)
def test_times_are_given_in_both_zones_with_the_date_where_it_differs(moment, english, japanese):
    assert (in_every_display_zone(moment, "en"), in_every_display_zone(moment, "ja")) == (
        english,
        japanese,
    )


def test_the_template_filter_follows_the_active_language():
    template = Template("{% load helpdesk %}{{ moment|when }}")
    context = Context({"moment": datetime.datetime(2026, 8, 31, 21, 59, tzinfo=UTC)})
    with translation.override("ja"):
        japanese = template.render(context)
    with translation.override("en"):
        english = template.render(context)
    assert (english, japanese) == (
        "31 August 2026, 23:59 CEST / 1 September 2026, 6:59 JST",
        "2026年9月1日（火）6:59 JST / 2026年8月31日（月）23:59 CEST",
    )


@pytest.mark.parametrize(
    ("text", "length", "expected"),
    [
        ("Short enough.", 20, "Short enough."),
        (
            "The helpdesk opens a call for cluster managers, regions and prefectures.",
            40,
            "The helpdesk opens a call for cluster…",
        ),
        ("Clusters, regions, prefectures and more", 21, "Clusters, regions…"),
        (
            "九州と北海道のクラスターが欧州の地域と協力する新しいプログラムです。",
            16,
            "九州と北海道のクラスターが欧州…",
        ),
        ("  Spaces\n collapse   first  ", 30, "Spaces collapse first"),
    ],
)
def test_summaries_are_shortened_between_words_or_characters(text, length, expected):
    rendered = Template("{% load helpdesk %}{{ text|shorten:length }}").render(
        Context({"text": text, "length": length})
    )
    assert rendered == expected
    assert len(rendered) <= length
