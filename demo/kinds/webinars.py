# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's webinars: the good-practice series, each presented by its partners."""

import datetime

from demo.times import at_brussels
from pages import models

from .partners import PARTNER_TITLES

KIND = "WEBINAR"
# The programmes name the speaking partners; the pages link to them.
AFTER = ("partners",)

INDEX = {
    "slug": "webinars",
    "title": "Webinars",
    "intro": (
        "<p>The good-practice webinars, with interpretation between English and Japanese.</p>"
    ),
}

WEBINAR_START_HOUR = datetime.time(9, 0)

# Titles exactly as in the series flyer; dates illustrative except 17 December 2021.
WEBINARS = [
    {
        "slug": "agri-food-innovation-kyushu-vitagora",
        "title": "10 years of win-win relations on Agri-Food innovation",
        "date": datetime.date(2021, 6, 18),
        "eu": ["vitagora"],
        "jp": ["kyushu-bio-cluster"],
        "sectors": ["agri-food"],
        "summary": (
            "The Kyushu Bio Cluster and the French cluster Vitagora present ten years of "
            "cooperation on agri-food innovation."
        ),
    },
    {
        "slug": "renewable-energy-fukushima-nrw",
        "title": "Evolving partnerships for renewable energy and regional revitalization",
        "date": datetime.date(2021, 7, 16),
        "eu": ["energyagency-nrw"],
        "jp": ["fukushima"],
        "sectors": ["renewable-energy"],
        "summary": (
            "The energy agencies of Fukushima Prefecture and North Rhine-Westphalia present "
            "their partnership for renewable energy and regional revitalisation."
        ),
    },
    {
        "slug": "life-sciences-osaka-bioxclusters",
        "title": (
            "EU-Japan multi-partners alliance for supporting business in health-related life "
            "sciences"
        ),
        "date": datetime.date(2021, 9, 17),
        "eu": ["bioxclusters"],
        "jp": ["osaka-bio-headquarters"],
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "summary": (
            "The Osaka Bio Headquarters and the BioXclusters alliance of four biotech clusters "
            "in France, Germany, Italy and Spain present how they support business in "
            "health-related life sciences."
        ),
    },
    {
        "slug": "concept-based-cooperation-oulu-kanagawa",
        "title": "Concept-based regional cooperation",
        "date": datetime.date(2021, 10, 15),
        "eu": ["ouluhealth"],
        "jp": ["kanagawa"],
        "sectors": ["medical-technologies", "biotechnology-healthcare"],
        "summary": (
            "The OuluHealth ecosystem in Finland and Kanagawa's Healthcare New Frontier for "
            "ME-BYO present a cooperation built on shared concepts."
        ),
    },
    {
        "slug": "medical-technologies-saitama-bavaria",
        "title": (
            "Towards future in medical technologies - A successful EU-Japan regional "
            "collaborative approach"
        ),
        "date": datetime.date(2021, 11, 19),
        "eu": ["bayern-innovativ"],
        "jp": ["saitama-city"],
        "sectors": ["medical-technologies"],
        "summary": (
            "Saitama City and Bayern Innovativ, for the Bavarian State Government, present "
            "their collaboration in medical technologies."
        ),
    },
    {
        "slug": "smart-forest-bioeconomy-nagano-north-karelia",
        "title": "Carbon Neutrality through Smart Forest Bioeconomy",
        "date": datetime.date(2021, 12, 17),
        "eu": ["forest-bioeconomy-cluster", "north-karelia"],
        "jp": ["nagano"],
        "sectors": ["forest-bioeconomy", "renewable-energy"],
        "summary": (
            "Nagano Prefecture and the Forest Bioeconomy Cluster of North Karelia present how a "
            "smart forest bioeconomy contributes to carbon neutrality."
        ),
    },
    {
        "slug": "medical-industry-hyogo-kobe-north-germany",
        "title": (
            "From a regional partnership between Hyogo/Kobe - North Germany to a EU-Japan "
            "regional cooperation in medical industry"
        ),
        "date": datetime.date(2022, 2, 18),
        "eu": ["life-science-nord", "magia2market"],
        "jp": ["fbri"],
        "sectors": ["medical-technologies", "life-sciences"],
        "summary": (
            "The Foundation for Biomedical Research and Innovation at Kobe, Life Science Nord "
            "and the MAGIA2Market alliance show how a regional partnership grew into an "
            "EU-Japan cooperation in the medical industry."
        ),
    },
    {
        "slug": "basque-country-mie-partnership",
        "title": (
            "A successful regional partnership in terms of industrial policy, food industry and "
            "cultural tourism between Basque Country and Mie prefecture"
        ),
        "date": datetime.date(2022, 4, 22),
        "eu": ["basque-trade"],
        "jp": ["mie"],
        "sectors": ["agri-food", "sustainable-tourism"],
        "summary": (
            "Mie Prefectural Government and Basque Trade & Investment present their partnership "
            "in industrial policy, the food industry and cultural tourism."
        ),
    },
    {
        "slug": "municipal-collaboration-higashimatsushima-lolland",
        "title": (
            "New local government collaboration style between EU and Japan municipalities in "
            "fields of energy, agriculture, education and social welfare that transcends sister "
            "cities"
        ),
        "date": datetime.date(2022, 6, 17),
        "eu": ["lolland"],
        "jp": ["higashimatsushima"],
        "sectors": ["local-government-social-welfare", "renewable-energy", "agri-food"],
        "summary": (
            "Higashimatsushima City and Lolland Municipality present a collaboration in energy, "
            "agriculture, education and social welfare that goes beyond sister cities."
        ),
    },
]

