"""Finding the public pages that match a query: scored, filtered, counted, in one statement."""

from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from django.db import connection

from wagtail.models import Page

from pages.visibility import public_pages, within_sites
from search import sql
from search.indexing import LEAD_WEIGHT, partner_link_models
from search.models import SearchDocument, SearchFacet, SearchTerm
from search.snippets import Highlighter, SnippetSource, snippet
from search.text import name_term, normalise, pieces, query_terms, word_term


@dataclass(frozen=True)
class Hit:
    """A page found, with its score and a snippet of its text around the match."""

    page_id: int
    score: int
    snippet: str


@dataclass(frozen=True)
class Results:
    """One page of results, their total and the counts by page type and by sector."""

    hits: list
    total: int
    type_counts: dict
    sector_counts: dict


def searchable(locales, now=None):
    """The public pages of the locales that search may find."""
    return public_pages(now=now).filter(locale__in=locales)


# The condition of no term: a query of one word being typed has none.
NO_TERM = sql.Sql("1 = 0")


def _contains(text, part):
    """SQL that is true when the text contains the part (both normalised already)."""
    if connection.vendor == "postgresql":
        return sql.compose("strpos({text}, {part}) > 0", text=text, part=sql.value(part))
    return sql.compose("instr({text}, {part}) > 0", text=text, part=sql.value(part))


def _ids(pages):
    """SQL of the ids of a queryset of pages."""
    return sql.queryset(pages.order_by().values("pk"))


def _holding(terms, chunks, visible, typed=None):
    """SQL of the (page_id, score, facet_id) of the pages holding every term and chunk, and
    with typed a term starting with it.

    Terms are counted in the index (its (term, document, weight, facet) index covers that), of
    the visible pages (the SQL of their ids); chunks that are not terms are checked in the
    text of each page holding every term.
    """
    terms = sorted(terms)
    in_terms = sql.compose("term IN ({terms})", terms=sql.values(terms)) if terms else NO_TERM
    index = sql.table(SearchTerm)
    if typed is None and len(terms) == 1:
        # One term: each document holds it once, nothing to count.
        holding = sql.compose(
            "SELECT document_id, weight AS score, facet_id FROM {index} "
            "WHERE term = {term} AND document_id IN ({visible})",
            index=index,
            term=sql.value(terms[0]),
            visible=visible,
        )
    else:
        if typed is None:
            wanted, held = in_terms, sql.Sql("COUNT(*)")
        else:
            wanted = sql.compose(
                "{in_terms} OR term LIKE {start}", in_terms=in_terms, start=sql.value(typed + "%")
            )
            # Every term starting as typed counts once.
            held = sql.compose(
                "COUNT(DISTINCT CASE WHEN {in_terms} THEN term ELSE '' END)", in_terms=in_terms
            )
        # The facet is the document's, the same on each of its rows.
        holding = sql.compose(
            "SELECT document_id, SUM(weight) AS score, MIN(facet_id) AS facet_id FROM {index} "
            "WHERE ({wanted}) AND document_id IN ({visible}) "
            "GROUP BY document_id HAVING {held} = {count}",
            index=index,
            wanted=wanted,
            visible=visible,
            held=held,
            count=sql.value(len(terms) + (typed is not None)),
        )
    # A chunk that is a term (a Japanese word of up to LONGEST_GRAM characters) is there when
    # the term is; only the others are read in the text.
    chunks = [chunk for chunk in chunks if chunk not in terms]
    if not chunks:
        return sql.compose(
            "SELECT document_id AS page_id, score, facet_id FROM ({holding}) holding",
            holding=holding,
        )
    return sql.compose(
        "SELECT d.page_id, holding.score, holding.facet_id FROM ({holding}) holding "
        "JOIN {documents} d ON d.page_id = holding.document_id WHERE {checks}",
        holding=holding,
        documents=sql.table(SearchDocument),
        checks=sql.join(" AND ", (_contains(sql.Sql("d.normalised"), chunk) for chunk in chunks)),
    )


def partner_linked_pages(terms, chunks, visible):
    """Ids of the pages linked to a partner of the visible pages (the SQL of their ids) whose
    names hold every term and chunk.

    A link counts through the partner's translation key, as the API shows it: a Japanese
    webinar may still point to the English partner it was translated with.
    """
    pages = sql.table(Page)
    links = sql.join(
        " UNION ",
        (
            sql.compose(
                "SELECT link.page_id FROM {links} link "
                "JOIN {pages} linked ON linked.id = link.partner_id "
                "WHERE linked.translation_key IN (SELECT translation_key FROM partner_key)",
                links=sql.table(model),
                pages=pages,
            )
            for model in partner_link_models()
        ),
    )
    rows = sql.fetch(
        sql.compose(
            "WITH partner AS ({partners}), partner_key AS ("
            "SELECT translation_key FROM {pages} WHERE id IN (SELECT page_id FROM partner)"
            ") {links}",
            partners=_holding([name_term(term) for term in terms], chunks, visible),
            pages=pages,
            links=links,
        )
    )
    return {page_id for (page_id,) in rows}


class Match(NamedTuple):
    """A page matching a query: its score, type and sectors (what results are counted by)."""

    page_id: int
    score: int
    content_type_id: int
    sectors: frozenset


