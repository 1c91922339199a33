"""How many words a text holds, for the limits that decide whether a page is an article and for
reading time, in scripts written with spaces and without.

Chinese, Japanese and Thai put no spaces between words, so a word pattern reads a whole clause
as one "word": a Japanese page counted a few dozen words, fewer than the 50 an article needs, and
a Japanese story was refused as "no article". A run of such a script counts one word per
`CHARACTERS_PER_WORD` characters instead: readers get through about 500 Japanese or Chinese
characters a minute against some 230 English words, so two characters make about a word.
"""

from __future__ import annotations

import math

from bot.reader.text.language import UNSPACED_RUN as _UNSPACED, words

CHARACTERS_PER_WORD = 2


def word_count(text: str) -> int:
    """Words in `text`, a run of an unspaced script counted by its characters (see above)."""
    if not _UNSPACED.search(text):
        return len(words(text))
    count = 0
    for word in words(text):
        unspaced = sum(len(run) for run in _UNSPACED.findall(word))
        # The pieces in other scripts ("16" of "州で16日夜") are words of their own.
        count += math.ceil(unspaced / CHARACTERS_PER_WORD) + len(_UNSPACED.sub(" ", word).split())
    return count
