"""Every list costs the same number of SQL queries for 5 items as for 100."""

import json

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model

from pages import models
from pages.registry import ITEM_KINDS
from tests import factories
from tests.graphql_api.content import at, document, embed, image, sector
from tests.kinds import every_field, factory_for, make_page, root_list_field

# The queries every read of pages starts with, once per request.
FACTS = ["locales", "view restrictions"]
# Wagtail's site root paths, which production keeps in the cache.
SITE_ROOTS = ["site root paths", "the site roots' translations"]
# What a StreamField with every kind of block resolves, for the whole list at once.
BLOCK_REFERENCES = [
    "translation keys of the pages chosen in blocks and links",
    "those pages in the language",
    "the chosen pages whole (a call to action shows the page's fields)",
    "collection view restrictions, for documents",
    "documents",
    "images",
    "embeds",
]


def assert_constant(gql, django_assert_num_queries, query, queries, field, **variables):
    """Run the query for 5 and for 100 items, expecting the named queries and no more."""
    gql(query, {**variables, "limit": 1})  # warm the content type cache, as in production
    for limit in (5, 100):
        with django_assert_num_queries(len(queries)):
            data = gql(query, {**variables, "limit": limit})
        assert len(data[field]["items"]) == limit, (limit, data[field]["totalCount"])
    return data


def link_sectors(pages, sectors):
    """Give every page the sectors, in one insert."""
    model = type(pages[0])
    field = model._meta.get_field("sectors")
    through = field.remote_field.through
    source = field.m2m_field_name()
    through.objects.bulk_create(
        through(**{f"{source}_id": page.pk, "sector_id": item.pk})
        for page in pages
        for item in sectors
    )


def translations(pages, parent, factory, ja, **fields):
    """A Japanese page for each page, sharing its translation key and its fields."""
    return [
        factory(
            parent=parent,
            title=f"{page.title} 日本語",
            slug=page.slug,
            locale=ja,
            translation_key=page.translation_key,
            **fields,
        )
        for page in pages
    ]


@pytest.fixture
def shared(site_tree, ja_tree):
    ja = site_tree.ja
    sectors = [
        sector("Digital", "digital", "デジタル", ja),
        sector("Health", "health", "ヘルス", ja),
    ]
    partner = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Oulu", country="FI", region_id="FI1D", logo=image()
    )
    link_sectors([partner], sectors)
    translations([partner], ja_tree.partners, factories.PartnerPageFactory, ja)
    jp_partner = factories.PartnerPageFactory(
        parent=site_tree.partners, title="Tokyo", kind="jp_prefecture", country="JP"
    )
    embed()
    return {"sectors": sectors, "partner": partner, "jp_partner": jp_partner, "ja": ja}


def body(partner, picture, doc):
    return json.dumps(
        [
            {
                "type": "paragraph",
                "id": "p",
                "value": f'<p><a linktype="page" id="{partner.pk}">P</a> <a linktype="document" id="{doc.pk}">D</a></p>',
            },
            {
                "type": "image",
                "id": "i",
                "value": {"image": picture.pk, "alt_text": "", "decorative": False},
            },
            {"type": "embed", "id": "e", "value": "https://www.youtube.com/watch?v=ejrc"},
            {"type": "document", "id": "d", "value": {"document": doc.pk, "title": ""}},
            {
                "type": "call_to_action",
                "id": "c",
                "value": {"label": "Go", "page": partner.pk, "url": ""},
            },
        ]
    )


