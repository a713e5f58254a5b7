# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""Japanese translations of the demo content, keyed by the English source strings.

Rich text is translated paragraph by paragraph (one string per paragraph or list item, without
the enclosing tag), as wagtail-localize splits it; links keep their `<a id="a1">` markers.
"""

from . import content

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


def logo_alt(title, label):
    """Japanese alt text of a partner's card."""
    return f"{PARTNER_TITLES[title]}：「{label}」の文字のカード"


def banner_alt(heading):
    """Japanese alt text of a news banner."""
    return f"「{heading}」と書かれたバナー"


SNIPPETS = {
    # Sectors
    "Biotechnology & Healthcare": "バイオテクノロジー・ヘルスケア",
    "Biotechnology, pharmaceuticals and health services.": (
        "バイオテクノロジー、医薬品、ヘルスケアサービス。"
    ),
    "Environmental Technology & Circular Economy": "環境技術・サーキュラーエコノミー",
    "Clean technologies, recycling and resource efficiency.": (
        "クリーンテクノロジー、リサイクル、資源効率。"
    ),
    "Agri-food": "農業・食品",
    "Agriculture, food processing and food innovation.": "農業、食品加工、食のイノベーション。",
    "Digital": "デジタル",
    "Software, data, connectivity and digital services.": (
        "ソフトウェア、データ、通信、デジタルサービス。"
    ),
    "Photonics & Manufacturing": "フォトニクス・ものづくり",
    "Optics, photonics and advanced manufacturing.": "光学、フォトニクス、先端製造技術。",
    "Sustainable Tourism": "持続可能な観光",
    "Tourism that respects local communities, culture and the environment.": (
        "地域社会・文化・環境に配慮した観光。"
    ),
    "Renewable Energy": "再生可能エネルギー",
    "Solar, wind, hydrogen and other renewable energy sources.": (
        "太陽光、風力、水素などの再生可能エネルギー。"
    ),
    "Forest Bioeconomy": "森林バイオエコノミー",
    "Sustainable use of forests, wood and other biological resources.": (
        "森林・木材をはじめとする生物資源の持続可能な活用。"
    ),
    "Medical Technologies": "医療技術",
    "Medical devices, diagnostics and digital health.": "医療機器、診断、デジタルヘルス。",
    "Life Sciences": "ライフサイエンス",
    "Biomedical research and its applications.": "生物医学研究とその応用。",
    "Local Government & Social Welfare": "地方自治・社会福祉",
    "Public services, education and social welfare run by municipalities.": (
        "自治体が担う公共サービス、教育、社会福祉。"
    ),
    # Webinar series
    "EU-Japan regional cooperation good practices": "日EU地域協力グッドプラクティス",
    (
        "Webinars in which European and Japanese partners present an existing cooperation, to "
        "trigger, inspire and expand regional cooperation between Europe and Japan."
    ): (
        "欧州と日本のパートナーが既存の協力事例を紹介し、日EU間の地域協力のきっかけをつくり、"
        "新たな発想を促し、その輪を広げることを目指すウェビナーシリーズです。"
    ),
    # Offices
    "EU office (Strasbourg)": "EU事務所（ストラスブール）",
    "Strasbourg": "ストラスブール",
    "Japan office (Tokyo)": "日本事務所（東京）",
    "Tokyo": "東京",
    "Japan office (Gifu Prefecture)": "日本事務所（岐阜県）",
    "Gifu Prefecture": "岐阜県",
    "Japan office (Iwate Prefecture)": "日本事務所（岩手県）",
    "Iwate Prefecture": "岩手県",
}

HOME_AND_INDEXES = {
    "EU-Japan Regional & Cluster Cooperation Helpdesk": "日EU地域・クラスター協力ヘルプデスク",
    "A bridge for industrial cooperation between Europe and Japan": "欧州と日本の産業協力の架け橋",
    (
        "The EU-Japan Regional and Cluster Cooperation Helpdesk of the EU-Japan Centre for "
        "Industrial Cooperation connects European regions and clusters with Japanese "
        "prefectures, cities and clusters. It is run by CEEJA on the EU side and by CLAIR on "
        "the Japanese side."
    ): (
        "日欧産業協力センターの日EU地域・クラスター協力ヘルプデスクは、欧州の地域・クラスターと"
        "日本の都道府県・市・クラスターを結びます。EU側はCEEJA、日本側はCLAIRが運営しています。"
    ),
    "News": "ニュース",
    "News from the helpdesk and its partners in Europe and Japan.": (
        "ヘルプデスクと欧州・日本のパートナーからのお知らせです。"
    ),
    "Webinars": "ウェビナー",
    "The good-practice webinars, with interpretation between English and Japanese.": (
        "英日通訳付きのグッドプラクティス・ウェビナーです。"
    ),
    "Events": "イベント",
    "Conferences and B2B matchmaking between European and Japanese partners.": (
        "欧州と日本のパートナーによるカンファレンスとB2Bマッチングです。"
    ),
    "Calls": "公募",
    (
        "Calls for expression of interest, such as the mobility programme for EU cluster managers."
    ): "EUクラスターマネージャー向け短期派遣プログラムなど、参加者の公募情報です。",
    "Partners": "パートナー",
    (
        "European regions and clusters, Japanese prefectures, cities and clusters that "
        "cooperate through the helpdesk."
    ): "ヘルプデスクを通じて協力する欧州の地域・クラスターと、日本の都道府県・市・クラスターです。",
    "Partnerships": "パートナーシップ",
    "EU-Japan regional and cluster partnerships presented as good practices.": (
        "グッドプラクティスとして紹介された日EUの地域・クラスター間パートナーシップです。"
    ),
}

