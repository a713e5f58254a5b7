# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's news: the helpdesk's announcements, each with a banner of its own."""

import datetime

from demo.images import banner, get_or_create_image
from pages import models

KIND = "NEWS"
# Articles relate to pages of these kinds.
AFTER = ("calls", "events", "partners", "webinars")

INDEX = {
    "slug": "news",
    "title": "News",
    "intro": "<p>News from the helpdesk and its partners in Europe and Japan.</p>",
}

# Related pages are given as (kind module, key), the key by which that module's load returns
# the page.
NEWS = [
    {
        "slug": "helpdesk-launched",
        "title": "The EU-Japan Regional Cooperation Helpdesk is launched",
        "date": datetime.date(2019, 10, 30),
        "banner": "Helpdesk launched",
        "summary": (
            "The EU-Japan Centre for Industrial Cooperation has launched a helpdesk that "
            "mobilises European regions and clusters, Japanese prefectures and clusters."
        ),
        "body": [
            (
                "paragraph",
                "<p>The EU-Japan Regional Cooperation Helpdesk, launched this autumn by the "
                "EU-Japan Centre for Industrial Cooperation, is a new regional cooperation "
                "platform. It makes full use of the EU-Japan Economic Partnership Agreement and "
                "of the EU-Japan Partnership on Sustainable Connectivity, signed in Brussels on "
                "27 September 2019.</p>"
                "<p>The helpdesk promotes cooperation in industry, trade, investment, "
                "innovation, tourism and people's mobility, between European and Japanese "
                "stakeholders and also in third countries.</p>"
                "<p>It has three offices: in Strasbourg (Grand Est region, France) for Europe, "
                "and in Gifu and Iwate Prefectures for Japan.</p>",
            )
        ],
        "sectors": [],
        "related": [("partners", "ceeja"), ("partners", "clair")],
    },
    {
        "slug": "first-conference-strasbourg-2020",
        "title": "First EU-Japan regional and cluster cooperation conference in Strasbourg",
        "date": datetime.date(2019, 12, 10),
        "banner": "Strasbourg, 27-29 April 2020",
        "summary": (
            "The helpdesk and the European Cluster Collaboration Platform announce their first "
            "conference, in Strasbourg from 27 to 29 April 2020."
        ),
        "body": [
            (
                "paragraph",
                "<p>The first EU-Japan regional and cluster cooperation conference, organised "
                "by the helpdesk and the European Cluster Collaboration Platform (ECCP), is "
                "announced for 27 to 29 April 2020 in Strasbourg, France.</p>"
                "<p>During three days, pitches and matchmaking will connect European regions, "
                "Japanese prefectures and clusters, including cooperation with partners in "
                "third countries such as Africa and South East Asia.</p>",
            )
        ],
        "sectors": [],
        "related": [("partners", "ceeja")],
    },
    {
        "slug": "mobility-call-launched-2022",
        "title": "New mobility scheme for EU cluster managers: call launched",
        "date": datetime.date(2022, 7, 1),
        "banner": "Mobility scheme 2022",
        "summary": (
            "The call for expression of interest for the short-term mobility programme in Japan "
            "opens on 1 July 2022: 10 places, up to six weeks, up to 700 EUR per week."
        ),
        "body": [
            (
                "paragraph",
                "<p>The call for expression of interest for the 2022 financial year was "
                "launched on 1 July 2022. It supports international cooperation between "
                "industry clusters in the EU and their counterparts in Japan.</p>"
                "<p>Ten European cluster managers will be selected to visit Japan before 31 "
                "March 2023, for up to six weeks, with expenses covered up to 700 EUR per "
                "week.</p>",
            )
        ],
        "sectors": [],
        "related": [("calls", "mobility-programme-eu-cluster-managers-2022")],
    },
    {
        "slug": "save-the-date-annual-conference-2022",
        "title": "Save the date: annual conference and matchmaking, 13-14 December 2022",
        "date": datetime.date(2022, 9, 26),
        "banner": "13-14 December 2022",
        "summary": (
            "The EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking takes "
            "place online on 13 and 14 December 2022."
        ),
        "body": [
            (
                "paragraph",
                "<p>Day 1 is the conference and day 2 the B2B matchmaking, both from 9:00 to "
                "12:00 Central European Time. Registration will open online soon.</p>",
            )
        ],
        "sectors": [
            "biotechnology-healthcare",
            "environmental-technology-circular-economy",
            "agri-food",
            "digital",
            "photonics-manufacturing",
            "sustainable-tourism",
        ],
        "related": [
            ("events", "annual-conference-matchmaking-2022"),
            ("events", "european-cluster-conference-2022"),
        ],
    },
    {
        "slug": "good-practice-webinars-since-2021",
        "title": "Nine good-practice webinars since 2021",
        "date": datetime.date(2022, 9, 27),
        "banner": "9 webinars since 2021",
        "summary": (
            "Since 2021 the helpdesk has organised nine webinars on existing EU-Japan regional "
            "cooperation, to trigger, inspire and expand new partnerships."
        ),
        "body": [
            (
                "paragraph",
                "<p>In each webinar of the series, a European and a Japanese partner present "
                "their cooperation, with interpretation between English and Japanese. The "
                "presentations and recordings are available online.</p>",
            )
        ],
        "sectors": [],
        "related": [
            ("webinars", "agri-food-innovation-kyushu-vitagora"),
            ("webinars", "smart-forest-bioeconomy-nagano-north-karelia"),
            ("webinars", "municipal-collaboration-higashimatsushima-lolland"),
        ],
    },
]

