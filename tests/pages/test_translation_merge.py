"""A live translation after its source changes: synchronised values follow, no English appears."""

import datetime

import pytest

from django.contrib.auth.models import Group, Permission

from wagtail.models import PageLogEntry
from wagtail.rich_text import RichText
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import StringSegment, StringTranslation, Translation
from wagtail_localize.operations import translate_object

from editorial.roles import EDITORS
from pages.models import Sector, WebinarPage
from pages.registry import PAGE_KINDS
from pages.translation_sync import (
    TranslationState,
    translation_states,
    untranslated_segments,
)
from pages.visibility import public_pages
from tests import factories

UTC = datetime.UTC

ARTICLE = {
    "Mobility call launched": "モビリティ公募開始",
    "Ten places for cluster managers.": "クラスターマネージャー10名を募集。",
    "Apply by August.": "8月までに応募してください。",
    "Selection in September.": "9月に選考します。",
    "Clusters connect regions.": "クラスターは地域をつなぐ。",
}


def translate_strings(translation, strings):
    """Translate the source's segments as a translator does in the editor: {source text: text}."""
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.string.data in strings:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": strings[segment.string.data]},
            )


@pytest.fixture
def japanese_sections(site_tree, translate_now, publish_now):
    for page in (site_tree.home, site_tree.news, site_tree.webinars):
        publish_now(translate_now(page, site_tree.ja))
    return site_tree


@pytest.fixture
def publish_translation(django_capture_on_commit_callbacks):
    """The translator's Publish in wagtail-localize's editor."""

    def publish_translation(translation):
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)

    return publish_translation


@pytest.fixture
def article(japanese_sections, publish_now, translate_now, publish_translation):
    """A live news article translated in full; returns (English, Japanese translation)."""
    page = publish_now(
        factories.NewsPageFactory(
            parent=japanese_sections.news,
            title="Mobility call launched",
            slug="mobility-call",
            summary="Ten places for cluster managers.",
            date=datetime.date(2022, 7, 1),
            body=[
                ("paragraph", "<p>Apply by August.</p>"),
                ("quote", {"quote": "Clusters connect regions.", "attribution": ""}),
                ("paragraph", "<p>Selection in September.</p>"),
            ],
        )
    )
    translate_now(page, japanese_sections.ja)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=japanese_sections.ja
    )
    translate_strings(translation, ARTICLE)
    publish_translation(translation)
    return page, translation


def japanese(page, locale):
    return page.get_translation(locale).specific


def body_texts(page):
    """(block type, text) of each block of a news body, as stored."""
    texts = []
    for child in page.body:
        if child.block_type == "paragraph":
            texts.append((child.block_type, child.value.source))
        elif child.block_type == "quote":
            texts.append((child.block_type, child.value["quote"], child.value["attribution"]))
    return texts


def to_translate(translation):
    """The source strings the translator is asked for."""
    return [
        segment.string.data
        for segment in untranslated_segments(translation.source, translation.target_locale)
    ]


