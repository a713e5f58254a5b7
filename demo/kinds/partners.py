# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's partners: European and Japanese regions, clusters and agencies."""

from demo.images import get_or_create_image, logo_card
from pages import models
from pages.models.partners import initials

KIND = "PARTNER"
AFTER = ()

INDEX = {
    "slug": "partners",
    "title": "Partners",
    "intro": (
        "<p>European regions and clusters, Japanese prefectures, cities and clusters that "
        "cooperate through the helpdesk.</p>"
    ),
}

# key, title (display name), official name, acronym, kind, country, region, city, website,
# logo label, sectors, description (rich text).
PARTNERS = [
    {
        "key": "ceeja",
        "title": "CEEJA (European Center for Japanese Studies in Alsace)",
        "official_name": "Centre Européen d'Etudes Japonaises d'Alsace",
        "acronym": "CEEJA",
        "kind": "agency",
        "country": "FR",
        "region": "FRF",
        "city": "",
        "website": "",
        "sectors": [],
        "description": (
            "<p>CEEJA runs the EU side of the EU-Japan Regional and Cluster Cooperation "
            "Helpdesk, from its office in Strasbourg in the Grand Est region.</p>"
        ),
    },
    {
        "key": "clair",
        "title": "CLAIR (Council of Local Authorities for International Relations)",
        "official_name": "一般財団法人自治体国際化協会",
        "acronym": "CLAIR",
        "kind": "agency",
        "country": "JP",
        "region": "13",
        "city": "Tokyo",
        "website": "https://www.clair.or.jp/",
        "sectors": ["local-government-social-welfare"],
        "description": (
            "<p>CLAIR supports the international activities of Japanese local authorities. It "
            "runs the Japanese side of the EU-Japan Regional and Cluster Cooperation "
            "Helpdesk.</p>"
        ),
    },
    {
        "key": "vitagora",
        "title": "Vitagora",
        "official_name": "Vitagora",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FR",
        "region": "FRC1",
        "city": "Dijon",
        "website": "https://www.vitagora.com/",
        "sectors": ["agri-food"],
        "description": (
            "<p>Vitagora is an agri-food innovation cluster based in Dijon, Burgundy. It has "
            "cooperated with the Kyushu Bio Cluster for ten years.</p>"
        ),
    },
    {
        "key": "kyushu-bio-cluster",
        "title": "Kyushu Bio Cluster",
        "official_name": "九州地域バイオクラスター推進協議会",
        "acronym": "",
        "kind": "jp_cluster",
        "country": "JP",
        "region": "40",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "biotechnology-healthcare"],
        "description": (
            "<p>The Kyushu Bio Cluster brings together bio-industry companies and research "
            "organisations of the Kyushu region. It has cooperated with the French cluster "
            "Vitagora on agri-food innovation for ten years.</p>"
        ),
    },
    {
        "key": "energyagency-nrw",
        "title": "Energy Agency of North Rhine-Westphalia",
        "official_name": "EnergieAgentur.NRW",
        "acronym": "",
        "kind": "agency",
        "country": "DE",
        "region": "DEA",
        "city": "",
        "website": "",
        "sectors": ["renewable-energy"],
        "description": (
            "<p>The energy agency of the German state of North Rhine-Westphalia. Its "
            "partnership with Fukushima Prefecture links renewable energy with regional "
            "revitalisation.</p>"
        ),
    },
    {
        "key": "fukushima",
        "title": "Fukushima Prefecture",
        "official_name": "福島県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "07",
        "city": "",
        "website": "",
        "sectors": ["renewable-energy"],
        "description": (
            "<p>Fukushima Prefecture works with North Rhine-Westphalia on renewable energy and "
            "regional revitalisation, through the energy agencies of both regions.</p>"
        ),
    },
    {
        "key": "bioxclusters",
        "title": "BioXclusters alliance",
        "official_name": "BioXclusters",
        "acronym": "",
        "kind": "network",
        # The alliance has no single seat; France is the first of its four countries.
        "country": "FR",
        "region": "",
        "city": "",
        "website": "",
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "description": (
            "<p>An alliance of four European biotech clusters in France, Germany, Italy and "
            "Spain that supports business in health-related life sciences together with the "
            "Osaka Bio Headquarters.</p>"
        ),
    },
    {
        "key": "osaka-bio-headquarters",
        "title": "Osaka Bio Headquarters",
        "official_name": "大阪バイオ・ヘッドクオーター",
        "acronym": "",
        "kind": "jp_cluster",
        "country": "JP",
        "region": "27",
        "city": "Osaka",
        "website": "",
        "sectors": ["biotechnology-healthcare", "life-sciences"],
        "description": (
            "<p>The Osaka Bio Headquarters promotes the life science industry of Osaka and "
            "works with the European BioXclusters alliance.</p>"
        ),
    },
    {
        "key": "ouluhealth",
        "title": "OuluHealth",
        "official_name": "OuluHealth",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FI",
        "region": "FI1D",
        "city": "Oulu",
        "website": "",
        "sectors": ["medical-technologies", "digital"],
        "description": (
            "<p>OuluHealth is the healthcare innovation ecosystem of Oulu in northern Finland. "
            "Its cooperation with Kanagawa Prefecture is built on shared concepts of "
            "health.</p>"
        ),
    },
    {
        "key": "kanagawa",
        "title": "Kanagawa Prefecture",
        "official_name": "神奈川県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "14",
        "city": "",
        "website": "",
        "sectors": ["biotechnology-healthcare", "medical-technologies"],
        "description": (
            "<p>Kanagawa Prefecture promotes the Healthcare New Frontier policy, built on the "
            "ME-BYO concept: the continuous state between health and illness.</p>"
        ),
    },
    {
        "key": "bayern-innovativ",
        "title": "Bayern Innovativ",
        "official_name": "Bayern Innovativ GmbH",
        "acronym": "",
        "kind": "agency",
        "country": "DE",
        "region": "DE2",
        "city": "Nuremberg",
        "website": "https://www.bayern-innovativ.de/",
        "sectors": ["medical-technologies"],
        "description": (
            "<p>Bayern Innovativ is the innovation agency of the Bavarian State Government. It "
            "cooperates with Saitama City on medical technologies.</p>"
        ),
    },
    {
        "key": "saitama-city",
        "title": "Saitama City",
        "official_name": "さいたま市",
        "acronym": "",
        "kind": "jp_city",
        "country": "JP",
        "region": "11",
        "city": "Saitama",
        "website": "",
        "sectors": ["medical-technologies"],
        "description": (
            "<p>Saitama City, the capital of Saitama Prefecture, supports companies in medical "
            "technologies and cooperates with Bavaria in this field.</p>"
        ),
    },
    {
        "key": "forest-bioeconomy-cluster",
        "title": "Forest Bioeconomy Cluster (North Karelia)",
        "official_name": "Forest Bioeconomy Cluster",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "FI",
        "region": "FI1D",
        "city": "",
        "website": "",
        "sectors": ["forest-bioeconomy", "renewable-energy"],
        "description": (
            "<p>The forest bioeconomy cluster of the North Karelia region in eastern Finland. "
            "With Nagano Prefecture it works towards carbon neutrality through a smart forest "
            "bioeconomy.</p>"
        ),
    },
    {
        "key": "north-karelia",
        "title": "Regional Council of North Karelia",
        "official_name": "Pohjois-Karjalan maakuntaliitto",
        "acronym": "",
        "kind": "eu_region",
        "country": "FI",
        "region": "FI1D",
        "city": "Joensuu",
        "website": "",
        "sectors": ["forest-bioeconomy"],
        "description": (
            "<p>The regional council of North Karelia, in eastern Finland, supports the "
            "cooperation of the region's forest bioeconomy cluster with Nagano "
            "Prefecture.</p>"
        ),
    },
    {
        "key": "nagano",
        "title": "Nagano Prefecture",
        "official_name": "長野県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "20",
        "city": "",
        "website": "",
        "sectors": ["forest-bioeconomy"],
        "description": (
            "<p>Nagano Prefecture, in central Japan, cooperates with North Karelia on carbon "
            "neutrality through a smart forest bioeconomy.</p>"
        ),
    },
    {
        "key": "life-science-nord",
        "title": "Life Science Nord",
        "official_name": "Life Science Nord",
        "acronym": "",
        "kind": "eu_cluster",
        "country": "DE",
        "region": "DE6",
        "city": "Hamburg",
        "website": "",
        "sectors": ["life-sciences", "medical-technologies"],
        "description": (
            "<p>Life Science Nord is the life science cluster of northern Germany. Its "
            "partnership with Hyogo and Kobe grew into an EU-Japan regional cooperation in the "
            "medical industry.</p>"
        ),
    },
    {
        "key": "magia2market",
        "title": "MAGIA2Market alliance",
        "official_name": "MAGIA2Market",
        "acronym": "",
        "kind": "network",
        # The alliance spans four regions; Auvergne-Rhone-Alpes is the first one listed.
        "country": "FR",
        "region": "FRK",
        "city": "",
        "website": "",
        "sectors": ["medical-technologies", "life-sciences"],
        "description": (
            "<p>An alliance of clusters from Auvergne-Rhone-Alpes (France), Wallonia "
            "(Belgium), Piemonte (Italy) and northern Germany in the medical industry.</p>"
        ),
    },
    {
        "key": "fbri",
        "title": "Foundation for Biomedical Research and Innovation at Kobe",
        "official_name": "公益財団法人神戸医療産業都市推進機構",
        "acronym": "FBRI",
        "kind": "agency",
        "country": "JP",
        "region": "28",
        "city": "Kobe",
        "website": "https://www.fbri-kobe.org/",
        "sectors": ["life-sciences", "medical-technologies"],
        "description": (
            "<p>FBRI promotes the Kobe Biomedical Innovation Cluster in Hyogo Prefecture and "
            "cooperates with Life Science Nord and the MAGIA2Market alliance.</p>"
        ),
    },
    {
        "key": "basque-trade",
        "title": "Basque Trade & Investment",
        "official_name": "Basque Trade & Investment",
        "acronym": "",
        "kind": "agency",
        "country": "ES",
        "region": "ES21",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "sustainable-tourism"],
        "description": (
            "<p>The internationalisation agency of the Basque Country. Its partnership with Mie "
            "Prefecture covers industrial policy, the food industry and cultural tourism.</p>"
        ),
    },
    {
        "key": "mie",
        "title": "Mie Prefecture",
        "official_name": "三重県",
        "acronym": "",
        "kind": "jp_prefecture",
        "country": "JP",
        "region": "24",
        "city": "",
        "website": "",
        "sectors": ["agri-food", "sustainable-tourism"],
        "description": (
            "<p>Mie Prefecture cooperates with the Basque Country on industrial policy, the food "
            "industry and cultural tourism.</p>"
        ),
    },
    {
        "key": "lolland",
        "title": "Lolland Municipality",
        "official_name": "Lolland Kommune",
        "acronym": "",
        "kind": "eu_municipality",
        "country": "DK",
        "region": "DK02",
        "city": "",
        "website": "",
        "sectors": ["local-government-social-welfare", "renewable-energy"],
        "description": (
            "<p>Lolland Municipality, in Region Zealand, Denmark, works with Higashimatsushima "
            "City on energy, agriculture, education and social welfare.</p>"
        ),
    },
    {
        "key": "higashimatsushima",
        "title": "Higashimatsushima City",
        "official_name": "東松島市",
        "acronym": "",
        "kind": "jp_city",
        "country": "JP",
        "region": "04",
        "city": "Higashimatsushima",
        "website": "",
        "sectors": ["local-government-social-welfare", "renewable-energy"],
        "description": (
            "<p>Higashimatsushima City, in Miyagi Prefecture, works with Lolland Municipality "
            "in a collaboration that goes beyond a sister-city relationship.</p>"
        ),
    },
]

