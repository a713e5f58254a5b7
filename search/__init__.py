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
