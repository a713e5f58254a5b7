"""The API reference's example queries run exactly as written and return what the text promises."""

import datetime
import json
import re
from pathlib import Path

import pytest
import time_machine

from pages.models import NewsRelatedPage
from tests import factories
from tests.graphql_api.content import at, image, page_link, publish, sector, translate, with_sectors

API_REFERENCE = Path(__file__).resolve().parents[2] / "docs" / "api.md"


def examples():
    """The ```graphql blocks of the Examples section of docs/api.md."""
    text = API_REFERENCE.read_text(encoding="utf-8")
    section = text[text.index("<!-- api:start -->") : text.index("<!-- api:end -->")]
    return re.findall(r"```graphql\n(.*?)```", section, re.DOTALL)


@pytest.fixture
def content(site_tree, ja_tree):
    ja = site_tree.ja
    digital = sector("Digital", "digital", "デジタル", ja)
    series = factories.WebinarSeriesFactory(name="Good practices", slug="good-practices")
    factories.WebinarSeriesFactory(
        name="グッドプラクティス",
        slug="good-practices",
        locale=ja,
        translation_key=series.translation_key,
    )
    smart = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Agri-food innovation",
        slug="agri-food-innovation-kyushu-vitagora",
        start=at(2026, 3, 5, 8),
        series=series,
    )
    translate(smart, ja, title="アグリフード・イノベーション")
    factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Hydrogen valleys", start=at(2026, 4, 2, 7), series=series
    )
    factories.CallPageFactory(
        parent=site_tree.calls,
        title="Cluster managers' mobility",
        opening_date=datetime.date(2024, 1, 1),
        deadline_date=datetime.date(2026, 12, 31),
    )
    tokyo = with_sectors(
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title="Tokyo Metropolitan Government",
            kind="jp_prefecture",
            country="JP",
            region_id="13",
        ),
        digital,
    )
    translate(tokyo, ja, title="東京都")
    article = factories.NewsPageFactory(
        parent=site_tree.news,
        title="Cluster managers visit Japan",
        date=datetime.date(2024, 5, 10),
        image=image(),
    )
    article.body = json.dumps(
        [
            {
                "type": "paragraph",
                "id": "p",
                "value": f"<p>See {page_link(smart, 'the webinar')}.</p>",
            }
        ]
    )
    NewsRelatedPage.objects.create(news=article, page=tokyo, sort_order=0)
    publish(article)


EXPECTED = [
    {
        "webinars": {
            "totalCount": 2,
            "items": [
                {
                    "title": "アグリフード・イノベーション",
                    "locale": "JA",
                    "start": "2026-03-05T08:00:00+00:00",
                    "startLocal": [
                        {"timeZone": "Europe/Brussels", "clock": "9:00", "abbreviation": "CET"},
                        {"timeZone": "Asia/Tokyo", "clock": "17:00", "abbreviation": "JST"},
                    ],
                    "series": {"name": "グッドプラクティス"},
                    "url": "/ja/webinars/agri-food-innovation-kyushu-vitagora/",
                },
                {
                    "title": "Hydrogen valleys",
                    "locale": "EN",
                    "start": "2026-04-02T07:00:00+00:00",
                    "startLocal": [
                        {"timeZone": "Europe/Brussels", "clock": "9:00", "abbreviation": "CEST"},
                        {"timeZone": "Asia/Tokyo", "clock": "16:00", "abbreviation": "JST"},
                    ],
                    "series": {"name": "グッドプラクティス"},
                    "url": "/en/webinars/hydrogen-valleys/",
                },
            ],
        }
    },
    {
        "calls": {
            "totalCount": 1,
            "items": [
                {
                    "title": "Cluster managers' mobility",
                    "opensAt": "2023-12-31T23:00:00+00:00",
                    "deadline": "2026-12-31T22:59:00+00:00",
                    "status": "OPEN",
                    "grant": {"amount": "700.00", "currency": "EUR", "period": "WEEK"},
                }
            ],
        }
    },
    {
        "partners": {
            "totalCount": 1,
            "items": [
                {
                    "title": "東京都",
                    "officialName": "Tokyo Metropolitan Government",
                    "kind": "JP_PREFECTURE",
                    "region": {"code": "13", "name": "東京都", "block": "関東"},
                    "sectors": {"items": [{"name": "デジタル", "slug": "digital"}]},
                    "translations": [
                        {"locale": "EN", "url": "/en/partners/tokyo-metropolitan-government/"}
                    ],
                }
            ],
        }
    },
    {
        "news": {
            "items": [
                {
                    "title": "Cluster managers visit Japan",
                    "date": "2024-05-10",
                    "image": {
                        "alt": "Boats in Oulu harbour at sunset",
                        "width": 1000,
                        "height": 600,
                    },
                    "body": {
                        "items": [
                            {
                                "__typename": "ParagraphBlock",
                                "html": '<p>See <a href="/en/webinars/agri-food-innovation-kyushu-vitagora/">the webinar</a>.</p>',
                            }
                        ]
                    },
                }
            ]
        }
    },
    {
        "page": {
            "__typename": "WebinarPage",
            "title": "アグリフード・イノベーション",
            "locale": "JA",
            "translations": [
                {"locale": "EN", "url": "/en/webinars/agri-food-innovation-kyushu-vitagora/"}
            ],
            "status": "UPCOMING",
            "durationMinutes": 90,
        }
    },
    {
        "pages": {
            "totalCount": 3,
            "items": [
                {
                    "__typename": "WebinarPage",
                    "title": "Agri-food innovation",
                    "url": "/en/webinars/agri-food-innovation-kyushu-vitagora/",
                },
                {
                    "__typename": "NewsPage",
                    "title": "Cluster managers visit Japan",
                    "url": "/en/news/cluster-managers-visit-japan/",
                },
                {
                    "__typename": "WebinarPage",
                    "title": "Hydrogen valleys",
                    "url": "/en/webinars/hydrogen-valleys/",
                },
            ],
        }
    },
    {
        "sectors": {"items": [{"name": "デジタル", "slug": "digital"}]},
        "regions": {"items": [{"code": "13", "name": "東京都", "block": "関東"}]},
    },
]


def test_api_reference_has_the_examples():
    assert len(examples()) == len(EXPECTED)


# Before the webinars, with the call open: the statuses the expected answers show.
@time_machine.travel(datetime.datetime(2026, 1, 10, 12, 0, tzinfo=datetime.UTC), tick=False)
def test_api_reference_examples_run_as_written(gql, content):
    for query, expected in zip(examples(), EXPECTED, strict=True):
        assert gql(query) == expected, query
