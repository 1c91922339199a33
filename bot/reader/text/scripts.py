"""Which writing system (alphabet) a text is written in, as Unicode names its letters.

Answers are found by matching a question's words to the article's, so a question written in
another alphabet than the article (an English question about an Arabic or Russian story) can match
nothing, whatever the article says; "the article doesn't seem to say" would then be untrue. The
alphabet is read from the letters' Unicode names ("LATIN SMALL LETTER A", "ARABIC LETTER BEH"),
which tells it with certainty where telling the language of a short question cannot.
"""

from __future__ import annotations

import unicodedata
from collections import Counter

SAMPLE_CHARACTERS = 3_000
"""The letters of an article's opening are enough to tell its alphabet."""
_SAME = {"HIRAGANA": "CJK", "KATAKANA": "CJK", "HANGUL": "CJK"}
"""Japanese writes its kana beside Chinese characters: one writing system for this purpose."""


def script_of(character: str) -> str | None:
    """The alphabet of a letter ("LATIN", "CYRILLIC", "ARABIC", "CJK"...), None for anything else."""
    if not character.isalpha():
        return None
    name = unicodedata.name(character, "")
    first = name.split(" ", 1)[0] if name else None
    return _SAME.get(first, first) if first else None


def scripts_of(text: str) -> Counter[str]:
    """How many letters of each alphabet `text` holds (its first `SAMPLE_CHARACTERS`)."""
    return Counter(script for character in text[:SAMPLE_CHARACTERS] if (script := script_of(character)))


def in_another_script(question: str, article_text: str) -> bool:
    """True when the question's letters are all in an alphabet the article does not write in: no
    word of it can be found there. A question with no letters (numbers, emoji) is not."""
    asked = scripts_of(question)
    if not asked:
        return False
    written = scripts_of(article_text)
    main = written.most_common(1)[0][0] if written else None
    return main is not None and main not in asked
