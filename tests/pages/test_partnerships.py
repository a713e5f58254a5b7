"""Partnerships: validation, the rendered page and index in both languages, the feed."""

import datetime
import json
import re

import feedparser
import pytest
import time_machine

from pages.models import PartnershipEUPartner, PartnershipJPPartner, PartnershipWebinar
from tests import factories
from tests.graphql_api.conftest import publish, translate
from tests.pages.helpers import errors_of


@pytest.fixture
def kanagawa_oulu(site_tree):
    """A partnership of a Finnish cluster and a Japanese prefecture, presented in a webinar."""
    oulu = factories.PartnerPageFactory(parent=site_tree.partners, title="OuluHealth", country="FI")
    kanagawa = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Kanagawa Prefecture", country="JP", kind="jp_prefecture"
    )
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Concept-based cooperation",
        start=datetime.datetime(2021, 10, 15, 7, tzinfo=datetime.UTC),
    )
    page = factories.PartnershipPageFactory(
        parent=site_tree.partnerships,
        title="Kanagawa and OuluHealth",
        slug="kanagawa-oulu",
        since=2017,
        outcomes="<p>Joint pilots of health-technology companies.</p>",
    )
    PartnershipEUPartner.objects.create(page=page, partner=oulu)
    PartnershipJPPartner.objects.create(page=page, partner=kanagawa)
    PartnershipWebinar.objects.create(page=page, webinar=webinar)
    return publish(page)


class TestValidation:
    def test_valid_partnership_passes(self, kanagawa_oulu):
        kanagawa_oulu.full_clean()

    @time_machine.travel(datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC), tick=False)
    def test_a_partnership_cannot_start_in_the_future(self, kanagawa_oulu):
        kanagawa_oulu.since = 2027
        assert errors_of(kanagawa_oulu) == {"since": ["A partnership cannot start in the future."]}
        kanagawa_oulu.since = 2026
        kanagawa_oulu.full_clean()

    def test_a_partner_must_sit_on_its_side(self, kanagawa_oulu):
        japanese = kanagawa_oulu.jp_partners[0]
        link = PartnershipEUPartner(page=kanagawa_oulu, partner=japanese)
        assert errors_of(link) == {
            "partner": ["Kanagawa Prefecture is on the JP side, not the EU side."]
        }


def test_english_page_shows_partners_outcomes_and_webinars(client, kanagawa_oulu):
    html = client.get("/en/partnerships/kanagawa-oulu/").content.decode()
    assert "<dt>Since</dt><dd>2017</dd>" in html
    assert '<dt>Europe</dt><dd><a href="/en/partners/' in html
    assert ">OuluHealth</a></dd>" in html
    assert ">Kanagawa Prefecture</a></dd>" in html
    assert "<p>Joint pilots of health-technology companies.</p>" in html
    assert ">Concept-based cooperation</a></h3>" in html
    # schema.org has no type for a partnership: the page's only structured data is its trail.
    scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert [json.loads(script)["@type"] for script in scripts] == ["BreadcrumbList"]


def test_japanese_page_links_only_japanese_pages(client, site_tree, kanagawa_oulu):
    ja = site_tree.ja
    translate(site_tree.home, ja, title="ホーム")
    translate(site_tree.partnerships, ja, title="パートナーシップ")
    translate(site_tree.partners, ja, title="パートナー")
    translate(kanagawa_oulu.jp_partners[0], ja, title="神奈川県")
    translate(kanagawa_oulu, ja, title="神奈川県とオウルヘルス")
    html = client.get("/ja/partnerships/kanagawa-oulu/").content.decode()
    assert "<h1>神奈川県と<wbr>オウルヘルス</h1>" in html
    assert ">神奈川県</a></dd>" in html
    # The Finnish partner and the webinar have no Japanese page: they are not linked.
    assert "OuluHealth</a>" not in html
    assert "Concept-based cooperation" not in html
    index = client.get("/ja/partnerships/").content.decode()
    assert '>神奈川県と<wbr>オウルヘルス</a></h3><p class="meta">2017年から</p>' in index


def test_index_lists_partnerships_longest_standing_first(client, site_tree, kanagawa_oulu):
    factories.PartnershipPageFactory(
        parent=site_tree.partnerships, title="Saitama and Bavaria", since=2012
    )
    html = client.get("/en/partnerships/").content.decode()
    assert html.index("Saitama and Bavaria") < html.index("Kanagawa and OuluHealth")
    assert '<p class="meta">Since 2017</p>' in html


def test_feed_lists_public_partnerships(client, site_tree, kanagawa_oulu):
    draft = factories.PartnershipPageFactory(parent=site_tree.partnerships, title="Draft")
    draft.unpublish()
    feed = feedparser.parse(client.get("/feeds/en/partnerships.rss").content)
    assert feed.bozo == 0
    assert [(entry.title, entry.summary) for entry in feed.entries] == [
        ("Kanagawa and OuluHealth", "A European and a Japanese partner working together.")
    ]
    atom = feedparser.parse(client.get("/feeds/en/partnerships.atom").content)
    assert [entry.title for entry in atom.entries] == ["Kanagawa and OuluHealth"]
