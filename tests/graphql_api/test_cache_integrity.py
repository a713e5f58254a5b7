"""The response cache never answers what the visibility rule would not, at that moment."""

import datetime

import pytest
import time_machine

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.contrib.sessions.backends.db import SessionStore
from django.db import transaction
from django.utils import timezone

from wagtail.admin.models import EditingSession
from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, PageViewRestriction, Site

from pages import generation
from pages.models import HelpdeskSettings
from search.models import SearchFacet
from tests import factories

UTC = datetime.UTC
NEWS = "{ news(locale: EN) { items { title fullUrl } } }"
CALLS = "{ calls(locale: EN) { items { title status daysLeft } } }"

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("each_cache_backend"),
]


@pytest.fixture(autouse=True)
def response_cache(settings):
    settings.GRAPHQL_RESPONSE_CACHE_SECONDS = 3600
    settings.GRAPHQL_HTTP_MAX_AGE = 60
    settings.GRAPHQL_HTTP_S_MAXAGE = 300


def read(client, query, **headers):
    response = client.get("/graphql/", {"query": query}, **headers)
    assert response.status_code == 200
    return response


def titles(response):
    return [item["title"] for item in next(iter(response.json()["data"].values()))["items"]]


def test_a_view_restriction_added_to_a_live_page_hides_it_at_once(client, site_tree):
    article = factories.NewsPageFactory(parent=site_tree.news, title="Members only")
    assert titles(read(client, NEWS)) == ["Members only"]
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert titles(read(client, NEWS)) == []


def test_a_restriction_on_an_ancestor_hides_it_too(client, site_tree):
    factories.NewsPageFactory(parent=site_tree.news, title="Members only")
    assert titles(read(client, NEWS)) == ["Members only"]
    restriction = PageViewRestriction.objects.create(
        page=site_tree.news, restriction_type=PageViewRestriction.PASSWORD, password="pw"
    )
    assert titles(read(client, NEWS)) == []
    restriction.delete()
    assert titles(read(client, NEWS)) == ["Members only"]


def root_collection():
    # Transactional tests flush the tables, the root collection of Wagtail's migrations included.
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def change_site(tree):
    Site.objects.filter(is_default_site=True).get().save()


def change_locale(tree):
    tree.ja.save()


def change_collection(tree):
    root_collection().add_child(name="Press kit")


def change_image(tree):
    get_image_model().objects.create(
        title="Logo", file=get_test_image_file(), collection=root_collection()
    )


def change_document(tree):
    Document.objects.create(title="Call text", collection=root_collection())


def change_sector(tree):
    factories.SectorFactory(name="Health")


def change_settings(tree):
    HelpdeskSettings.load().save()


def change_sessions(tree):
    SessionStore().create()


def change_editing_session(tree):
    user = get_user_model().objects.create_user("editor")
    EditingSession.objects.create(
        user=user,
        content_type=ContentType.objects.get_for_model(Page),
        object_id=str(tree.home.pk),
        last_seen_at=timezone.now(),
    )


def change_search_index(tree):
    # The index is derived from pages, whose own saves move the generation.
    SearchFacet.objects.create(
        content_type=ContentType.objects.get_for_model(Page), sectors="health"
    )


@pytest.mark.parametrize(
    ("change", "moves"),
    [
        (change_site, True),
        (change_locale, True),
        (change_collection, True),
        (change_image, True),
        (change_document, True),
        (change_sector, True),
        (change_settings, True),
        (change_sessions, False),
        (change_editing_session, False),
        (change_search_index, False),
    ],
)
def test_what_moves_the_generation(site_tree, change, moves):
    before = generation.current_generation()
    change(site_tree)
    assert (generation.current_generation() != before) is moves


def test_the_host_a_client_reached_is_part_of_the_key(client, site_tree, settings):
    settings.ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
    factories.NewsPageFactory(parent=site_tree.news, title="Launch", slug="launch")
    other = read(client, NEWS, HTTP_HOST="127.0.0.1:9999")
    assert other.json()["data"]["news"]["items"][0]["fullUrl"] == (
        "http://127.0.0.1:9999/en/news/launch/"
    )
    mine = read(client, NEWS)
    assert mine.json()["data"]["news"]["items"][0]["fullUrl"] == (
        "http://testserver/en/news/launch/"
    )


