"""Snippets of a page's text around a query's first match, the matches marked."""

import re
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

from search.text import (
    WORD_CHAR,
    normalise,
    normalise_with_offsets,
    pieces,
    query_terms,
    shared_start,
    source_end,
    word_term,
)

SNIPPET_LENGTH = 160


class SnippetSource(NamedTuple):
    """The texts of a search document a snippet is cut from."""

    title: str
    text: str
    normalised: str


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
        starts = {shared_start(word, word_term(word)) or word for word in words}
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