PARTNERSHIP_OUTCOMES = {
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


def _partnership_titles():
    """The partnerships' titles, named after their partners in each language."""
    titles = {partner["key"]: partner["title"] for partner in content.PARTNERS}
    webinars = {webinar["slug"]: webinar for webinar in content.WEBINARS}
    strings = {}
    for partnership in content.PARTNERSHIPS:
        webinar = webinars[partnership["webinar"]]
        jp = [titles[key] for key in webinar["jp"]]
        eu = [titles[key] for key in webinar["eu"]]
        japanese = f"{'・'.join(PARTNER_TITLES[t] for t in jp)}と{'・'.join(PARTNER_TITLES[t] for t in eu)}"
        strings[content.partnership_title(jp, eu)] = japanese
    return strings


PARTNERS = {
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

WEBINARS = {
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

CALL = {
    (
        "Short-term Mobility Programme in Japan for EU Industry Cluster Managers (up to a "
        "6-week stay)"
    ): "EU産業クラスターマネージャー向け日本短期派遣プログラム（最長6週間）",
    (
        "Up to 10 EU industry cluster managers can spend up to six weeks in Japan to prepare "
        "cooperation with Japanese clusters, with expenses covered up to 700 EUR per week."
    ): (
        "最大10名のEU産業クラスターマネージャーが最長6週間日本に滞在し、"
        "日本のクラスターとの協力を準備できます。費用は1週間あたり700ユーロを上限に支給されます。"
    ),
    "Context": "背景",
    (
        "The EU-Japan Centre for Industrial Cooperation organises, through its Regional and "
        "Cluster Cooperation Helpdesk (CEEJA and CLAIR) and in cooperation with the European "
        "Cluster Collaboration Platform (ECCP), a short-term mobility programme in Japan for EU "
        "industry cluster managers. It supports the international cooperation between industry "
        "clusters in the EU and their counterparts in Japan, and promotes the "
        "internationalisation of cluster-hosted SMEs and EU-Japan business, trade and "
        "innovation partnerships."
    ): (
        "日欧産業協力センターは、地域・クラスター協力ヘルプデスク（CEEJA・CLAIR）を通じ、"
        "欧州クラスター協力プラットフォーム（ECCP）と協力して、EUの産業クラスターマネージャーを"
        "対象とする日本での短期派遣プログラムを実施します。本プログラムは、EUの産業クラスターと"
        "日本のカウンターパートとの国際協力を支援し、クラスターに参加する中小企業の国際化と、"
        "日EU間のビジネス・貿易・イノベーションのパートナーシップを促進するものです。"
    ),
    "Objectives": "目的",
    (
        "To promote and support partnering with Japanese clusters and counterpart organisations."
    ): "日本のクラスターおよびカウンターパート機関とのパートナーシップ構築を促進・支援すること。",
    (
        "To raise awareness about the excellence of EU industry and innovation clusters, to "
        "help EU clusters bring their innovative start-ups and SMEs to the Japanese market."
    ): (
        "EUの産業・イノベーションクラスターの優れた取り組みを周知し、EUのクラスターが"
        "革新的なスタートアップや中小企業の日本市場進出を後押しできるようにすること。"
    ),
    (
        "To explore forms of cluster collaboration with Japanese counterpart organisations in "
        "industry, trade, and research and innovation."
    ): (
        "産業、貿易、研究・イノベーションの分野で、日本のカウンターパート機関との"
        "さまざまなクラスター協力の形を探ること。"
    ),
    (
        "To contribute to the EU-Japan Green Alliance, the EU-Japan Digital Partnership, the "
        "EU-Japan Economic Partnership Agreement and EU-Japan business cooperation in third "
        "countries."
    ): (
        "日EUグリーン・アライアンス、日EUデジタル・パートナーシップ、日EU経済連携協定、"
        "および第三国における日EUビジネス協力に貢献すること。"
    ),
    (
        "Project officers, managers and staff in charge of cluster internationalisation working "
        "in EU industry clusters."
    ): "EUの産業クラスターでクラスターの国際化を担当するプロジェクトオフィサー、マネージャー、職員。",
    (
        "The cluster is registered on the European Cluster Collaboration Platform, and the "
        "application gives the link to its ECCP profile."
    ): (
        "クラスターが欧州クラスター協力プラットフォーム（ECCP）に登録されており、"
        "申請書にECCPのプロフィールへのリンクを記載していること。"
    ),
    (
        "The cluster is based in an EU Member State or in a country taking part in the COSME "
        "strand of the Single Market Programme."
    ): (
        "クラスターがEU加盟国、または単一市場プログラムのCOSME部門に参加している国に"
        "所在していること。"
    ),
    (
        "Up to 10 EU industry cluster managers are selected, with at most one person from each "
        "cluster. Applications name the potential Japanese partner clusters the candidate would "
        "like to meet during the mission."
    ): (
        "最大10名のEU産業クラスターマネージャーを選考します。各クラスターから選ばれるのは"
        "1名までです。申請書には、派遣中に面談を希望する日本のパートナー候補クラスターを"
        "記載してください。"
    ),
    (
        'Fill in pages 2 and 3 of the call and send them by e-mail to <a id="a1">'
        "ejrc@eu-japan.eu</a> by 31 August 2022."
    ): (
        "公募要項の2ページと3ページに記入し、2022年8月31日までに"
        '<a id="a1">ejrc@eu-japan.eu</a>へ電子メールでお送りください。'
    ),
    (
        "Each selected manager has a one-to-one online meeting with the helpdesk before departure."
    ): "選ばれたマネージャーは、出発前にヘルプデスクとオンラインで個別面談を行います。",
    "Selection of 10 EU cluster managers": "EUクラスターマネージャー10名の選考",
    "Dissemination of the results of the selection": "選考結果の公表",
    (
        "Visit of a Japanese cluster with the support of the EU-Japan Centre for Industrial "
        "Cooperation, before 31 March 2023"
    ): "日欧産業協力センターの支援による日本のクラスター訪問（2023年3月31日まで）",
}

EVENTS = {
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

NEWS = {
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


INFORMATION_PAGES = {
    "About the helpdesk": "ヘルプデスクについて",
    (
        "The helpdesk connects European regions and clusters with Japanese prefectures, "
        "cities and clusters."
    ): "ヘルプデスクは、欧州の地域・クラスターと日本の都道府県・市・クラスターを結びます。",
    (
        "The EU-Japan Regional & Cluster Cooperation Helpdesk is an initiative of the "
        "EU-Japan Centre for Industrial Cooperation, established in 1987 as a joint venture "
        "of the European Commission (DG GROW) and the Japanese Government (METI)."
    ): (
        "日EU地域・クラスター協力ヘルプデスクは、1987年に欧州委員会（域内市場・産業・起業・中小企業総局）と"
        "日本国経済産業省の合弁組織として設立された日欧産業協力センターの取り組みです。"
    ),
    (
        "The helpdesk promotes cooperation in industry, trade, investment, innovation, "
        "tourism and people's mobility between European regions and clusters and Japanese "
        "prefectures and clusters, and their joint work with third countries."
    ): (
        "ヘルプデスクは、欧州の地域・クラスターと日本の都道府県・クラスターの間で、産業、貿易、"
        "投資、イノベーション、観光、人の交流における協力を推進し、第三国での共同の取り組みも"
        "支援します。"
    ),
    (
        "It gives information on existing tools, funding and instruments, helps regions, "
        "prefectures and clusters find partners, and connects them with initiatives such as "
        "the European Cluster Collaboration Platform, JETRO Regional Industry Tie-up and the "
        "Enterprise Europe Network."
    ): (
        "既存の制度・資金・支援策の情報を提供し、地域・都道府県・クラスターのパートナー探しを"
        "支援するとともに、欧州クラスター協力プラットフォーム、ジェトロの地域間交流支援事業、"
        "エンタープライズ・ヨーロッパ・ネットワークなどの取り組みにつなげます。"
    ),
    "Contact": "お問い合わせ",
    "Write to the helpdesk, or to one of its offices in Europe and Japan.": (
        "ヘルプデスク、または欧州と日本の各事務所までご連絡ください。"
    ),
    (
        "Questions about cooperation between European and Japanese regions and clusters are "
        "welcome at ejrc@eu-japan.eu, in English or in Japanese."
    ): (
        "欧州と日本の地域・クラスター間の協力に関するご質問は、ejrc@eu-japan.eu まで"
        "英語または日本語でお寄せください。"
    ),
    "The helpdesk's activities are also announced on X as @EJRCHelpdesk.": (
        "ヘルプデスクの活動は X（@EJRCHelpdesk）でもお知らせしています。"
    ),
    "Legal notice": "サイトについて",
    "Who publishes this site, and on what terms.": "本サイトの発行者と利用条件です。",
    (
        "This site is published by the EU-Japan Regional & Cluster Cooperation Helpdesk of "
        "the EU-Japan Centre for Industrial Cooperation."
    ): "本サイトは、日欧産業協力センターの日EU地域・クラスター協力ヘルプデスクが発行しています。",
    (
        "The helpdesk alone is responsible for its content, which does not necessarily "
        "reflect the views of the European Commission or of the Government of Japan."
    ): (
        "本サイトの内容の責任はヘルプデスクのみが負うものであり、欧州委員会または日本国政府の"
        "見解を必ずしも反映するものではありません。"
    ),
    (
        "Texts may be quoted with their source; images and logos remain the property of "
        "their owners."
    ): "文章は出典を明記のうえ引用できます。画像とロゴの権利はそれぞれの権利者に帰属します。",
    "Privacy": "プライバシーポリシー",
    "What this site records about its visitors, and why.": (
        "本サイトが閲覧者について記録する情報とその目的です。"
    ),
    (
        "Reading this site sets no cookie. A video embedded in a page is loaded from its "
        "provider, whose own privacy policy applies."
    ): (
        "本サイトの閲覧ではクッキーを使用しません。ページに埋め込まれた動画は提供元から"
        "読み込まれ、提供元のプライバシーポリシーが適用されます。"
    ),
    "The server records technical logs of requests to keep the site running and secure.": (
        "サーバーは、サイトの運用と安全のため、アクセスの技術的な記録を保存します。"
    ),
    (
        "Write to ejrc@eu-japan.eu to ask what is held about you, or to have it corrected or "
        "deleted, as the General Data Protection Regulation provides."
    ): (
        "保有するご自身の情報の確認、訂正、削除は、EU一般データ保護規則（GDPR）に基づき、"
        "ejrc@eu-japan.eu までご請求ください。"
    ),
    "Accessibility statement": "アクセシビリティ方針",
    "How accessible this site is, and how to tell us when it is not.": (
        "本サイトのアクセシビリティと、問題があった場合のご連絡方法です。"
    ),
    (
        "This site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level "
        "AA, in English and in Japanese."
    ): (
        "本サイトは、英語版・日本語版ともにウェブコンテンツ・アクセシビリティ・ガイドライン"
        "（WCAG）2.1 のレベル AA への準拠を目指しています。"
    ),
    (
        "Every page type is checked with an automated accessibility checker, works without "
        "JavaScript and can be read on a screen 320 pixels wide."
    ): (
        "すべての種類のページを自動のアクセシビリティ検査で確認しており、JavaScript なしでも"
        "動作し、幅320ピクセルの画面でも読むことができます。"
    ),
    "If something is hard to use, write to ejrc@eu-japan.eu: we will answer and fix it.": (
        "使いにくい点があれば ejrc@eu-japan.eu までお知らせください。回答し、改善します。"
    ),
}


def _identity_strings():
    """Page slugs, which stay the same in Japanese (snippet slugs and codes are synchronised)."""
    kept = [slug for _, slug, *_ in content.INDEXES]
    kept += [partner["key"] for partner in content.PARTNERS]
    kept += [item["slug"] for item in (*content.WEBINARS, *content.EVENTS, *content.NEWS)]
    kept.append(content.CALL["slug"])
    kept += [page["slug"] for page in content.INFORMATION_PAGES]
    return {text: text for text in kept}


def _programme_strings():
    """The per-partner slots of the webinar programmes."""
    strings = {}
    for english, japanese in PARTNER_TITLES.items():
        strings[content.presentation_title(english)] = f"発表：{japanese}"
        strings[content.representative(english)] = f"{japanese}の担当者"
    return strings


def strings():
    """Every Japanese translation of the demo content, as {English: Japanese}."""
    return {
        **_identity_strings(),
        content.HOME_SLUG: content.HOME_SLUG_JA,
        **PARTNER_TITLES,
        **_programme_strings(),
        **SNIPPETS,
        **HOME_AND_INDEXES,
        **INFORMATION_PAGES,
        **PARTNERS,
        **WEBINARS,
        **_partnership_titles(),
        **PARTNERSHIP_OUTCOMES,
        **CALL,
        **EVENTS,
        **NEWS,
    }
