"""Translated prose and synchronised facts, the way editors translate and sync with wagtail-localize."""

import datetime
from decimal import Decimal

import pytest

from wagtail_localize.fields import (
    SynchronizedField,
    TranslatableField,
    get_translatable_fields,
)
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from pages.models import (
    CallPage,
    EventPage,
    NewsPage,
    PartnerPage,
    Region,
    WebinarPage,
)
from tests import factories

UTC = datetime.UTC


@pytest.fixture
def translate(django_capture_on_commit_callbacks):
    """Translate a page into a locale as the editor does: strings, then 'Publish'.

    Returns the Translation so tests can sync it later. The Japanese strings are keyed by
    the segment's path (the field name for plain and rich text fields).
    """

    def translate(page, locale, strings):
        source, _ = TranslationSource.get_or_create_from_instance(page)
        segments = StringSegment.objects.filter(source=source).select_related("context", "string")
        for segment in segments:
            if segment.context.path in strings:
                StringTranslation.objects.create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    data=strings[segment.context.path],
                    translation_type=StringTranslation.TRANSLATION_TYPE_MANUAL,
                )
        translation = Translation.objects.create(source=source, target_locale=locale)
        # Publishing a translation is deferred to the end of the transaction.
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        return translation

    return translate


@pytest.fixture
def sync(django_capture_on_commit_callbacks):
    """What 'Sync translated pages' does after the source page is published again."""

    def sync(translation):
        translation.source.update_from_db()
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    return sync


@pytest.fixture
def ja_tree(site_tree, translate):
    """The Japanese home page and section indexes, translated from the English ones."""
    translate(site_tree.home, site_tree.ja, {"title": "EJRCヘルプデスク"})
    for index, title in [("calls", "募集"), ("partners", "パートナー"), ("webinars", "ウェビナー")]:
        translate(getattr(site_tree, index), site_tree.ja, {"title": title})
    return site_tree


def publish(page):
    """Publish the editor's changes as a new revision."""
    page.save_revision().publish()


class TestCallTranslation:
    @pytest.fixture
    def english(self, ja_tree):
        return factories.CallPageFactory(
            parent=ja_tree.calls,
            title="Mobility programme for cluster managers",
            summary="Spend up to six weeks with a Japanese cluster.",
            time_zone="Asia/Tokyo",
            opening_date=datetime.date(2022, 7, 1),
            deadline_date=datetime.date(2022, 8, 31),
            deadline_time=datetime.time(17, 0),
            eligibility="<p>EU cluster managers with an ECCP profile.</p>",
            places=10,
            grant_amount=Decimal("700.00"),
        )

    @pytest.fixture
    def translation(self, english, ja_tree, translate):
        return translate(
            english,
            ja_tree.ja,
            {
                "title": "クラスターマネージャー向けモビリティプログラム",
                "summary": "日本のクラスターで最長6週間を過ごします。",
                "eligibility": "ECCPにプロフィールを持つEUのクラスターマネージャー。",
            },
        )

    def japanese(self, english, ja_tree):
        return CallPage.objects.get(translation_key=english.translation_key, locale=ja_tree.ja)

    def test_translation_is_published_under_the_japanese_index(self, english, translation, ja_tree):
        ja = self.japanese(english, ja_tree)
        assert ja.live is True
        assert ja.get_parent().specific.title == "募集"
        assert ja.get_parent().locale == ja_tree.ja
        assert (ja.title, ja.summary, ja.eligibility) == (
            "クラスターマネージャー向けモビリティプログラム",
            "日本のクラスターで最長6週間を過ごします。",
            "<p>ECCPにプロフィールを持つEUのクラスターマネージャー。</p>",
        )
        assert (ja.deadline_date, ja.deadline, ja.places) == (
            datetime.date(2022, 8, 31),
            datetime.datetime(2022, 8, 31, 8, 0, tzinfo=UTC),
            10,
        )

    def test_sync_copies_new_dates_and_places_and_keeps_the_japanese_text(
        self, english, translation, ja_tree, sync
    ):
        english.deadline_date = datetime.date(2022, 9, 15)
        english.places = 12
        publish(english)
        sync(translation)

        ja = self.japanese(english, ja_tree)
        assert (ja.deadline_date, ja.deadline_time, ja.places) == (
            datetime.date(2022, 9, 15),
            datetime.time(17, 0),
            12,
        )
        # The derived instant follows the synchronised date on the Japanese page too.
        assert ja.deadline == datetime.datetime(2022, 9, 15, 8, 0, tzinfo=UTC)
        assert ja.opens_at == datetime.datetime(2022, 6, 30, 15, 0, tzinfo=UTC)
        assert (ja.title, ja.summary, ja.eligibility) == (
            "クラスターマネージャー向けモビリティプログラム",
            "日本のクラスターで最長6週間を過ごします。",
            "<p>ECCPにプロフィールを持つEUのクラスターマネージャー。</p>",
        )
        assert ja.live is True
        assert ja.get_latest_revision().as_object().places == 12

    def test_sync_copies_a_changed_time_zone_into_the_deadline(
        self, english, translation, ja_tree, sync
    ):
        english.time_zone = "Europe/Brussels"
        publish(english)
        sync(translation)
        ja = self.japanese(english, ja_tree)
        assert (ja.time_zone, ja.deadline) == (
            "Europe/Brussels",
            datetime.datetime(2022, 8, 31, 15, 0, tzinfo=UTC),
        )

    def test_japanese_status_matches_the_english_one(self, english, translation, ja_tree):
        ja = self.japanese(english, ja_tree)
        moment = datetime.datetime(2022, 8, 31, 8, 1, tzinfo=UTC)
        assert ja.status_at(moment) == english.status_at(moment) == CallPage.Status.CLOSED


