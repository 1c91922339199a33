"""Quotations a page prints twice: a pull quote repeating words the body quotes with their speaker (`“The
climate changes over a long period…”` set apart after Marcelo Leppe's paragraph). The repeat is a paragraph of
its own with no attribution, so it takes the speaker of the quotation it repeats; words quoted twice inside
sentences (a charge, a slogan) keep whatever those sentences say."""

from __future__ import annotations

import dataclasses
import re
from typing import Protocol, TypeVar

MIN_REPEATED_WORDS = 6
"""Words a repeat must share, in order, with the quotation it repeats: fewer match by chance (`We are very happy`)."""


class _Sentence(Protocol):
    paragraph: int


class _Quoted(Protocol):
    text: str
    speaker: str | None
    role: str | None
    sentence: _Sentence


Q = TypeVar("Q", bound=_Quoted)


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def _inside(part: list[str], whole: list[str]) -> bool:
    """Whether `part` is a run of consecutive words of `whole`."""
    n = len(part)
    return any(whole[k:k + n] == part for k in range(len(whole) - n + 1))


def with_repeats_attributed(quotes: list[Q], paragraphs: tuple[str, ...]) -> list[Q]:
    """The quotes, each one without a speaker that fills its paragraph alone and repeats (all its words, in
    order) another quote that has one, given that quote's speaker and role."""
    worded = [(_words(quote.text), quote) for quote in quotes]
    result = []
    for words, quote in worded:
        source = None
        alone = quote.sentence.paragraph < len(paragraphs) and _words(paragraphs[quote.sentence.paragraph]) == words
        if quote.speaker is None and alone and len(words) >= MIN_REPEATED_WORDS:
            source = next((other for other_words, other in worded if other is not quote and other.speaker
                           and len(other_words) >= len(words) and _inside(words, other_words)), None)
        result.append(dataclasses.replace(quote, speaker=source.speaker, role=source.role) if source else quote)
    return result
