"""The `news` root field: filters, ordering, languages, body blocks and related pages."""

import datetime
import json

import pytest

from tests import factories
from tests.graphql_api.content import (
    document,
    document_link,
    embed,
    image,
    make_draft,
    page_link,
    publish,
    sector,
    translate,
    with_sectors,
)

LIST = """
query News($locale: Locale, $fallback: Boolean, $sector: String, $partner: ID,
           $dateFrom: Date, $dateTo: Date, $order: NewsOrder) {
  news(locale: $locale, fallback: $fallback, sector: $sector, partner: $partner,
       dateFrom: $dateFrom, dateTo: $dateTo, order: $order) {
    totalCount
    items { title date locale }
  }
}
"""


def news(parent, title, date, **fields):
    return factories.NewsPageFactory(parent=parent, title=title, date=date, **fields)


@pytest.fixture
def articles(site_tree, ja_tree):
    ja = site_tree.ja
    digital = sector("Digital", "digital", "デジタル", ja)
    agri = sector("Agri-food", "agri-food", ecosystem="agri_food")
    oulu = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu Health Cluster")
    oulu_ja = translate(oulu, ja, title="Oulu ヘルスクラスター")
    draft = make_draft(factories.PartnerPageFactory(parent=site_tree.partners, title="Draft"))
    visit = news(site_tree.news, "Cluster managers visit Japan", datetime.date(2022, 7, 1))
    visit.related_links.create(page=oulu, sort_order=0)
    visit.related_links.create(page=draft, sort_order=1)
    visit = with_sectors(visit, digital)
    recap = with_sectors(
        news(site_tree.news, "Webinar recap", datetime.date(2023, 3, 15), summary="Recap."),
        agri,
    )
    results = news(site_tree.news, "Matchmaking results", datetime.date(2024, 1, 10))
    visit_ja = translate(visit, ja, title="Cluster 訪日", summary="訪日の報告。")
    return {
        "visit": visit,
        "recap": recap,
        "results": results,
        "visit_ja": visit_ja,
        "oulu": oulu,
        "oulu_ja": oulu_ja,
        "draft": draft,
    }


def titles(data):
    return [item["title"] for item in data["news"]["items"]]


def test_filters_and_ordering(gql, articles):
    cases = [
        ({}, ["Matchmaking results", "Webinar recap", "Cluster managers visit Japan"]),
        ({"order": "DATE_ASC"}, ["Cluster managers visit Japan", "Webinar recap", "Matchmaking results"]),
        ({"order": "TITLE_ASC"}, ["Cluster managers visit Japan", "Matchmaking results", "Webinar recap"]),
        ({"order": "TITLE_DESC"}, ["Webinar recap", "Matchmaking results", "Cluster managers visit Japan"]),
        ({"sector": "digital"}, ["Cluster managers visit Japan"]),
        ({"sector": "agri-food"}, ["Webinar recap"]),
        ({"partner": str(articles["oulu"].pk)}, ["Cluster managers visit Japan"]),
        ({"partner": str(articles["oulu_ja"].pk)}, ["Cluster managers visit Japan"]),
        ({"partner": "999999"}, []),
        ({"dateFrom": "2023-01-01"}, ["Matchmaking results", "Webinar recap"]),
        ({"dateTo": "2023-03-15"}, ["Webinar recap", "Cluster managers visit Japan"]),
        ({"dateFrom": "2023-03-15", "dateTo": "2023-03-15"}, ["Webinar recap"]),
        ({"locale": "JA"}, ["Cluster 訪日"]),
        ({"locale": "JA", "sector": "digital"}, ["Cluster 訪日"]),
        ({"locale": "JA", "fallback": True}, ["Matchmaking results", "Webinar recap", "Cluster 訪日"]),
    ]  # fmt: skip
    for variables, expected in cases:
        data = gql(LIST, variables)
        assert (variables, titles(data)) == (variables, expected)
        assert data["news"]["totalCount"] == len(expected)


def test_fallback_marks_english_items(gql, articles):
    data = gql(LIST, {"locale": "JA", "fallback": True, "order": "DATE_ASC"})
    assert data["news"]["items"] == [
        {"title": "Cluster 訪日", "date": "2022-07-01", "locale": "JA"},
        {"title": "Webinar recap", "date": "2023-03-15", "locale": "EN"},
        {"title": "Matchmaking results", "date": "2024-01-10", "locale": "EN"},
    ]


