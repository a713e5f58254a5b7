"""Search over the public pages in English and Japanese, the same on SQLite and PostgreSQL.

Texts are normalised (NFKC, case-folded, long vowel marks and middle dots dropped, katakana
variants, abbreviations and alternative spellings written one way, prefectures' suffixes left
out after their names) and cut into terms: English words as Snowball stems, Japanese (kanji,
hiragana, katakana) as every sequence of one to four characters, so that a word inside a
compound is found. A query matches a page holding
all its terms; a Japanese word of up to four characters is one term, and a longer one is also
checked as a substring of the normalised text, which its four-character terms alone do not
guarantee. A prefecture's name is also indexed under its hiragana reading, which a query may
type instead. A page also matches when one of its partners' names does: looked up at query time,
so that only the names of partners visitors may see count.
"""

import bisect
import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from typing import NamedTuple

import snowballstemmer

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.html import strip_tags

from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from pages.japanese import JAPANESE, JAPANESE_RUN, KANJI
from pages.models import SearchDocument, SearchFacet, SearchTerm
from pages.models.partners import SidedPartnerLink
from pages.models.snippets import jp_prefectures
from pages.visibility import public_pages, within_sites
from search import sql

# Marks that do not change a Japanese word: ー (long vowel) and ・ (middle dot).
DROPPED = frozenset("ー・")
# A field's weight: a term in the title counts most, then in the summary and names.
TITLE_WEIGHT, LEAD_WEIGHT, BODY_WEIGHT = 10, 3, 1
LEAD_FIELDS = frozenset({"summary", "official_name", "acronym"})
# A partner's names (title, official name, acronym) are also indexed as name terms.
NAME_PREFIX = "\x01name:"
SNIPPET_LENGTH = 160
# The longest query accepted, in characters (the API and the search page alike).
MAX_QUERY_LENGTH = 200
MAX_TERM_LENGTH = 64  # SearchTerm.term's length
# The longest Japanese sequence indexed as a term: a query word up to this long needs no check in
# the text, and the commonest words (クラスター, ビジネス) are that short.
LONGEST_GRAM = 4

_stemmer = snowballstemmer.stemmer("english")


# A letter or digit of an English word: alphanumeric, not Japanese.
WORD_CHAR = f"[^\\W_{JAPANESE}]"
ENGLISH_WORD = re.compile(f"{WORD_CHAR}+")


def is_japanese(char):
    """Whether the character is written without spaces: kanji, hiragana, katakana."""
    return JAPANESE_RUN.fullmatch(char) is not None


@functools.lru_cache(maxsize=65536)
def _combines(char):
    """Whether the character is a mark that combines with the one before it (ﾞ included)."""
    return bool(unicodedata.combining(char)) or char in "\uff9e\uff9f"


def _clusters(text):
    """The text's characters, each with the marks that combine with it (ｶﾞ is one)."""
    cluster = ""
    for char in text:
        if cluster and _combines(char):
            cluster += char
            continue
        if cluster:
            yield cluster
        cluster = char
    if cluster:
        yield cluster


@functools.lru_cache(maxsize=65536)
def _normalised_cluster(cluster):
    """A cluster normalised: NFKC, case-folded, dropped marks left out."""
    chars = unicodedata.normalize("NFKC", cluster).casefold()
    # A dropped mark goes with the marks combined with it (ーﾞ), which would otherwise join the
    # character before it when the text is normalised again.
    if chars[:1] in DROPPED:
        return ""
    return "".join(char for char in chars if char not in DROPPED)


def _has_combining_marks(text):
    """Whether any character of the text combines with the one before it."""
    return any(map(_combines, set(text)))


def _offsets_by_cluster(text):
    """_folded_with_offsets, cluster by cluster (what any text needs)."""
    normalised, offsets, position = [], [], 0
    for cluster in _clusters(text):
        chars = _normalised_cluster(cluster)
        normalised.append(chars)
        offsets += [position] * len(chars)
        position += len(cluster)
    return "".join(normalised), offsets