class TestEditingTheEnglishArticle:
    def test_a_new_summary_leaves_the_japanese_page_all_japanese(
        self, client, article, publish_now, locales
    ):
        english, translation = article
        english.summary = "Twelve places for cluster managers."
        publish_now(english)

        ja = japanese(english, locales[1])
        assert (ja.live, ja.title, ja.summary) == (
            True,
            "モビリティ公募開始",
            "クラスターマネージャー10名を募集。",
        )
        assert body_texts(ja) == [
            ("paragraph", "<p>8月までに応募してください。</p>"),
            ("quote", "クラスターは地域をつなぐ。", ""),
            ("paragraph", "<p>9月に選考します。</p>"),
        ]
        html = client.get("/ja/news/mobility-call/").content.decode()
        for text in ("Apply by August", "Selection in September", "Clusters connect", "Twelve"):
            assert text not in html
        assert to_translate(translation) == ["Twelve places for cluster managers."]
        states = translation_states([english], list(locales), public_pages())
        assert states[english.translation_key, "ja"] is TranslationState.OUTDATED

    def test_changed_added_and_removed_blocks(self, article, publish_now, locales):
        english, translation = article
        english.date = datetime.date(2022, 9, 15)
        first, _quote, last = (child.id for child in english.body)
        # Blocks keep their ids across edits, as in the editor: the first and the last one stay.
        english.body = [
            {"type": "paragraph", "value": "<p>Apply by 31 August.</p>", "id": first},
            {"type": "paragraph", "value": "<p>Selection in September.</p>", "id": last},
            {"type": "paragraph", "value": "<p>Results in October.</p>"},
        ]
        publish_now(english)

        ja = japanese(english, locales[1])
        # The changed paragraph keeps its previous translation, the removed quote is gone and
        # the new paragraph stays out until translated; the date follows the source.
        assert ja.date == datetime.date(2022, 9, 15)
        assert body_texts(ja) == [
            ("paragraph", "<p>8月までに応募してください。</p>"),
            ("paragraph", "<p>9月に選考します。</p>"),
        ]
        assert to_translate(translation) == ["Apply by 31 August.", "Results in October."]

    def test_translating_what_changed_publishes_it_and_brings_the_page_up_to_date(
        self, article, publish_now, publish_translation, locales
    ):
        english, translation = article
        english.body.append(("paragraph", RichText("<p>Results in October.</p>")))
        publish_now(english)
        translate_strings(translation, {"Results in October.": "10月に結果を発表します。"})
        publish_translation(translation)

        ja = japanese(english, locales[1])
        assert body_texts(ja)[-1] == ("paragraph", "<p>10月に結果を発表します。</p>")
        assert to_translate(translation) == []
        states = translation_states([english], list(locales), public_pages())
        assert states[english.translation_key, "ja"] is TranslationState.UP_TO_DATE

    def test_a_newly_filled_optional_field_of_a_block_stays_empty(
        self, article, publish_now, locales
    ):
        english, _translation = article
        english.body[1].value["attribution"] = "A cluster manager"
        publish_now(english)
        assert body_texts(japanese(english, locales[1]))[1] == (
            "quote",
            "クラスターは地域をつなぐ。",
            "",
        )


class TestSavingATranslationOfALivePage:
    def test_a_draft_changes_nothing_readers_see(self, client, article, locales):
        english, translation = article
        translate_strings(translation, {"Mobility call launched": "モビリティ公募の開始"})
        translation.save_target(publish=False)

        ja = japanese(english, locales[1])
        assert (ja.live, ja.title, ja.has_unpublished_changes) == (True, "モビリティ公募開始", True)
        assert ja.get_latest_revision_as_object().title == "モビリティ公募の開始"
        assert "モビリティ公募開始" in client.get("/ja/news/mobility-call/").content.decode()


class TestSyncTranslatedPages:
    @pytest.fixture
    def sync(self, client, django_capture_on_commit_callbacks):
        def sync(user, english):
            source = Translation.objects.get(source__object_id=english.translation_key).source
            client.force_login(user)
            with django_capture_on_commit_callbacks(execute=True):
                return client.post(
                    f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
                )

        return sync

    def test_someone_who_may_not_publish_saves_drafts(
        self, article, sync, django_user_model, locales
    ):
        english, _translation = article
        editor = django_user_model.objects.create_user("editor", password="x")
        editor.groups.add(Group.objects.get(name=EDITORS))
        editor.user_permissions.add(Permission.objects.get(codename="submit_translation"))
        english.date = datetime.date(2022, 9, 15)
        english.save()

        response = sync(editor, english)

        assert response.status_code == 302
        ja = japanese(english, locales[1])
        assert (ja.live, ja.date, ja.has_unpublished_changes) == (
            True,
            datetime.date(2022, 7, 1),
            True,
        )
        assert ja.get_latest_revision_as_object().date == datetime.date(2022, 9, 15)
        publishers = PageLogEntry.objects.filter(page=ja, action="wagtail.publish")
        # Published once, by the translator's publish in the fixture; never by the editor.
        assert list(publishers.values_list("user", flat=True)) == [None]

    def test_someone_who_may_publish_publishes(self, article, sync, admin_user, locales):
        english, _translation = article
        english.date = datetime.date(2022, 9, 15)
        english.save()
        sync(admin_user, english)
        ja = japanese(english, locales[1])
        assert (ja.date, ja.title) == (datetime.date(2022, 9, 15), "モビリティ公募開始")
        publishers = PageLogEntry.objects.filter(page=ja, action="wagtail.publish")
        assert list(publishers.order_by("pk").values_list("user", flat=True)) == [
            None,
            admin_user.pk,
        ]