# Programme slots shared by every webinar, in Central European Time.
PROGRAMME_WELCOME = {
    "title": "Welcome and introduction to the webinar series",
    "description": "Why the helpdesk shares good practices of EU-Japan regional cooperation.",
    "speaker": "EJRC Helpdesk team",
    "organisation": "EU-Japan Centre for Industrial Cooperation",
}
PROGRAMME_QUESTIONS = {
    "title": "Questions and answers",
    "description": "Discussion between the speakers and the audience, with interpretation.",
}


def presentation_title(partner_title):
    """Title of a partner's slot in a webinar programme."""
    return f"Presentation: {partner_title}"


def representative(partner_title):
    """How a speaker is named when the sources give the organisation only."""
    return f"Representative of {partner_title}"


SLUGS = [webinar["slug"] for webinar in WEBINARS]

JAPANESE = {
    "Webinars": "ウェビナー",
    "The good-practice webinars, with interpretation between English and Japanese.": (
        "英日通訳付きのグッドプラクティス・ウェビナーです。"
    ),
    "Zoom": "Zoom",
    "10 years of win-win relations on Agri-Food innovation": (
        "農業・食品イノベーションにおける10年間のWin-Winの関係"
    ),
    (
        "The Kyushu Bio Cluster and the French cluster Vitagora present ten years of "
        "cooperation on agri-food innovation."
    ): (
        "九州バイオクラスターとフランスのクラスターであるヴィタゴラが、"
        "農業・食品分野のイノベーションにおける10年間の協力を紹介します。"
    ),
    "Evolving partnerships for renewable energy and regional revitalization": (
        "再生可能エネルギーと地域再生のための進化するパートナーシップ"
    ),
    (
        "The energy agencies of Fukushima Prefecture and North Rhine-Westphalia present their "
        "partnership for renewable energy and regional revitalisation."
    ): (
        "福島県とノルトライン・ヴェストファーレン州のエネルギー機関が、"
        "再生可能エネルギーと地域再生のためのパートナーシップを紹介します。"
    ),
    (
        "EU-Japan multi-partners alliance for supporting business in health-related life sciences"
    ): "健康関連ライフサイエンス分野のビジネスを支援する日EUマルチパートナー・アライアンス",
    (
        "The Osaka Bio Headquarters and the BioXclusters alliance of four biotech clusters in "
        "France, Germany, Italy and Spain present how they support business in health-related "
        "life sciences."
    ): (
        "大阪バイオ・ヘッドクオーターと、フランス、ドイツ、イタリア、スペインの"
        "4つのバイオテクノロジー・クラスターからなるBioXclustersアライアンスが、"
        "健康関連ライフサイエンス分野のビジネス支援の取り組みを紹介します。"
    ),
    "Concept-based regional cooperation": "コンセプトに基づく地域協力",
    (
        "The OuluHealth ecosystem in Finland and Kanagawa's Healthcare New Frontier for ME-BYO "
        "present a cooperation built on shared concepts."
    ): (
        "フィンランドのオウルヘルスと、「未病」を掲げる神奈川県のヘルスケア・ニューフロンティアが、"
        "共通のコンセプトに基づく協力を紹介します。"
    ),
    (
        "Towards future in medical technologies - A successful EU-Japan regional collaborative "
        "approach"
    ): "医療技術の未来に向けて：日EU地域協力の成功事例",
    (
        "Saitama City and Bayern Innovativ, for the Bavarian State Government, present their "
        "collaboration in medical technologies."
    ): (
        "さいたま市と、バイエルン州政府を代表するバイエルン・イノヴァティブが、"
        "医療技術分野での連携を紹介します。"
    ),
    "Carbon Neutrality through Smart Forest Bioeconomy": (
        "スマート森林バイオエコノミーによるカーボンニュートラル"
    ),
    (
        "Nagano Prefecture and the Forest Bioeconomy Cluster of North Karelia present how a "
        "smart forest bioeconomy contributes to carbon neutrality."
    ): (
        "長野県と北カレリアの森林バイオエコノミー・クラスターが、"
        "スマートな森林バイオエコノミーによるカーボンニュートラルへの貢献を紹介します。"
    ),
    (
        "From a regional partnership between Hyogo/Kobe - North Germany to a EU-Japan regional "
        "cooperation in medical industry"
    ): "兵庫・神戸と北ドイツの地域パートナーシップから、医療産業における日EU地域協力へ",
    (
        "The Foundation for Biomedical Research and Innovation at Kobe, Life Science Nord and "
        "the MAGIA2Market alliance show how a regional partnership grew into an EU-Japan "
        "cooperation in the medical industry."
    ): (
        "神戸医療産業都市推進機構、ライフサイエンス・ノルド、MAGIA2Marketアライアンスが、"
        "地域間のパートナーシップが医療産業における日EU協力へと発展した経緯を紹介します。"
    ),
    (
        "A successful regional partnership in terms of industrial policy, food industry and "
        "cultural tourism between Basque Country and Mie prefecture"
    ): "産業政策・食品産業・文化観光におけるバスク州と三重県の地域パートナーシップの成功事例",
    (
        "Mie Prefectural Government and Basque Trade & Investment present their partnership in "
        "industrial policy, the food industry and cultural tourism."
    ): (
        "三重県とバスク・トレード・アンド・インベストメントが、"
        "産業政策、食品産業、文化観光におけるパートナーシップを紹介します。"
    ),
    (
        "New local government collaboration style between EU and Japan municipalities in fields "
        "of energy, agriculture, education and social welfare that transcends sister cities"
    ): (
        "姉妹都市を超えて：エネルギー・農業・教育・社会福祉分野における"
        "日EU自治体間の新たな連携のかたち"
    ),
    (
        "Higashimatsushima City and Lolland Municipality present a collaboration in energy, "
        "agriculture, education and social welfare that goes beyond sister cities."
    ): (
        "東松島市とロラン市が、姉妹都市の枠を超えたエネルギー、農業、教育、"
        "社会福祉の分野での協力を紹介します。"
    ),
    # Programme slots shared by every webinar
    "Welcome and introduction to the webinar series": "開会挨拶とウェビナーシリーズの紹介",
    "Why the helpdesk shares good practices of EU-Japan regional cooperation.": (
        "ヘルプデスクが日EU地域協力のグッドプラクティスを共有する目的について。"
    ),
    "EJRC Helpdesk team": "EJRCヘルプデスク事務局",
    "EU-Japan Centre for Industrial Cooperation": "日欧産業協力センター",
    "Questions and answers": "質疑応答",
    "Discussion between the speakers and the audience, with interpretation.": (
        "通訳付きで、登壇者と参加者が意見交換を行います。"
    ),
}


