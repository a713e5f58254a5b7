# Japanese dates are written with full-width brackets; ruff would flag them.
# ruff: noqa: RUF001
"""The embed endpoints: clear errors for bad input, framing policy, the script's contents."""

import datetime
import json
import re

import pytest
import time_machine
from graphql import parse, validate

from django.contrib.staticfiles import finders
from django.utils import translation
from django.utils.html import escape

from graphql_api.common.embeds import embeds
from graphql_api.schema import schema
from pages.registry import ITEM_KINDS
from tests import factories
from tests.graphql_api.content import translate
from tests.kinds import make_page, root_list_field
from tests.pages.helpers import publish_translation


@pytest.mark.parametrize(
    ("path", "status", "message"),
    [
        (
            "/embed/events/?locale=en",
            400,
            "Unknown embed 'events': use calls, news, partners, partnerships, webinars.",
        ),
        ("/embed/calls/?locale=fr", 400, "Unknown locale 'fr': use en or ja."),
        ("/embed/calls/?limit=0", 400, "limit must be a whole number from 1 to 20."),
        ("/embed/calls/?limit=21", 400, "limit must be a whole number from 1 to 20."),
        ("/embed/calls/?limit=five", 400, "limit must be a whole number from 1 to 20."),
    ],
)
@pytest.mark.django_db
def test_bad_input_is_a_clear_error(client, path, status, message):
    response = client.get(path)
    assert (response.status_code, response.content.decode()) == (status, message)


@pytest.mark.django_db
def test_frame_may_be_embedded_by_the_allowed_origins_only(client, site_tree, settings):
    settings.EMBED_FRAME_ANCESTORS = ["https://www.clustercollaboration.eu"]
    response = client.get("/embed/news/?locale=en&limit=3")
    assert response.status_code == 200
    assert response["Content-Security-Policy"].endswith(
        "; frame-ancestors 'self' https://www.clustercollaboration.eu"
    )
    assert "X-Frame-Options" not in response


@pytest.mark.django_db
def test_script_carries_the_documents_and_the_api_path(client):
    response = client.get("/embed/ejrc-feed.js")
    assert response["Content-Type"] == "text/javascript; charset=utf-8"
    script = response.content.decode()
    documents = json.loads(re.search(r"const DOCUMENTS = (\{.*\});", script).group(1))
    assert documents == {name: embed.document for name, embed in embeds().items()}
    assert 'new URL("/graphql/"' in script


@pytest.mark.django_db
def test_the_script_carries_each_embeds_texts_in_both_languages_and_its_line(client):
    script = client.get("/embed/ejrc-feed.js").content.decode()
    texts = json.loads(re.search(r"const EMBED_TEXT = (\{.*\});", script).group(1))
    expected = {}
    for language in ("en", "ja"):
        with translation.override(language):
            expected[language] = {
                name: {"heading": str(embed.heading), "empty": str(embed.empty)}
                for name, embed in embeds().items()
            }
    assert texts == expected
    assert [name for name in embeds() if f'DESCRIBE["{name}"] = ' not in script] == []


@pytest.mark.parametrize("kind", sorted(embeds()))
def test_every_embed_document_is_valid_against_the_schema(kind):
    assert validate(schema._schema, parse(embeds()[kind].document)) == []


def listed_kind(embed):
    """The page kind whose root list the embed's document reads."""
    root_field = parse(embed.document).definitions[0].selection_set.selections[0].name.value
    return next(kind for kind in ITEM_KINDS if root_list_field(kind) == root_field)


def heading(embed, language):
    """The frame's heading of the embed in the language."""
    with translation.override(language):
        return f"<h1>{escape(embed.heading)}</h1>"


@pytest.mark.parametrize("embed", embeds().values(), ids=lambda embed: embed.name)
def test_each_embed_frames_the_published_pages_of_its_kind_in_both_languages(
    client, site_tree, embed
):
    assert validate(schema._schema, parse(embed.document)) == []
    kind = listed_kind(embed)
    page = make_page(kind, site_tree, title="A published page")
    make_page(kind, site_tree, title="A draft", live=False)
    publish_translation(page, site_tree.ja, title="公開されたページ")
    english, japanese = (
        client.get(f"/embed/{embed.name}/?locale={language}&limit=20").content.decode()
        for language in ("en", "ja")
    )
    assert [
        heading(embed, "en") in english,
        "A published page" in english,
        "A draft" in english,
        heading(embed, "ja") in japanese,
        "公開されたページ" in japanese,
        "A published page" in japanese,
    ] == [True, True, False, True, True, False]


