"""Search over the public pages in English and Japanese, the same on SQLite and PostgreSQL.

Texts are normalised (NFKC, case-folded, long vowel marks and middle dots dropped) and cut into
terms: English words as Snowball stems, Japanese (kanji, hiragana, katakana) as single characters
and character pairs, so that a word inside a compound is found. A query matches a page holding
all its terms, and, for its Japanese runs, holding each run as a substring of the normalised
text, which pairs alone do not guarantee.
"""

import unicodedata
from dataclasses import dataclass, field
from html import escape

import snowballstemmer

from django.db.models import Count, Sum
from django.dispatch import receiver
from django.utils.html import strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published, page_unpublished

from .models import SearchDocument, SearchTerm
from .visibility import public_pages, within_sites

# Marks that do not change a Japanese word: ー (long vowel) and ・ (middle dot).
DROPPED = frozenset("ー・")
# A field's weight: a term in the title counts most, then in the summary and names.
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10, 3, 1
LEAD_FIELDS = frozenset({"summary", "official_name", "acronym"})
SECTOR_PREFIX = "\x01sector:"
SNIPPET_LENGTH = 160
MAX_TERM_LENGTH = 64  # SearchTerm.term's length

_stemmer = snowballstemmer.stemmer("english")


def is_japanese(char):
    """Whether the character is written without spaces: kanji, hiragana, katakana."""
    code = ord(char)
    return (
        0x3040 <= code <= 0x30FF  # hiragana, katakana
        or 0x3400 <= code <= 0x4DBF  # kanji, extension A
        or 0x4E00 <= code <= 0x9FFF  # kanji
        or 0xF900 <= code <= 0xFAFF  # compatibility kanji
        or char in "々〆ヵヶ"
    )


def _clusters(text):
    """The text's characters, each with the marks that combine with it (ｶﾞ is one)."""
    cluster = ""
    for char in text:
        combining = unicodedata.combining(char) or char in "\uff9e\uff9f"
        if cluster and combining:
            cluster += char
            continue
        if cluster:
            yield cluster
        cluster = char
    if cluster:
        yield cluster


def normalise_with_offsets(text):
    """The normalised text, and for each of its characters the index of its source in text."""
    normalised, offsets, position = [], [], 0
    for cluster in _clusters(text):
        chars = unicodedata.normalize("NFKC", cluster).casefold()
        # A dropped mark goes with the marks combined with it (ーﾞ), which would otherwise
        # join the character before it when the text is normalised again.
        if chars[:1] not in DROPPED:
            for char in chars:
                if char not in DROPPED:
                    normalised.append(char)
                    offsets.append(position)
        position += len(cluster)
    return "".join(normalised), offsets


def normalise(text):
    """Text as search compares it: NFKC, case-folded, without long vowel marks or middle dots."""
    return normalise_with_offsets(text)[0]


@dataclass
class Pieces:
    """What a normalised text is made of: English words and Japanese runs."""

    words: list = field(default_factory=list)
    runs: list = field(default_factory=list)


def pieces(normalised):
    """Split a normalised text into English words (letters and digits) and Japanese runs."""
    found, current, kind = Pieces(), [], None
    for char in normalised + " ":
        char_kind = "run" if is_japanese(char) else "word" if char.isalnum() else None
        if char_kind != kind and current:
            (found.runs if kind == "run" else found.words).append("".join(current))
            current = []
        kind = char_kind
        if char_kind:
            current.append(char)
    return found


def run_terms(run):
    """A Japanese run's terms: its characters and its pairs of characters."""
    return {*run, *(run[i : i + 2] for i in range(len(run) - 1))}


def word_term(word):
    """The term of an English word: its stem, cut to the term column's length."""
    return _stemmer.stemWord(word)[:MAX_TERM_LENGTH]


def text_terms(text):
    """Every term of a text, for the index."""
    split = pieces(normalise(text))
    terms = {word_term(word) for word in split.words}
    for run in split.runs:
        terms |= run_terms(run)
    return terms


def query_terms(query):
    """(terms every match holds, substrings every match contains) of a query.

    A chunk of the query (between spaces) with Japanese in it must appear whole, as written
    in a compound; English words match by stem.
    """
    split = pieces(normalise(query))
    terms = {word_term(word) for word in split.words}
    for run in split.runs:
        # Pairs alone where there are pairs: a single character would match too much.
        terms |= {run} if len(run) == 1 else {run[i : i + 2] for i in range(len(run) - 1)}
    chunks = [chunk for chunk in normalise(query).split() if any(map(is_japanese, chunk))]
    return terms, chunks


# Indexing


def _field_texts(page, name):
    """The plain texts of one of the page's searched fields."""
    value = getattr(page, name, None)
    if value is None:
        return []
    model_field = page._meta.get_field(name)
    if isinstance(model_field, StreamField):
        return [
            strip_tags(str(text)) for text in model_field.stream_block.get_searchable_content(value)
        ]
    if isinstance(model_field, RichTextField):
        return [strip_tags(value)]
    if isinstance(value, str):
        return [value]
    return []


def searched_texts(page):
    """(weight, text) of everything the page is found by, besides its title."""
    texts = []
    for search_field in page.get_search_fields():
        name = search_field.field_name
        if not isinstance(search_field, index.SearchField) or name == "title":
            continue
        weight = LEAD_WEIGHT if name in LEAD_FIELDS else BODY_WEIGHT
        texts += [(weight, text) for text in _field_texts(page, name) if text.strip()]
    return texts