NEWS = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  news(locale: $locale, fallback: $fallback, limit: $limit) {
    totalCount
    items {
      id title url fullUrl locale date structuredData
      translations { id locale url }
      image { url(width: 320, height: 320, fill: true, format: WEBP) srcset alt focalPoint { x } }
      sectors { items { name locale } }
      relatedPages {
        totalCount
        items { __typename title url ... on PartnerPage { logo { url } region { name } sectors { items { name } } } }
      }
      body { items {
        __typename
        ... on ParagraphBlock { html }
        ... on ImageBlock { image { url(width: 640) alt } }
        ... on EmbedBlock { embed { html } }
        ... on DocumentBlock { document { url fileSize } }
        ... on CallToActionBlock { url page { title url translations { url } } }
      } }
    }
  }
}
"""


@pytest.fixture
def many_news(site_tree, ja_tree, shared):
    picture, doc = image(), document()
    text = body(shared["partner"], picture, doc)
    pages = [
        factories.NewsPageFactory(
            parent=site_tree.news, title=f"News {i:03}", image=picture, body=text
        )
        for i in range(100)
    ]
    pages += translations(
        pages[:60], ja_tree.news, factories.NewsPageFactory, shared["ja"], image=picture, body=text
    )
    link_sectors(pages, shared["sectors"])
    models.NewsRelatedPage.objects.bulk_create(
        models.NewsRelatedPage(news=page, page=shared["partner"], sort_order=0) for page in pages
    )
    return pages


def news_queries(sector_translations):
    return [
        *FACTS,
        "the page of news, with their images",
        "their count",
        *SITE_ROOTS,
        "the request's site (fullUrl)",
        "the renditions of the images the JSON-LD links to",
        "the news' public ancestors (the JSON-LD's BreadcrumbList)",
        "the news' translations",
        "sector links, with the sectors",
        *sector_translations,
        "related page links",
        "the related pages in the language",
        "related partners whole (their own fields are asked for)",
        "the partners' sector links",
        *BLOCK_REFERENCES,
        "translations of the page a call to action leads to",
    ]


def test_news(gql, django_assert_num_queries, many_news):
    # English sectors are already in the language; Japanese ones need their translations.
    assert_constant(gql, django_assert_num_queries, NEWS, news_queries([]), "news")
    data = assert_constant(
        gql,
        django_assert_num_queries,
        NEWS,
        news_queries(["the sectors in Japanese"]),
        "news",
        locale="JA",
        fallback=True,
    )
    assert {item["locale"] for item in data["news"]["items"]} == {"EN", "JA"}


WEBINARS = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  webinars(locale: $locale, fallback: $fallback, limit: $limit) {
    totalCount
    items {
      title url locale status start startLocal { dateTime abbreviation }
      translations { locale url }
      series { name locale }
      sectors { items { name } }
      euPartners { items { title url logo { srcset } sectors { items { name } } translations { url } } }
      jpPartners { items { title region { name } } }
      programme { items { title speakers { items { name } } } }
      presentations { items { title document { url } } }
    }
  }
}
"""


def test_webinars(gql, django_assert_num_queries, site_tree, ja_tree, shared):
    series = factories.WebinarSeriesFactory(name="Good practices")
    programme = json.dumps(
        [
            {
                "type": "item",
                "id": "s",
                "value": {
                    "start_time": "10:00:00",
                    "title": "Talk",
                    "speakers": [{"type": "item", "id": "x", "value": {"name": "A"}}],
                },
            }
        ]
    )
    pages = [
        factories.WebinarPageFactory(
            parent=site_tree.webinars,
            title=f"Webinar {i:03}",
            series=series,
            start=at(2022, 1, 1 + i % 28, 8),
            programme=programme,
        )
        for i in range(100)
    ]
    pages += translations(
        pages[:50],
        ja_tree.webinars,
        factories.WebinarPageFactory,
        shared["ja"],
        series=series,
        programme=programme,
    )
    link_sectors(pages, shared["sectors"])
    models.WebinarEUPartner.objects.bulk_create(
        models.WebinarEUPartner(page=page, partner=shared["partner"], sort_order=0)
        for page in pages
    )
    models.WebinarJPPartner.objects.bulk_create(
        models.WebinarJPPartner(page=page, partner=shared["jp_partner"], sort_order=0)
        for page in pages
    )

    def queries(translations=()):
        return [
            *FACTS,
            "the page of webinars, with their series",
            "their count",
            *SITE_ROOTS,
            "the webinars' translations",
            *translations[:1],
            "sector links, with the sectors",
            *translations[1:],
            "European partner links",
            "Japanese partner links",
            "the partners in the language, with logos and regions",
            "the partners' sector links",
            "the partners' translations",
        ]

    assert_constant(gql, django_assert_num_queries, WEBINARS, queries(), "webinars")
    assert_constant(
        gql,
        django_assert_num_queries,
        WEBINARS,
        queries(["the series in Japanese", "the sectors in Japanese"]),
        "webinars",
        locale="JA",
        fallback=True,
    )
    assert_constant(gql, django_assert_num_queries, WEBINARS, queries(), "webinars", status="PAST")


