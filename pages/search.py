"""Search over the public pages in English and Japanese, the same on SQLite and PostgreSQL.

Texts are normalised (NFKC, case-folded, long vowel marks and middle dots dropped) and cut into
terms: English words as Snowball stems, Japanese (kanji, hiragana, katakana) as single characters
and character pairs, so that a word inside a compound is found. A query matches a page holding
all its terms, and, for its Japanese runs, holding each run as a substring of the normalised
text, which pairs alone do not guarantee. A page also matches when one of its partners' names
does: looked up at query time, so that only the names of partners visitors may see count.
"""

import unicodedata
from dataclasses import dataclass, field
from html import escape

import snowballstemmer

from django.apps import apps
from django.db.models import Case, Count, F, Max, Q, Sum, Value, When
from django.db.models.functions import Greatest
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.html import strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.signals import page_published

from .models import SearchDocument, SearchTerm
from .models.partners import SidedPartnerLink
from .visibility import public_pages, within_sites

# Marks that do not change a Japanese word: ー (long vowel) and ・ (middle dot).
DROPPED = frozenset("ー・")
# A field's weight: a term in the title counts most, then in the summary and names.
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10, 3, 1
LEAD_FIELDS = frozenset({"summary", "official_name", "acronym"})
SECTOR_PREFIX = "\x01sector:"
# A partner's names (title, official name, acronym) are also indexed as name terms.
NAME_PREFIX = "\x01name:"
# Every document holds this term, weightless: the row by which a page found through one of its
# partners' names is counted.
PAGE_TERM = "\x01page"
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


def name_term(term):
    """The term under which a partner's name holds a term."""
    return (NAME_PREFIX + term)[:MAX_TERM_LENGTH]


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


def partner_link_models():
    """The models linking a page to its partners (webinars' and partnerships', each side)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, SidedPartnerLink) and not model._meta.abstract
    ]


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


def _indexed(page):
    """The document of a specific page and the weights of its terms."""
    texts = searched_texts(page)
    weights = dict.fromkeys(text_terms(page.title), TITLE_WEIGHT)
    for weight, text in texts:
        for term in text_terms(text):
            weights[term] = min(weights.get(term, 0) + weight, 255)
    for name in getattr(page, "search_name_fields", ()):
        for term in text_terms(getattr(page, name)):
            weights[name_term(term)] = 1
    if hasattr(page, "sectors"):
        for sector in page.sectors.all():
            weights[SECTOR_PREFIX + sector.slug] = 1
    weights[PAGE_TERM] = 0
    body = "\n".join(text for _weight, text in texts)
    document = SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        content_type_id=page.content_type_id,
        title=page.title,
        text=body,
        normalised=normalise(page.title + "\n" + body),
    )
    return document, weights


def _terms(document, weights):
    return [
        SearchTerm(document_id=document.pk, term=term, weight=weight)
        for term, weight in weights.items()
    ]


def index_page(page):
    """Put what the page's row holds (for a live page, its live version) in the index."""
    document, weights = _indexed(page.specific)
    SearchDocument.objects.filter(pk=document.pk).delete()
    document.save(force_insert=True)
    SearchTerm.objects.bulk_create(_terms(document, weights))


def rebuild(chunk_size=500):
    """Index every page again, in chunks of inserts; the number indexed."""
    SearchDocument.objects.all().delete()
    count = 0
    pages = Page.objects.exclude(depth=1).order_by("pk").specific()
    for start in range(0, pages.count(), chunk_size):
        indexed = [_indexed(page) for page in pages[start : start + chunk_size]]
        SearchDocument.objects.bulk_create([document for document, _weights in indexed])
        SearchTerm.objects.bulk_create(
            [term for document, weights in indexed for term in _terms(document, weights)],
            batch_size=5000,
        )
        count += len(indexed)
    return count


def rebuild_if_empty(**kwargs):
    """After migrating, build an empty index (new, or emptied by a change of its format)."""
    if not SearchDocument.objects.exists():
        rebuild()


