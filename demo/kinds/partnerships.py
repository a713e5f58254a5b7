# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's partnerships: the cooperation each good-practice webinar presents."""

from pages import models

from .partners import PARTNER_TITLES, PARTNERS
from .webinars import WEBINARS

KIND = "PARTNERSHIP"
# A partnership links the partners and the webinar that presented it.
AFTER = ("partners", "webinars")

INDEX = {
    "slug": "partnerships",
    "title": "Partnerships",
    "intro": "<p>EU-Japan regional and cluster partnerships presented as good practices.</p>",
}

# One partnership per good-practice webinar: its partners and sectors are the webinar's.
PARTNERSHIPS = [
    {
        "webinar": "agri-food-innovation-kyushu-vitagora",
        "since": 2011,
        "outcomes": "Ten years of exchanges between agri-food companies, joint innovation "
        "projects and delegations between Kyushu and Burgundy.",
    },
    {
        "webinar": "renewable-energy-fukushima-nrw",
        "since": 2014,
        "outcomes": "A cooperation agreement between the two energy agencies, company missions "
        "and shared expertise on renewable energy for the revitalisation of Fukushima.",
    },
    {
        "webinar": "life-sciences-osaka-bioxclusters",
        "since": 2018,
        "outcomes": "A multi-partner alliance that helps life-science companies enter each "
        "other's markets, with joint events and partner searches.",
    },
    {
        "webinar": "concept-based-cooperation-oulu-kanagawa",
        "since": 2017,
        "outcomes": "A cooperation linking the OuluHealth ecosystem with Kanagawa's ME-BYO "
        "concept: exchanges of health-technology companies and joint pilots.",
    },
    {
        "webinar": "medical-technologies-saitama-bavaria",
        "since": 2012,
        "outcomes": "Regular exchanges between medical-technology companies of Saitama City and "
        "Bavaria, with trade-fair participation on both sides.",
    },
    {
        "webinar": "smart-forest-bioeconomy-nagano-north-karelia",
        "since": 2019,
        "outcomes": "Exchanges on smart forestry and the wood-based bioeconomy towards carbon "
        "neutrality, between companies, researchers and regional authorities.",
    },
    {
        "webinar": "medical-industry-hyogo-kobe-north-germany",
        "since": 2016,
        "outcomes": "A regional partnership between Hyogo/Kobe and Northern Germany grown into "
        "EU-Japan cooperation in the medical industry with the MAGIA2Market alliance.",
    },
    {
        "webinar": "basque-country-mie-partnership",
        "since": 2013,
        "outcomes": "Cooperation in industrial policy, the food industry and cultural tourism, "
        "with visits of delegations and companies between the Basque Country and Mie.",
    },
    {
        "webinar": "municipal-collaboration-higashimatsushima-lolland",
        "since": 2012,
        "outcomes": "A municipal collaboration beyond sister cities, sharing practice in "
        "energy, agriculture, education and social welfare.",
    },
]


def partnership_title(jp_titles, eu_titles):
    """A partnership's title: its Japanese and its European partners."""
    return f"{' & '.join(jp_titles)} and {' & '.join(eu_titles)}"


# A partnership's page takes the slug of its webinar.
SLUGS = [partnership["webinar"] for partnership in PARTNERSHIPS]

