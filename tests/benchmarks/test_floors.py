"""The benchmark's floors return exactly what the API returns, so its ratios compare like with like."""

import datetime
import json
from io import StringIO

import pytest

from django.core.management import call_command

from benchmarks.inprocess import first_difference, floors_of
from benchmarks.prepare import LONG_ARTICLE_TITLE, lengthen_article
from benchmarks.reads import measured_reads
from benchmarks.seed import seed_pages
from pages.models import NewsPage

NOW = datetime.datetime(2026, 11, 2, 9, 0, tzinfo=datetime.UTC)


@pytest.mark.django_db
def test_every_floor_answers_what_the_api_answers(client, settings):
    settings.ROOT_URLCONF = "benchmarks.urls"
    call_command("load_demo_content", stdout=StringIO())
    counts = seed_pages(40, NOW)
    assert counts == {
        "NewsPage": 40,
        "WebinarPage": 16,
        "PartnerPage": 12,
        "EventPage": 8,
        "CallPage": 4,
    }
    lengthen_article()
    article = NewsPage.objects.get(title=LONG_ARTICLE_TITLE)
    floors = floors_of(article.url)
    for read in measured_reads(article.url):
        api = client.post("/graphql/", json.dumps(read.payload()), content_type="application/json")
        floor_url, params = floors[read.name]
        floor = client.get(floor_url, params)
        assert api.status_code == floor.status_code == 200
        assert "errors" not in api.json()
        assert first_difference(api.json(), floor.json()) is None, read.name