def _searched_field_names(model):
    return {"title"} | {field.field_name for field in model.get_search_fields()}


@receiver(post_save)
def _index_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Index every page as its row is saved, drafts included, for the admin's search."""
    if raw or not isinstance(instance, Page) or instance.depth == 1:
        return
    # Saving a revision or unpublishing writes bookkeeping columns only.
    if update_fields is not None and not set(update_fields) & _searched_field_names(sender):
        return
    # From the row: the instance may hold a draft's values that were not saved.
    index_page(sender.objects.get(pk=instance.pk))


@receiver(page_published)
def _index_published(sender, instance, **kwargs):
    # Again once the page's relations (sectors) are saved with it.
    index_page(instance)


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


def _holding_all(terms, chunks, documents):
    """SearchTerm rows matching terms (a Q), in documents containing every chunk."""
    for chunk in chunks:
        terms &= Q(document__normalised__contains=chunk)
    return terms & documents


def partner_linked_pages(terms, chunks, pages):
    """Ids of the pages linked to a partner of pages whose names hold every term and chunk."""
    partners = (
        SearchTerm.objects.filter(
            _holding_all(
                Q(term__in=[name_term(term) for term in terms]),
                chunks,
                Q(document__page_id__in=pages.values("pk")),
            )
        )
        .values("document_id")
        .annotate(held=Count("term", distinct=True))
        .filter(held=len(terms))
        .values("document_id")
    )
    links = [
        model.objects.filter(partner_id__in=partners).order_by().values_list("page_id", flat=True)
        for model in partner_link_models()
    ]
    return set(links[0].union(*links[1:])) if links else set()


def matching(query, pages, content_types=None, sectors=None, prefix=False):
    """Scored rows (document_id, score) of the pages matching the query, or None.

    A page matches by holding every term (and chunk) itself, or through a partner's name; a
    name counts as much as a summary would. With prefix, the query's last English word is taken
    as the start of a word still being typed (the admin's search as you type).
    """
    terms, chunks = query_terms(query)
    if not terms:
        return None
    linked = partner_linked_pages(terms, chunks, pages)
    words = pieces(normalise(query)).words
    typed = word_term(words[-1]) if prefix and words else None
    if typed is not None:
        terms = {word_term(word) for word in words[:-1]} | (terms - {word_term(words[-1])})
    as_typed = Q(term__startswith=typed) if typed is not None else Q(pk__in=[])
    own = _holding_all(Q(term__in=terms) | as_typed, chunks, Q())
    rows = SearchTerm.objects.filter(
        own | Q(term=PAGE_TERM, document_id__in=linked),
        document__page_id__in=pages.values("pk"),
    )
    if content_types:
        rows = rows.filter(document__content_type__in=content_types)
    for slug in sectors or ():
        rows = rows.filter(document__terms__term=SECTOR_PREFIX + slug)
    # Every term starting as typed counts once toward what a document holds.
    held_term = (
        Case(When(term__in=terms, then="term"), When(term__startswith=typed, then=Value("")))
        if typed is not None
        else F("term")
    )
    # The page term's weight is 0: a page found by its own words scores them.
    own_score = Sum("weight")
    # A page found by a partner's name scores as if the name were in its summary, unless its own
    # words score more.
    name_score = Max(Case(When(term=PAGE_TERM, then=Value(LEAD_WEIGHT * len(terms))), default=0))
    return (
        rows.values("document_id")
        .annotate(held=Count(held_term, distinct=True), score=Greatest(own_score, name_score))
        .filter(Q(held=len(terms) + (typed is not None)) | Q(document_id__in=linked))
    )


def search(query, pages, limit, offset, content_types=None, sectors=None):
    """A window of the public pages given matching the query, best first, with counts."""
    # Pages outside every site (a leftover welcome page) have no URL to show.
    rows = matching(query, pages.filter(within_sites()), content_types, sectors)
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
