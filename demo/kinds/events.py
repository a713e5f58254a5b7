# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's events: the helpdesk's annual conferences and the Prague cluster conference."""

import datetime

from demo.times import at_brussels
from pages import models

KIND = "EVENT"
AFTER = ()

INDEX = {
    "slug": "events",
    "title": "Events",
    "intro": "<p>Conferences and B2B matchmaking between European and Japanese partners.</p>",
}

EVENTS = [
    {
        "slug": "annual-conference-matchmaking-2021",
        "title": "The first EU-Japan Regional Cooperation Annual Conference & Matchmaking",
        "start": (datetime.date(2021, 5, 17), datetime.time(9, 0)),
        "end": (datetime.date(2021, 5, 18), datetime.time(12, 0)),
        "format": "online",
        "venue": "Online",
        "summary": (
            "The first annual conference of the helpdesk brought together 136 participants "
            "from Europe and Japan, with 19 B2B meetings."
        ),
        "body": [
            (
                "paragraph",
                "<p>136 participants from Europe and Japan took part. 19 meetings were "
                "organised between European and Japanese clusters, Japanese prefectures and "
                "European regions.</p>",
            )
        ],
        "days": [],
        "sectors": [],
        "participants_count": 136,
        "meetings_count": 19,
    },
    {
        "slug": "european-cluster-conference-2022",
        "title": "European Cluster Conference 2022",
        "start": (datetime.date(2022, 9, 26), datetime.time(9, 0)),
        "end": (datetime.date(2022, 9, 27), datetime.time(18, 0)),
        "format": "on_site",
        "venue": "Prague, Czechia",
        "summary": (
            "The helpdesk presented its work for EU-Japan regional and cluster cooperation at "
            "the European Cluster Conference 2022 in Prague."
        ),
        "body": [
            (
                "paragraph",
                "<p>At the European Cluster Conference 2022 in Prague, the helpdesk presented "
                "the results of its first annual conference, its series of good-practice "
                "webinars, the new mobility scheme for EU cluster managers and the annual "
                "conference of December 2022.</p>",
            )
        ],
        "days": [],
        "sectors": [],
        "participants_count": None,
        "meetings_count": None,
    },
    {
        "slug": "annual-conference-matchmaking-2022",
        "title": "EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking 2022",
        "start": (datetime.date(2022, 12, 13), datetime.time(9, 0)),
        "end": (datetime.date(2022, 12, 14), datetime.time(12, 0)),
        "format": "online",
        "venue": "Virtual conference and matchmaking",
        "summary": (
            "European and Japanese clusters, European regions, Japanese prefectures and major "
            "cities meet online for a conference and a day of B2B matchmaking."
        ),
        "body": [
            (
                "paragraph",
                "<p>The annual conference of the helpdesk gathers European and Japanese "
                "clusters, European regions, Japanese prefectures and major cities. The first "
                "day is a conference; the second day is a B2B matchmaking session.</p>",
            )
        ],
        "days": [
            {
                "date": datetime.date(2022, 12, 13),
                "title": "Day 1: Conference",
                "summary": "EU-Japan Regional & Cluster Cooperation Annual Conference.",
                "programme": [
                    {
                        "start_time": datetime.time(9, 0),
                        "end_time": datetime.time(12, 0),
                        "title": "EU-Japan Regional & Cluster Cooperation Annual Conference",
                    }
                ],
            },
            {
                "date": datetime.date(2022, 12, 14),
                "title": "Day 2: Matchmaking",
                "summary": (
                    "B2B meetings in biotechnology and healthcare, environmental technology and "
                    "circular economy, agri-food, digital, photonics and manufacturing, and "
                    "sustainable tourism."
                ),
                "programme": [
                    {
                        "start_time": datetime.time(9, 0),
                        "end_time": datetime.time(12, 0),
                        "title": "B2B matchmaking",
                    }
                ],
            },
        ],
        "sectors": [
            "biotechnology-healthcare",
            "environmental-technology-circular-economy",
            "agri-food",
            "digital",
            "photonics-manufacturing",
            "sustainable-tourism",
        ],
        "participants_count": None,
        "meetings_count": None,
    },
]

SLUGS = [event["slug"] for event in EVENTS]

