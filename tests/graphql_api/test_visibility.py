"""Draft, private, expired and unpublished-translation pages never leave the API."""

import json

import pytest

from pages.models import WebinarEUPartner
from pages.registry import ITEM_KINDS
from tests import factories
from tests.graphql_api.content import (
    at,
    make_draft,
    make_expired,
    make_private,
    page_link,
    publish,
    translate,
)
from tests.kinds import factory_for, root_list_field

HIDING = {"draft": make_draft, "private": make_private, "expired": make_expired}


def hidden_and_visible(factory, parent, **fields):
    """One visible page and one page in each hidden state, titled after their state."""
    pages = {"visible": factory(parent=parent, title="Visible", **fields)}
    for state, hide in HIDING.items():
        pages[state] = hide(factory(parent=parent, title=f"Hidden {state}", **fields))
    return pages


@pytest.fixture
def hidden(site_tree, ja_tree):
    """For every kind of content, by its section's slug: one visible page and one per state."""
    ja = site_tree.ja
    pages = {
        site_tree.index_for(kind.model).slug: hidden_and_visible(
            factory_for(kind.model), site_tree.index_for(kind.model)
        )
        for kind in ITEM_KINDS
    }
    for group in pages.values():
        # A Japanese translation that was copied but never published.
        group["visible"].copy_for_translation(ja)
    return pages


FIELDS = [root_list_field(kind) for kind in ITEM_KINDS]
ROOT_LISTS = (
    "query Lists($locale: Locale, $fallback: Boolean) {"
    + " ".join(
        f"{field}(locale: $locale, fallback: $fallback) {{ totalCount items {{ title locale }} }}"
        for field in FIELDS
    )
    + "}"
)


def test_root_lists_show_only_public_pages(gql, hidden):
    data = gql(ROOT_LISTS)
    for field in FIELDS:
        assert data[field] == {"totalCount": 1, "items": [{"title": "Visible", "locale": "EN"}]}
    data = gql(ROOT_LISTS, {"locale": "JA"})
    for field in FIELDS:
        assert data[field] == {"totalCount": 0, "items": []}
    data = gql(ROOT_LISTS, {"locale": "JA", "fallback": True})
    for field in FIELDS:
        assert data[field] == {"totalCount": 1, "items": [{"title": "Visible", "locale": "EN"}]}


def test_interface_list_shows_only_public_pages(gql, hidden):
    types = ", ".join(kind.name for kind in ITEM_KINDS)
    query = (
        "query($l: Locale, $f: Boolean) { pages(locale: $l, fallback: $f, limit: 100, "
        f"types: [{types}]) {{ totalCount items {{ title locale }} }} }}"
    )
    assert gql(query)["pages"] == {
        "totalCount": len(ITEM_KINDS),
        "items": [{"title": "Visible", "locale": "EN"}] * len(ITEM_KINDS),
    }
    assert gql(query, {"l": "JA"})["pages"] == {"totalCount": 0, "items": []}
    assert gql(query, {"l": "JA", "f": True})["pages"]["totalCount"] == len(ITEM_KINDS)


def test_page_by_id_or_path_hides_hidden_pages(gql, hidden, site_tree):
    query = "query($id: ID, $path: String, $l: Locale) { page(id: $id, path: $path, locale: $l) { title } }"
    for group, pages in hidden.items():
        for state in HIDING:
            page = pages[state]
            assert gql(query, {"id": str(page.pk)})["page"] is None, (group, state)
            path = f"/en/{group}/{page.slug}/"
            assert gql(query, {"path": path})["page"] is None, (group, state)
        visible = pages["visible"]
        assert gql(query, {"id": str(visible.pk)})["page"] == {"title": "Visible"}
        assert gql(query, {"id": str(visible.pk), "l": "JA"})["page"] is None
        assert gql(query, {"path": f"/ja/{group}/{visible.slug}/"})["page"] is None


def test_translations_list_only_published_translations(gql, hidden, site_tree):
    ja = site_tree.ja
    data = gql("{ news { items { title translations { locale } } } }")
    assert data["news"]["items"] == [{"title": "Visible", "translations": []}]
    # An English page made private after its translation was published.
    article = factories.NewsPageFactory(parent=site_tree.news, title="Pair")
    article_ja = translate(article, ja, title="ペア")
    make_private(article)
    data = gql("{ news(locale: JA) { items { title translations { locale } } } }")
    assert data["news"]["items"] == [{"title": "ペア", "translations": []}]
    assert article_ja.live