EVENTS = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  events(locale: $locale, fallback: $fallback, limit: $limit) {
    totalCount
    items {
      title url locale status endLocal { clock } translations { url }
      sectors { items { name } }
      body { items { __typename ... on CallToActionBlock { page { title } } ... on ParagraphBlock { html } } }
      days { items { title programme { items { title } } } }
    }
  }
}
"""


def test_events(gql, django_assert_num_queries, site_tree, ja_tree, shared):
    picture, doc = image(), document()
    text = body(shared["partner"], picture, doc)
    days = json.dumps(
        [
            {
                "type": "day",
                "id": "d",
                "value": {
                    "date": "2022-12-13",
                    "title": "Day 1",
                    "programme": [
                        {
                            "type": "item",
                            "id": "s",
                            "value": {"start_time": "09:00:00", "title": "Opening", "speakers": []},
                        }
                    ],
                },
            }
        ]
    )
    pages = [
        factories.EventPageFactory(
            parent=site_tree.events, title=f"Event {i:03}", body=text, days=days
        )
        for i in range(100)
    ]
    link_sectors(pages, shared["sectors"])

    def queries(sector_translations=()):
        return [
            *FACTS,
            "the page of events",
            "their count",
            *SITE_ROOTS,
            "the events' translations",
            "sector links, with the sectors",
            *sector_translations,
            *BLOCK_REFERENCES,
        ]

    assert_constant(gql, django_assert_num_queries, EVENTS, queries(), "events")
    assert_constant(
        gql,
        django_assert_num_queries,
        EVENTS,
        queries(["the sectors in Japanese"]),
        "events",
        locale="JA",
        fallback=True,
    )


CALLS = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  calls(locale: $locale, fallback: $fallback, limit: $limit) {
    totalCount
    items {
      title url locale status deadline daysLeft grant { amount } translations { url }
      eligibility targetAudience
      body { items { __typename ... on ParagraphBlock { html } } }
      timeline { items { label } }
      documents { items { title document { url } } }
    }
  }
}
"""


def test_calls(gql, django_assert_num_queries, site_tree, ja_tree, shared):
    picture, doc = image(), document()
    text = body(shared["partner"], picture, doc)
    documents = json.dumps(
        [{"type": "document", "id": "d", "value": {"document": doc.pk, "title": "Form"}}]
    )
    timeline = json.dumps(
        [{"type": "milestone", "id": "m", "value": {"date": "2022-07-15", "label": "Selection"}}]
    )
    eligibility = f'<p><a linktype="page" id="{shared["partner"].pk}">Partner</a></p>'
    for i in range(100):
        factories.CallPageFactory(
            parent=site_tree.calls,
            title=f"Call {i:03}",
            body=text,
            documents=documents,
            timeline=timeline,
            eligibility=eligibility,
        )
    queries = [
        *FACTS,
        "the page of calls",
        "their count",
        *SITE_ROOTS,
        "the calls' translations",
        *BLOCK_REFERENCES,
    ]
    assert_constant(gql, django_assert_num_queries, CALLS, queries, "calls")
    assert_constant(gql, django_assert_num_queries, CALLS, queries, "calls", status="OPEN")


