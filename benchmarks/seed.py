# Japanese typography uses full-width colons and brackets; ruff would flag them.
# ruff: noqa: RUF001
"""Bulk seeder of the benchmark dataset: published pages in English and their Japanese translations.

Pages are written as a bulk load writes them, not as editors make them: tree rows, specific rows
and relations are inserted in batches, with no revisions, search indexing or signals. Each
translation is shaped as wagtail-localize shapes it: the source's translation key, slug and block
ids; its sectors and its links to other pages synchronised (pointing to the English objects, as
`pages.models.base.sectors_field` requires); its webinar series translated.

The same seed and database give the same pages, so a second run on one database needs another
seed: the translation keys would repeat.
"""

import datetime
import random
import uuid
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F

from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from pages.generation import bump_after_commit
from pages.models import (
    CallIndexPage,
    CallPage,
    EventFormat,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    NewsRelatedPage,
    PartnerIndexPage,
    PartnerPage,
    Region,
    Sector,
    WebinarEUPartner,
    WebinarIndexPage,
    WebinarJPPartner,
    WebinarPage,
    WebinarSeries,
)

BATCH_SIZE = 2000
BRUSSELS = ZoneInfo("Europe/Brussels")
YEAR = 365

# (page model, its section index, percent of the English pages). Partners and webinars come
# first because webinars and news link to the pages of this run; news takes the remainder.
SECTIONS = (
    (PartnerPage, PartnerIndexPage, 15),
    (WebinarPage, WebinarIndexPage, 20),
    (EventPage, EventIndexPage, 10),
    (CallPage, CallIndexPage, 5),
    (NewsPage, NewsIndexPage, 50),
)

# Link table -> (field of the linking page, field of the linked page).
LINK_FIELDS = {
    NewsRelatedPage: ("news_id", "page_id"),
    WebinarEUPartner: ("page_id", "partner_id"),
    WebinarJPPartner: ("page_id", "partner_id"),
}


class Bilingual(NamedTuple):
    """A value in English and in Japanese."""

    en: Any
    ja: Any

    def map(self, function):
        return Bilingual(function(self.en), function(self.ja))


def same(value):
    """A value that does not change with the language."""
    return Bilingual(value, value)