SLUGS = [partner["key"] for partner in PARTNERS]

# Display names of the partners; also used to build the strings of the webinar programmes.
PARTNER_TITLES = {
    "CEEJA (European Center for Japanese Studies in Alsace)": "アルザス・欧州日本学研究所（CEEJA）",
    "CLAIR (Council of Local Authorities for International Relations)": (
        "一般財団法人自治体国際化協会（クレア）"
    ),
    "Vitagora": "ヴィタゴラ",
    "Kyushu Bio Cluster": "九州バイオクラスター",
    "Energy Agency of North Rhine-Westphalia": "ノルトライン・ヴェストファーレン州エネルギー機関",
    "Fukushima Prefecture": "福島県",
    "BioXclusters alliance": "BioXclustersアライアンス",
    "Osaka Bio Headquarters": "大阪バイオ・ヘッドクオーター",
    "OuluHealth": "オウルヘルス",
    "Kanagawa Prefecture": "神奈川県",
    "Bayern Innovativ": "バイエルン・イノヴァティブ",
    "Saitama City": "さいたま市",
    "Forest Bioeconomy Cluster (North Karelia)": "森林バイオエコノミー・クラスター（北カレリア）",
    "Regional Council of North Karelia": "北カレリア地域評議会",
    "Nagano Prefecture": "長野県",
    "Life Science Nord": "ライフサイエンス・ノルド",
    "MAGIA2Market alliance": "MAGIA2Marketアライアンス",
    "Foundation for Biomedical Research and Innovation at Kobe": "神戸医療産業都市推進機構",
    "Basque Trade & Investment": "バスク・トレード・アンド・インベストメント",
    "Mie Prefecture": "三重県",
    "Lolland Municipality": "ロラン市",
    "Higashimatsushima City": "東松島市",
}


