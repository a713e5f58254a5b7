# Japanese typography uses full-width brackets, colons and ampersands; ruff would flag them.
# ruff: noqa: RUF001
"""The demo's call: the mobility programme for EU cluster managers, open on the day of the load."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from pages import models

KIND = "CALL"
AFTER = ()

# The seed's call was open from 1 July to 31 August 2022; the demo's is open about as long,
# around the day it is loaded, so that its form takes applications.
OPENS_BEFORE = datetime.timedelta(weeks=3)
CLOSES_AFTER = datetime.timedelta(weeks=6)

# The countries the form offers. The call also admits clusters of the countries taking part in
# COSME, which apply by e-mail: that list changes with each work programme.
EU_MEMBER_STATES = (
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
    "IE", "IT", "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK",
)  # fmt: skip

INDEX = {
    "slug": "calls",
    "title": "Calls",
    "intro": (
        "<p>Calls for expression of interest, such as the mobility programme for EU cluster "
        "managers.</p>"
    ),
}

CALL = {
    "slug": "mobility-programme-eu-cluster-managers-2022",
    "title": (
        "Short-term Mobility Programme in Japan for EU Industry Cluster Managers (up to a "
        "6-week stay)"
    ),
    "summary": (
        "Up to 10 EU industry cluster managers can spend up to six weeks in Japan to prepare "
        "cooperation with Japanese clusters, with expenses covered up to 700 EUR per week."
    ),
    "deadline_time": datetime.time(23, 59),
    "time_zone": "Europe/Brussels",
    "places": 10,
    "max_per_organisation": 1,
    "grant_amount": Decimal("700.00"),
    "grant_currency": "EUR",
    "grant_period": "week",
    "max_duration_weeks": 6,
    "application_email": "ejrc@eu-japan.eu",
    "requires_eccp_profile": True,
    "accepts_applications": True,
    "eligible_countries": list(EU_MEMBER_STATES),
    "body": [
        (
            "paragraph",
            "<h2>Context</h2>"
            "<p>The EU-Japan Centre for Industrial Cooperation organises, through its Regional "
            "and Cluster Cooperation Helpdesk (CEEJA and CLAIR) and in cooperation with the "
            "European Cluster Collaboration Platform (ECCP), a short-term mobility programme "
            "in Japan for EU industry cluster managers. It supports the international "
            "cooperation between industry clusters in the EU and their counterparts in Japan, "
            "and promotes the internationalisation of cluster-hosted SMEs and EU-Japan "
            "business, trade and innovation partnerships.</p>"
            "<h2>Objectives</h2>"
            "<ul>"
            "<li>To promote and support partnering with Japanese clusters and counterpart "
            "organisations.</li>"
            "<li>To raise awareness about the excellence of EU industry and innovation clusters, "
            "to help EU clusters bring their innovative start-ups and SMEs to the Japanese "
            "market.</li>"
            "<li>To explore forms of cluster collaboration with Japanese counterpart "
            "organisations in industry, trade, and research and innovation.</li>"
            "<li>To contribute to the EU-Japan Green Alliance, the EU-Japan Digital Partnership, "
            "the EU-Japan Economic Partnership Agreement and EU-Japan business cooperation in "
            "third countries.</li>"
            "</ul>",
        ),
    ],
    "target_audience": (
        "<p>Project officers, managers and staff in charge of cluster internationalisation "
        "working in EU industry clusters.</p>"
    ),
    "eligibility": (
        "<ul>"
        "<li>The cluster is registered on the European Cluster Collaboration Platform, and the "
        "application gives the link to its ECCP profile.</li>"
        "<li>The cluster is based in an EU Member State or in a country taking part in the "
        "COSME strand of the Single Market Programme.</li>"
        "</ul>"
    ),
    "selection_criteria": (
        "<p>Up to 10 EU industry cluster managers are selected, with at most one person from "
        "each cluster. Applications name the potential Japanese partner clusters the candidate "
        "would like to meet during the mission.</p>"
    ),
    "requirements": (
        "<p>Fill in pages 2 and 3 of the call and send them by e-mail to "
        '<a href="mailto:ejrc@eu-japan.eu">ejrc@eu-japan.eu</a> by the deadline.</p>'
        "<p>Each selected manager has a one-to-one online meeting with the helpdesk before "
        "departure.</p>"
    ),
    # Days after the deadline, as the seed's milestones were after 31 August 2022.
    "timeline": [
        (30, "Selection of 10 EU cluster managers"),
        (61, "Dissemination of the results of the selection"),
        (
            212,
            "Visit of a Japanese cluster with the support of the EU-Japan Centre for Industrial "
            "Cooperation, by this date",
        ),
    ],
}

SLUGS = [CALL["slug"]]

JAPANESE = {
    "Calls": "公募",
    (
        "Calls for expression of interest, such as the mobility programme for EU cluster managers."
    ): "EUクラスターマネージャー向け短期派遣プログラムなど、参加者の公募情報です。",
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
        "ejrc@eu-japan.eu</a> by the deadline."
    ): (
        "公募要項の2ページと3ページに記入し、締切までに"
        '<a id="a1">ejrc@eu-japan.eu</a>へ電子メールでお送りください。'
    ),
    (
        "Each selected manager has a one-to-one online meeting with the helpdesk before departure."
    ): "選ばれたマネージャーは、出発前にヘルプデスクとオンラインで個別面談を行います。",
    "Selection of 10 EU cluster managers": "EUクラスターマネージャー10名の選考",
    "Dissemination of the results of the selection": "選考結果の公表",
    (
        "Visit of a Japanese cluster with the support of the EU-Japan Centre for Industrial "
        "Cooperation, by this date"
    ): "日欧産業協力センターの支援による日本のクラスター訪問（この日まで）",
}


def strings():
    """The call's Japanese strings."""
    return JAPANESE


def dates(today):
    """The opening and deadline days and the milestones of a call open on that day."""
    deadline = today + CLOSES_AFTER
    return {
        "opening_date": today - OPENS_BEFORE,
        "deadline_date": deadline,
        "timeline": [
            (deadline + datetime.timedelta(days=days), label) for days, label in CALL["timeline"]
        ],
    }


def load(loader):
    """The call by slug, open on the day of the load in its time zone."""
    data = CALL
    fields = {key: value for key, value in data.items() if key not in {"slug", "timeline", "body"}}
    when = dates(loader.now.astimezone(ZoneInfo(data["time_zone"])).date())
    call = loader.child(
        loader.index_of(KIND),
        models.CallPage,
        data["slug"],
        lambda: models.CallPage(
            **fields,
            opening_date=when["opening_date"],
            deadline_date=when["deadline_date"],
            body=data["body"],
            timeline=[
                ("milestone", {"date": day, "label": label}) for day, label in when["timeline"]
            ],
            locale=loader.en,
        ),
    )
    return {data["slug"]: call}