def _programme_strings():
    """The per-partner slots of the webinar programmes."""
    strings = {}
    for english, japanese in PARTNER_TITLES.items():
        strings[presentation_title(english)] = f"発表：{japanese}"
        strings[representative(english)] = f"{japanese}の担当者"
    return strings


def strings():
    """The webinars' Japanese strings, their programmes' slots included."""
    return {**_programme_strings(), **JAPANESE}


def load(loader):
    """The webinars by slug, in the demo's series."""
    return {
        data["slug"]: loader.child(
            loader.index_of(KIND),
            models.WebinarPage,
            data["slug"],
            lambda data=data: _build(loader, data),
        )
        for data in WEBINARS
    }


def _build(loader, data):
    partners = loader.loaded["partners"]
    start = at_brussels(data["date"], WEBINAR_START_HOUR)
    programme = _programme(data, partners)
    last_slot_end = programme[-1][1]["end_time"]
    duration = datetime.datetime.combine(data["date"], last_slot_end) - start.replace(tzinfo=None)
    page = models.WebinarPage(
        title=data["title"],
        series=loader.series,
        summary=data["summary"],
        start=start,
        duration_minutes=int(duration.total_seconds() // 60),
        format=models.EventFormat.ONLINE,
        venue="Zoom",
        interpretation=models.WebinarPage.Interpretation.EN_JA,
        programme=programme,
        locale=loader.en,
    )
    page.sectors = [loader.sectors[slug] for slug in data["sectors"]]
    page.eu_partner_links = [models.WebinarEUPartner(partner=partners[key]) for key in data["eu"]]
    page.jp_partner_links = [models.WebinarJPPartner(partner=partners[key]) for key in data["jp"]]
    return page


def _programme(data, partners):
    """Welcome, one slot per partner (EU side first), then questions, from 9:00 CET."""
    welcome, questions = PROGRAMME_WELCOME, PROGRAMME_QUESTIONS
    start = datetime.datetime.combine(data["date"], WEBINAR_START_HOUR)
    items = []

    def slot(minutes, title, description, speakers):
        nonlocal start
        end = start + datetime.timedelta(minutes=minutes)
        items.append(_slot(start.time(), end.time(), title, description, speakers))
        start = end

    slot(
        10,
        welcome["title"],
        welcome["description"],
        [{"name": welcome["speaker"], "organisation": welcome["organisation"]}],
    )
    for key in [*data["eu"], *data["jp"]]:
        title = partners[key].title
        slot(
            20,
            presentation_title(title),
            "",
            [{"name": representative(title), "organisation": title}],
        )
    slot(30, questions["title"], questions["description"], [])
    return items


def _slot(start, end, title, description, speakers):
    return (
        "item",
        {
            "start_time": start,
            "end_time": end,
            "title": title,
            "description": description,
            "speakers": [{"role": "", **speaker} for speaker in speakers],
        },
    )
