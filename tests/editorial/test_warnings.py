"""Warnings after saving a page: what readers will miss, said in the admin's language."""

import datetime

import pytest
import time_machine

from django.contrib.messages import WARNING, get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.utils import translation

from wagtail import hooks

from editorial.wagtail_hooks import warn_about_what_readers_will_miss
from pages.models import NewsPage
from tests import factories
from tests.graphql_api.content import image
from tests.pages.helpers import publish_translation as translate

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2027, 3, 1, 9, 0, tzinfo=datetime.UTC)
PAST_DEADLINE = {
    "en": "The deadline has passed: readers see this call as closed.",
    "ja": "締切を過ぎています。読者にはこの公募が締切済みとして表示されます。",
}
NO_REGISTRATION = {
    "en": "This upcoming webinar has no registration link: readers cannot sign up.",
    "ja": "開催前のウェビナーに参加登録のリンクがありません。読者が申し込めません。",
}


@pytest.fixture(autouse=True)
def frozen():
    with time_machine.travel(NOW, tick=False):
        yield


def warnings_after_saving(page, language):
    """The warnings Wagtail's page editor shows, through its hooks, after saving the page."""
    request = RequestFactory().post("/admin/pages/edit/")
    request.session = {}
    request._messages = FallbackStorage(request)
    with translation.override(language):
        for hook in hooks.get_hooks("after_edit_page"):
            hook(request, page)
        return [str(m) for m in get_messages(request) if m.level == WARNING]


def test_a_new_page_is_warned_about_as_an_edited_one():
    assert warn_about_what_readers_will_miss in hooks.get_hooks("after_create_page")


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_call_saved_after_its_deadline_is_saved_with_a_warning(language, site_tree):
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        opening_date=datetime.date(2027, 1, 10),
        deadline_date=datetime.date(2027, 2, 28),
    )
    assert warnings_after_saving(call, language) == [PAST_DEADLINE[language]]
    call.deadline_date = datetime.date(2027, 3, 20)
    call.save_revision().publish()
    assert warnings_after_saving(call, language) == []


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_upcoming_webinar_without_registration_is_saved_with_a_warning(language, site_tree):
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, start=NOW + datetime.timedelta(days=7), registration_url=""
    )
    assert warnings_after_saving(webinar, language) == [NO_REGISTRATION[language]]
    webinar.registration_url = "https://example.eu/register"
    webinar.save_revision().publish()
    assert warnings_after_saving(webinar, language) == []
    webinar.registration_url = ""
    webinar.start = NOW - datetime.timedelta(days=7)
    webinar.save_revision().publish()
    assert warnings_after_saving(webinar, language) == []


NO_ENGLISH_ALT = {
    "en": "The image 'Harbour' has no English alt text: screen readers read its title.",
    "ja": "画像「Harbour」に英語の代替テキストがありません。スクリーンリーダーはタイトルを読み上げます。",
}
NO_JAPANESE_ALT = {
    "en": "The image 'Harbour' has no Japanese alt text: Japanese readers get the English one.",
    "ja": "画像「Harbour」に日本語の代替テキストがありません。日本語の読者には英語のテキストが示されます。",
}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_an_image_without_alt_text_in_the_pages_language_is_warned_about(language, site_tree):
    harbour = image(title="Harbour", alt="")
    article = factories.NewsPageFactory(
        parent=site_tree.news,
        image=harbour,
        body=[("image", {"image": harbour, "decorative": False, "alt_text": ""})],
    )
    # One warning per image, however often the page shows it.
    assert warnings_after_saving(article, language) == [NO_ENGLISH_ALT[language]]
    harbour.description = "Boats in Oulu harbour"
    harbour.save()
    assert warnings_after_saving(article, language) == []

    japanese = translate(article, site_tree.ja, title="港")
    assert warnings_after_saving(japanese, language) == [NO_JAPANESE_ALT[language]]
    harbour.description_ja = "夕暮れのオウル港の船"
    harbour.save()
    assert warnings_after_saving(NewsPage.objects.get(pk=japanese.pk), language) == []


def test_an_image_block_with_its_own_alt_text_or_decorative_is_not_warned_about(site_tree):
    harbour = image(title="Harbour", alt="")
    article = factories.NewsPageFactory(
        parent=site_tree.news,
        image=None,
        body=[
            ("image", {"image": harbour, "decorative": False, "alt_text": "Boats at sunset"}),
            ("image", {"image": harbour, "decorative": True, "alt_text": ""}),
        ],
    )
    assert warnings_after_saving(article, "en") == []