def _folded_with_offsets(text):
    """The text normalised character by character, and the index of each one's source."""
    if _has_combining_marks(text):
        return _offsets_by_cluster(text)
    # Without combining marks every character is a cluster of its own, and most become one
    # character: the loop over clusters was most of a search's snippets.
    normalised = list(map(_normalised_cluster, text))
    if set(map(len, normalised)) <= {1}:
        return "".join(normalised), range(len(text))
    return "".join(normalised), [
        position for position, chars in enumerate(normalised) for _char in chars
    ]


def _folded(text):
    """The text normalised character by character: NFKC, case-folded, marks dropped."""
    if _has_combining_marks(text):
        return _offsets_by_cluster(text)[0]
    # Without combining marks every character is a cluster of its own.
    return "".join(map(_normalised_cluster, text))


# Katakana written two ways for one sound (ヴィタゴラ and ビタゴラ, ヴェストファーレン and
# ウェストファーレン) compare as the plainer spelling. ウェ joins ヴェ, so ウェスト and ベスト
# compare as one word too: a rare confusion beside the names it lets readers find.
KATAKANA_VARIANTS = {
    "ヴァ": "バ",
    "ヴィ": "ビ",
    "ヴェ": "ベ",
    "ヴォ": "ボ",
    "ヴ": "ブ",
    "ウェ": "ベ",
}
# Words written in full or abbreviated, and names spelt two ways, compare as the first
# spelling: the abbreviations common in the helpdesk's subjects (energy, research, ministries)
# and the alternative spellings of places it writes about.
SAME_WORDS = {
    "再生可能エネルギー": ("再エネ",),
    "省エネルギー": ("省エネ",),
    "産業技術総合研究所": ("産総研",),
    "経済産業省": ("経産省",),
    "ストラスブール": ("ストラスブルグ", "ストラスブルク"),
}
# The suffixes of prefectures' names (東京都, 京都府, 兵庫県), left out after the name unless a
# kanji follows, which makes the suffix part of a longer word (大阪府立, 東京都市大学). 北海道 keeps
# its 道: it is never written without it.
PREFECTURE_SUFFIXES = "都府県"


def _alternation(literals):
    """A regular expression matching any of the strings, the longest first."""
    return "|".join(map(re.escape, sorted(literals, key=len, reverse=True)))


def _shared_start(first, second):
    """The characters both strings start with."""
    length = 0
    while length < min(len(first), len(second)) and first[length] == second[length]:
        length += 1
    return first[:length]


class Spelling(NamedTuple):
    """Strings written one way: a pattern of their forms, and the form each is written as."""

    pattern: re.Pattern
    written_as: dict

    def applied(self, text):
        """The text with each of the forms written as the spelling says."""
        return self.pattern.sub(lambda match: self.written_as[match.group()], text)


@functools.cache
def spellings():
    """The spellings normalisation applies to folded text, in order."""
    katakana = Spelling(re.compile(_alternation(KATAKANA_VARIANTS)), KATAKANA_VARIANTS)

    def folded(word):
        return katakana.applied(_folded(word))

    written_as = {
        folded(form): folded(word) for word, forms in SAME_WORDS.items() for form in (word, *forms)
    }
    alternatives = [re.escape(form) for form in sorted(written_as, key=len, reverse=True)]
    for row in jp_prefectures().values():
        name = folded(row["name_ja"])
        if name[-1] in PREFECTURE_SUFFIXES:
            written_as[name] = name[:-1]
            alternatives.append(f"{re.escape(name)}(?![{KANJI}])")
    # Words and names do not overlap: their order among themselves does not matter.
    return (katakana, Spelling(re.compile("|".join(alternatives)), written_as))


def _respelt(normalised, offsets, spelling):
    """The text and offsets with the spelling applied.

    The characters a new form shares with the old one at its start keep their offsets; the
    others point at the first replaced one (or the last), where a highlight starting or ending
    among them then starts or ends.
    """
    matches = list(spelling.pattern.finditer(normalised))
    if not matches:
        return normalised, offsets
    text, new_offsets, done = [], [], 0
    for match in matches:
        start, end = match.span()
        form = spelling.written_as[match.group()]
        kept = len(_shared_start(form, match.group()))
        text += [normalised[done:start], form]
        new_offsets += offsets[done : start + kept]
        new_offsets += [offsets[min(start + kept, end - 1)]] * (len(form) - kept)
        done = end
    text.append(normalised[done:])
    new_offsets += offsets[done:]
    return "".join(text), new_offsets