# Readings of the Japanese names written with kanji, for lists in kana order (legal forms such
# as 一般財団法人 and bracketed acronyms left out).
PARTNER_READINGS = {
    "CEEJA (European Center for Japanese Studies in Alsace)": "あるざすおうしゅうにほんがくけんきゅうじょ",
    "CLAIR (Council of Local Authorities for International Relations)": "じちたいこくさいかきょうかい",
    "Kyushu Bio Cluster": "きゅうしゅうばいおくらすたー",
    "Energy Agency of North Rhine-Westphalia": "のるとらいんゔぇすとふぁーれんしゅうえねるぎーきかん",
    "Fukushima Prefecture": "ふくしまけん",
    "Osaka Bio Headquarters": "おおさかばいおへっどくおーたー",
    "Kanagawa Prefecture": "かながわけん",
    "Forest Bioeconomy Cluster (North Karelia)": "しんりんばいおえこのみーくらすたー",
    "Regional Council of North Karelia": "きたかれりあちいきひょうぎかい",
    "Nagano Prefecture": "ながのけん",
    "Foundation for Biomedical Research and Innovation at Kobe": (
        "こうべいりょうさんぎょうとしすいしんきこう"
    ),
    "Mie Prefecture": "みえけん",
    "Higashimatsushima City": "ひがしまつしまし",
}