class TestPartnerTranslation:
    @pytest.fixture
    def sectors(self, locales):
        return [
            factories.SectorFactory(name="Health", slug="health", ecosystem="health"),
            factories.SectorFactory(name="Digital", slug="digital", ecosystem="digital"),
            factories.SectorFactory(name="Agri-food", slug="agri-food", ecosystem="agri_food"),
        ]

    @pytest.fixture
    def english(self, ja_tree, sectors):
        partner = factories.PartnerPageFactory(
            parent=ja_tree.partners,
            title="Lyon Urban Trucks & Bus",
            official_name="Lyon Urban Trucks and Bus Cluster",
            kind=PartnerPage.Kind.EU_CLUSTER,
            country="FR",
            region=Region.objects.get(code="FRK2"),
            description="<p>A cluster for urban mobility.</p>",
            members_count=200,
        )
        partner.sectors.set(sectors[:2])
        publish(partner)
        return PartnerPage.objects.get(pk=partner.pk)

    @pytest.fixture
    def translation(self, english, ja_tree, translate):
        return translate(
            english,
            ja_tree.ja,
            {
                "title": "リヨン・アーバン・トラック&バス",
                "description": "都市モビリティのクラスター。",
            },
        )

    def japanese(self, english, ja_tree):
        return PartnerPage.objects.get(translation_key=english.translation_key, locale=ja_tree.ja)

    def test_translation_has_the_same_facts_and_sectors(self, english, translation, ja_tree):
        ja = self.japanese(english, ja_tree)
        assert (ja.title, ja.official_name, ja.description) == (
            "リヨン・アーバン・トラック&バス",
            "Lyon Urban Trucks and Bus Cluster",
            "<p>都市モビリティのクラスター。</p>",
        )
        assert (ja.country, ja.region_id, ja.members_count) == ("FR", "FRK2", 200)
        assert sorted(ja.sectors.values_list("slug", flat=True)) == ["digital", "health"]

    def test_sync_copies_the_official_name_and_sectors(
        self, english, translation, ja_tree, sectors, sync
    ):
        english.official_name = "LUTB Transport & Mobility Systems"
        english.sectors = [sectors[0], sectors[2]]
        english.members_count = 210
        publish(english)
        sync(translation)

        ja = self.japanese(english, ja_tree)
        assert (ja.official_name, ja.members_count) == ("LUTB Transport & Mobility Systems", 210)
        assert set(ja.sectors.all()) == {sectors[0], sectors[2]}
        # Synchronised sectors point at the English snippets, as on the source page.
        assert set(ja.sectors.values_list("locale__language_code", flat=True)) == {"en"}
        assert (ja.title, ja.description) == (
            "リヨン・アーバン・トラック&バス",
            "<p>都市モビリティのクラスター。</p>",
        )

    def test_sync_copies_a_changed_region(self, english, translation, ja_tree, sync):
        english.region = Region.objects.get(code="FRF1")
        publish(english)
        sync(translation)
        assert self.japanese(english, ja_tree).region_id == "FRF1"