def test_bad_filters_are_clear_errors(gql, articles):
    assert gql.errors(LIST, {"partner": "oulu"}) == [
        "partner must be a page's id (e.g. 12:en) or its database id (12); got 'oulu'."
    ]
    # An unknown sector is an error, as an unknown country is: not an empty list.
    assert gql.errors(LIST, {"sector": "unknown"}) == [
        "sector must be the slug of a sector; got 'unknown'."
    ]
    assert gql.errors(LIST, {"dateFrom": "2024-01-01", "dateTo": "2023-01-01"}) == [
        "dateFrom/dateTo: the end of the range is before its start."
    ]
    assert gql.errors(LIST, {"dateFrom": "yesterday"})


RELATED = """
query Related($locale: Locale, $fallback: Boolean) {
  news(locale: $locale, fallback: $fallback, sector: "digital") {
    items {
      title summary url
      sectors { items { name } }
      relatedPages { totalCount items { __typename id title locale url } }
      translations { id locale url title }
    }
  }
}
"""


def test_related_pages_in_english_hide_drafts(gql, articles):
    item = gql(RELATED)["news"]["items"][0]
    assert item == {
        "title": "Cluster managers visit Japan",
        "summary": "Something happened.",
        "url": "/en/news/cluster-managers-visit-japan/",
        "sectors": {"items": [{"name": "Digital"}]},
        "relatedPages": {
            "totalCount": 1,
            "items": [
                {
                    "__typename": "PartnerPage",
                    "id": f"{articles['oulu'].pk}:en",
                    "title": "Oulu Health Cluster",
                    "locale": "EN",
                    "url": "/en/partners/oulu-health-cluster/",
                }
            ],
        },
        "translations": [
            {
                "id": str(articles["visit_ja"].pk),
                "locale": "JA",
                "url": "/ja/news/cluster-managers-visit-japan/",
                "title": "Cluster 訪日",
            }
        ],
    }


def test_related_pages_in_japanese_are_the_translations(gql, articles):
    item = gql(RELATED, {"locale": "JA"})["news"]["items"][0]
    assert item == {
        "title": "Cluster 訪日",
        "summary": "訪日の報告。",
        "url": "/ja/news/cluster-managers-visit-japan/",
        "sectors": {"items": [{"name": "デジタル"}]},
        "relatedPages": {
            "totalCount": 1,
            "items": [
                {
                    "__typename": "PartnerPage",
                    "id": f"{articles['oulu_ja'].pk}:ja",
                    "title": "Oulu ヘルスクラスター",
                    "locale": "JA",
                    "url": "/ja/partners/oulu-health-cluster/",
                }
            ],
        },
        "translations": [
            {
                "id": str(articles["visit"].pk),
                "locale": "EN",
                "url": "/en/news/cluster-managers-visit-japan/",
                "title": "Cluster managers visit Japan",
            }
        ],
    }


BODY = """
query Body($locale: Locale) {
  news(locale: $locale, limit: 1) {
    items {
      image { id title alt width height focalPoint { x y width height } }
      body { items {
        __typename
        ... on ParagraphBlock { id blockId html }
        ... on ImageBlock { id decorative image { alt width } }
        ... on QuoteBlock { id quote attribution }
        ... on EmbedBlock { id url embed { html title providerName thumbnailUrl width } }
        ... on DocumentBlock { id title document { title filename fileSize fileType url } }
        ... on CallToActionBlock { id label url page { __typename title } }
      } }
    }
  }
}
"""


@pytest.fixture
def article_with_body(site_tree, ja_tree):
    ja = site_tree.ja
    oulu = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu Health Cluster")
    translate(oulu, ja, title="Oulu ヘルスクラスター")
    alsace = factories.PartnerPageFactory(parent=site_tree.partners, title="Alsace BioValley")
    draft = make_draft(factories.PartnerPageFactory(parent=site_tree.partners, title="Draft"))
    lead, photo, doc = image(), image(title="Panel", alt="Library alt"), document()
    embed()
    body = [
        {
            "type": "paragraph",
            "id": "p1",
            "value": (
                f"<p>Meet {page_link(oulu, 'Oulu')}, {page_link(alsace, 'Alsace')} and "
                f"{page_link(draft, 'a secret')}; read {document_link(doc, 'the call')}.</p>"
            ),
        },
        {"type": "image", "id": "i1", "value": {"image": photo.pk, "alt_text": "Panel on stage", "decorative": False}},
        {"type": "quote", "id": "q1", "value": {"quote": "A bridge.", "attribution": ""}},
        {"type": "embed", "id": "e1", "value": "https://www.youtube.com/watch?v=ejrc"},
        {"type": "document", "id": "d1", "value": {"document": doc.pk, "title": ""}},
        {"type": "call_to_action", "id": "c1", "value": {"label": "Meet Oulu", "page": oulu.pk, "url": ""}},
        {"type": "call_to_action", "id": "c2", "value": {"label": "Secret", "page": draft.pk, "url": ""}},
        {"type": "call_to_action", "id": "c3", "value": {"label": "ECCP", "page": None, "url": "https://www.clustercollaboration.eu/"}},
    ]  # fmt: skip
    article = factories.NewsPageFactory(parent=site_tree.news, title="Body", image=lead)
    article.body = json.dumps(body)
    article = publish(article)
    article_ja = translate(article, ja, title="本文")
    return {
        "oulu": oulu,
        "alsace": alsace,
        "lead": lead,
        "photo": photo,
        "doc": doc,
        "article": article,
        "article_ja": article_ja,
    }