def normalise_with_offsets(text):
    """The normalised text, and for each of its characters the index of its source in text."""
    normalised, offsets = _folded_with_offsets(text)
    for spelling in spellings():
        normalised, offsets = _respelt(normalised, offsets, spelling)
    return normalised, offsets


def normalise(text):
    """Text as search compares it: NFKC, case-folded, without long vowel marks or middle dots,
    with one spelling of katakana variants, abbreviations and prefectures' names."""
    normalised = _folded(text)
    for spelling in spellings():
        normalised = spelling.applied(normalised)
    return normalised


def source_end(offsets, end, length):
    """Where, in a text of `length` characters, the normalised characters before `end` end."""
    # Characters with one source (a replaced word, ㈱ made of three) end together.
    following = bisect.bisect_right(offsets, offsets[end - 1])
    return offsets[following] if following < len(offsets) else length


# A municipality's suffix is optional in a query: 神戸市 finds 神戸 too. Left out after two
# characters or more (都市 stays) and when no Japanese follows; 見本市 (trade fair) is no
# municipality. Only in queries: in a text, 市 may start a word (市場) as well as end one.
MUNICIPAL_SUFFIX = re.compile(f"(?<=[{JAPANESE}]{{2}})(?<!見本)市(?![{JAPANESE}])")


def normalise_query(query):
    """A query as search compares it: normalised, without municipalities' suffixes."""
    return MUNICIPAL_SUFFIX.sub("", normalise(query))


@functools.cache
def prefecture_readings():
    """{normalised name of each prefecture: its hiragana reading}."""
    return {normalise(row["name_ja"]): row["reading_ja"] for row in jp_prefectures().values()}


@functools.cache
def _names_and_readings():
    readings = prefecture_readings()
    return re.compile(_alternation([*readings, *readings.values()]))


def reading_terms(normalised):
    """The readings of the prefectures a normalised text names or spells, each one term."""
    readings = prefecture_readings()
    return {readings.get(found, found) for found in _names_and_readings().findall(normalised)}


@dataclass
class Pieces:
    """What a normalised text is made of: English words and Japanese runs."""

    words: list = field(default_factory=list)
    runs: list = field(default_factory=list)


def pieces(normalised):
    """Split a normalised text into English words (letters and digits) and Japanese runs."""
    return Pieces(ENGLISH_WORD.findall(normalised), JAPANESE_RUN.findall(normalised))


def grams(run, length):
    """The run's sequences of `length` characters."""
    return {run[i : i + length] for i in range(len(run) - length + 1)}


def run_terms(run):
    """A Japanese run's terms: its sequences of one to LONGEST_GRAM characters."""
    return set().union(*(grams(run, length) for length in range(1, LONGEST_GRAM + 1)))


@functools.lru_cache(maxsize=65536)
def word_term(word):
    """The term of an English word: its stem, cut to the term column's length."""
    return _stemmer.stemWord(word)[:MAX_TERM_LENGTH]


def text_terms(text):
    """Every term of a text, for the index."""
    normalised = normalise(text)
    split = pieces(normalised)
    terms = {word_term(word) for word in split.words}
    for run in split.runs:
        terms |= run_terms(run)
    return terms | reading_terms(normalised)


def name_term(term):
    """The term under which a partner's name holds a term."""
    return (NAME_PREFIX + term)[:MAX_TERM_LENGTH]