JAPANESE = {
    "Events": "イベント",
    "Conferences and B2B matchmaking between European and Japanese partners.": (
        "欧州と日本のパートナーによるカンファレンスとB2Bマッチングです。"
    ),
    "The first EU-Japan Regional Cooperation Annual Conference & Matchmaking": (
        "第1回日EU地域協力年次カンファレンス＆マッチング"
    ),
    "Online": "オンライン",
    (
        "The first annual conference of the helpdesk brought together 136 participants from "
        "Europe and Japan, with 19 B2B meetings."
    ): (
        "ヘルプデスク初の年次カンファレンスには欧州と日本から136名が参加し、"
        "19件のB2B商談が行われました。"
    ),
    (
        "136 participants from Europe and Japan took part. 19 meetings were organised between "
        "European and Japanese clusters, Japanese prefectures and European regions."
    ): (
        "欧州と日本から136名が参加しました。欧州と日本のクラスター、日本の都道府県、"
        "欧州の地域の間で19件の商談が行われました。"
    ),
    "European Cluster Conference 2022": "欧州クラスター・カンファレンス2022",
    "Prague, Czechia": "チェコ・プラハ",
    (
        "The helpdesk presented its work for EU-Japan regional and cluster cooperation at the "
        "European Cluster Conference 2022 in Prague."
    ): (
        "ヘルプデスクは、プラハで開催された欧州クラスター・カンファレンス2022で、"
        "日EUの地域・クラスター協力に向けた活動を紹介しました。"
    ),
    (
        "At the European Cluster Conference 2022 in Prague, the helpdesk presented the results "
        "of its first annual conference, its series of good-practice webinars, the new mobility "
        "scheme for EU cluster managers and the annual conference of December 2022."
    ): (
        "プラハで開催された欧州クラスター・カンファレンス2022において、ヘルプデスクは"
        "第1回年次カンファレンスの成果、グッドプラクティス・ウェビナーシリーズ、"
        "EUクラスターマネージャー向けの新たな派遣制度、2022年12月の年次カンファレンスについて"
        "紹介しました。"
    ),
    "EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking 2022": (
        "日EU地域・クラスター協力年次カンファレンス＆マッチング2022"
    ),
    "Virtual conference and matchmaking": "オンラインでのカンファレンスとマッチング",
    (
        "European and Japanese clusters, European regions, Japanese prefectures and major "
        "cities meet online for a conference and a day of B2B matchmaking."
    ): (
        "欧州と日本のクラスター、欧州の地域、日本の都道府県・主要都市がオンラインで集い、"
        "カンファレンスとB2Bマッチングを行います。"
    ),
    (
        "The annual conference of the helpdesk gathers European and Japanese clusters, European "
        "regions, Japanese prefectures and major cities. The first day is a conference; the "
        "second day is a B2B matchmaking session."
    ): (
        "ヘルプデスクの年次カンファレンスには、欧州と日本のクラスター、欧州の地域、"
        "日本の都道府県・主要都市が集います。1日目はカンファレンス、"
        "2日目はB2Bマッチングを行います。"
    ),
    "Day 1: Conference": "1日目：カンファレンス",
    "EU-Japan Regional & Cluster Cooperation Annual Conference.": (
        "日EU地域・クラスター協力年次カンファレンス。"
    ),
    "EU-Japan Regional & Cluster Cooperation Annual Conference": (
        "日EU地域・クラスター協力年次カンファレンス"
    ),
    "Day 2: Matchmaking": "2日目：マッチング",
    (
        "B2B meetings in biotechnology and healthcare, environmental technology and circular "
        "economy, agri-food, digital, photonics and manufacturing, and sustainable tourism."
    ): (
        "バイオテクノロジー・ヘルスケア、環境技術・サーキュラーエコノミー、農業・食品、"
        "デジタル、フォトニクス・ものづくり、持続可能な観光の各分野でのB2B商談。"
    ),
    "B2B matchmaking": "B2Bマッチング",
}


def strings():
    """The events' Japanese strings."""
    return JAPANESE


def load(loader):
    """The events by slug."""
    return {
        data["slug"]: loader.child(
            loader.index_of(KIND),
            models.EventPage,
            data["slug"],
            lambda data=data: _build(loader, data),
        )
        for data in EVENTS
    }


def _build(loader, data):
    page = models.EventPage(
        title=data["title"],
        summary=data["summary"],
        start=at_brussels(*data["start"]),
        end=at_brussels(*data["end"]),
        format=data["format"],
        venue=data["venue"],
        body=data["body"],
        days=[
            (
                "day",
                {
                    "date": day["date"],
                    "title": day["title"],
                    "summary": day["summary"],
                    "programme": [
                        {"description": "", "speakers": [], **slot} for slot in day["programme"]
                    ],
                },
            )
            for day in data["days"]
        ],
        participants_count=data["participants_count"],
        meetings_count=data["meetings_count"],
        locale=loader.en,
    )
    page.sectors = [loader.sectors[slug] for slug in data["sectors"]]
    return page