JAPANESE = {
    "Partnerships": "パートナーシップ",
    "EU-Japan regional and cluster partnerships presented as good practices.": (
        "グッドプラクティスとして紹介された日EUの地域・クラスター間パートナーシップです。"
    ),
    (
        "Ten years of exchanges between agri-food companies, joint innovation projects and "
        "delegations between Kyushu and Burgundy."
    ): (
        "九州とブルゴーニュの間で、農業・食品企業の交流、共同イノベーションプロジェクト、"
        "代表団の相互派遣を10年間続けてきました。"
    ),
    (
        "A cooperation agreement between the two energy agencies, company missions and shared "
        "expertise on renewable energy for the revitalisation of Fukushima."
    ): (
        "両エネルギー機関の協力協定、企業ミッション、福島の復興に向けた再生可能エネルギーの"
        "知見の共有。"
    ),
    (
        "A multi-partner alliance that helps life-science companies enter each other's markets, "
        "with joint events and partner searches."
    ): (
        "ライフサイエンス企業の相互の市場参入を支援する複数パートナーの連携で、合同イベントや"
        "パートナー探しを行っています。"
    ),
    (
        "A cooperation linking the OuluHealth ecosystem with Kanagawa's ME-BYO concept: "
        "exchanges of health-technology companies and joint pilots."
    ): (
        "オウルヘルスのエコシステムと神奈川県の「未病（ME-BYO）」コンセプトを結ぶ協力で、"
        "ヘルステック企業の交流と共同実証を行っています。"
    ),
    (
        "Regular exchanges between medical-technology companies of Saitama City and Bavaria, "
        "with trade-fair participation on both sides."
    ): "さいたま市とバイエルンの医療機器企業が定期的に交流し、双方の見本市にも参加しています。",
    (
        "Exchanges on smart forestry and the wood-based bioeconomy towards carbon neutrality, "
        "between companies, researchers and regional authorities."
    ): (
        "カーボンニュートラルに向けたスマート林業と木質バイオエコノミーについて、企業・研究者・"
        "地域行政が交流しています。"
    ),
    (
        "A regional partnership between Hyogo/Kobe and Northern Germany grown into EU-Japan "
        "cooperation in the medical industry with the MAGIA2Market alliance."
    ): (
        "兵庫・神戸と北ドイツの地域間パートナーシップが、MAGIA2Marketアライアンスとともに"
        "医療産業における日EU協力へと発展しました。"
    ),
    (
        "Cooperation in industrial policy, the food industry and cultural tourism, with visits "
        "of delegations and companies between the Basque Country and Mie."
    ): (
        "産業政策、食品産業、文化観光の分野で協力し、バスク州と三重県の間で代表団や企業の訪問を"
        "重ねています。"
    ),
    (
        "A municipal collaboration beyond sister cities, sharing practice in energy, agriculture, "
        "education and social welfare."
    ): "姉妹都市を超えた自治体間の協力で、エネルギー、農業、教育、社会福祉の取り組みを共有しています。",
}


def _titles():
    """The partnerships' titles, named after their partners in each language."""
    titles = {partner["key"]: partner["title"] for partner in PARTNERS}
    webinars = {webinar["slug"]: webinar for webinar in WEBINARS}
    strings = {}
    for partnership in PARTNERSHIPS:
        webinar = webinars[partnership["webinar"]]
        jp = [titles[key] for key in webinar["jp"]]
        eu = [titles[key] for key in webinar["eu"]]
        japanese = f"{'・'.join(PARTNER_TITLES[t] for t in jp)}と{'・'.join(PARTNER_TITLES[t] for t in eu)}"
        strings[partnership_title(jp, eu)] = japanese
    return strings


def strings():
    """The partnerships' Japanese strings, their titles included."""
    return {**_titles(), **JAPANESE}


def load(loader):
    """The partnerships by the slug of their webinar."""
    webinars = {data["slug"]: data for data in WEBINARS}
    return {
        data["webinar"]: loader.child(
            loader.index_of(KIND),
            models.PartnershipPage,
            data["webinar"],
            lambda data=data: _build(loader, data, webinars[data["webinar"]]),
        )
        for data in PARTNERSHIPS
    }


def _build(loader, data, webinar):
    partners = loader.loaded["partners"]
    eu = [partners[key] for key in webinar["eu"]]
    jp = [partners[key] for key in webinar["jp"]]
    page = models.PartnershipPage(
        title=partnership_title(
            [partner.title for partner in jp], [partner.title for partner in eu]
        ),
        summary=webinar["summary"],
        since=data["since"],
        outcomes=f"<p>{data['outcomes']}</p>",
        locale=loader.en,
    )
    page.sectors = [loader.sectors[slug] for slug in webinar["sectors"]]
    page.eu_partner_links = [models.PartnershipEUPartner(partner=partner) for partner in eu]
    page.jp_partner_links = [models.PartnershipJPPartner(partner=partner) for partner in jp]
    page.webinar_links = [
        models.PartnershipWebinar(webinar=loader.loaded["webinars"][data["webinar"]])
    ]
    return page
