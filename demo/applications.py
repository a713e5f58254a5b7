"""Applications to the demo's call, in both languages, at each step of their review.

The applicants and their clusters are fictional, with addresses at example.eu and example.org;
loading them sends no e-mail, as the form's confirmations are not involved.
"""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import translation

from applications.forms import ApplicationForm
from applications.models import Application, StatusChange

from .kinds import calls

CALL_SLUG = calls.CALL["slug"]
# The demo account that reviews them, in the Japanese admin.
REVIEWER = "reviewer"

RECEIVED = Application.Status.RECEIVED
SHORTLISTED = Application.Status.SHORTLISTED
SELECTED = Application.Status.SELECTED


def ago(days, hours=0):
    """How long before the load a step happened."""
    return datetime.timedelta(days=days, hours=hours)


# Each application's steps: how long before the load, the status then, the reviewer's note. The
# first step is its sending; all fall within the three weeks the call has been open.
APPLICATIONS = [
    {
        "language": "en",
        "name": "Lena Vogt",
        "role": "Cluster manager",
        "email": "lena.vogt@example.eu",
        "organisation": "Rheinhafen Hydrogen Cluster",
        "country": "DE",
        "region": "DEA2",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/rheinhafen-hydrogen",
        "partners": ["fukushima", "kanagawa"],
        "other_partners": "",
        "motivation": (
            "Our 48 member companies build electrolysers and hydrogen storage for inland ports. "
            "Fukushima Prefecture's renewable hydrogen projects and Kanagawa's fuel-cell "
            "industry are the partners we want to learn from, and we would like to prepare a "
            "joint pilot with two of our SMEs during the stay."
        ),
        "attachment": True,
        "steps": [(ago(2, 5), RECEIVED, "")],
    },
    {
        "language": "en",
        "name": "Tomás Ferreira",
        "role": "Internationalisation officer",
        "email": "tomas.ferreira@example.org",
        "organisation": "Vale Verde Agri-Food Cluster",
        "country": "PT",
        "region": "PT11",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/vale-verde-agrifood",
        "partners": ["kyushu-bio-cluster", "mie"],
        "other_partners": "Food industry promotion office of Kagoshima Prefecture",
        "motivation": (
            "Our cluster gathers wine, olive oil and fruit producers of northern Portugal. We "
            "want to understand how Kyushu's bio-industry and Mie Prefecture's food companies "
            "work with research centres, and to prepare a visit of five of our SMEs to a food "
            "fair in Japan next year."
        ),
        "attachment": False,
        "steps": [
            (ago(16, 3), RECEIVED, ""),
            (ago(6, 1), SHORTLISTED, "Clear plan for the stay; the Japanese partners are named."),
        ],
    },
    {
        "language": "en",
        "name": "Aino Lehtinen",
        "role": "Head of international affairs",
        "email": "aino.lehtinen@example.eu",
        "organisation": "Lakeland Wood Innovation Cluster",
        "country": "FI",
        "region": "FI1D",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/lakeland-wood",
        "partners": ["nagano"],
        "other_partners": "",
        "motivation": (
            "Wooden construction and forest bioeconomy are the strengths of our region, as they "
            "are of Nagano Prefecture. Building on the webinar between Nagano and North "
            "Karelia, we want to meet Nagano's timber industry and universities to start a "
            "cluster-to-cluster cooperation on wooden buildings."
        ),
        "attachment": True,
        "steps": [
            (ago(19, 2), RECEIVED, ""),
            (ago(12, 4), SHORTLISTED, "Builds on an existing regional partnership."),
            (ago(4, 6), SELECTED, "Selected: the stay in Nagano is planned with the Tokyo office."),
        ],
    },
    {
        "language": "ja",
        "name": "Sophie Laurent",
        "role": "国際連携担当マネージャー",
        "email": "sophie.laurent@example.eu",
        "organisation": "Rhin Supérieur Medtech Cluster",
        "country": "FR",
        "region": "FRF1",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/rhin-medtech",
        "partners": ["osaka-bio-headquarters", "fbri"],
        "other_partners": "",
        "motivation": (
            "当クラスターには、アルザス地方の医療機器メーカーと研究機関60団体が参加しています。"
            "大阪と神戸のライフサイエンス拠点を訪問し、医療機器の共同研究と、"
            "会員の中小企業の日本市場進出に向けたパートナーシップを準備したいと考えています。"
        ),
        "attachment": False,
        "steps": [(ago(1, 2), RECEIVED, "")],
    },
    {
        "language": "ja",
        "name": "Jan de Vries",
        "role": "クラスターマネージャー",
        "email": "jan.devries@example.org",
        "organisation": "Delta Smart Farming Cluster",
        "country": "NL",
        "region": "NL34",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/delta-smart-farming",
        "partners": ["kyushu-bio-cluster", "saitama-city"],
        "other_partners": "",
        "motivation": (
            "スマート農業とフードテックの分野で、九州のバイオクラスターおよびさいたま市の"
            "企業との協力を探りたいと考えています。滞在中に共同プロジェクトの計画を立て、"
            "翌年には会員企業による日本訪問団を組織する予定です。"
        ),
        "attachment": True,
        "steps": [
            (ago(14, 7), RECEIVED, ""),
            (ago(5, 3), SHORTLISTED, "Strong motivation; partners in two regions."),
        ],
    },
    {
        "language": "ja",
        "name": "Katarzyna Wiśniewska",
        "role": "国際プロジェクトマネージャー",
        "email": "katarzyna.wisniewska@example.eu",
        "organisation": "Vistula Digital Health Cluster",
        "country": "PL",
        "region": "PL91",
        "eccp_profile": "https://clustercollaboration.eu/cluster-organisations/vistula-health",
        "partners": ["kanagawa"],
        "other_partners": "",
        "motivation": (
            "デジタルヘルスとヘルスケアの分野で、神奈川県のライフサイエンス拠点との協力を"
            "希望しています。遠隔医療と高齢者ケアの技術について、日本の企業・自治体と"
            "意見を交換し、会員企業の実証実験の機会を探ります。"
        ),
        "attachment": False,
        "steps": [
            (ago(20, 1), RECEIVED, ""),
            (ago(13, 5), SHORTLISTED, "Fits the EU-Japan Digital Partnership."),
            (ago(3, 2), SELECTED, "Selected: the stay in Kanagawa is planned with the helpdesk."),
        ],
    },
]


