"""Article words that stand in for a question's words in this article only.

No table joins a reader's "chief executive" to the article's "CEO", or "the vehicle" to the car
an article is about: the first is the article's own short form of the reader's words, the second
the general noun a reader uses for the article's main thing (WordNet puts "car" four steps below
"vehicle", past any bridge's reach). Both links depend on the article, so they are worked out per
article and per question here, not stored in a table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from bot.reader.answer.categories import members_of
from bot.reader.answer.terms import question_terms, stop_words_for
from bot.reader.text.language import Language, fold, words

ACRONYM_LETTERS = (2, 5)
"""The shortest and longest word written in capitals that is read as an acronym ("EU", "NASDA")."""
SPELT_OUT_WORDS = (2, 4)
"""How many of the question's words in a row may spell out an acronym ("prime minister", "chief
executive officer", "Securities and Exchange Commission" skipping "and")."""
MAIN_THINGS = 3
"""How many of the article's most used words, beside its title's, count as its main things."""
MAIN_THING_SENTENCES = 3
"""The fewest sentences a word must be in to be a main thing: a short article has none but its title's."""
_INSIDE = frozenset({"of", "for", "and", "the", "de", "des", "du", "der", "für", "und", "del", "y"})
"""Small words an acronym skips ("Securities and Exchange Commission" -> "SEC")."""


def acronyms_in(language: Language, texts: Iterable[str]) -> dict[str, str]:
    """The article's acronyms: their letters in lower case -> their term ("ceo" -> "ceo")."""
    low, high = ACRONYM_LETTERS
    found: dict[str, str] = {}
    for text in texts:
        for word in words(text):
            if low <= len(word) <= high and word.isalpha() and word.isupper():
                terms = question_terms(language, word)
                if terms:
                    found.setdefault(word.lower(), terms[0])
    return found


def spelt_out(language: Language, question: str, acronyms: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """Question term -> the article's acronyms that the question spells out with it and the words
    beside it: "chief executive" is the article's "CEO" (an acronym may add one last letter the
    reader leaves out, "officer"), "Los Angeles" its "LA". Words the question writes in capitals
    are acronyms already, and small words inside the run ("of", "and") are skipped."""
    if not acronyms:
        return {}
    stop_words = stop_words_for(language.code)
    tokens = [word for word in words(question) if not word.isupper() or len(word) == 1]
    # The acronyms by the initials that spell them, in the article's order: a run's initials are
    # the acronym's letters, or all of them but an added last one ("officer" of "CEO").
    by_initials: dict[str, list[str]] = {}
    for letters, term in acronyms.items():
        for spelt in (letters, letters[:-1]):
            by_initials.setdefault(spelt, []).append(term)
    found: dict[str, tuple[str, ...]] = {}
    shortest, longest = SPELT_OUT_WORDS
    for start, first in enumerate(tokens):
        if first.lower() in stop_words:
            continue
        run: list[str] = []
        for word in tokens[start:]:
            if word.lower() in _INSIDE and run:
                continue
            if word.lower() in stop_words or not word.isalpha() or len(run) == longest:
                break
            run.append(word)
            if len(run) < shortest:
                continue
            initials = fold("".join(w[0] for w in run).lower())
            for term in by_initials.get(initials, ()):
                for word_in_run in run:
                    for stem in question_terms(language, word_in_run)[:1]:
                        found[stem] = (*found.get(stem, ()), term)
    return found


def main_things(language: Language, title: str, term_lists: list[list[str]]) -> frozenset[str]:
    """The words naming what the article is about: its title's and its `MAIN_THINGS` most used ones
    (in the most sentences, each in at least `MAIN_THING_SENTENCES`)."""
    counts = Counter(term for terms in term_lists for term in set(terms))
    used = [term for term, count in counts.most_common(MAIN_THINGS) if count >= MAIN_THING_SENTENCES]
    return frozenset(question_terms(language, title)) | frozenset(used)


def generic_for(code: str, term: str, things: frozenset[str]) -> tuple[str, ...]:
    """The article's main things that a question's general noun names ("vehicl" -> "car"), from the
    categories table (`categories.members_of`)."""
    return tuple(sorted(members_of(code, term) & things))
