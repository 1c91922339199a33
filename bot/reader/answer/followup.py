"""Follow-up questions: "and how much will it cost?" right after an answer leans on the turn before.

A follow-up says less than it means: "and ..." continues the previous question, "Why?" is all
ellipsis, and "what did she say about it?" names no one, so its pronouns point at the previous
question and answer. Matched alone, such a question has almost no words to find its sentence by.
So a follow-up is matched as itself plus the content words of the previous question and the names
(in German, the nouns) of the previous answer, which puts back what the pronouns stand for.

A question that names its own subject ("what did Kim say about it?") is taken as it is: its
pronoun is about that subject. The answer index takes one question string and matches its words as
a set, so the borrowed words weigh as much as the question's own (they come after them, since the
answer-type cues, "who", "how many", are read from the opening words). Own words then come first
another way: of the sentences the expanded question finds, those sharing a word with the question
itself go first (`own_words_first`), so "what did she say about it?" after "who designed the
bridge?" gets what the designer said rather than the sentence naming the designer again.

Pure functions, no Telegram and no store: the caller keeps the previous turn.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reader.answer.terms import question_terms, stop_words_for
from bot.reader.text.language import language_for, normalize_code, words

SHORT_WORDS = 3
"""A question of at most this many words, one content word at most and no name ("Why?", "How much?",
"Wann genau?") is elliptical."""


@dataclass(frozen=True)
class Turn:
    """The previous question and the sentence(s) shown as its answer."""

    question: str
    answer: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Cues:
    openers: tuple[tuple[str, ...], ...]
    """Openings that continue the previous question ("and ...", "what about ...")."""
    pronouns: frozenset[str]
    """Words that point back: personal and demonstrative pronouns, possessives."""
    capitals_are_nouns: bool = False
    """German capitalises every noun, so a capital there does not mark a name."""


def _openers(*phrases: str) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(phrase.split()) for phrase in phrases)


_CUES: dict[str, _Cues] = {
    "en": _Cues(
        _openers("and", "but", "also", "what about", "how about"),
        frozenset("he she it they him her them his hers its their theirs this that these those".split()),
    ),
    "de": _Cues(
        _openers("und", "aber", "auch", "was ist mit"),
        frozenset(
            "er sie es ihm ihn ihr ihnen seine seinen seinem seiner seines ihre ihren ihrem ihrer "
            "ihres dies diese dieser dieses diesem diesen dort dabei dafür dazu darüber davon damit "
            "daran darauf dagegen".split()
        ),
        capitals_are_nouns=True,
    ),
    "fr": _Cues(
        _openers("et", "mais", "quid de"),
        frozenset(
            "il elle ils elles lui leur leurs son sa ses cet cette ces cela ça ceci celui celle ceux "
            "celles".split()
        ),
    ),
    "es": _Cues(
        _openers("y", "e", "pero", "qué hay de"),
        frozenset(
            "él ella ellos ellas le les lo su sus este esta esto estos estas ese esa eso esos esas "
            "aquel aquella aquello ello allí ahí".split()
        ),
    ),
}


def pointing_words(code: str) -> frozenset[str]:
    """The language's words that point back at something named before (`_Cues.pronouns`); none for
    a language without cues."""
    cues = _CUES.get(code)
    return cues.pronouns if cues else frozenset()


_FRENCH_INVERSION = re.compile(r"-(?:t-)?(il|elle|ils|elles)\b", re.IGNORECASE)
_FRENCH_DETERMINERS = frozenset("le la les l un une des du au aux".split())
_GERMAN_EXPLETIVE = re.compile(r"\b(gibt es|es gibt|geht es|es geht)\b", re.IGNORECASE)


def _tokens(question: str) -> list[str]:
    return [w.strip("'’") for w in words(question) if w.strip("'’")]


def _has_name(tokens: list[str]) -> bool:
    """A capitalised word past the first ("who is Sung Kim?"); "I" is no name."""
    return any(t[0].isupper() and t != "I" for t in tokens[1:])


def _pointing_words(question: str, tokens: list[str], cues: _Cues, code: str) -> int:
    """How many words point back at something the question does not name itself."""
    lowered = [t.lower() for t in tokens]
    count = sum(1 for t, low in zip(tokens, lowered) if low in cues.pronouns
                and not (code == "de" and t == "Sie" and t is not tokens[0]))
    if code == "de":
        count -= len(_GERMAN_EXPLETIVE.findall(question))
    if code == "fr":
        # "Pourquoi le pilote a-t-il ...": the inverted "il" repeats the question's own subject.
        for match in _FRENCH_INVERSION.finditer(question):
            before = {w.lower() for w in _tokens(question[:match.start()])}
            before |= {w.lower().split("'")[0] for w in words(question[:match.start()]) if "'" in w}
            if before & _FRENCH_DETERMINERS:
                count -= 1
    return count


def is_followup(question: str, language: str) -> bool:
    """Whether the question leans on the turn before: it opens with "and" (und, et, y), is
    elliptical (a few words, no name), or points back with a pronoun while naming no subject."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    tokens = _tokens(question)
    if not tokens:
        return False
    lowered = tuple(t.lower() for t in tokens)
    if any(lowered[:len(opener)] == opener for opener in cues.openers):
        return True
    if len(tokens) <= SHORT_WORDS and len(_content_words(question, code, cues)) <= 1 and not _has_name(tokens):
        return True
    named = _has_name(tokens) and not cues.capitals_are_nouns
    return not named and _pointing_words(question, tokens, cues, code) > 0


def _content_words(text: str, code: str, cues: _Cues) -> list[str]:
    stop_words = stop_words_for(code)
    return [t for t in _tokens(text) if t.lower() not in stop_words and t.lower() not in cues.pronouns]


def _answer_names(sentences: tuple[str, ...], cues: _Cues, code: str) -> list[str]:
    """Names in the answer (capitalised past a sentence's first word); in German every noun."""
    stop_words = stop_words_for(code)
    found = []
    for sentence in sentences:
        tokens = _tokens(sentence)
        for position, token in enumerate(tokens):
            if position == 0 and not cues.capitals_are_nouns:
                continue
            if token[0].isupper() and len(token) > 1 and token.lower() not in stop_words:
                found.append(token)
    return found


def expand(question: str, previous: Turn, language: str) -> str:
    """The question followed by the previous question's content words and the previous answer's
    names, each word once."""
    code = normalize_code(language)
    cues = _CUES.get(code, _CUES["en"])
    seen = {t.lower() for t in _tokens(question)}
    borrowed = []
    for word in _content_words(previous.question, code, cues) + _answer_names(previous.answer, cues, code):
        if word.lower() not in seen:
            seen.add(word.lower())
            borrowed.append(word)
    return f"{question} {' '.join(borrowed)}" if borrowed else question


def question_to_match(question: str, previous: Turn | None, language: str) -> str:
    """The text to match for this question: expanded when it follows up on `previous`."""
    if previous is None or not is_followup(question, language):
        return question
    return expand(question, previous, language)


def own_words_first(question: str, candidates: list[str], language: str) -> list[int]:
    """Positions of the candidate sentences, those sharing a content word with the question itself
    first, each group in its original order."""
    lang = language_for(normalize_code(language))
    own = set(question_terms(lang, question))
    shares = [bool(own & set(question_terms(lang, text))) for text in candidates]
    return sorted(range(len(candidates)), key=lambda i: not shares[i])