@pytest.mark.django_db
def test_the_japanese_embed_and_home_page_agree_on_an_english_only_call(client, ja_tree, site_tree):
    from tests import factories

    factories.CallPageFactory(parent=site_tree.calls, title="English-only open call")
    english_embed = client.get("/embed/calls/?locale=en&limit=5").content.decode()
    japanese_embed = client.get("/embed/calls/?locale=ja&limit=5").content.decode()
    japanese_home = client.get("/ja/").content.decode()
    english_home = client.get("/en/").content.decode()
    assert [
        "English-only open call" in html
        for html in (english_embed, english_home, japanese_embed, japanese_home)
    ] == [True, True, False, False]


def test_the_partnership_embed_lists_the_newest_first_with_the_year_in_the_language(
    client, ja_tree, site_tree
):
    for title, since in (("Older pair", 2011), ("Newer pair", 2019)):
        page = factories.PartnershipPageFactory(
            parent=site_tree.partnerships, title=title, since=since
        )
        translate(page, site_tree.ja, title=f"{title} (JA)")
    english = client.get("/embed/partnerships/?locale=en&limit=5").content.decode()
    japanese = client.get("/embed/partnerships/?locale=ja&limit=5").content.decode()
    assert "<h1>Partnerships</h1>" in english
    assert english.index("Newer pair") < english.index("Older pair")
    assert "Since 2019" in english and "Since 2011" in english
    assert "<h1>パートナーシップ</h1>" in japanese
    assert japanese.index("Newer pair (JA)") < japanese.index("Older pair (JA)")
    assert "2019年から" in japanese and "2011年から" in japanese


@pytest.mark.django_db
def test_the_frame_is_styled_by_a_stylesheet_its_own_policy_allows(client, site_tree):
    factories.CallPageFactory(parent=site_tree.calls, title="Open call")
    response = client.get("/embed/calls/?locale=en&limit=3")
    html = response.content.decode()
    policy = dict(
        directive.split(" ", 1) for directive in response["Content-Security-Policy"].split("; ")
    )
    stylesheets = re.findall(r'<link rel="stylesheet" href="([^"]+)">', html)
    assert (stylesheets, policy["style-src"]) == (["/static/embeds/frame.css"], "'self'")
    assert ("<style" in html, "style=" in html) == (False, False)
    assert finders.find("embeds/frame.css") is not None


def meta_texts(client, path):
    """The text under each item's title in a frame, spaces as a reader sees them."""
    html = client.get(path).content.decode()
    spans = re.findall(r'<span class="meta">(.*?)</span>', html, re.DOTALL)
    return [" ".join(span.split()) for span in spans]


@time_machine.travel(datetime.datetime(2026, 6, 1, 10, 0, tzinfo=datetime.UTC), tick=False)
def test_the_frame_dates_each_side_of_midnight_as_the_visitor_site_does(client, ja_tree, site_tree):
    call = factories.CallPageFactory(
        parent=site_tree.calls,
        title="Summer call",
        opening_date=datetime.date(2026, 5, 1),
        deadline_date=datetime.date(2026, 6, 30),
    )
    translate(call, site_tree.ja, title="夏の公募")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Autumn webinar",
        start=datetime.datetime(2026, 11, 19, 8, 0, tzinfo=datetime.UTC),
    )
    translate(webinar, site_tree.ja, title="秋のウェビナー")
    assert [
        meta_texts(client, f"/embed/{kind}/?locale={language}&limit=5")
        for kind in ("calls", "webinars")
        for language in ("en", "ja")
    ] == [
        ["Deadline: 30 June 2026, 23:59 CEST / 1 July 2026, 6:59 JST · 29 days left"],
        ["締切: 2026年7月1日（水）6:59 JST / 2026年6月30日（火）23:59 CEST · 締切まであと29日"],
        # The same day in both zones: the date once, on the reader's side.
        ["19 November 2026, 9:00 CET / 17:00 JST"],
        ["2026年11月19日（木）17:00 JST / 9:00 CET"],
    ]
