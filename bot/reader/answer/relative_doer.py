"""Who did it, when the sentence names the doer before a relative clause with the question's own verb.

"Who owns the Waldorf?" about "... nor could we get the Chinese investors who own the Waldorf or
the Liberty Street building" was marked "Liberty Street", the capitalised words nearest the
question's: the answer is the noun phrase the clause "who own the Waldorf" hangs on. A reader's
"who <verb> X?" turns into "<doer> who <verb> X" as often as into "<doer> <verb> X", and the phrase
before "who" (or "that") is then the doer, whatever its words: a name, "the Chinese investors", "a
homeless man". English only.
"""

from __future__ import annotations

import re

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language

_WHO_DID = re.compile(r"^\W*(?:and\s+)?who\s+([a-z]+)\b", re.IGNORECASE)
_NOT_AN_ACT = frozenset(
    "is was are were be been has have had does did do will would can could should shall may might must else".split()
)
"""Words after "who" that tell no act the doer is named for (auxiliaries, "be", modals)."""
_RELATIVE = re.compile(r"(?:,\s*)?\b(?:who|that)\s+([A-Za-z]+)\b")
_WORD = re.compile(r"[A-Za-z][\w'’.-]*")
_OPENERS = frozenset("the a an two three four five several some many".split())
"""Words that open the doer's noun phrase and belong to it ("the Chinese investors", "two men")."""
_STOPS = frozenset(
    "and or but of in on at to for from with by about as than said says told is was are were be been has have had "
    "not nor could would should can will we they he she it i you".split()
)
"""Words that end the noun phrase going back from "who": a preposition, a verb, a pronoun."""
DOER_WORDS = 6
"""Words the doer's phrase may take before "who"."""


def doer_before_relative(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """Start and end (characters) of the noun phrase a relative clause with the question's verb
    hangs on, for an English "who <verb> ...?" question; None when the sentence has no such clause."""
    if language.code != "en":
        return None
    asked = _WHO_DID.match(question)
    if asked is None or asked.group(1).lower() in _NOT_AN_ACT:
        return None
    verb = _stem(language, asked.group(1))
    for clause in _RELATIVE.finditer(sentence):
        if _stem(language, clause.group(1)) == verb:
            span = _phrase_before(sentence, clause.start())
            if span is not None:
                return span
    return None


def _stem(language: Language, word: str) -> str:
    """The word's stem, a stop word too ("own" of "Who owns the Waldorf?"), an irregular past as its verb's."""
    terms = question_terms(language, word)
    return terms[0] if terms else language.stem(word.lower())


def _phrase_before(sentence: str, end: int) -> tuple[int, int] | None:
    """The noun phrase ending at `end`: back over at most `DOER_WORDS` words, to and with an opening
    word (`_OPENERS`), stopping before a word that cannot be in it (`_STOPS`)."""
    found = list(_WORD.finditer(sentence, 0, end))
    start = None
    for word in reversed(found[-DOER_WORDS:]):
        lowered = word.group().lower()
        between = sentence[word.end():end if start is None else start]
        if lowered in _STOPS or any(mark in between for mark in ",;:()\"“”"):
            break
        start = word.start()
        if lowered in _OPENERS:
            break
    if start is None:
        return None
    phrase = sentence[start:end].rstrip(" ,")
    return (start, start + len(phrase)) if phrase else None
