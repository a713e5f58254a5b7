"""Snippets: the matches marked near the first one are those of the whole text."""

from hypothesis import given, settings
from hypothesis import strategies as st

from search.models import SearchDocument
from search.snippets import Highlighter, spans_near_first_match
from search.text import (
    normalise,
)

FILLER = st.lists(
    st.sampled_from(
        [*"クラスタービジネス・マッチング九州ａｂｃｶﾞｲﾄﾞー、。の", "cluster ", "Oulu ", " "]
    ),
    max_size=400,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(before=FILLER, after=FILLER, needle=st.sampled_from(["ｸﾗｽﾀｰ企業", "Clusters", "九州の"]))
def test_highlighting_near_the_first_match_marks_what_the_whole_text_would(before, after, needle):
    """The snippet normalises only the text around the match its normalised column locates."""
    title, text = "Title", before + " " + needle + " " + after
    document = SearchDocument(title=title, text=text, normalised=normalise(title + "\n" + text))
    query = {"ｸﾗｽﾀｰ企業": "クラスタ企業", "Clusters": "cluster", "九州の": "九州"}[needle]
    highlighter = Highlighter.of(query)
    whole = highlighter.spans_in(text)
    near = spans_near_first_match(document, text, highlighter)
    assert near[0] == whole[0]
    assert set(near) <= set(whole)