JAPANESE = {
    "Partners": "パートナー",
    (
        "European regions and clusters, Japanese prefectures, cities and clusters that "
        "cooperate through the helpdesk."
    ): "ヘルプデスクを通じて協力する欧州の地域・クラスターと、日本の都道府県・市・クラスターです。",
    # Cities
    "Dijon": "ディジョン",
    "Osaka": "大阪市",
    "Oulu": "オウル",
    "Nuremberg": "ニュルンベルク",
    "Saitama": "さいたま市",
    "Joensuu": "ヨエンスー",
    "Hamburg": "ハンブルク",
    "Kobe": "神戸市",
    "Higashimatsushima": "東松島市",
    # Descriptions
    (
        "CEEJA runs the EU side of the EU-Japan Regional and Cluster Cooperation Helpdesk, from "
        "its office in Strasbourg in the Grand Est region."
    ): (
        "CEEJAは、グラン・テスト地域圏のストラスブールにある事務所から、"
        "日EU地域・クラスター協力ヘルプデスクのEU側の運営を担っています。"
    ),
    (
        "CLAIR supports the international activities of Japanese local authorities. It runs the "
        "Japanese side of the EU-Japan Regional and Cluster Cooperation Helpdesk."
    ): (
        "クレアは日本の地方自治体の国際活動を支援しており、"
        "日EU地域・クラスター協力ヘルプデスクの日本側の運営を担っています。"
    ),
    (
        "Vitagora is an agri-food innovation cluster based in Dijon, Burgundy. It has "
        "cooperated with the Kyushu Bio Cluster for ten years."
    ): (
        "ヴィタゴラは、ブルゴーニュ地方ディジョンを拠点とする農業・食品分野のイノベーション・"
        "クラスターです。九州バイオクラスターと10年にわたり協力しています。"
    ),
    (
        "The Kyushu Bio Cluster brings together bio-industry companies and research "
        "organisations of the Kyushu region. It has cooperated with the French cluster Vitagora "
        "on agri-food innovation for ten years."
    ): (
        "九州バイオクラスターは、九州地域のバイオ関連企業や研究機関が集まるクラスターです。"
        "フランスのクラスターであるヴィタゴラと、農業・食品分野のイノベーションで"
        "10年にわたり協力しています。"
    ),
    (
        "The energy agency of the German state of North Rhine-Westphalia. Its partnership with "
        "Fukushima Prefecture links renewable energy with regional revitalisation."
    ): (
        "ドイツ・ノルトライン・ヴェストファーレン州のエネルギー機関です。"
        "福島県とのパートナーシップでは、再生可能エネルギーと地域の再生を結び付けています。"
    ),
    (
        "Fukushima Prefecture works with North Rhine-Westphalia on renewable energy and "
        "regional revitalisation, through the energy agencies of both regions."
    ): (
        "福島県は、両地域のエネルギー機関を通じて、ノルトライン・ヴェストファーレン州とともに"
        "再生可能エネルギーと地域の再生に取り組んでいます。"
    ),
    (
        "An alliance of four European biotech clusters in France, Germany, Italy and Spain that "
        "supports business in health-related life sciences together with the Osaka Bio "
        "Headquarters."
    ): (
        "フランス、ドイツ、イタリア、スペインの4つのバイオテクノロジー・クラスターによる"
        "欧州のアライアンスです。大阪バイオ・ヘッドクオーターと連携し、"
        "健康関連のライフサイエンス分野のビジネスを支援しています。"
    ),
    (
        "The Osaka Bio Headquarters promotes the life science industry of Osaka and works with "
        "the European BioXclusters alliance."
    ): (
        "大阪バイオ・ヘッドクオーターは、大阪のライフサイエンス産業を振興し、"
        "欧州のBioXclustersアライアンスと連携しています。"
    ),
    (
        "OuluHealth is the healthcare innovation ecosystem of Oulu in northern Finland. Its "
        "cooperation with Kanagawa Prefecture is built on shared concepts of health."
    ): (
        "オウルヘルスは、フィンランド北部の都市オウルのヘルスケア・イノベーション・"
        "エコシステムです。神奈川県との協力は、健康に関する共通のコンセプトに基づいています。"
    ),
    (
        "Kanagawa Prefecture promotes the Healthcare New Frontier policy, built on the ME-BYO "
        "concept: the continuous state between health and illness."
    ): (
        "神奈川県は、健康と病気の間で連続的に変化する状態をとらえる「未病」のコンセプトに基づき、"
        "「ヘルスケア・ニューフロンティア」政策を推進しています。"
    ),
    (
        "Bayern Innovativ is the innovation agency of the Bavarian State Government. It "
        "cooperates with Saitama City on medical technologies."
    ): (
        "バイエルン・イノヴァティブは、バイエルン州政府のイノベーション推進機関です。"
        "医療技術の分野でさいたま市と協力しています。"
    ),
    (
        "Saitama City, the capital of Saitama Prefecture, supports companies in medical "
        "technologies and cooperates with Bavaria in this field."
    ): (
        "埼玉県の県庁所在地であるさいたま市は、医療技術分野の企業を支援し、"
        "この分野でバイエルン州と協力しています。"
    ),
    (
        "The forest bioeconomy cluster of the North Karelia region in eastern Finland. With "
        "Nagano Prefecture it works towards carbon neutrality through a smart forest "
        "bioeconomy."
    ): (
        "フィンランド東部・北カレリア地域の森林バイオエコノミー・クラスターです。"
        "長野県とともに、スマートな森林バイオエコノミーによるカーボンニュートラルを"
        "目指しています。"
    ),
    (
        "The regional council of North Karelia, in eastern Finland, supports the cooperation of "
        "the region's forest bioeconomy cluster with Nagano Prefecture."
    ): (
        "フィンランド東部の北カレリア地域評議会は、地域の森林バイオエコノミー・クラスターと"
        "長野県との協力を支援しています。"
    ),
    (
        "Nagano Prefecture, in central Japan, cooperates with North Karelia on carbon neutrality "
        "through a smart forest bioeconomy."
    ): (
        "中部地方の長野県は、スマートな森林バイオエコノミーによるカーボンニュートラルの実現に"
        "向けて、北カレリアと協力しています。"
    ),
    (
        "Life Science Nord is the life science cluster of northern Germany. Its partnership "
        "with Hyogo and Kobe grew into an EU-Japan regional cooperation in the medical "
        "industry."
    ): (
        "ライフサイエンス・ノルドは北ドイツのライフサイエンス・クラスターです。"
        "兵庫県・神戸市とのパートナーシップは、医療産業における日EUの地域協力へと発展しました。"
    ),
    (
        "An alliance of clusters from Auvergne-Rhone-Alpes (France), Wallonia (Belgium), "
        "Piemonte (Italy) and northern Germany in the medical industry."
    ): (
        "オーヴェルニュ＝ローヌ＝アルプ（フランス）、ワロン（ベルギー）、ピエモンテ（イタリア）、"
        "北ドイツのクラスターによる医療産業分野のアライアンスです。"
    ),
    (
        "FBRI promotes the Kobe Biomedical Innovation Cluster in Hyogo Prefecture and "
        "cooperates with Life Science Nord and the MAGIA2Market alliance."
    ): (
        "神戸医療産業都市推進機構（FBRI）は、兵庫県の神戸医療産業都市を推進し、"
        "ライフサイエンス・ノルドやMAGIA2Marketアライアンスと協力しています。"
    ),
    (
        "The internationalisation agency of the Basque Country. Its partnership with Mie "
        "Prefecture covers industrial policy, the food industry and cultural tourism."
    ): (
        "スペイン・バスク州の国際化推進機関です。三重県とのパートナーシップは、"
        "産業政策、食品産業、文化観光にわたります。"
    ),
    (
        "Mie Prefecture cooperates with the Basque Country on industrial policy, the food "
        "industry and cultural tourism."
    ): "三重県は、産業政策、食品産業、文化観光の分野でバスク州と協力しています。",
    (
        "Lolland Municipality, in Region Zealand, Denmark, works with Higashimatsushima City on "
        "energy, agriculture, education and social welfare."
    ): (
        "デンマーク・シェラン地域のロラン市は、エネルギー、農業、教育、社会福祉の分野で"
        "東松島市と協力しています。"
    ),
    (
        "Higashimatsushima City, in Miyagi Prefecture, works with Lolland Municipality in a "
        "collaboration that goes beyond a sister-city relationship."
    ): "宮城県の東松島市は、姉妹都市の枠を超えた形でロラン市と協力しています。",
}