def test_an_expiring_page_leaves_the_cache_at_its_expiry(client, site_tree):
    start = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False):
        factories.NewsPageFactory(
            parent=site_tree.news,
            title="Short-lived",
            expire_at=start + datetime.timedelta(minutes=10),
        )
        response = read(client, NEWS)
        assert titles(response) == ["Short-lived"]
        # Shared caches are told to keep it no longer than it is true either.
        assert response["Cache-Control"] == "public, max-age=60, s-maxage=300"
    with time_machine.travel(start + datetime.timedelta(minutes=9, seconds=30), tick=False):
        response = read(client, NEWS)
        assert titles(response) == ["Short-lived"]
        assert response["Cache-Control"] == "public, max-age=30, s-maxage=30"
    with time_machine.travel(start + datetime.timedelta(minutes=10), tick=False):
        assert titles(read(client, NEWS)) == []


def test_a_call_closes_in_the_cache_at_the_end_of_its_deadline_minute(client, site_tree):
    with time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0, tzinfo=UTC), tick=False):
        call = factories.CallPageFactory(
            parent=site_tree.calls,
            title="Mobility",
            time_zone="Asia/Tokyo",
            opening_date=datetime.date(2026, 3, 1),
            deadline_date=datetime.date(2026, 3, 3),
            deadline_time=datetime.time(17, 0),
        )
        assert call.deadline == datetime.datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
        assert read(client, CALLS).json()["data"]["calls"]["items"] == [
            {"title": "Mobility", "status": "OPEN", "daysLeft": 1}
        ]
    # Midnight in Tokyo: one day fewer.
    with time_machine.travel(datetime.datetime(2026, 3, 2, 15, 0, tzinfo=UTC), tick=False):
        assert read(client, CALLS).json()["data"]["calls"]["items"] == [
            {"title": "Mobility", "status": "OPEN", "daysLeft": 0}
        ]
    with time_machine.travel(datetime.datetime(2026, 3, 3, 8, 0, 59, tzinfo=UTC), tick=False):
        assert read(client, CALLS).json()["data"]["calls"]["items"][0]["status"] == "OPEN"
    with time_machine.travel(datetime.datetime(2026, 3, 3, 8, 1, tzinfo=UTC), tick=False):
        assert read(client, CALLS).json()["data"]["calls"]["items"] == [
            {"title": "Mobility", "status": "CLOSED", "daysLeft": None}
        ]


def test_a_deletion_moves_the_generation_only_once_committed(client, site_tree):
    article = factories.NewsPageFactory(parent=site_tree.news, title="Doomed")
    before = generation.current_generation()
    with transaction.atomic():
        article.delete()
        assert generation.current_generation() == before
    assert generation.current_generation() != before
    assert titles(read(client, NEWS)) == []


def test_next_change_is_the_nearest_scheduled_moment(site_tree):
    from pages.visibility import next_change

    now = datetime.datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    with time_machine.travel(now, tick=False):
        factories.WebinarPageFactory(
            parent=site_tree.webinars, start=now + datetime.timedelta(hours=5)
        )
        factories.NewsPageFactory(
            parent=site_tree.news, expire_at=now + datetime.timedelta(hours=3)
        )
        assert next_change(now) == now + datetime.timedelta(hours=3)
        assert next_change(now + datetime.timedelta(hours=3)) == now + datetime.timedelta(hours=5)
        # After the start, the planned end (90 minutes later) is the next change.
        assert next_change(now + datetime.timedelta(hours=5)) == now + datetime.timedelta(
            hours=6, minutes=30
        )
        assert next_change(now + datetime.timedelta(hours=7)) is None


def test_processes_with_caches_of_their_own_never_answer_what_another_made_stale(
    client, site_tree, settings
):
    """Without a copy of the generation in the cache, even process-local caches follow a publish."""
    settings.CONTENT_GENERATION_COPY_SECONDS = 0
    article = factories.NewsPageFactory(parent=site_tree.news, title="Draft title")

    def read_in(process):
        settings.CACHES = {
            "default": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": process,
            }
        }
        return titles(read(client, NEWS))

    assert [read_in("process-a"), read_in("process-b")] == [["Draft title"], ["Draft title"]]
    article.title = "Published title"
    article.save_revision().publish()
    assert [read_in("process-b"), read_in("process-a")] == [["Published title"]] * 2
