"""The `page` and `pages` root fields: the Page interface over every page type."""

import pytest

from tests import factories
from tests.graphql_api.content import at, make_draft, translate
from tests.kinds import japanese_title


@pytest.fixture
def tree(site_tree, ja_tree):
    article = factories.NewsPageFactory(parent=site_tree.news, title="Visit")
    article_ja = translate(article, site_tree.ja, title="訪問")
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Smart cities", start=at(2022, 7, 5, 8)
    )
    draft = make_draft(factories.PartnerPageFactory(parent=site_tree.partners, title="Draft"))
    return {"article": article, "article_ja": article_ja, "webinar": webinar, "draft": draft}


PAGE = """
query Page($id: ID, $path: String, $locale: Locale, $fallback: Boolean) {
  page(id: $id, path: $path, locale: $locale, fallback: $fallback) {
    __typename id title locale url
    ... on NewsPage { date }
    ... on HomePage { tagline }
  }
}
"""


def test_page_by_id_and_path(gql, tree, site_tree, ja_tree):
    article, article_ja = tree["article"], tree["article_ja"]
    english = {
        "__typename": "NewsPage",
        "id": f"{article.pk}:en",
        "title": "Visit",
        "locale": "EN",
        "url": "/en/news/visit/",
        "date": "2022-07-01",
    }
    japanese = {**english, "id": f"{article_ja.pk}:ja", "title": "訪問", "locale": "JA", "url": "/ja/news/visit/"}  # fmt: skip
    assert gql(PAGE, {"id": str(article.pk)})["page"] == english
    assert gql(PAGE, {"id": str(article_ja.pk)})["page"] == japanese
    assert gql(PAGE, {"id": str(article.pk), "locale": "JA"})["page"] == japanese
    assert gql(PAGE, {"id": str(article_ja.pk), "locale": "EN"})["page"] == english
    # A served id names the page by its database id, whatever it adds.
    assert gql(PAGE, {"id": f"{article.pk}:ja+en"})["page"] == english
    assert gql(PAGE, {"path": "/en/news/visit/"})["page"] == english
    assert gql(PAGE, {"path": "/ja/news/visit/"})["page"] == japanese
    assert gql(PAGE, {"path": "/ja/news/visit"})["page"] == japanese
    assert gql(PAGE, {"path": "/en/news/visit/", "locale": "JA"})["page"] == japanese
    assert gql(PAGE, {"path": "/ja/"})["page"] == {
        "__typename": "HomePage",
        "id": f"{ja_tree.home.pk}:ja",
        "title": "EJRC ヘルプデスク",
        "locale": "JA",
        "url": "/ja/",
        "tagline": "",
    }
    assert gql(PAGE, {"path": "/en/no-such-page/"})["page"] is None
    assert gql(PAGE, {"id": "999999"})["page"] is None


def test_page_fallback(gql, tree):
    webinar = tree["webinar"]
    assert gql(PAGE, {"id": str(webinar.pk), "locale": "JA"})["page"] is None
    assert gql(PAGE, {"id": str(webinar.pk), "locale": "JA", "fallback": True})["page"] == {
        "__typename": "WebinarPage",
        # Shown for Japanese readers: not the same object as the English page of an English
        # answer, whose relations are English.
        "id": f"{webinar.pk}:ja+en",
        "title": "Smart cities",
        "locale": "EN",
        "url": "/en/webinars/smart-cities/",
    }


def test_page_errors(gql, tree):
    assert gql.errors(PAGE, {}) == ["Give exactly one of id, path or previewToken."]
    assert gql.errors(PAGE, {"id": "1", "path": "/en/"}) == [
        "Give exactly one of id, path or previewToken."
    ]
    assert gql.errors(PAGE, {"id": "one"}) == [
        "id must be a page's id (e.g. 12:en) or its database id (12); got 'one'."
    ]
    assert gql.errors(PAGE, {"path": "/news/visit/"}) == [
        "path must start with a language prefix (en, ja), e.g. /en/news/; got '/news/visit/'."
    ]