SLUGS = [article["slug"] for article in NEWS]

JAPANESE = {
    "News": "ニュース",
    "News from the helpdesk and its partners in Europe and Japan.": (
        "ヘルプデスクと欧州・日本のパートナーからのお知らせです。"
    ),
    "The EU-Japan Regional Cooperation Helpdesk is launched": "日EU地域協力ヘルプデスクが始動",
    (
        "The EU-Japan Centre for Industrial Cooperation has launched a helpdesk that mobilises "
        "European regions and clusters, Japanese prefectures and clusters."
    ): (
        "日欧産業協力センターは、欧州の地域・クラスターと日本の都道府県・クラスターを"
        "つなぐヘルプデスクを立ち上げました。"
    ),
    (
        "The EU-Japan Regional Cooperation Helpdesk, launched this autumn by the EU-Japan Centre "
        "for Industrial Cooperation, is a new regional cooperation platform. It makes full use "
        "of the EU-Japan Economic Partnership Agreement and of the EU-Japan Partnership on "
        "Sustainable Connectivity, signed in Brussels on 27 September 2019."
    ): (
        "日欧産業協力センターがこの秋に立ち上げた日EU地域協力ヘルプデスクは、"
        "新たな地域協力のプラットフォームです。日EU経済連携協定と、2019年9月27日に"
        "ブリュッセルで署名された「持続可能な連結性及び質の高いインフラに関する"
        "日EUパートナーシップ」を最大限に活用します。"
    ),
    (
        "The helpdesk promotes cooperation in industry, trade, investment, innovation, tourism "
        "and people's mobility, between European and Japanese stakeholders and also in third "
        "countries."
    ): (
        "ヘルプデスクは、産業、貿易、投資、イノベーション、観光、人の移動の分野で、"
        "欧州と日本の関係者間の協力、さらには第三国における協力を促進します。"
    ),
    (
        "It has three offices: in Strasbourg (Grand Est region, France) for Europe, and in Gifu "
        "and Iwate Prefectures for Japan."
    ): (
        "事務所は3か所あり、欧州はストラスブール（フランス、グラン・テスト地域圏）、"
        "日本は岐阜県と岩手県にあります。"
    ),
    "First EU-Japan regional and cluster cooperation conference in Strasbourg": (
        "第1回日EU地域・クラスター協力カンファレンスをストラスブールで開催"
    ),
    (
        "The helpdesk and the European Cluster Collaboration Platform announce their first "
        "conference, in Strasbourg from 27 to 29 April 2020."
    ): (
        "ヘルプデスクと欧州クラスター協力プラットフォームは、2020年4月27日から29日まで"
        "ストラスブールで開催する第1回カンファレンスを発表しました。"
    ),
    (
        "The first EU-Japan regional and cluster cooperation conference, organised by the "
        "helpdesk and the European Cluster Collaboration Platform (ECCP), is announced for 27 "
        "to 29 April 2020 in Strasbourg, France."
    ): (
        "ヘルプデスクと欧州クラスター協力プラットフォーム（ECCP）が主催する"
        "第1回日EU地域・クラスター協力カンファレンスが、2020年4月27日から29日まで、"
        "フランスのストラスブールで開催される予定です。"
    ),
    (
        "During three days, pitches and matchmaking will connect European regions, Japanese "
        "prefectures and clusters, including cooperation with partners in third countries such "
        "as Africa and South East Asia."
    ): (
        "3日間にわたり、ピッチとマッチングを通じて欧州の地域、日本の都道府県、"
        "クラスターをつなぎます。アフリカや東南アジアなど第三国のパートナーとの協力も"
        "取り上げます。"
    ),
    "New mobility scheme for EU cluster managers: call launched": (
        "EUクラスターマネージャー向け新派遣制度：公募を開始"
    ),
    (
        "The call for expression of interest for the short-term mobility programme in Japan "
        "opens on 1 July 2022: 10 places, up to six weeks, up to 700 EUR per week."
    ): (
        "日本での短期派遣プログラムの公募が2022年7月1日に始まります。定員10名、最長6週間、"
        "費用は1週間あたり700ユーロまで支給されます。"
    ),
    (
        "The call for expression of interest for the 2022 financial year was launched on 1 July "
        "2022. It supports international cooperation between industry clusters in the EU and "
        "their counterparts in Japan."
    ): (
        "2022年度の公募は2022年7月1日に開始されました。EUの産業クラスターと"
        "日本のカウンターパートとの国際協力を支援するものです。"
    ),
    (
        "Ten European cluster managers will be selected to visit Japan before 31 March 2023, "
        "for up to six weeks, with expenses covered up to 700 EUR per week."
    ): (
        "選ばれた欧州のクラスターマネージャー10名が、2023年3月31日までに最長6週間日本を"
        "訪問します。費用は1週間あたり700ユーロを上限に支給されます。"
    ),
    "Save the date: annual conference and matchmaking, 13-14 December 2022": (
        "開催予告：年次カンファレンス＆マッチング（2022年12月13日・14日）"
    ),
    (
        "The EU-Japan Regional & Cluster Cooperation Annual Conference & Matchmaking takes "
        "place online on 13 and 14 December 2022."
    ): (
        "日EU地域・クラスター協力年次カンファレンス＆マッチングを、2022年12月13日と14日に"
        "オンラインで開催します。"
    ),
    (
        "Day 1 is the conference and day 2 the B2B matchmaking, both from 9:00 to 12:00 Central "
        "European Time. Registration will open online soon."
    ): (
        "1日目はカンファレンス、2日目はB2Bマッチングで、いずれも日本時間17時から20時"
        "（中央ヨーロッパ時間9時から12時）に行います。参加登録は近日中にオンラインで"
        "受け付けを開始します。"
    ),
    "Nine good-practice webinars since 2021": "2021年から9回のグッドプラクティス・ウェビナーを開催",
    (
        "Since 2021 the helpdesk has organised nine webinars on existing EU-Japan regional "
        "cooperation, to trigger, inspire and expand new partnerships."
    ): (
        "ヘルプデスクは2021年以降、既存の日EU地域協力をテーマに9回のウェビナーを開催し、"
        "新たなパートナーシップのきっかけづくりと拡大を後押ししてきました。"
    ),
    (
        "In each webinar of the series, a European and a Japanese partner present their "
        "cooperation, with interpretation between English and Japanese. The presentations and "
        "recordings are available online."
    ): (
        "シリーズの各回では、欧州と日本のパートナーが英日通訳付きで協力事例を紹介します。"
        "発表資料と録画はオンラインで公開しています。"
    ),
}


def banner_alt(heading):
    """Japanese alt text of a news banner."""
    return f"「{heading}」と書かれたバナー"


def strings():
    """The articles' Japanese strings."""
    return JAPANESE


def load(loader):
    """The articles by slug, each with its banner."""
    articles = {}
    for data in NEWS:
        image, created = get_or_create_image(
            title=f"News banner: {data['slug']}",
            description=f"Banner reading '{data['banner']}'",
            description_ja=banner_alt(data["banner"]),
            draw=lambda data=data: banner(data["banner"], data["slug"]),
            filename=f"news-{data['slug']}.png",
        )
        loader.count("images", created)
        articles[data["slug"]] = loader.child(
            loader.index_of(KIND),
            models.NewsPage,
            data["slug"],
            lambda data=data, image=image: _build(loader, data, image),
        )
    return articles


def _build(loader, data, image):
    page = models.NewsPage(
        title=data["title"],
        date=data["date"],
        summary=data["summary"],
        body=data["body"],
        image=image,
        locale=loader.en,
    )
    page.sectors = [loader.sectors[slug] for slug in data["sectors"]]
    page.related_links = [
        models.NewsRelatedPage(page=loader.loaded[kind][key]) for kind, key in data["related"]
    ]
    return page