class TestWebinarProgramme:
    def test_new_speakers_and_slots_wait_for_their_translation(
        self, japanese_sections, publish_now, translate_now, publish_translation, locales
    ):
        slot = {
            "start_time": datetime.time(9, 0),
            "end_time": datetime.time(9, 30),
            "title": "Welcome",
            "description": "",
            "speakers": [{"name": "Anna Berg", "organisation": "", "role": ""}],
        }
        english = publish_now(
            factories.WebinarPageFactory(
                parent=japanese_sections.webinars,
                title="Good practices",
                summary="Hydrogen.",
                programme=[("item", slot)],
            )
        )
        translate_now(english, locales[1])
        translation = Translation.objects.get(source__object_id=english.translation_key)
        translate_strings(
            translation,
            {
                "Good practices": "グッドプラクティス",
                "Hydrogen.": "水素。",
                "Welcome": "開会",
                "Anna Berg": "アンナ・ベルク",
            },
        )
        publish_translation(translation)

        english.programme[0].value["start_time"] = datetime.time(9, 15)
        english.programme[0].value["speakers"].append(
            {"name": "Ken Sato", "organisation": "", "role": ""}
        )
        english.programme.append(("item", {**slot, "title": "Panel", "speakers": []}))
        publish_now(english)

        ja = WebinarPage.objects.get(pk=japanese(english, locales[1]).pk)
        programme = [
            (
                item.value["start_time"],
                item.value["title"],
                [speaker["name"] for speaker in item.value["speakers"]],
            )
            for item in ja.programme
        ]
        assert programme == [(datetime.time(9, 15), "開会", ["アンナ・ベルク"])]
        assert to_translate(translation) == ["Ken Sato", "Panel"]


class TestSlugs:
    def test_translating_every_string_of_the_content_brings_the_page_up_to_date(
        self, article, locales
    ):
        english, translation = article
        assert to_translate(translation) == []
        assert translation.get_progress() == (5, 5)
        assert japanese(english, locales[1]).slug == "mobility-call"
        states = translation_states([english], list(locales), public_pages())
        assert states[english.translation_key, "ja"] is TranslationState.UP_TO_DATE

    def test_a_changed_slug_follows_the_source(self, article, publish_now, locales):
        english, _translation = article
        english.slug = "mobility-call-2022"
        publish_now(english)
        ja = japanese(english, locales[1])
        assert (ja.slug, ja.url) == ("mobility-call-2022", "/ja/news/mobility-call-2022/")

    @pytest.mark.parametrize("kind", PAGE_KINDS, ids=lambda kind: kind.name)
    def test_every_page_type_synchronises_its_slug(self, kind):
        fields = {field.field_name: field for field in get_translatable_fields(kind.model)}
        assert type(fields["slug"]) is SynchronizedField


class TestSnippets:
    def test_a_renamed_sector_keeps_its_japanese_name_until_translated(self, locales):
        english = factories.SectorFactory(name="Health", slug="health", description="Care.")
        translate_object(english, [locales[1]])
        translation = Translation.objects.get(source__object_id=english.translation_key)
        translate_strings(translation, {"Health": "健康", "Care.": "医療。"})
        translation.save_target()
        english.name, english.slug = "Health and care", "health-care"
        english.save()

        translation.source.update_from_db()
        translation.save_target()

        japanese = Sector.objects.get(translation_key=english.translation_key, locale=locales[1])
        assert (japanese.name, japanese.description, japanese.slug) == (
            "健康",
            "医療。",
            "health-care",
        )
        assert to_translate(translation) == ["Health and care"]
