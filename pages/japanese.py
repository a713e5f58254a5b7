"""Which characters are Japanese: written without spaces between words."""

import re

# Hiragana and katakana, kanji (with extension A and the compatibility kanji), and the
# iteration and closing marks.
KANJI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々〆"
JAPANESE = f"\u3040-\u30ff{KANJI}"
JAPANESE_RUN = re.compile(f"[{JAPANESE}]+")