def _matched(query, pages, prefix=False, content_types=(), sectors=()):
    """SQL of the `matched` rows (page_id, score, facet_id).

    A page matches by holding every term (and chunk) itself, or through a partner's name; a
    name counts as much as a summary would, unless the page's own words score more. With
    prefix, the query's last English word is the start of a word still being typed (the
    admin's search as you type). None when the query has nothing to find.
    """
    terms, chunks = query_terms(query)
    if not terms:
        return None
    visible = _ids(pages)
    linked = sorted(partner_linked_pages(terms, chunks, visible))
    words = pieces(normalise(query)).words
    typed = word_term(words[-1]) if prefix and words else None
    if typed is not None:
        terms = {word_term(word) for word in words[:-1]} | (terms - {word_term(words[-1])})
    found = _holding(terms, chunks, visible, typed)
    if linked:
        # A linked page found by its own words too keeps the better score; the others are
        # added once. (Merging all rows with GROUP BY sorted every match: a fifth of a query.)
        found = sql.compose(
            "SELECT page_id, CASE WHEN {in_linked} AND score < {name_score} THEN {name_score} "
            "ELSE score END AS score, facet_id FROM ({found}) direct "
            "UNION ALL SELECT page_id, {name_score}, facet_id FROM {documents} "
            "WHERE {in_linked} AND page_id IN ({visible}) "
            "AND page_id NOT IN (SELECT page_id FROM ({also_direct}) also_direct)",
            in_linked=sql.compose("page_id IN ({linked})", linked=sql.values(linked)),
            name_score=sql.value(LEAD_WEIGHT * len(terms)),
            found=found,
            documents=sql.table(SearchDocument),
            visible=visible,
            also_direct=_holding(terms, chunks, _ids(pages.filter(pk__in=linked)), typed),
        )
    found = sql.compose("SELECT page_id, score, facet_id FROM ({found}) found", found=found)
    # Filters by type and sector pick facets, a small table, not documents.
    facets = []
    if content_types:
        types = sql.values(content_type.pk for content_type in content_types)
        facets.append(sql.compose("content_type_id IN ({types})", types=types))
    for slug in sectors:
        facets.append(_contains(sql.Sql("' ' || sectors || ' '"), " " + slug + " "))
    if not facets:
        return found
    return sql.compose(
        "{found} WHERE facet_id IN (SELECT id FROM {facets} WHERE {conditions})",
        found=found,
        facets=sql.table(SearchFacet),
        conditions=sql.join(" AND ", facets),
    )


def matches(query, pages, prefix=False):
    """Every page of `pages` matching the query, unranked; None when it has nothing to find."""
    matched = _matched(query, pages, prefix)
    if matched is None:
        return None
    rows = sql.fetch(
        sql.compose(
            "SELECT page_id, score, f.content_type_id, f.sectors "
            "FROM ({matched}) matched JOIN {facets} f ON f.id = facet_id",
            matched=matched,
            facets=sql.table(SearchFacet),
        )
    )
    return [
        Match(page_id, score, content_type_id, frozenset(sectors.split()))
        for page_id, score, content_type_id, sectors in rows
    ]


def ranked(found):
    """Matches best first; equal scores oldest page first."""
    return sorted(found, key=lambda match: (-match.score, match.page_id))


# The kinds of the rows of search()'s statement: a hit of the window, or a count by facet.
HIT, FACET_COUNT = 0, 1


def search(query, pages, limit, offset, content_types=None, sectors=None):
    """A window of the public pages given matching the query, best first, with counts.

    One query gives the window and the counts, so its cost is that of matching once, whatever
    the number of matches.
    """
    # Pages outside every site (a leftover welcome page) have no URL to show.
    matched = _matched(
        query, pages.filter(within_sites()), False, content_types or (), sectors or ()
    )
    if matched is None:
        return Results(hits=[], total=0, type_counts={}, sector_counts={})
    rows = sql.fetch(
        sql.compose(
            "WITH matched AS ({matched}) "
            "SELECT {hit}, page_id, score, NULL FROM ("
            "SELECT * FROM matched ORDER BY score DESC, page_id LIMIT {limit} OFFSET {offset}"
            ") window_ "
            "UNION ALL SELECT {facet_count}, f.content_type_id, counted.count, f.sectors FROM ("
            "SELECT facet_id, COUNT(*) AS count FROM matched GROUP BY facet_id"
            ") counted JOIN {facets} f ON f.id = counted.facet_id",
            matched=matched,
            hit=sql.integer(HIT),
            limit=sql.value(limit),
            offset=sql.value(offset),
            facet_count=sql.integer(FACET_COUNT),
            facets=sql.table(SearchFacet),
        )
    )
    # Best first; equal scores oldest page first.
    window = sorted(
        ((page_id, score) for kind, page_id, score, _sectors in rows if kind == HIT),
        key=lambda hit: (-hit[1], hit[0]),
    )
    type_counts, sector_counts = Counter(), Counter()
    for _kind, content_type_id, count, slugs in (row for row in rows if row[0] == FACET_COUNT):
        type_counts[content_type_id] += count
        for slug in slugs.split():
            sector_counts[slug] += count
    # Plain rows: model instances of these long texts cost as much as the snippets.
    documents = {
        page_id: SnippetSource(*texts)
        for page_id, *texts in SearchDocument.objects.filter(
            pk__in=[page_id for page_id, _score in window]
        ).values_list("page_id", "title", "text", "normalised")
    }
    highlighter = Highlighter.of(query)
    return Results(
        hits=[
            Hit(page_id=page_id, score=score, snippet=snippet(documents[page_id], highlighter))
            for page_id, score in window
        ],
        total=sum(type_counts.values()),
        type_counts=dict(type_counts),
        sector_counts=dict(sector_counts),
    )