def localise(value, language):
    """The value with each Bilingual in it replaced by its version (0 English, 1 Japanese)."""
    if isinstance(value, Bilingual):
        return value[language]
    if isinstance(value, dict):
        return {key: localise(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [localise(item, language) for item in value]
    return value


TOPICS = [
    Bilingual("Hydrogen and renewable energy", "水素と再生可能エネルギー"),
    Bilingual("Digital health and medical devices", "デジタルヘルスと医療機器"),
    Bilingual("Agri-food innovation", "農業・食品イノベーション"),
    Bilingual("Smart manufacturing and photonics", "スマート製造とフォトニクス"),
    Bilingual("Sustainable tourism", "持続可能な観光"),
    Bilingual("Forest bioeconomy", "森林バイオエコノミー"),
    Bilingual("Circular economy", "サーキュラーエコノミー"),
    Bilingual("Life sciences", "ライフサイエンス"),
    Bilingual("Mobility and automotive", "モビリティと自動車"),
    Bilingual("Cooperation between municipalities", "自治体間協力"),
]

SENTENCES = [
    Bilingual(
        "European regions and Japanese prefectures compared how they help small and "
        "medium-sized enterprises to go abroad.",
        "欧州の地域と日本の都道府県が、中小企業の海外展開を支援する方法を比較しました。",
    ),
    Bilingual(
        "The cluster managers agreed to exchange delegations and to prepare a joint application "
        "for funding next year.",
        "クラスターマネージャーは、代表団の相互派遣と来年の共同資金申請の準備で合意しました。",
    ),
    Bilingual(
        "Companies presented pilot projects in renewable energy, digital health and smart "
        "manufacturing.",
        "企業は再生可能エネルギー、デジタルヘルス、スマート製造の実証プロジェクトを紹介しました。",
    ),
    Bilingual(
        "The helpdesk organised more than forty business-to-business meetings over the two days.",
        "ヘルプデスクは2日間で40件を超える企業間商談を設定しました。",
    ),
    Bilingual(
        "Participants discussed how the Economic Partnership Agreement lowers the barriers for "
        "exporters in both markets.",
        "参加者は、経済連携協定が双方の市場で輸出企業の障壁をどのように下げるかを議論しました。",
    ),
    Bilingual(
        "A memorandum of understanding signed last spring has already led to three joint "
        "research projects.",
        "昨春に署名された覚書は、すでに3件の共同研究プロジェクトにつながっています。",
    ),
    Bilingual(
        "Local governments explained their incentives for foreign companies that open an office "
        "in the region.",
        "自治体は、地域に拠点を開設する外国企業向けの優遇措置を説明しました。",
    ),
    Bilingual(
        "Universities and start-ups joined the discussion on turning research results into "
        "products.",
        "大学とスタートアップも参加し、研究成果を製品化する方法について意見を交わしました。",
    ),
    Bilingual(
        "The next mission will visit innovation centres and factories in both regions.",
        "次回のミッションでは、両地域のイノベーションセンターと工場を訪問します。",
    ),
    Bilingual(
        "Interpretation between English and Japanese was provided throughout the sessions.",
        "全セッションを通じて英語と日本語の通訳が提供されました。",
    ),
    Bilingual(
        "The partners will report on their results at the annual conference of the helpdesk.",
        "パートナーはヘルプデスクの年次会議で成果を報告する予定です。",
    ),
    Bilingual(
        "Tourism businesses and food producers are looking for distributors and partners in "
        "Europe.",
        "観光事業者や食品生産者は、欧州の販売代理店やパートナーを探しています。",
    ),
    Bilingual(
        "The cooperation builds on more than ten years of exchanges between the two clusters.",
        "この協力は、両クラスター間の10年以上にわたる交流に基づいています。",
    ),
    Bilingual(
        "Slides and recordings of the presentations are available on the partners' websites.",
        "発表資料と録画はパートナーのウェブサイトで公開されています。",
    ),
    Bilingual(
        "Several companies have already started testing their products with customers in the "
        "other market.",
        "複数の企業が、相手市場の顧客と製品の試験導入をすでに始めています。",
    ),
    Bilingual(
        "The programme also covered public procurement, standards and the protection of "
        "intellectual property.",
        "プログラムでは、公共調達、規格、知的財産の保護についても取り上げました。",
    ),
]

HEADINGS = [
    Bilingual("Background", "背景"),
    Bilingual("Results", "成果"),
    Bilingual("Next steps", "今後の予定"),
    Bilingual("Who took part", "参加者"),
    Bilingual("How to take part", "参加方法"),
]

QUOTES = [
    Bilingual(
        "Working with partners on the other side has opened doors we did not know existed.",
        "相手側のパートナーとの協力で、思いもよらなかった扉が開きました。",
    ),
    Bilingual(
        "Our companies now see Japan as a market they can reach, not a distant dream.",
        "当地の企業にとって、日本は遠い夢ではなく手の届く市場になりました。",
    ),
    Bilingual(
        "The matchmaking gave us three serious leads in a single morning.",
        "商談会では、午前中だけで有望な案件が3件得られました。",
    ),
]

SPEAKERS = [
    Bilingual("Marie Dubois", "マリー・デュボワ"),
    Bilingual("Jonas Weber", "ヨナス・ヴェーバー"),
    Bilingual("Elena Rossi", "エレナ・ロッシ"),
    Bilingual("Mikko Virtanen", "ミッコ・ヴィルタネン"),
    Bilingual("Ana García", "アナ・ガルシア"),
    Bilingual("Kenji Tanaka", "田中 健二"),
    Bilingual("Yuko Sato", "佐藤 裕子"),
    Bilingual("Hiroshi Suzuki", "鈴木 浩"),
    Bilingual("Aiko Watanabe", "渡辺 愛子"),
]

ROLES = [
    Bilingual("Cluster manager", "クラスターマネージャー"),
    Bilingual("International officer", "国際担当"),
    Bilingual("Project manager", "プロジェクトマネージャー"),
    Bilingual("Director", "所長"),
]

HELPDESK = Bilingual("EU-Japan Centre for Industrial Cooperation", "日欧産業協力センター")

ELIGIBILITY = [
    Bilingual(
        "The organisation is registered in an EU Member State.",
        "EU加盟国で登録された組織であること。",
    ),
    Bilingual(
        "The applicant manages a cluster or a regional development agency.",
        "クラスターまたは地域開発機関を運営していること。",
    ),
    Bilingual(
        "The applicant can travel to Japan during the programme.",
        "プログラム期間中に日本へ渡航できること。",
    ),
    Bilingual(
        "The application names the Japanese partners to meet.",
        "面会を希望する日本のパートナーを申請書に記載すること。",
    ),
]

MILESTONES = [
    (30, Bilingual("Selection of the participants", "参加者の選考")),
    (45, Bilingual("Results sent to every applicant", "全応募者への結果通知")),
    (180, Bilingual("End of the visits in Japan", "日本での訪問の終了")),
]

VENUES = {
    EventFormat.ONLINE: Bilingual("Zoom", "Zoom"),
    EventFormat.HYBRID: Bilingual("Strasbourg and Zoom", "ストラスブールおよびZoom"),
    EventFormat.ON_SITE: Bilingual("Tokyo", "東京"),
}
FORMATS = [EventFormat.ONLINE] * 7 + [EventFormat.HYBRID] * 2 + [EventFormat.ON_SITE]

EU_COUNTRIES = ("AT", "BE", "DE", "DK", "ES", "FI", "FR", "IT", "NL", "SE")
EU_KINDS = ("eu_region", "eu_municipality", "eu_cluster", "agency", "network")
JP_KINDS = ("jp_prefecture", "jp_city", "jp_cluster", "agency", "network")
MEMBERSHIPS = {"eu_cluster", "jp_cluster", "network"}


def sentences(rng, count):
    """A few distinct sentences, as one plain text."""
    chosen = rng.sample(SENTENCES, count)
    return Bilingual(" ".join(s.en for s in chosen), "".join(s.ja for s in chosen))


def tagged(tag, text):
    return text.map(lambda value: f"<{tag}>{value}</{tag}>")


def concat(*parts):
    return Bilingual("".join(part.en for part in parts), "".join(part.ja for part in parts))


def block_id(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def block(rng, kind, value):
    """One raw StreamField or ListBlock item; its id stays the same in the translation."""
    return {"type": kind, "value": value, "id": block_id(rng)}


def body(rng, images, count):
    """A BodyBlock stream: paragraphs (some under a heading), now and then a quote or an image."""
    blocks = []
    for position in range(count):
        roll = rng.random()
        if position and roll < 0.1:
            quote = {"quote": rng.choice(QUOTES), "attribution": rng.choice(ROLES)}
            blocks.append(block(rng, "quote", quote))
        elif position and roll < 0.2:
            alt = rng.choice(TOPICS)
            image = {"image": rng.choice(images), "decorative": False, "alt_text": alt}
            blocks.append(block(rng, "image", image))
        else:
            text = tagged("p", sentences(rng, 4))
            if position % 3 == 1:
                text = concat(tagged("h2", rng.choice(HEADINGS)), text)
            blocks.append(block(rng, "paragraph", text))
    return blocks


def clock(moment):
    """A TimeBlock's raw value."""
    return moment.strftime("%H:%M:%S")


def slot(rng, start, minutes, title, description, speakers):
    """One ProgrammeItemBlock value, from a naive Central European start."""
    end = start + datetime.timedelta(minutes=minutes)
    value = {
        "start_time": clock(start),
        "end_time": clock(end),
        "title": title,
        "description": description,
        "speakers": [block(rng, "item", speaker) for speaker in speakers],
    }
    return value, end


def speaker(rng, organisation):
    return {"name": rng.choice(SPEAKERS), "organisation": organisation, "role": rng.choice(ROLES)}


def programme(rng, start, partners):
    """A 90-minute webinar programme: a welcome, 2-4 talks (one per partner first), questions."""
    talks = rng.randint(2, 4)
    welcome = Bilingual("Welcome and introduction", "開会挨拶と趣旨説明")
    value, moment = slot(rng, start, 10, welcome, "", [speaker(rng, HELPDESK)])
    items = [block(rng, "item", value)]
    for number in range(talks):
        organisation = partners[number] if number < len(partners) else HELPDESK
        title = concat(Bilingual("Presentation: ", "発表："), organisation)
        value, moment = slot(
            rng, moment, 60 // talks, title, sentences(rng, 1), [speaker(rng, organisation)]
        )
        items.append(block(rng, "item", value))
    questions = Bilingual("Questions and answers", "質疑応答")
    value, _ = slot(rng, moment, 20, questions, "", [])
    items.append(block(rng, "item", value))
    return items


def event_days(rng, first_day, count, topic):
    """One EventDayBlock per day: a conference day, then matchmaking."""
    days = []
    for number in range(count):
        day = first_day + datetime.timedelta(days=number)
        label = (
            Bilingual("Conference", "会議") if number == 0 else Bilingual("Matchmaking", "商談会")
        )
        title = concat(Bilingual(f"Day {number + 1}: ", f"{number + 1}日目："), label)
        morning = datetime.datetime.combine(day, datetime.time(9, 0))
        sessions = []
        for session in (topic, Bilingual("B2B meetings", "企業間商談")):
            value, morning = slot(rng, morning, 120, session, sentences(rng, 1), [])
            sessions.append(block(rng, "item", value))
        value = {
            "date": day.isoformat(),
            "title": title,
            "summary": sentences(rng, 1),
            "programme": sessions,
        }
        days.append(block(rng, "day", value))
    return days


def free_slug(slug, taken):
    """The slug, or the first numbered variant of it no sibling has."""
    candidate, number = slug, 1
    while candidate in taken:
        number += 1
        candidate = f"{slug}-{number}"
    taken.add(candidate)
    return candidate


def place(pages, parent):
    """Make the pages the parent's last children: tree path and depth, free slug, URL path."""
    last = parent.get_last_child()
    step = last._get_lastpos_in_path() if last else 0
    taken = set(parent.get_children().values_list("slug", flat=True))
    for page in pages:
        step += 1
        # Treebeard's own rule (steplen 4, base 36), as add_child would number them.
        page.path = Page._get_path(parent.path, parent.depth + 1, step)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.slug = free_slug(page.slug, taken)
        page.url_path = f"{parent.url_path}{page.slug}/"


def insert_rows(model, objs, fields):
    """Insert the objects into the model's own table only, as Model.save_base does for one."""
    size = min(BATCH_SIZE, connection.ops.bulk_batch_size(fields, objs))
    for start in range(0, len(objs), size):
        model._base_manager._insert(
            objs[start : start + size], fields=fields, using=connection.alias
        )


def insert_pages(pages):
    """Write pages of one specific model: their Page rows, then their rows of the model's table.

    Django's bulk_create refuses multi-table children, so the Page rows are created from copies
    and their ids given to the pages before their own rows are inserted.
    """
    model = type(pages[0])
    page_fields = [f.attname for f in Page._meta.concrete_fields if not f.primary_key]
    for start in range(0, len(pages), BATCH_SIZE):
        chunk = pages[start : start + BATCH_SIZE]
        rows = Page.objects.bulk_create(
            [Page(**{name: getattr(page, name) for name in page_fields}) for page in chunk]
        )
        for page, row in zip(chunk, rows, strict=True):
            page.id = page.page_ptr_id = row.pk
        insert_rows(model, chunk, model._meta.local_concrete_fields)


@dataclass
class Twin:
    """An English page and its Japanese translation, with the relations both carry."""

    english: Page
    japanese: Page
    sectors: list = field(default_factory=list)
    # {link model: the twins linked to, in order}
    links: dict = field(default_factory=dict)

    @property
    def pages(self):
        return (self.english, self.japanese)

    @property
    def titles(self):
        return Bilingual(self.english.title, self.japanese.title)


def relation_rows(model, twins):
    """{row model: unsaved rows} of the twins' sectors and links, in both languages."""
    rows = {}
    if any(twin.sectors for twin in twins):
        sectors = model._meta.get_field("sectors")
        through = sectors.remote_field.through
        source, target = sectors.m2m_field_name(), sectors.m2m_reverse_field_name()
        rows[through] = [
            through(**{f"{source}_id": page.id, f"{target}_id": sector.pk})
            for twin in twins
            for page in twin.pages
            for sector in twin.sectors
        ]
    for twin in twins:
        for link_model, targets in twin.links.items():
            own, other = LINK_FIELDS[link_model]
            rows.setdefault(link_model, []).extend(
                # Links to pages are synchronised: a translation points to the English page too.
                link_model(**{own: page.id, other: linked.english.id, "sort_order": order})
                for page in twin.pages
                for order, linked in enumerate(targets)
            )
    return rows


@dataclass
class Reference:
    """The demo content the seeded pages hang on and point to."""

    locales: tuple
    indexes: dict
    sectors: list
    series: list
    images: list
    nuts: dict
    prefectures: list

    @classmethod
    def load(cls):
        english = Locale.objects.get(language_code="en")
        japanese = Locale.objects.get(language_code="ja")
        nuts = {}
        regions = Region.objects.filter(kind=Region.Kind.NUTS, level=2, country__in=EU_COUNTRIES)
        for region in regions.order_by("code"):
            nuts.setdefault(region.country, []).append(region)
        series = WebinarSeries.objects.filter(locale=english).order_by("pk")
        return cls(
            locales=(english, japanese),
            indexes={
                model: tuple(index.objects.get(locale=locale) for locale in (english, japanese))
                for model, index, _ in SECTIONS
            },
            # Pages of every language link to the default language's sectors.
            sectors=list(Sector.objects.filter(locale=english).order_by("pk")),
            series=[Bilingual(s, s.get_translation_or_none(japanese) or s) for s in series],
            images=list(get_image_model().objects.order_by("pk").values_list("pk", flat=True)),
            nuts=nuts,
            prefectures=list(Region.objects.filter(kind=Region.Kind.PREFECTURE).order_by("code")),
        )


class Seeder:
    """Builds the pages of each section from one random generator, then writes them."""

    def __init__(self, now, rng, reference):
        self.now = now
        self.today = now.astimezone(BRUSSELS).date()
        self.rng = rng
        self.reference = reference
        self.partners = {"EU": [], "JP": []}
        self.webinars = []

    # Shared pieces

    def key(self):
        return uuid.UUID(int=self.rng.getrandbits(128), version=4)

    def before_now(self, moment):
        """The moment, or a moment of the last week when it would be in the future."""
        latest = self.now - datetime.timedelta(minutes=self.rng.randint(1, 7 * 24 * 60))
        return min(moment, latest)

    def day(self, earliest, latest):
        """A day from `earliest` to `latest` days from today."""
        return self.today + datetime.timedelta(days=self.rng.randint(earliest, latest))

    def sectors(self):
        pool = self.reference.sectors
        return self.rng.sample(pool, min(len(pool), self.rng.randint(1, 3)))

    def some(self, pool, fewest, most):
        return self.rng.sample(pool, min(len(pool), self.rng.randint(fewest, most)))

    def image(self, number):
        return self.reference.images[number % len(self.reference.images)]

    def twin(self, model, fields, published, **relations):
        """An English page and its translation from fields that may be Bilingual."""
        content_type = ContentType.objects.get_for_model(model)
        key = self.key()
        english_at = self.before_now(published)
        # Translated a few hours or days later, but never after now.
        delay = datetime.timedelta(hours=self.rng.randint(1, 72))
        japanese_at = english_at + min(delay, (self.now - english_at) / 2)
        pages = []
        for language, moment in enumerate((english_at, japanese_at)):
            values = localise(fields, language)
            pages.append(
                model(
                    **values,
                    draft_title=values["title"],
                    content_type=content_type,
                    locale=self.reference.locales[language],
                    translation_key=key,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=moment,
                    last_published_at=moment,
                    latest_revision_created_at=moment,
                    live_revision=None,
                )
            )
        return Twin(*pages, **relations)

    # One builder per page type: number is the page's rank among its type in this run.

    def partner(self, number):
        rng = self.rng
        japanese = number % 2 == 0
        if japanese:
            region = rng.choice(self.reference.prefectures)
            country, kind = "JP", rng.choice(JP_KINDS)
            where = Bilingual(region.name, region.name_national)
        else:
            country = rng.choice(sorted(self.reference.nuts))
            region = rng.choice(self.reference.nuts[country])
            kind = rng.choice(EU_KINDS)
            where = same(region.name)
        members = rng.randint(20, 400) if kind in MEMBERSHIPS else None
        labelled = kind == "eu_cluster" and rng.random() < 0.5
        fields = {
            "slug": f"benchmark-partner-{number}",
            "title": concat(
                Bilingual(f"Benchmark partner {number}: ", f"ベンチマークパートナー {number}："),
                where,
            ),
            "official_name": f"Benchmark Partner Organisation {number} ({region.name})",
            "acronym": f"BP{number}",
            "kind": kind,
            "country": country,
            "region_id": region.code,
            "city": where,
            "website": f"https://partner-{number}.example.org/",
            "logo_id": self.image(number),
            "description": tagged("p", sentences(rng, 3)),
            "members_count": members,
            "sme_count": rng.randint(0, members) if members else None,
            "cluster_label": rng.choice(("bronze", "silver", "gold")) if labelled else "",
            "cluster_label_year": self.today.year - rng.randint(1, 6) if labelled else None,
            "eccp_profile_url": (
                f"https://www.clustercollaboration.eu/cluster-organisations/partner-{number}"
                if kind == "eu_cluster"
                else ""
            ),
            "cooperation_interests": sentences(rng, 2),
            "contact_email": f"international@partner-{number}.example.org",
        }
        published = datetime.datetime.combine(self.day(-3 * YEAR, -30), datetime.time(10), BRUSSELS)
        twin = self.twin(PartnerPage, fields, published, sectors=self.sectors())
        self.partners[twin.english.side].append(twin)
        return twin

    def webinar(self, number):
        rng = self.rng
        day = self.day(-3 * YEAR, YEAR)
        local_start = datetime.datetime.combine(day, datetime.time(rng.choice((9, 10))))
        start = local_start.replace(tzinfo=BRUSSELS)
        eu, jp = self.some(self.partners["EU"], 1, 2), self.some(self.partners["JP"], 1, 2)
        past = start + datetime.timedelta(minutes=90) <= self.now
        fmt = rng.choice(FORMATS)
        fields = {
            "slug": f"benchmark-webinar-{number}",
            "title": concat(
                Bilingual(f"Benchmark webinar {number}: ", f"ベンチマークウェビナー {number}："),
                rng.choice(TOPICS),
            ),
            "series": rng.choice(self.reference.series),
            "summary": sentences(rng, 2),
            "start": start,
            "duration_minutes": 90,
            "format": fmt,
            "venue": VENUES[fmt],
            "interpretation": rng.choice(("en_ja", "en_ja", "en_ja", "none")),
            "registration_url": f"https://events.example.org/benchmark-webinar-{number}",
            "recording_url": f"https://www.youtube.com/watch?v=bench{number:06d}" if past else "",
            "programme": programme(rng, local_start, [twin.titles for twin in [*eu, *jp]]),
            # The demo content has no documents to present.
            "presentations": [],
            "cancellation_notice": (
                Bilingual("Postponed to a later date.", "後日に延期されました。")
                if not past and rng.random() < 0.03
                else ""
            ),
        }
        published = start - datetime.timedelta(days=rng.randint(20, 60))
        twin = self.twin(
            WebinarPage,
            fields,
            published,
            sectors=self.sectors(),
            links={WebinarEUPartner: eu, WebinarJPPartner: jp},
        )
        for page in twin.pages:
            page.compute_end()  # save() derives the end; bulk inserts do not call it
        self.webinars.append(twin)
        return twin

    def event(self, number):
        rng = self.rng
        first_day, length = self.day(-3 * YEAR, YEAR), rng.randint(1, 2)
        last_day = first_day + datetime.timedelta(days=length - 1)
        start = datetime.datetime.combine(first_day, datetime.time(9), BRUSSELS)
        end = datetime.datetime.combine(last_day, datetime.time(17), BRUSSELS)
        figures = end <= self.now and rng.random() < 0.7
        topic = rng.choice(TOPICS)
        fmt = rng.choice(FORMATS)
        fields = {
            "slug": f"benchmark-conference-{number}",
            "title": concat(
                Bilingual(f"Benchmark conference {number}: ", f"ベンチマーク会議 {number}："), topic
            ),
            "summary": sentences(rng, 2),
            "start": start,
            "end": end,
            "format": fmt,
            "venue": VENUES[fmt],
            "body": body(rng, self.reference.images, 3),
            "days": event_days(rng, first_day, length, topic),
            "matchmaking_url": f"https://benchmark-conference-{number}.b2match.io/",
            "registration_url": f"https://events.example.org/benchmark-conference-{number}",
            "participants_count": rng.randint(80, 400) if figures else None,
            "meetings_count": rng.randint(20, 150) if figures else None,
        }
        published = start - datetime.timedelta(days=rng.randint(30, 120))
        return self.twin(EventPage, fields, published, sectors=self.sectors())

    def call(self, number):
        rng = self.rng
        zone = rng.choice(("Europe/Brussels", "Europe/Brussels", "Asia/Tokyo", "UTC"))
        # A fifth opened lately, so that some calls are open now and not only a lucky few.
        opening = self.day(-60, 0) if rng.random() < 0.2 else self.day(-3 * YEAR, 60)
        deadline = opening + datetime.timedelta(days=rng.randint(30, 120))
        places = rng.randint(5, 20) if rng.random() < 0.8 else None
        by_email = rng.random() < 0.6
        yen = zone == "Asia/Tokyo"
        topic = rng.choice(TOPICS)
        timeline = [
            block(
                rng,
                "milestone",
                {"date": (deadline + datetime.timedelta(days=days)).isoformat(), "label": label},
            )
            for days, label in MILESTONES
        ]
        fields = {
            "slug": f"benchmark-call-{number}",
            "title": concat(
                Bilingual(
                    f"Benchmark call {number}: mobility programme, ",
                    f"ベンチマーク公募 {number}：派遣プログラム（",
                ),
                topic,
                Bilingual("", "）"),
            ),
            "summary": sentences(rng, 2),
            "time_zone": zone,
            "opening_date": opening,
            "deadline_date": deadline,
            "deadline_time": rng.choice((datetime.time(23, 59), datetime.time(17, 0))),
            "body": body(rng, self.reference.images, 2),
            "target_audience": tagged("p", sentences(rng, 1)),
            "eligibility": tagged(
                "ul", concat(*(tagged("li", item) for item in rng.sample(ELIGIBILITY, 3)))
            ),
            "selection_criteria": tagged("p", sentences(rng, 2)),
            "places": places,
            "max_per_organisation": rng.randint(1, 2) if places else None,
            "grant_amount": Decimal(
                rng.choice((100_000, 150_000)) if yen else rng.choice((500, 700, 1000))
            ),
            "grant_currency": "JPY" if yen else "EUR",
            "grant_period": rng.choice(("week", "month", "total")),
            "max_duration_weeks": rng.randint(2, 8),
            "application_email": "applications@example.org" if by_email else "",
            "application_url": "" if by_email else f"https://apply.example.org/call-{number}",
            "requires_eccp_profile": rng.random() < 0.5,
            "requirements": tagged("p", sentences(rng, 1)),
            "timeline": timeline,
            # The demo content has no documents to attach.
            "documents": [],
        }
        published = datetime.datetime.combine(opening, datetime.time(0), ZoneInfo(zone))
        twin = self.twin(CallPage, fields, published - datetime.timedelta(days=rng.randint(0, 14)))
        for page in twin.pages:
            page.compute_instants()  # save() derives the instants; bulk inserts do not call it
        return twin

    def news(self, number):
        rng = self.rng
        day = self.day(-3 * YEAR + 1, 0)
        related = self.some([*self.partners["EU"], *self.partners["JP"], *self.webinars], 0, 3)
        fields = {
            "slug": f"benchmark-article-{number}",
            "title": concat(
                Bilingual(f"Benchmark article {number}: ", f"ベンチマーク記事 {number}："),
                rng.choice(TOPICS),
            ),
            "date": day,
            "summary": sentences(rng, 2),
            "body": body(rng, self.reference.images, 8),
            "image_id": self.image(number),
            "source_url": (
                f"https://www.eu-japan.eu/news/benchmark-{number}" if rng.random() < 0.3 else ""
            ),
        }
        published = datetime.datetime.combine(day, datetime.time(10), BRUSSELS)
        return self.twin(
            NewsPage, fields, published, sectors=self.sectors(), links={NewsRelatedPage: related}
        )

    # Writing

    def save(self, model, twins):
        """Insert the twins under their section indexes, then their sectors and links."""
        for language, index in enumerate(self.reference.indexes[model]):
            pages = [twin.pages[language] for twin in twins]
            place(pages, index)
            insert_pages(pages)
            Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(pages))
        for row_model, rows in relation_rows(model, twins).items():
            row_model.objects.bulk_create(rows, batch_size=BATCH_SIZE)


def split(english_pages):
    """{page model: English pages of the type}, by the sections' shares; news gets the rest."""
    counts = {model: english_pages * share // 100 for model, _, share in SECTIONS}
    counts[NewsPage] += english_pages - sum(counts.values())
    return counts


def seed_pages(english_pages: int, now: datetime.datetime, rng_seed: int = 0) -> dict[str, int]:
    """Add `english_pages` English pages and their Japanese translations, in bulk; counts by type."""
    seeder = Seeder(now, random.Random(rng_seed), Reference.load())
    builders = {
        PartnerPage: seeder.partner,
        WebinarPage: seeder.webinar,
        EventPage: seeder.event,
        CallPage: seeder.call,
        NewsPage: seeder.news,
    }
    counts = {}
    with transaction.atomic():
        for model, count in split(english_pages).items():
            twins = [builders[model](number) for number in range(1, count + 1)]
            if twins:
                seeder.save(model, twins)
            counts[model.__name__] = 2 * count
        # Bulk inserts send no post_save, so the response cache would not see the new pages.
        bump_after_commit()
    return counts
