# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""Japanese translations of the demo content, keyed by the English source strings.

Those of each page kind are in its module of `demo.kinds`; `strings()` merges them with the
shared ones here.

Rich text is translated paragraph by paragraph (one string per paragraph or list item, without
the enclosing tag), as wagtail-localize splits it; links keep their `<a id="a1">` markers.
"""

from . import content, kinds

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
    "Grand Est Region": "グラン・テスト地域圏",
    "Japan office (Tokyo)": "日本事務所（東京）",
    "Tokyo": "東京",
    "Japan office (Gifu Prefecture)": "日本事務所（岐阜県）",
    "Gifu Prefecture": "岐阜県",
    "Japan office (Iwate Prefecture)": "日本事務所（岩手県）",
    "Iwate Prefecture": "岩手県",
}

HOME = {
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
    "Find a partner": "パートナーを探す",
    (
        "Profiles of European regions and clusters and of Japanese prefectures, cities and "
        "clusters open to cooperation."
    ): "協力に関心のある欧州の地域・クラスターと、日本の都道府県・市・クラスターのプロフィールです。",
    "Learn from partnerships that work": "成果を上げている連携に学ぶ",
    (
        "Webinars where a European and a Japanese partner tell how their cooperation started "
        "and what it brought."
    ): "欧州と日本のパートナーが、連携のきっかけと成果を語るウェビナーです。",
    "Meet on the other side": "相手の地で出会う",
    (
        "Missions to Japan for cluster managers, and conferences with matchmaking between both "
        "sides."
    ): "クラスターマネージャーの訪日派遣や、双方のマッチングを行うカンファレンスがあります。",
    "Ask the helpdesk": "ヘルプデスクに相談する",
    (
        "The offices in Strasbourg, Tokyo, Gifu and Iwate answer questions on regional and "
        "cluster cooperation."
    ): "ストラスブール、東京、岐阜、岩手の事務所が、地域・クラスター協力についてのご質問にお答えします。",
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
        'welcome at <a id="a1">ejrc@eu-japan.eu</a>, in English or in Japanese.'
    ): (
        "欧州と日本の地域・クラスター間の協力に関するご質問は、"
        '<a id="a1">ejrc@eu-japan.eu</a> まで英語または日本語でお寄せください。'
    ),
    'The helpdesk\'s activities are also announced on X as <a id="a1">@EJRCHelpdesk</a>.': (
        'ヘルプデスクの活動は X（<a id="a1">@EJRCHelpdesk</a>）でもお知らせしています。'
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
        "An application to a call keeps what the applicant sent (their contact details, "
        "organisation, motivation and attachment) for the helpdesk's reviewers only, for "
        "the period the call states after its deadline (one year unless it says otherwise); "
        "it is then deleted with its files."
    ): (
        "公募への応募で送られた内容（連絡先、所属、志望動機、添付ファイル）は、ヘルプデスクの"
        "審査担当だけが閲覧し、公募が定める締切後の期間（特に定めがなければ1年）保存した後、"
        "ファイルとともに削除します。"
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
    kept = [page["slug"] for page in content.INFORMATION_PAGES]
    for module in kinds.discovered().values():
        kept += [module.INDEX["slug"], *module.SLUGS]
    return {text: text for text in kept}


def strings():
    """Every Japanese translation of the demo content, as {English: Japanese}."""
    merged = {
        **_identity_strings(),
        content.HOME_SLUG: content.HOME_SLUG_JA,
        **SNIPPETS,
        **HOME,
        **INFORMATION_PAGES,
    }
    for name, module in kinds.discovered().items():
        for english, japanese in module.strings().items():
            # A string of two modules must read the same in both, whichever merges last.
            if merged.setdefault(english, japanese) != japanese:
                raise ValueError(
                    f"demo.kinds.{name} translates {english!r} as {japanese!r}, "
                    f"elsewhere {merged[english]!r}."
                )
    return merged