PARTNERS = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  partners(locale: $locale, fallback: $fallback, limit: $limit) {
    totalCount
    items {
      title url locale kind side description
      translations { locale url }
      logo { url(width: 160) srcset(format: AVIF) alt }
      region { code name block }
      sectors { totalCount items { name locale } }
    }
  }
}
"""


def test_partners(gql, django_assert_num_queries, site_tree, ja_tree, shared):
    logo = image()
    description = f'<p><a linktype="page" id="{shared["partner"].pk}">Oulu</a></p>'
    pages = [
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title=f"Partner {i:03}",
            logo=logo,
            region_id="FI1D" if i % 2 else "13",
            country="FI" if i % 2 else "JP",
            kind="eu_cluster" if i % 2 else "jp_cluster",
            description=description,
        )
        for i in range(100)
    ]
    pages += [
        factories.PartnerPageFactory(
            parent=ja_tree.partners,
            title=f"{page.title} 日本語",
            slug=page.slug,
            locale=shared["ja"],
            translation_key=page.translation_key,
            logo=logo,
            region_id=page.region_id,
            country=page.country,
            kind=page.kind,
            description=description,
        )
        for page in pages[:50]
    ]
    link_sectors(pages, shared["sectors"])

    def queries(sector_translations=()):
        return [
            *FACTS,
            "the page of partners, with logos and regions",
            "their count",
            *SITE_ROOTS,
            "translation keys of the pages linked in descriptions",
            "those pages in the language",
            "the partners' translations",
            "sector links, with the sectors",
            *sector_translations,
        ]

    assert_constant(gql, django_assert_num_queries, PARTNERS, queries(), "partners")
    assert_constant(
        gql,
        django_assert_num_queries,
        PARTNERS,
        queries(["the sectors in Japanese"]),
        "partners",
        locale="JA",
        fallback=True,
    )


PAGES = """
query($locale: Locale, $fallback: Boolean, $limit: Int) {
  pages(locale: $locale, fallback: $fallback, limit: $limit, types: [NEWS, WEBINAR, PARTNER, EVENT], order: TITLE_ASC) {
    totalCount
    items {
      __typename title url locale translations { locale url }
      ... on NewsPage { image { url } sectors { items { name } } relatedPages { items { title } } }
      ... on WebinarPage { series { name } euPartners { items { title } } sectors { items { name } } }
      ... on PartnerPage { logo { url } region { name } sectors { items { name } } }
      ... on EventPage { status }
    }
  }
}
"""


def test_pages_over_mixed_types(gql, django_assert_num_queries, site_tree, ja_tree, shared):
    series = factories.WebinarSeriesFactory(name="Good practices")
    picture = image()
    news = [
        factories.NewsPageFactory(parent=site_tree.news, title=f"{i:03} News", image=picture)
        for i in range(40)
    ]
    webinars = [
        factories.WebinarPageFactory(
            parent=site_tree.webinars, title=f"{i:03} Webinar", series=series
        )
        for i in range(40)
    ]
    partners = [
        factories.PartnerPageFactory(
            parent=site_tree.partners,
            title=f"{i:03} Partner",
            logo=picture,
            region_id="13",
            country="JP",
            kind="jp_city",
        )
        for i in range(20)
    ]
    events = [
        factories.EventPageFactory(parent=site_tree.events, title=f"{i:03} Event") for i in range(5)
    ]
    for group in (news, webinars, partners):
        link_sectors(group, shared["sectors"])
    models.NewsRelatedPage.objects.bulk_create(
        models.NewsRelatedPage(news=page, page=shared["partner"], sort_order=0) for page in news
    )
    models.WebinarEUPartner.objects.bulk_create(
        models.WebinarEUPartner(page=page, partner=shared["partner"], sort_order=0)
        for page in webinars
    )
    translations(news[:20], ja_tree.news, factories.NewsPageFactory, shared["ja"])
    assert len(events) == 5
    queries = [
        *FACTS,
        "the page of pages (base rows)",
        "the events whole (their own fields are asked for)",
        "the news whole, with their images",
        "the partners whole, with logos and regions",
        "the webinars whole, with their series",
        "their count",
        *SITE_ROOTS,
        "the events' translations",
        "the news' translations",
        "the news' sector links",
        "the news' related page links",
        "the related pages in the language",
        "the partners' translations",
        "the partners' sector links",
        "the webinars' translations",
        "the webinars' European partner links",
        "the webinars' Japanese partner links",
        "those partners in the language",
        "the webinars' sector links",
    ]
    # By title, the first five items already cover the four types, like the first hundred.
    for limit in (5, 100):
        with django_assert_num_queries(len(queries)):
            data = gql(PAGES, {"limit": limit})
        items = data["pages"]["items"]
        assert len(items) == limit
        assert {item["__typename"] for item in items} == {
            "NewsPage",
            "WebinarPage",
            "PartnerPage",
            "EventPage",
        }


def test_snippet_lists(gql, django_assert_num_queries, locales):
    _en, ja = locales
    for i in range(100):
        english = factories.SectorFactory(name=f"Sector {i:03}", slug=f"s{i}")
        factories.SectorFactory(
            name=f"Sector {i:03} ja",
            slug=f"s{i}",
            locale=ja,
            translation_key=english.translation_key,
        )
        factories.OfficeFactory(name=f"Office {i:03}", sort_order=i)
        factories.WebinarSeriesFactory(name=f"Series {i:03}")
    queries = ["locales", "the page of the list", "its count"]
    sectors = "query($limit: Int, $locale: Locale) { sectors(limit: $limit, locale: $locale) { totalCount items { name slug locale ecosystemName } } }"
    assert_constant(gql, django_assert_num_queries, sectors, queries, "sectors")
    assert_constant(gql, django_assert_num_queries, sectors, queries, "sectors", locale="JA")
    offices = "query($limit: Int) { offices(limit: $limit, fallback: true, locale: JA) { totalCount items { name side locale } } }"
    assert_constant(gql, django_assert_num_queries, offices, queries, "offices")
    series = "query($limit: Int) { webinarSeries(limit: $limit) { totalCount items { name slug locale } } }"
    assert_constant(gql, django_assert_num_queries, series, queries, "webinarSeries")
    regions = "query($limit: Int) { regions(limit: $limit, locale: JA) { totalCount items { code name block isoCode } } }"
    assert_constant(gql, django_assert_num_queries, regions, queries, "regions")
    # A list asked only for its items is not counted.
    titles = "query($limit: Int) { webinarSeries(limit: $limit) { items { name } } }"
    assert_constant(gql, django_assert_num_queries, titles, queries[:2], "webinarSeries")


@pytest.mark.parametrize("kind", ITEM_KINDS, ids=lambda kind: kind.name)
def test_every_field_of_every_kind_costs_the_same_for_2_and_8_pages(kind, gql, site_tree):
    type_name = kind.model.__name__
    query = (
        f"query($limit: Int) {{ pages(types: [{kind.name}], limit: $limit) {{ items {{ "
        f"... on {type_name} {{ {every_field(type_name)} }} }} }} }}"
    )
    for number in range(8):
        make_page(kind, site_tree, title=f"{type_name} {number}")
    gql(query, {"limit": 1})  # warm the content type cache, as in production
    counts = {}
    for limit in (2, 8):
        with CaptureQueriesContext(connection) as captured:
            data = gql(query, {"limit": limit})
        assert len(data["pages"]["items"]) == limit
        counts[limit] = len(captured)
    assert counts[2] == counts[8], counts


def joined(kind):
    """Values for the relations every read of the kind joins: a new image each, a series, ..."""
    values = {}
    for name in kind.joins:
        related = kind.model._meta.get_field(name).related_model
        if related is get_image_model():
            values[name] = image()
        elif related is models.Region:
            # The factories' partners are French clusters: a French NUTS region fits them.
            values[name] = models.Region.objects.filter(kind="nuts", country="FR").first()
        else:
            values[name] = factory_for(related)()
    return values


@pytest.mark.parametrize("kind", ITEM_KINDS, ids=lambda kind: kind.name)
def test_structured_data_costs_the_same_for_3_and_10_pages(kind, gql, site_tree):
    for number in range(10):
        make_page(kind, site_tree, title=f"{kind.name} {number}", **joined(kind))
    field = root_list_field(kind)
    items = "items { structuredData }"
    lists = {
        field: f"{field}(locale: $locale, fallback: true, limit: $limit) {{ {items} }}",
        "pages": f"pages(locale: $locale, fallback: true, types: [{kind.name}], limit: $limit) "
        f"{{ {items} }}",
    }
    for name, selection in lists.items():
        query = f"query($locale: Locale, $limit: Int) {{ {selection} }}"
        for locale in ("EN", "JA"):
            # The first read makes the renditions the JSON-LD links to, as a page's first view.
            gql(query, {"locale": locale, "limit": 10})
            counts = {}
            for limit in (3, 10):
                with CaptureQueriesContext(connection) as captured:
                    data = gql(query, {"locale": locale, "limit": limit})
                assert len(data[name]["items"]) == limit
                counts[limit] = len(captured)
            assert counts[3] == counts[10], (name, locale, counts)