def logo_alt(title, label):
    """Japanese alt text of a partner's card."""
    return f"{PARTNER_TITLES[title]}：「{label}」の文字のカード"


def strings():
    """The partners' Japanese strings, their display names included."""
    return {**PARTNER_TITLES, **JAPANESE}


def load(loader):
    """The partner profiles by key, each with a logo card of its own."""
    partners = {}
    for data in PARTNERS:
        label = data["acronym"] or initials(data["title"])
        logo, created = get_or_create_image(
            title=f"Partner card: {data['title']}",
            description=f"{data['title']}: card with the letters {label}",
            description_ja=logo_alt(data["title"], label),
            draw=lambda label=label, key=data["key"]: logo_card(label, key),
            filename=f"partner-{data['key']}.png",
        )
        loader.count("images", created)
        partners[data["key"]] = loader.child(
            loader.index_of(KIND),
            models.PartnerPage,
            data["key"],
            lambda data=data, logo=logo: _build(loader, data, logo),
        )
    return partners


def _build(loader, data, logo):
    page = models.PartnerPage(
        title=data["title"],
        official_name=data["official_name"],
        acronym=data["acronym"],
        name_reading=PARTNER_READINGS.get(data["title"], ""),
        kind=data["kind"],
        country=data["country"],
        region_id=data["region"] or None,
        city=data["city"],
        website=data["website"],
        description=data["description"],
        logo=logo,
        locale=loader.en,
    )
    page.sectors = [loader.sectors[slug] for slug in data["sectors"]]
    return page
