"""Texts and queries as the search reads them: normalised and cut into terms."""

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

import snowballstemmer

from pages.japanese import JAPANESE, JAPANESE_RUN, KANJI
from pages.models.snippets import jp_prefectures

# Marks that do not change a Japanese word: ー (long vowel) and ・ (middle dot).
DROPPED = frozenset("ー・")
# A partner's names (title, official name, acronym) are also indexed as name terms.
NAME_PREFIX = "\x01name:"
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


def shared_start(first, second):
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
        kept = len(shared_start(form, match.group()))
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