PAGES = """
query Pages($locale: Locale, $fallback: Boolean, $types: [PageType!], $order: PageOrder) {
  pages(locale: $locale, fallback: $fallback, types: $types, order: $order) {
    totalCount
    items { __typename title locale }
  }
}
"""


def test_pages_mixed_types(gql, tree):
    data = gql(PAGES, {"order": "TITLE_ASC"})["pages"]
    assert data["totalCount"] == 9
    assert [item["title"] for item in data["items"]] == [
        "Calls",
        "EJRC Helpdesk",
        "Events",
        "News",
        "Partners",
        "Partnerships",
        "Smart cities",
        "Visit",
        "Webinars",
    ]
    types = {item["title"]: item["__typename"] for item in data["items"]}
    assert types == {
        "Calls": "CallIndexPage",
        "EJRC Helpdesk": "HomePage",
        "Events": "EventIndexPage",
        "News": "NewsIndexPage",
        "Partners": "PartnerIndexPage",
        "Partnerships": "PartnershipIndexPage",
        "Smart cities": "WebinarPage",
        "Visit": "NewsPage",
        "Webinars": "WebinarIndexPage",
    }


def test_pages_filtered_by_type_and_language(gql, tree):
    cases = [
        ({"types": ["NEWS"]}, [("NewsPage", "Visit", "EN")]),
        ({"types": ["NEWS", "WEBINAR"], "order": "TITLE_DESC"}, [("NewsPage", "Visit", "EN"), ("WebinarPage", "Smart cities", "EN")]),
        ({"types": ["PARTNER"]}, []),
        ({"types": ["NEWS", "WEBINAR"], "locale": "JA"}, [("NewsPage", "訪問", "JA")]),
        ({"types": ["NEWS", "WEBINAR"], "locale": "JA", "fallback": True, "order": "TITLE_ASC"}, [("WebinarPage", "Smart cities", "EN"), ("NewsPage", "訪問", "JA")]),
        ({"types": ["HOME"], "locale": "JA"}, [("HomePage", "EJRC ヘルプデスク", "JA")]),
    ]  # fmt: skip
    for variables, expected in cases:
        data = gql(PAGES, variables)["pages"]
        got = [(i["__typename"], i["title"], i["locale"]) for i in data["items"]]
        assert (variables, got) == (variables, expected)
        assert data["totalCount"] == len(expected)


def test_pages_and_partners_by_publication_date(gql, tree, site_tree):
    from wagtail.models import Page

    from tests.graphql_api.content import at

    oulu = factories.PartnerPageFactory(parent=site_tree.partners, title="Oulu")
    alsace = factories.PartnerPageFactory(parent=site_tree.partners, title="Alsace")
    Page.objects.filter(pk=oulu.pk).update(
        first_published_at=at(2023, 1, 1), last_published_at=at(2024, 6, 1)
    )
    Page.objects.filter(pk=alsace.pk).update(
        first_published_at=at(2024, 1, 1), last_published_at=at(2024, 2, 1)
    )
    Page.objects.filter(pk=tree["article"].pk).update(first_published_at=None)
    query = "query($o: PageOrder) { pages(types: [PARTNER, NEWS], order: $o) { items { title } } }"
    cases = {
        "FIRST_PUBLISHED_DESC": ["Alsace", "Oulu", "Visit"],
        "FIRST_PUBLISHED_ASC": ["Oulu", "Alsace", "Visit"],
        "LAST_PUBLISHED_DESC": ["Oulu", "Alsace", "Visit"],
        "PATH": ["Visit", "Oulu", "Alsace"],
        "TITLE_ASC": ["Alsace", "Oulu", "Visit"],
    }
    for order, expected in cases.items():
        items = gql(query, {"o": order})["pages"]["items"]
        assert (order, [item["title"] for item in items]) == (order, expected)
    partners = "{ partners(order: PUBLISHED_DESC) { items { title } } }"
    assert gql(partners)["partners"]["items"] == [{"title": "Alsace"}, {"title": "Oulu"}]


