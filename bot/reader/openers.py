"""Sentence openers that lean on the sentence before: pronouns, demonstratives, connectives.

"He said the plan would fail." or "However, prices fell." mean little when lifted out of the
article on their own, so the summary only shows such a sentence next to the one it follows.
One table entry per language; a language with no entry simply has no dependent openers.
Phrases are lower case and matched word by word against the sentence's first words, with
elisions split ("c'est" -> "c est", "it's" -> "it s"), so the French "c" entry covers c'est/c'était.
Articles that double as pronouns (German "das", "die"; Spanish "la", "lo") are left out: "Das
Unternehmen..." opens a perfectly self-contained sentence.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+")
_LOOKAHEAD_WORDS = 4

_OPENERS: dict[str, frozenset[str]] = {
    "en": frozenset({
        "he", "she", "it", "they", "them", "his", "her", "its", "their", "him", "this", "that",
        "these", "those", "such", "there", "here", "then", "but", "and", "or", "so", "yet", "also",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless",
        "therefore", "thus", "hence", "instead", "still", "besides", "although", "though",
        "otherwise", "likewise", "similarly", "consequently", "additionally", "indeed", "both",
        "another", "the latter", "the former", "in addition", "as a result", "on the other hand",
        "even so", "even though", "at the same time", "for example", "for instance", "in turn",
    }),
    "de": frozenset({
        "er", "sie", "es", "ihr", "ihre", "ihrer", "ihren", "sein", "seine", "seiner", "seinen",
        "dies", "diese", "dieser", "dieses", "diesen", "dabei", "dafür", "dagegen", "daher",
        "damit", "danach", "dann", "darum", "deshalb", "deswegen", "dort", "hier", "aber", "doch",
        "jedoch", "und", "oder", "auch", "außerdem", "zudem", "dennoch", "trotzdem", "allerdings",
        "denn", "sondern", "somit", "also", "ebenso", "stattdessen", "sowohl", "beide",
        "letzterer", "ersterer", "zum beispiel",
    }),
    "fr": frozenset({
        "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "ce", "c",
        "cela", "ceci", "ça", "cette", "ces", "celui", "celle", "ceux", "celles", "y", "mais",
        "cependant", "pourtant", "toutefois", "donc", "alors", "ainsi", "aussi", "et", "ou", "or",
        "puis", "néanmoins", "enfin", "sinon", "également", "en outre", "de plus", "par ailleurs",
        "en revanche", "par exemple", "de son côté", "quant à lui", "quant à elle",
    }),
    "es": frozenset({
        "él", "ella", "ellos", "ellas", "le", "les", "su", "sus", "esto", "eso", "este", "esta",
        "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "ello", "pero", "y",
        "o", "además", "también", "así", "entonces", "aunque", "sino", "luego", "incluso",
        "tampoco", "asimismo", "no obstante", "sin embargo", "por eso", "por lo tanto",
        "por tanto", "por ello", "por otro lado", "en cambio", "por ejemplo", "de hecho",
    }),
}
_SPLIT_OPENERS = {
    code: tuple(tuple(phrase.split()) for phrase in phrases) for code, phrases in _OPENERS.items()
}


def needs_previous(text: str, language_code: str) -> bool:
    """True when the sentence opens with a word that refers back to the sentence before it."""
    openers = _SPLIT_OPENERS.get(language_code)
    if not openers:
        return False
    first = tuple(_WORD.findall(text[:80].lower())[:_LOOKAHEAD_WORDS])
    return any(first[: len(phrase)] == phrase for phrase in openers)
