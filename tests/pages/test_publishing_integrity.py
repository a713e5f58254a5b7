"""What visitors and editors see after translating, syncing, expiring and previewing pages."""

import datetime

import pytest
import time_machine

from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from editorial.roles import TRANSLATORS
from pages.models import NewsRelatedPage, WebinarEUPartner
from pages.translation_sync import TranslationState, translation_states
from pages.visibility import public_pages
from previews.tokens import issue_preview_token
from tests import factories

UTC = datetime.UTC


@pytest.fixture
def japanese_sections(site_tree, translate_now, publish_now):
    """The Japanese home page and news index, translated and published."""
    for page in (site_tree.home, site_tree.news):
        publish_now(translate_now(page, site_tree.ja))
    return site_tree


@pytest.fixture
def article(japanese_sections, publish_now):
    page = factories.NewsPageFactory(
        parent=japanese_sections.news,
        title="Mobility call launched",
        slug="mobility-call",
        summary="Ten places for cluster managers.",
        date=datetime.date(2022, 7, 1),
        body=[("paragraph", "<p>Apply by August.</p>")],
    )
    return publish_now(page)


def translate_strings(page, locale, translations):
    """Translate the page's segments as a translator does in the editor: {source text: text}."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    for segment in StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    ):
        if segment.string.data in translations:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": translations[segment.string.data]},
            )
    return translation


JAPANESE = {
    "Mobility call launched": "モビリティ公募開始",
    "mobility-call": "mobility-call",
    "Ten places for cluster managers.": "クラスターマネージャー10名を募集。",
    "Apply by August.": "8月までに応募してください。",
}


@pytest.fixture
def japanese_article(article, japanese_sections, translate_now, django_capture_on_commit_callbacks):
    """The article translated in full and published by the translator."""
    translate_now(article, japanese_sections.ja)
    translation = translate_strings(article, japanese_sections.ja, JAPANESE)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    return article.get_translation(japanese_sections.ja).specific


class TestTranslatingStartsADraft:
    def test_the_translation_of_a_live_page_is_not_published(
        self, client, article, japanese_sections, translate_now
    ):
        japanese = translate_now(article, japanese_sections.ja)
        assert (japanese.live, japanese.title) == (False, "Mobility call launched")
        assert client.get("/ja/news/mobility-call/").status_code == 404
        assert "Mobility call launched" not in client.get("/ja/news/").content.decode()
        assert list(public_pages(locale=japanese_sections.ja).type(type(article))) == []

    def test_the_translator_publishes_it(self, client, japanese_article):
        assert japanese_article.live is True
        response = client.get("/ja/news/mobility-call/")
        assert response.status_code == 200
        assert "モビリティ公募開始" in response.content.decode()


class TestPublishingTheSourceSyncsLiveTranslations:
    def test_a_complete_translation_gets_the_new_date_and_keeps_its_text(
        self, client, article, japanese_article, publish_now
    ):
        article.date = datetime.date(2022, 9, 15)
        publish_now(article)
        japanese_article.refresh_from_db()
        assert (japanese_article.live, japanese_article.date, japanese_article.title) == (
            True,
            datetime.date(2022, 9, 15),
            "モビリティ公募開始",
        )
        assert "2022年9月15日" in client.get("/ja/news/mobility-call/").content.decode()

    def test_an_incomplete_translation_gets_the_date_but_no_english_text(
        self, article, japanese_article, publish_now, locales
    ):
        article.date = datetime.date(2022, 9, 15)
        article.summary = "Twelve places for cluster managers."
        publish_now(article)
        japanese_article.refresh_from_db()
        assert (
            japanese_article.date,
            japanese_article.summary,
            japanese_article.title,
            japanese_article.live,
        ) == (
            datetime.date(2022, 9, 15),
            "クラスターマネージャー10名を募集。",
            "モビリティ公募開始",
            True,
        )
        states = translation_states([article], list(locales), public_pages())
        assert states == {
            (article.translation_key, "en"): TranslationState.UP_TO_DATE,
            (article.translation_key, "ja"): TranslationState.OUTDATED,
        }

    def test_a_draft_translation_stays_a_draft(
        self, article, japanese_sections, translate_now, publish_now, locales
    ):
        japanese = translate_now(article, japanese_sections.ja)
        article.date = datetime.date(2022, 9, 15)
        publish_now(article)
        japanese.refresh_from_db()
        assert japanese.live is False
        states = translation_states([article], list(locales), public_pages())
        assert states[article.translation_key, "ja"] is TranslationState.MISSING

    def test_the_editor_is_told_the_translation_is_out_of_date(
        self, admin_client, article, japanese_article, publish_now
    ):
        article.summary = "Twelve places for cluster managers."
        publish_now(article)
        for page in (article, japanese_article):
            response = admin_client.get(f"/admin/pages/{page.pk}/edit/")
            warnings = [str(message) for message in response.context["messages"]]
            assert warnings == [
                "Out of date: the published Japanese version has text that no longer matches its "
                "source. Its dates, numbers, links and relations follow the source already; "
                "translate the changed text to bring it up to date.",
                "Still to translate in Japanese: “Twelve places for cluster managers.” (Content tab)",
            ]

    def test_the_japanese_admin_names_the_strings_and_their_tabs_in_japanese(
        self, admin_client, admin_user, article, japanese_article, publish_now
    ):
        article.summary = "Twelve places for cluster managers."
        article.body = [*article.body.raw_data, {"type": "paragraph", "value": "<p>Hurry.</p>"}]
        publish_now(article)
        profile = UserProfile.get_for_user(admin_user)
        profile.preferred_language = "ja"
        profile.save()
        response = admin_client.get(f"/admin/pages/{japanese_article.pk}/edit/")
        # Japanese typography: full-width colon and parentheses.
        expected = (
            "日本語版で未翻訳の文字列：「Twelve places for cluster managers.」（コンテンツタブ）、"  # noqa: RUF001
            "「Hurry.」（コンテンツタブ）"  # noqa: RUF001
        )
        assert str(list(response.context["messages"])[1]) == expected

    def test_an_up_to_date_translation_raises_no_warning(
        self, admin_client, article, japanese_article
    ):
        response = admin_client.get(f"/admin/pages/{japanese_article.pk}/edit/")
        assert [str(message) for message in response.context["messages"]] == []


class TestRoutingFollowsTheRule:
    def test_an_expired_page_is_gone_before_the_expiry_job_runs(self, client, site_tree):
        page = factories.NewsPageFactory(
            parent=site_tree.news, slug="old", expire_at=datetime.datetime(2030, 1, 1, tzinfo=UTC)
        )
        assert page.live is True
        with time_machine.travel(datetime.datetime(2029, 12, 31, 23, 59, tzinfo=UTC)):
            assert client.get("/en/news/old/").status_code == 200
        with time_machine.travel(datetime.datetime(2030, 1, 1, tzinfo=UTC)):
            assert client.get("/en/news/old/").status_code == 404


@pytest.fixture
def partner_pair(site_tree):
    """A webinar presenting one published and one unpublished European partner."""
    shown = factories.PartnerPageFactory(parent=site_tree.partners, title="Shown cluster")
    hidden = factories.PartnerPageFactory(parent=site_tree.partners, title="Hidden cluster")
    hidden.unpublish()
    webinar = factories.WebinarPageFactory(parent=site_tree.webinars, slug="w")
    webinar.eu_partner_links = [WebinarEUPartner(partner=shown), WebinarEUPartner(partner=hidden)]
    webinar.save()
    return webinar, shown, hidden


class TestRelationsOnRenderedPages:
    def test_an_unpublished_partner_is_not_shown(self, client, partner_pair):
        html = client.get("/en/webinars/w/").content.decode()
        assert ("Shown cluster" in html, "Hidden cluster" in html) == (True, False)

    def test_the_japanese_page_shows_no_english_partner(self, client, partner_pair, site_tree):
        webinar, _shown, _hidden = partner_pair
        home = site_tree.home.copy_for_translation(site_tree.ja)
        home.save_revision().publish()
        index = site_tree.webinars.copy_for_translation(site_tree.ja)
        index.save_revision().publish()
        japanese = webinar.copy_for_translation(site_tree.ja)
        japanese.save_revision().publish()
        html = client.get(japanese.url).content.decode()
        assert "Shown cluster" not in html

    def test_a_call_to_action_to_a_draft_is_not_rendered(self, client, site_tree):
        draft = factories.CallPageFactory(parent=site_tree.calls, title="Draft call", slug="d")
        draft.unpublish()
        factories.NewsPageFactory(
            parent=site_tree.news,
            slug="cta",
            body=[
                ("call_to_action", {"label": "Apply now", "page": draft, "url": ""}),
                ("paragraph", "<p>Read on.</p>"),
            ],
        )
        html = client.get("/en/news/cta/").content.decode()
        assert ("Apply now" in html, "/en/calls/d/" in html, "Read on." in html) == (
            False,
            False,
            True,
        )


class TestRichTextLinks:
    @pytest.fixture
    def targets(self, site_tree):
        live = factories.CallPageFactory(parent=site_tree.calls, slug="live")
        draft = factories.CallPageFactory(parent=site_tree.calls, slug="draft")
        draft.unpublish()
        restricted = factories.CallPageFactory(parent=site_tree.calls, slug="restricted")
        PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
        expired = factories.CallPageFactory(
            parent=site_tree.calls, slug="expired", expire_at=timezone.now()
        )
        return live, draft, restricted, expired

    def test_only_links_to_public_pages_survive(self, client, site_tree, targets):
        links = "".join(
            f'<a linktype="page" id="{page.pk}">{page.slug} call</a> ' for page in targets
        )
        factories.NewsPageFactory(
            parent=site_tree.news, slug="links", body=[("paragraph", f"<p>{links}</p>")]
        )
        html = client.get("/en/news/links/").content.decode()
        assert (
            '<p><a href="/en/calls/live/">live call</a> <a>draft call</a> '
            "<a>restricted call</a> <a>expired call</a> </p>"
        ) in html


class TestDocumentsOfRestrictedCollections:
    def test_a_document_block_hides_a_restricted_document(self, client, site_tree):
        private = Collection.get_first_root_node().add_child(name="Board papers")
        CollectionViewRestriction.objects.create(
            collection=private, restriction_type=CollectionViewRestriction.LOGIN
        )
        hidden = Document.objects.create(title="Board minutes", collection=private)
        shown = Document.objects.create(title="Call text")
        factories.CallPageFactory(
            parent=site_tree.calls,
            slug="docs",
            documents=[
                ("document", {"document": hidden, "title": ""}),
                ("document", {"document": shown, "title": ""}),
            ],
        )
        html = client.get("/en/calls/docs/").content.decode()
        assert ("Call text" in html, "Board minutes" in html) == (True, False)


class TestPreviews:
    @pytest.fixture
    def japanese_draft(self, site_tree, admin_user):
        home = site_tree.home.copy_for_translation(site_tree.ja)
        home.save_revision().publish()
        index = site_tree.news.copy_for_translation(site_tree.ja)
        index.save_revision().publish()
        page = factories.NewsPageFactory(parent=site_tree.news, title="Draft", slug="draft")
        japanese = page.copy_for_translation(site_tree.ja)
        japanese.title = "下書き"
        japanese.save_revision()
        return japanese

    def test_a_preview_is_in_the_page_language_and_framed_by_the_cms_only(
        self, client, japanese_draft, admin_user
    ):
        token = issue_preview_token(japanese_draft, admin_user)
        response = client.get("/preview/", {"token": token}, HTTP_ACCEPT_LANGUAGE="en")
        html = response.content.decode()
        assert response.status_code == 200
        assert ('<html lang="ja"' in html, "下書き" in html) == (True, True)
        assert response["X-Frame-Options"] == "SAMEORIGIN"
        assert response["Content-Security-Policy"].endswith("; frame-ancestors 'self'")

    def test_a_token_stops_working_once_its_draft_is_published(
        self, client, japanese_draft, admin_user
    ):
        token = issue_preview_token(japanese_draft, admin_user)
        japanese_draft.get_latest_revision().publish()
        response = client.get("/preview/", {"token": token})
        assert (response.status_code, "revoked" in response.content.decode()) == (403, True)

    def test_a_token_stops_working_once_a_newer_draft_is_saved(
        self, client, japanese_draft, admin_user
    ):
        token = issue_preview_token(japanese_draft, admin_user)
        japanese_draft.title = "新しい下書き"
        japanese_draft.save_revision()
        response = client.get("/preview/", {"token": token})
        assert response.status_code == 403
        assert "saved again or published" in response.content.decode()

    def test_a_token_stops_working_once_the_page_is_unpublished(
        self, client, site_tree, admin_user
    ):
        page = factories.NewsPageFactory(parent=site_tree.news, title="Live", slug="live")
        page.title = "Live, edited"
        page.save_revision()
        token = issue_preview_token(page, admin_user)
        assert client.get("/preview/", {"token": token}).status_code == 200
        page.unpublish()
        assert client.get("/preview/", {"token": token}).status_code == 403


class TestSyncTranslatedPages:
    """Admin → Sync translated pages, with "Publish immediately" ticked."""

    def sync(self, admin_client, article, django_capture_on_commit_callbacks):
        source = Translation.objects.get(source__object_id=article.translation_key).source
        with django_capture_on_commit_callbacks(execute=True):
            return admin_client.post(
                f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}
            )

    def test_publishes_new_dates_but_no_english_text(
        self, admin_client, article, japanese_article, django_capture_on_commit_callbacks
    ):
        # Saved and then synced, as an editor who does not publish the source does.
        article.summary = "Twelve places for cluster managers."
        article.date = datetime.date(2022, 9, 15)
        article.save()
        response = self.sync(admin_client, article, django_capture_on_commit_callbacks)
        assert response.status_code == 302
        japanese_article.refresh_from_db()
        assert (japanese_article.live, japanese_article.date, japanese_article.summary) == (
            True,
            datetime.date(2022, 9, 15),
            "クラスターマネージャー10名を募集。",
        )

    def test_a_translation_in_review_is_left_to_its_reviewers(
        self,
        client,
        article,
        japanese_article,
        django_user_model,
        django_capture_on_commit_callbacks,
    ):
        submitter = django_user_model.objects.create_user("submitter")
        japanese_article.save_revision()
        japanese_article.get_workflow().start(japanese_article, submitter)
        revisions = japanese_article.revisions.count()
        translator = django_user_model.objects.create_user("honyaku")
        translator.groups.add(Group.objects.get(name=TRANSLATORS))
        client.force_login(translator)
        article.date = datetime.date(2022, 9, 15)
        article.save()
        response = self.sync(client, article, django_capture_on_commit_callbacks)
        japanese_article.refresh_from_db()
        assert (japanese_article.date, japanese_article.revisions.count()) == (
            datetime.date(2022, 7, 1),
            revisions,
        )
        assert [str(message) for message in get_messages(response.wsgi_request)][:1] == [
            "1 translation was left as it is: it is locked or in review."
        ]
        assert japanese_article.current_workflow_state.status == "in_progress"

    def test_a_draft_translation_stays_a_draft(
        self,
        admin_client,
        article,
        japanese_sections,
        translate_now,
        django_capture_on_commit_callbacks,
    ):
        japanese = translate_now(article, japanese_sections.ja)
        self.sync(admin_client, article, django_capture_on_commit_callbacks)
        japanese.refresh_from_db()
        assert (japanese.live, japanese.title) == (False, "Mobility call launched")


def test_related_pages_show_each_public_page_once(site_tree):
    shown = factories.PartnerPageFactory(parent=site_tree.partners, title="Shown")
    hidden = factories.PartnerPageFactory(parent=site_tree.partners, title="Hidden")
    hidden.unpublish()
    article = factories.NewsPageFactory(parent=site_tree.news)
    article.related_links = [
        NewsRelatedPage(page=shown),
        NewsRelatedPage(page=hidden),
        NewsRelatedPage(page=shown),
    ]
    assert [page.title for page in article.public_related_pages()] == ["Shown"]