def index_page(page):
    """Put the live version of a page in the index, in place of what was there."""
    page = page.specific
    texts = searched_texts(page)
    weights = dict.fromkeys(text_terms(page.title), TITLE_WEIGHT)
    for weight, text in texts:
        for term in text_terms(text):
            weights[term] = min(weights.get(term, 0) + weight, 255)
    if hasattr(page, "sectors"):
        for sector in page.sectors.all():
            weights[SECTOR_PREFIX + sector.slug] = 1
    body = "\n".join(text for _weight, text in texts)
    document, _ = SearchDocument.objects.update_or_create(
        page_id=page.pk,
        defaults={
            "locale_id": page.locale_id,
            "content_type_id": page.content_type_id,
            "title": page.title,
            "text": body,
            "normalised": normalise(page.title + "\n" + body),
        },
    )
    document.terms.all().delete()
    SearchTerm.objects.bulk_create(
        SearchTerm(document=document, term=term, weight=weight) for term, weight in weights.items()
    )


def remove_page(page):
    """Take a page out of the index."""
    SearchDocument.objects.filter(page_id=page.pk).delete()


def rebuild():
    """Index every live page again; the number indexed."""
    SearchDocument.objects.all().delete()
    count = 0
    for page in Page.objects.live().exclude(depth=1).specific().iterator(chunk_size=200):
        index_page(page)
        count += 1
    return count


@receiver(page_published)
def _index_published(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def _remove_unpublished(sender, instance, **kwargs):
    remove_page(instance)


# Searching


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


def matching(query, pages, content_types=None, sectors=None):
    """Scored rows (document_id, score) of the pages matching the query, or None."""
    terms, chunks = query_terms(query)
    if not terms:
        return None
    rows = SearchTerm.objects.filter(
        term__in=terms,
        # Pages outside every site (a leftover welcome page) have no URL to show.
        document__page_id__in=pages.filter(within_sites()).values("pk"),
    )
    if content_types:
        rows = rows.filter(document__content_type__in=content_types)
    for slug in sectors or ():
        rows = rows.filter(document__terms__term=SECTOR_PREFIX + slug)
    for chunk in chunks:
        rows = rows.filter(document__normalised__contains=chunk)
    return (
        rows.values("document_id")
        .annotate(held=Count("term", distinct=True), score=Sum("weight"))
        .filter(held=len(terms))
    )


def search(query, pages, limit, offset, content_types=None, sectors=None):
    """A window of the public pages given matching the query, best first, with counts."""
    rows = matching(query, pages, content_types, sectors)
    if rows is None:
        return Results(hits=[], total=0, type_counts={}, sector_counts={})
    ranked = list(rows.order_by("-score", "document_id")[offset : offset + limit])
    documents = SearchDocument.objects.in_bulk([row["document_id"] for row in ranked])
    hits = [
        Hit(
            page_id=row["document_id"],
            score=row["score"],
            snippet=snippet(documents[row["document_id"]], query),
        )
        for row in ranked
    ]
    matched_ids = rows.values("document_id")
    type_counts = dict(
        SearchDocument.objects.filter(pk__in=matched_ids)
        .values_list("content_type_id")
        .annotate(count=Count("pk"))
    )
    sector_counts = {
        term.removeprefix(SECTOR_PREFIX): count
        for term, count in SearchTerm.objects.filter(
            document_id__in=matched_ids, term__startswith=SECTOR_PREFIX
        )
        .values_list("term")
        .annotate(count=Count("pk"))
    }
    return Results(
        hits=hits,
        total=sum(type_counts.values()),
        type_counts=type_counts,
        sector_counts=sector_counts,
    )


def _match_spans(text, query):
    """Spans (start, end) of the text that match the query: its Japanese chunks, its words."""
    normalised, offsets = normalise_with_offsets(text)
    _terms, chunks = query_terms(query)
    stems = {word_term(word) for word in pieces(normalise(query)).words}
    spans = []
    for chunk in chunks:
        start = normalised.find(chunk)
        while start != -1:
            spans.append((start, start + len(chunk)))
            start = normalised.find(chunk, start + len(chunk))
    # English words match by stem, so compare each word of the text.
    position = 0
    for word in pieces(normalised).words:
        position = normalised.find(word, position)
        if word_term(word) in stems:
            spans.append((position, position + len(word)))
        position += len(word)
    return [
        (offsets[start], offsets[end] if end < len(offsets) else len(text))
        for start, end in sorted(spans)
    ]


def snippet(document, query):
    """Up to SNIPPET_LENGTH characters around the first match, HTML-escaped, matches in <mark>."""
    # The title is shown beside the snippet; a page found by its title shows its text's start.
    text = document.text or document.title
    spans = _match_spans(text, query)
    start = max(0, spans[0][0] - SNIPPET_LENGTH // 4) if spans else 0
    end = min(len(text), start + SNIPPET_LENGTH)
    parts, cursor = [], start
    for span_start, span_end in spans:
        if span_start < cursor or span_end > end:
            continue
        parts += [
            escape(text[cursor:span_start]),
            "<mark>",
            escape(text[span_start:span_end]),
            "</mark>",
        ]
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + " ".join("".join(parts).split()) + suffix