def test_links_choosers_and_relations_never_reveal_hidden_pages(gql, hidden, site_tree):
    partners = hidden["partners"]
    body = [
        {
            "type": "paragraph",
            "id": "p1",
            "value": "<p>"
            + " ".join(page_link(partners[state], state) for state in ["visible", *HIDING])
            + "</p>",
        },
        *[
            {
                "type": "call_to_action",
                "id": f"c-{state}",
                "value": {"label": state, "page": partners[state].pk, "url": ""},
            }
            for state in ["visible", *HIDING]
        ],
    ]
    article = factories.NewsPageFactory(parent=site_tree.news, title="Links")
    article.body = json.dumps(body)
    for index, state in enumerate(["visible", *HIDING]):
        article.related_links.create(page=partners[state], sort_order=index)
    publish(article)
    webinar = factories.WebinarPageFactory(
        parent=site_tree.webinars, title="Partners", start=at(2022, 7, 5, 8)
    )
    for index, state in enumerate(["visible", *HIDING]):
        WebinarEUPartner.objects.create(page=webinar, partner=partners[state], sort_order=index)
    publish(webinar)

    visible_url = f"/en/partners/{partners['visible'].slug}/"
    data = gql(
        """{ news(order: TITLE_ASC, limit: 1) { items {
            title
            body { items { ... on ParagraphBlock { html } ... on CallToActionBlock { label url page { title } } } }
            relatedPages { totalCount items { title } }
        } }
        webinars(order: TITLE_ASC, limit: 1) { items { title euPartners { totalCount items { title } } } } }"""
    )
    assert data["news"]["items"] == [
        {
            "title": "Links",
            "body": {
                "items": [
                    {"html": f'<p><a href="{visible_url}">visible</a> draft private expired</p>'},
                    {"label": "visible", "url": visible_url, "page": {"title": "Visible"}},
                ]
            },
            "relatedPages": {"totalCount": 1, "items": [{"title": "Visible"}]},
        }
    ]
    assert data["webinars"]["items"] == [
        {"title": "Partners", "euPartners": {"totalCount": 1, "items": [{"title": "Visible"}]}}
    ]
    # In Japanese the visible partner's translation is unpublished: nothing is linked.
    translate(article, site_tree.ja, title="リンク")
    data = gql(
        """{ news(locale: JA) { items {
            body { items { ... on ParagraphBlock { html } ... on CallToActionBlock { label } } }
            relatedPages { totalCount }
        } } }"""
    )
    assert data["news"]["items"] == [
        {
            "body": {"items": [{"html": "<p>visible draft private expired</p>"}]},
            "relatedPages": {"totalCount": 0},
        }
    ]


def test_documents_in_restricted_collections_are_not_offered(gql, site_tree):
    from wagtail.models import Collection, CollectionViewRestriction

    from tests.graphql_api.content import document, document_link

    private = Collection.get_first_root_node().add_child(name="Board papers")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.PASSWORD, password="x"
    )
    open_doc, secret_doc = document("Call text"), document("Minutes")
    secret_doc.collection = private
    secret_doc.save()
    article = factories.NewsPageFactory(parent=site_tree.news, title="Docs")
    article.body = json.dumps(
        [
            {
                "type": "paragraph",
                "id": "p",
                "value": f"<p>{document_link(open_doc, 'call')} {document_link(secret_doc, 'minutes')}</p>",
            },
            {"type": "document", "id": "d1", "value": {"document": open_doc.pk, "title": ""}},
            {"type": "document", "id": "d2", "value": {"document": secret_doc.pk, "title": ""}},
        ]
    )
    publish(article)
    data = gql(
        "{ news { items { body { items { ... on ParagraphBlock { html } ... on DocumentBlock { id } } } } } }"
    )
    assert data["news"]["items"][0]["body"]["items"] == [
        {"html": f'<p><a href="{open_doc.url}">call</a> minutes</p>'},
        {"id": f"{article.pk}:en/body/d1"},
    ]