def test_home_and_index_intros_link_in_the_language(gql, tree, site_tree, ja_tree):
    from tests.graphql_api.content import page_link, publish

    link = (
        f"<p>Read {page_link(tree['article'], 'Visit')} and {page_link(tree['draft'], 'more')}.</p>"
    )
    for page in (site_tree.home, ja_tree.home, ja_tree.news):
        page.intro = link
        publish(page)
    query = """query($path: String) { page(path: $path) {
        ... on HomePage { intro } ... on NewsIndexPage { intro } } }"""
    assert gql(query, {"path": "/en/"})["page"] == {
        "intro": '<p>Read <a href="/en/news/visit/">Visit</a> and more.</p>'
    }
    assert gql(query, {"path": "/ja/"})["page"] == {
        "intro": '<p>Read <a href="/ja/news/visit/">Visit</a> and more.</p>'
    }
    assert gql(query, {"path": "/ja/news/"})["page"] == {
        "intro": '<p>Read <a href="/ja/news/visit/">Visit</a> and more.</p>'
    }


def test_status_has_one_shape_on_every_page_type(gql, site_tree):
    import datetime

    factories.WebinarPageFactory(
        parent=site_tree.webinars,
        title="Smart cities",
        start=datetime.datetime(2022, 7, 5, 8, tzinfo=datetime.UTC),
    )
    factories.CallPageFactory(
        parent=site_tree.calls,
        title="Mobility 2022",
        opening_date=datetime.date(2022, 5, 1),
        deadline_date=datetime.date(2022, 6, 30),
    )
    factories.NewsPageFactory(parent=site_tree.news, title="Visit")
    # Before, WebinarPage.status and CallPage.status had different enums: the same response
    # name in two fragments failed validation without aliases.
    query = """{ pages(types: [WEBINAR, CALL, NEWS], order: TITLE_ASC) { items {
        title ... on WebinarPage { status } ... on CallPage { status } } } }"""
    assert gql(query)["pages"]["items"] == [
        {"title": "Mobility 2022", "status": "CLOSED"},
        {"title": "Smart cities", "status": "PAST"},
        {"title": "Visit"},
    ]


HELP_STEPS = """
query Home($path: String) {
  page(path: $path) {
    ... on HomePage {
      helpSteps { totalCount items { id blockId heading text url page { __typename title } } }
    }
  }
}
"""


def test_the_home_pages_ways_to_help_lead_to_pages_in_the_requested_language(
    gql, site_tree, ja_tree
):
    def step(heading, page):
        return ("step", {"heading": heading, "text": f"{heading}.", "page": page})

    site_tree.home.help_steps = [
        step("Learn", site_tree.webinars),
        step("Read", make_draft(factories.NewsPageFactory(parent=site_tree.news, title="Hidden"))),
    ]
    site_tree.home.save_revision().publish()
    block_ids = [child.id for child in site_tree.home.help_steps]
    home = gql(HELP_STEPS, {"path": "/en/"})["page"]["helpSteps"]
    assert home == {
        "totalCount": 2,
        "items": [
            {
                "id": f"{site_tree.home.pk}:en/help_steps/{block_ids[0]}",
                "blockId": block_ids[0],
                "heading": "Learn",
                "text": "Learn.",
                "url": "/en/webinars/",
                "page": {"__typename": "WebinarIndexPage", "title": "Webinars"},
            },
            # A draft is not shown: the step stays, without its page.
            {
                "id": f"{site_tree.home.pk}:en/help_steps/{block_ids[1]}",
                "blockId": block_ids[1],
                "heading": "Read",
                "text": "Read.",
                "url": None,
                "page": None,
            },
        ],
    }
    ja_home = ja_tree.home
    ja_home.help_steps = [step("学ぶ", site_tree.webinars)]
    ja_home.save_revision().publish()
    items = gql(HELP_STEPS, {"path": "/ja/"})["page"]["helpSteps"]["items"]
    assert [(item["heading"], item["url"], item["page"]["title"]) for item in items] == [
        ("学ぶ", "/ja/webinars/", japanese_title(type(site_tree.webinars)))
    ]
