"""Phrasal verbs a reader asks with and the one-word verbs an article writes instead.

"When will the permit run out?" is answered by "the license is set to expire in February": the
question's only verb, "run", is a word the article may use for anything ("the port is run by"),
and its particle is a stop word, so the match is made on the wrong word. WordNet bridges single
words, not "run out" to "expire". When the article uses the one-word verb, the question's phrasal
verb is read as that verb instead.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language, fold, language_for, words

_PHRASAL: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("run", "out", "expire"), ("give", "evidence", "testify"), ("step", "down", "resign"),
        ("set", "up", "establish"), ("put", "off", "postpone"),
        ("carry", "out", "conduct"), ("find", "out", "discover"), ("pass", "away", "die"),
        ("shut", "down", "close"), ("turn", "down", "reject"), ("look", "into", "investigate"),
        ("go", "up", "rise"), ("go", "down", "fall"), ("blow", "up", "explode"), ("pull", "out", "withdraw"),
        ("drop", "out", "withdraw"), ("take", "part", "participate"), ("hand", "over", "transfer"),
        ("lift", "off", "launch"), ("blast", "off", "launch"),
    ),
}
"""Per language: a verb, the word right after it, and the one-word verb the pair means."""


@lru_cache(maxsize=None)
def _phrasal_terms(code: str) -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """The table as terms: the verb's stem, the particle as written, the pair's own terms, the plain verb's stem."""
    language = language_for(code)
    found = []
    for verb, particle, plain in _PHRASAL.get(code, ()):
        (verb_term,) = question_terms(language, verb)
        (plain_term,) = question_terms(language, plain)
        found.append((verb_term, particle, tuple(question_terms(language, f"{verb} {particle}")), plain_term))
    return tuple(found)


def plain_verbs(language: Language, question: str, asked: list[str], known: Collection[str]) -> list[str]:
    """The question's terms with each phrasal verb ("ran out") read as its one-word verb ("expire"),
    where the article (whose terms are `known`) uses that verb."""
    said: list[str] | None = None  # read only for a verb the article uses: most questions meet none
    for verb_term, particle, own, plain in _phrasal_terms(language.code):
        if plain not in known:
            continue
        if said is None:
            said = [fold(word.lower()) for word in words(question)]
        for word, after in zip(said, said[1:]):
            if after == particle and question_terms(language, word) == [verb_term]:
                asked = [term for term in asked if term not in own] + [plain]
                break
    return asked