class TestWebinarTranslation:
    def test_sync_moves_the_japanese_webinar_and_its_end(self, ja_tree, translate, sync):
        english = factories.WebinarPageFactory(
            parent=ja_tree.webinars,
            title="Good practices #1",
            summary="Regional cooperation in hydrogen.",
            start=datetime.datetime(2030, 1, 17, 8, 0, tzinfo=UTC),
            duration_minutes=90,
        )
        translation = translate(
            english, ja_tree.ja, {"title": "グッドプラクティス第1回", "summary": "水素の地域協力。"}
        )
        english.start = datetime.datetime(2030, 1, 24, 8, 0, tzinfo=UTC)
        english.duration_minutes = 120
        publish(english)
        sync(translation)

        ja = WebinarPage.objects.get(translation_key=english.translation_key, locale=ja_tree.ja)
        assert (ja.start, ja.end, ja.title, ja.summary) == (
            datetime.datetime(2030, 1, 24, 8, 0, tzinfo=UTC),
            datetime.datetime(2030, 1, 24, 10, 0, tzinfo=UTC),
            "グッドプラクティス第1回",
            "水素の地域協力。",
        )


def classification(model):
    """Field name -> 'translated' or 'synchronised', as wagtail-localize sees the model."""
    result = {}
    for field in get_translatable_fields(model):
        assert isinstance(field, TranslatableField | SynchronizedField)
        result[field.field_name] = (
            "synchronised" if isinstance(field, SynchronizedField) else "translated"
        )
    return result


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (
            CallPage,
            {
                "title": "translated",
                "summary": "translated",
                "body": "translated",
                "target_audience": "translated",
                "eligibility": "translated",
                "selection_criteria": "translated",
                "requirements": "translated",
                "timeline": "translated",
                "documents": "translated",
                "time_zone": "synchronised",
                "opening_date": "synchronised",
                "deadline_date": "synchronised",
                "deadline_time": "synchronised",
                "places": "synchronised",
                "max_per_organisation": "synchronised",
                "grant_amount": "synchronised",
                "grant_currency": "synchronised",
                "grant_period": "synchronised",
                "max_duration_weeks": "synchronised",
                "application_email": "synchronised",
                "application_url": "synchronised",
                "requires_eccp_profile": "synchronised",
            },
        ),
        (
            PartnerPage,
            {
                "title": "translated",
                "description": "translated",
                "cooperation_interests": "translated",
                "city": "translated",
                "official_name": "synchronised",
                "acronym": "synchronised",
                "kind": "synchronised",
                "country": "synchronised",
                "region": "synchronised",
                "website": "synchronised",
                "logo": "synchronised",
                "sectors": "synchronised",
                "members_count": "synchronised",
                "sme_count": "synchronised",
                "cluster_label": "synchronised",
                "cluster_label_year": "synchronised",
                "eccp_profile_url": "synchronised",
                "contact_email": "synchronised",
            },
        ),
        (
            WebinarPage,
            {
                "title": "translated",
                "summary": "translated",
                "programme": "translated",
                "presentations": "translated",
                "cancellation_notice": "translated",
                "series": "translated",
                "start": "synchronised",
                "duration_minutes": "synchronised",
                "format": "synchronised",
                "interpretation": "synchronised",
                "registration_url": "synchronised",
                "recording_url": "synchronised",
                "sectors": "synchronised",
                "eu_partner_links": "synchronised",
                "jp_partner_links": "synchronised",
            },
        ),
        (
            EventPage,
            {
                "title": "translated",
                "summary": "translated",
                "body": "translated",
                "days": "translated",
                "start": "synchronised",
                "end": "synchronised",
                "format": "synchronised",
                "matchmaking_url": "synchronised",
                "registration_url": "synchronised",
                "participants_count": "synchronised",
                "meetings_count": "synchronised",
                "sectors": "synchronised",
            },
        ),
        (
            NewsPage,
            {
                "title": "translated",
                "summary": "translated",
                "body": "translated",
                "date": "synchronised",
                "image": "synchronised",
                "source_url": "synchronised",
                "sectors": "synchronised",
                "related_links": "synchronised",
            },
        ),
    ],
    ids=["call", "partner", "webinar", "event", "news"],
)
def test_translated_and_synchronised_fields(model, expected):
    actual = classification(model)
    assert {name: actual[name] for name in expected} == expected


@pytest.mark.parametrize(
    ("model", "derived"), [(CallPage, {"deadline", "opens_at"}), (WebinarPage, {"end"})]
)
def test_derived_instants_are_recomputed_not_copied(model, derived):
    assert set(classification(model)).isdisjoint(derived)