def query_terms(query):
    """(terms every match holds, substrings every match contains) of a query.

    A chunk of the query (between spaces) with Japanese in it must appear whole, as written
    in a compound; English words match by stem.
    """
    normalised = normalise_query(query)
    split = pieces(normalised)
    terms = {word_term(word) for word in split.words}
    readings = set(prefecture_readings().values())
    for run in split.runs:
        # A run up to LONGEST_GRAM characters is a term, as is a prefecture's reading (the
        # pages naming it in kanji hold it); a longer one is found by the fewest of its longest
        # terms that cover it, and checked whole in the text.
        if run in readings:
            terms.add(run)
            continue
        last = max(0, len(run) - LONGEST_GRAM)
        terms |= {run[i : i + LONGEST_GRAM] for i in [*range(0, last, LONGEST_GRAM), last]}
    # A reading is not read in the text, which holds the name in kanji.
    chunks = [
        chunk
        for chunk in normalised.split()
        if any(map(is_japanese, chunk)) and chunk not in readings
    ]
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
    """The plain texts of one of the page's searched fields (or properties)."""
    value = getattr(page, name, None)
    if value is None:
        return []
    try:
        model_field = page._meta.get_field(name)
    except FieldDoesNotExist:
        model_field = None
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


class Facets(dict):
    """Ids of search facets by (content type id, sectors), created as documents need them."""

    def id_of(self, content_type_id, sectors):
        key = (content_type_id, " ".join(sorted(sectors)))
        if key not in self:
            self[key] = SearchFacet.objects.get_or_create(
                content_type_id=content_type_id, sectors=key[1]
            )[0].pk
        return self[key]


def _indexed(page, facets):
    """The document of a specific page and the weights of its terms."""
    texts = searched_texts(page)
    weights = dict.fromkeys(text_terms(page.title), TITLE_WEIGHT)
    for weight, text in texts:
        for term in text_terms(text):
            weights[term] = min(weights.get(term, 0) + weight, 255)
    for name in getattr(page, "search_name_fields", ()):
        for term in text_terms(getattr(page, name)):
            weights[name_term(term)] = 1
    sectors = [sector.slug for sector in page.sectors.all()] if hasattr(page, "sectors") else []
    body = "\n".join(text for _weight, text in texts)
    document = SearchDocument(
        page_id=page.pk,
        locale_id=page.locale_id,
        facet_id=facets.id_of(page.content_type_id, sectors),
        title=page.title,
        text=body,
        normalised=normalise(page.title + "\n" + body),
    )
    return document, weights


def _insert(indexed):
    """Insert documents and their terms; plain rows, as the index holds hundreds per page."""
    SearchDocument.objects.bulk_create([document for document, _weights in indexed])
    rows = [
        (document.pk, term, weight, document.facet_id)
        for document, weights in indexed
        for term, weight in weights.items()
    ]
    terms = sql.table(SearchTerm)
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            copy_terms = sql.compose(
                "COPY {terms} (document_id, term, weight, facet_id) FROM STDIN", terms=terms
            )
            with cursor.cursor.copy(copy_terms.text) as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            # executemany() gives each row's values to the row's placeholders.
            insert_terms = sql.compose(
                "INSERT INTO {terms} (document_id, term, weight, facet_id) VALUES ({row})",
                terms=terms,
                row=sql.Sql("%s, %s, %s, %s"),
            )
            cursor.executemany(insert_terms.text, rows)


def _forget(page_ids=None):
    """Delete the documents of the pages (all when None) and their terms, in two statements.

    The index is derived data: deleting it row by row with signals, as a cascade does, would
    cost a round trip per term.
    """
    ids = None if page_ids is None else list(page_ids)
    if ids == []:
        return
    for model, key in ((SearchTerm, "document"), (SearchDocument, "page")):
        statement = sql.compose("DELETE FROM {rows}", rows=sql.table(model))
        if ids is not None:
            statement = sql.compose(
                "{statement} WHERE {key} IN ({ids})",
                statement=statement,
                key=sql.column(model, key),
                ids=sql.values(ids),
            )
        sql.run(statement)


def index_page(page):
    """Put what the page's row holds (for a live page, its live version) in the index."""
    indexed = _indexed(page.specific, Facets())
    with transaction.atomic():
        _forget([page.pk])
        _insert([indexed])


def rebuild(chunk_size=500):
    """Index every page again, in chunks of inserts; the number indexed."""
    _forget()
    count, facets = 0, Facets()
    pages = Page.objects.exclude(depth=1).order_by("pk").specific()
    for start in range(0, pages.count(), chunk_size):
        indexed = [_indexed(page, facets) for page in pages[start : start + chunk_size]]
        _insert(indexed)
        count += len(indexed)
    return count