def load(loader):
    """Add the applications the call does not hold yet, by applicant's address."""
    english = loader.loaded["calls"][CALL_SLUG]
    # The applications come from the site's form, which a call without it never had.
    if not english.accepts_applications:
        return
    calls_by_language = {"en": english, "ja": english.get_translation(loader.ja)}
    # An application is sent while the call is open, even one added once it has closed.
    sent_before = min(loader.now, english.deadline)
    reviewer = get_user_model().objects.filter(username=REVIEWER).first()
    for data in APPLICATIONS:
        exists = Application.objects.filter(
            call_key=english.translation_key, email=data["email"]
        ).exists()
        if not exists:
            _create(loader, data, calls_by_language[data["language"]], sent_before, reviewer)
        loader.count("applications", not exists)


def _create(loader, data, call, sent_before, reviewer):
    language = data["language"]
    locale = loader.ja if language == "ja" else loader.en
    steps = [(sent_before - before, status, note) for before, status, note in data["steps"]]
    with translation.override(language):
        # The consent as the form words it in the application's language.
        consent = str(ApplicationForm.base_fields["consent_given"].label)
    application = Application(
        call=call,
        language=language,
        status=steps[-1][1],
        submitted_at=steps[0][0],
        name=data["name"],
        role=data["role"],
        email=data["email"],
        organisation=data["organisation"],
        country=data["country"],
        region_id=data["region"],
        eccp_profile=data["eccp_profile"],
        other_partners=data["other_partners"],
        motivation=data["motivation"],
        consent=consent,
    )
    if data["attachment"]:
        application.attachment.save(
            "expression-of-interest.pdf",
            ContentFile(expression_of_interest(application, data)),
            save=False,
        )
    application.save()
    partners = [loader.loaded["partners"][key] for key in data["partners"]]
    application.partners.set([partner.get_translation(locale) for partner in partners])
    StatusChange.objects.bulk_create(
        StatusChange(
            application=application,
            status=status,
            note=note,
            # The form records the sending; a reviewer records the later steps.
            changed_by=reviewer if index else None,
            changed_at=moment,
        )
        for index, (moment, status, note) in enumerate(steps)
    )


def expression_of_interest(application, data):
    """A one-page PDF of the call's pages 2 and 3, as an applicant would attach it."""
    return pdf(
        [
            "Short-term Mobility Programme in Japan for EU Industry Cluster Managers",
            "Expression of interest (pages 2 and 3 of the call)",
            f"Organisation: {data['organisation']}",
            f"ECCP profile: {data['eccp_profile']}",
            f"Reference: {application.reference}",
        ]
    )


def pdf(lines):
    """A valid one-page A4 PDF showing the lines in Helvetica, which every reader has."""
    text = "".join(
        "({}) '\n".format(line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
        for line in lines
    )
    stream = f"BT /F1 12 Tf 18 TL 72 790 Td\n{text}ET\n".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%sendstream" % (len(stream), stream),
    ]
    document = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(document))
        document += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(document)
    document += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    document += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    document += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(document)
