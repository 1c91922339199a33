"""Follow-ups that ask how the story goes on: "What happened next?", "And then?", "Und danach?",
"Et ensuite ?", "¿Y qué pasó después?".

Such a question names nothing; what it asks is where the article goes after the sentence just
shown. Matched by its words it finds whatever sentence holds "happened" or "next" (for "What
happened next?" after the crack in a monument was found: the sentence on the quake that caused the
crack, told before), so it is answered by position instead: the sentence that follows the one shown
first, in the article's order, even across a paragraph break (news put each step of a story in a
paragraph of its own).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.reader.text.language import normalize_code

if TYPE_CHECKING:
    from bot.reader.answer.index import AnswerIndex
    from bot.reader.text.document import Sentence

_OPENERS = frozenset("and so but und et y e".split())
"""Words a reader opens a follow-up with ("And then?"), left out before the question is compared."""
_ASKING_NEXT: dict[str, frozenset[str]] = {
    "en": frozenset({
        "then", "next", "what next", "then what", "what then", "after that", "afterwards",
        "what happened next", "what happened then", "what happened after that", "what happened afterwards",
        "what happened after", "what came next", "what followed", "what did they do next",
        "what did he do next", "what did she do next", "what happens next", "what happened after this",
    }),
    "de": frozenset({
        "dann", "danach", "was dann", "was passierte dann", "was passierte danach",
        "was geschah dann", "was geschah danach", "wie ging es weiter", "wie geht es weiter",
        "was kam dann", "was kam danach",
    }),
    "fr": frozenset({
        "ensuite", "après", "puis", "que s est il passé ensuite", "que s est il passé après",
        "qu est ce qui s est passé ensuite",
        "qu est ce qui s est passé après", "et la suite", "la suite",
    }),
    "es": frozenset({
        "después", "luego", "entonces", "qué pasó después",
        "qué pasó luego", "qué pasó entonces", "qué sucedió después", "qué sucedió luego",
        "qué ocurrió después", "qué ocurrió luego",
    }),
}
"""Whole questions, lower-cased, words only, asking what came after what was just said."""


def _said(question: str) -> str:
    """The question's words, lower-cased, without punctuation or its opening "and"."""
    tokens = re.findall(r"\w+", question.lower())
    while tokens and tokens[0] in _OPENERS:
        tokens = tokens[1:]
    return " ".join(tokens)


def asks_what_next(question: str, language: str) -> bool:
    """Whether the question asks only how the story goes on after the previous answer."""
    return _said(question) in _ASKING_NEXT.get(normalize_code(language), frozenset())


def sentence_after(index: AnswerIndex, shown: str) -> Sentence | None:
    """The sentence after the one shown first as the previous answer (a runner-up shown below it may
    come from anywhere in the article); None when it is not found or ends the article."""
    sentences = index.document.sentences
    position = next((s.index for s in sentences if s.text == shown), None)
    return sentences[position + 1] if position is not None and position + 1 < len(sentences) else None