def rebuild_if_empty(plan=None, **kwargs):
    """After migrating, build an empty index (new, or emptied by a change of its format)."""
    # Migrated back, the tables have an older form than this code writes.
    if any(backwards for _migration, backwards in plan or ()):
        return
    if not SearchDocument.objects.exists():
        rebuild()


def _searched_field_names(model):
    return {"title"} | {field.field_name for field in model.get_search_fields()}


@receiver(post_save)
def _index_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Index every page as its row is saved (publishing included), drafts too, for the admin."""
    if raw or not isinstance(instance, Page) or instance.depth == 1:
        return
    if update_fields is None:
        # A whole row, as saved; its sectors, saved with it just after, are read from the
        # instance (modelcluster holds them until then).
        index_page(instance)
    elif set(update_fields) & _searched_field_names(sender):
        # Some columns only: the rest of the instance may hold a draft's unsaved values.
        index_page(sender.objects.get(pk=instance.pk))
    # Otherwise bookkeeping (saving a revision, unpublishing): nothing searched changed.


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


class SnippetSource(NamedTuple):
    """The texts of a search document a snippet is cut from."""

    title: str
    text: str
    normalised: str


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


# How far around its estimated place a match is looked for in the text as written.
SNIPPET_SEARCH_SPAN = 3 * SNIPPET_LENGTH


@dataclass(frozen=True)
class Highlighter:
    """What a query marks in a text: its Japanese chunks, and the words of its stems."""

    chunks: tuple
    stems: frozenset
    # Words starting like a stem: each is stemmed to confirm it.
    candidates: re.Pattern | None

    @classmethod
    def of(cls, query):
        """The highlighter of a query."""
        _terms, chunks = query_terms(query)
        words = pieces(normalise(query)).words
        stems = frozenset(map(word_term, words))
        # A word and its stem share their start ("happy", "happi"): enough to find candidates.
        starts = {_shared_start(word, word_term(word)) or word for word in words}
        candidates = (
            re.compile(
                f"(?<!{WORD_CHAR})(?:{'|'.join(map(re.escape, sorted(starts)))}){WORD_CHAR}*"
            )
            if starts
            else None
        )
        return cls(tuple(chunks), stems, candidates)

    def spans(self, normalised):
        """Spans (start, end) of a normalised text that match, in order."""
        spans = []
        for chunk in self.chunks:
            start = normalised.find(chunk)
            while start != -1:
                spans.append((start, start + len(chunk)))
                start = normalised.find(chunk, start + len(chunk))
        if self.candidates is not None:
            spans += [
                match.span()
                for match in self.candidates.finditer(normalised)
                if word_term(match.group()) in self.stems
            ]
        return sorted(spans)

    def spans_in(self, text, start=0):
        """Spans of the text as written (from start) that match, in order."""
        normalised, offsets = normalise_with_offsets(text)
        return [
            (start + offsets[begin], start + source_end(offsets, end, len(text)))
            for begin, end in self.spans(normalised)
        ]


def spans_near_first_match(document, text, highlighter):
    """Spans of the text around its first match, found without normalising all of it.

    The document's normalised column locates the first match; the text is normalised near
    its estimated place only, and whole when the estimate misses.
    """
    # The normalised column holds the title, a line break, then the text.
    normalised = (
        document.normalised[len(normalise(document.title)) + 1 :]
        if document.text
        else document.normalised
    )
    found = highlighter.spans(normalised)
    if not found:
        return []
    estimate = found[0][0] * len(text) // max(1, len(normalised))
    window_start = max(0, estimate - SNIPPET_SEARCH_SPAN // 2)
    spans = highlighter.spans_in(
        text[window_start : window_start + SNIPPET_SEARCH_SPAN], window_start
    )
    return spans or highlighter.spans_in(text)


def snippet(document, highlighter):
    """Up to SNIPPET_LENGTH characters around the first match, HTML-escaped, matches in <mark>."""
    # The title is shown beside the snippet; a page found by its title shows its text's start.
    text = document.text or document.title
    spans = spans_near_first_match(document, text, highlighter)
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