def test_body_blocks_in_english(gql, article_with_body):
    doc = article_with_body["doc"]
    item = gql(BODY)["news"]["items"][0]
    body = f"{article_with_body['article'].pk}:en/body/"
    assert item["image"] == {
        "id": f"{article_with_body['lead'].pk}:en",
        "title": "Oulu harbour",
        "alt": "Boats in Oulu harbour at sunset",
        "width": 1000,
        "height": 600,
        "focalPoint": {"x": 500, "y": 300, "width": 100, "height": 80},
    }
    assert item["body"]["items"] == [
        {
            "__typename": "ParagraphBlock",
            "id": f"{body}p1",
            "blockId": "p1",
            "html": (
                '<p>Meet <a href="/en/partners/oulu-health-cluster/">Oulu</a>, '
                '<a href="/en/partners/alsace-biovalley/">Alsace</a> and a secret; read '
                f'<a href="{doc.url}">the call</a>.</p>'
            ),
        },
        {
            "__typename": "ImageBlock",
            "id": f"{body}i1",
            "decorative": False,
            "image": {"alt": "Panel on stage", "width": 1000},
        },
        {
            "__typename": "QuoteBlock",
            "id": f"{body}q1",
            "quote": "A bridge.",
            "attribution": None,
        },
        {
            "__typename": "EmbedBlock",
            "id": f"{body}e1",
            "url": "https://www.youtube.com/watch?v=ejrc",
            "embed": {
                "html": '<iframe src="https://www.youtube.com/embed/ejrc"></iframe>',
                "title": "EJRC webinar",
                "providerName": "YouTube",
                "thumbnailUrl": "https://i.ytimg.com/vi/ejrc/hqdefault.jpg",
                "width": None,
            },
        },
        {
            "__typename": "DocumentBlock",
            "id": f"{body}d1",
            "title": "Call text",
            "document": {
                "title": "Call text",
                "filename": doc.file.name.rsplit("/", 1)[-1],
                "fileSize": 18,
                "fileType": "pdf",
                "url": f"/documents/{doc.pk}/{doc.file.name.rsplit('/', 1)[-1]}",
            },
        },
        {
            "__typename": "CallToActionBlock",
            "id": f"{body}c1",
            "label": "Meet Oulu",
            "url": "/en/partners/oulu-health-cluster/",
            "page": {"__typename": "PartnerPage", "title": "Oulu Health Cluster"},
        },
        {
            "__typename": "CallToActionBlock",
            "id": f"{body}c3",
            "label": "ECCP",
            "url": "https://www.clustercollaboration.eu/",
            "page": None,
        },
    ]


def test_body_blocks_in_japanese_link_translations_only(gql, article_with_body):
    doc = article_with_body["doc"]
    body = gql(BODY, {"locale": "JA"})["news"]["items"][0]["body"]["items"]
    assert body[0]["html"] == (
        '<p>Meet <a href="/ja/partners/oulu-health-cluster/">Oulu</a>, Alsace and a secret; '
        f'read <a href="{doc.url}">the call</a>.</p>'
    )
    # The blocks keep their ids in the translation as blockId; their ids are the Japanese page's.
    assert body[0]["blockId"] == "p1"
    prefix = f"{article_with_body['article_ja'].pk}:ja/body/"
    assert [block["id"] for block in body] == [
        f"{prefix}{block_id}" for block_id in ("p1", "i1", "q1", "e1", "d1", "c1", "c3")
    ]
    assert body[5]["page"] == {"__typename": "PartnerPage", "title": "Oulu ヘルスクラスター"}
    assert body[5]["url"] == "/ja/partners/oulu-health-cluster/"


def test_two_aliases_of_related_pages_each_load_what_they_ask(gql, articles):
    query = """{ news(sector: "digital") { items {
      plain: relatedPages { items { __typename title } }
      typed: relatedPages { items { ... on PartnerPage { acronym country } } }
    } } }"""
    item = gql(query)["news"]["items"][0]
    assert item == {
        "plain": {"items": [{"__typename": "PartnerPage", "title": "Oulu Health Cluster"}]},
        "typed": {
            "items": [{"acronym": articles["oulu"].acronym, "country": articles["oulu"].country}]
        },
    }
