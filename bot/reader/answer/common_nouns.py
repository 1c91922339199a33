"""Which capitalised words of a German article are common nouns, not names.

German capitalises every noun, so a capital letter alone made "Versäumnisse", "Überschrift" or
"Spieler" a name, and a "wer" question about someone the page never names ("Wer leitet die Silicon
Valley Bank?", "Wer trainiert Sebastian Hendel?") was answered by a sentence naming no one, its
bold on a noun. A word is read as a common noun when the language's word tables know it (their
stems are common words: a wordnet and a thesaurus), or know the last part of it as a compound
("Branchenkoordinatorin", "Fed-Vizechef"), and the article never writes it beside another
capitalised word as a name is written ("Michael Barr", "Anne Spiegel", "Robert Weiss": surnames
that are nouns too, and first names the wordnet lists).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.reader.answer.withheld import NOUNS_CAPITALISED
from bot.reader.text.language import Language, fold

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")
_FEMININE = "in"
"""The ending of a noun for a woman, which the word tables often lack ("Branchenkoordinatorin",
"Ministerin"): the noun without it is looked up then."""
_ADJECTIVE_ENDING = re.compile(r"(?:e|en|er|es|em)$")
"""How an adjective before its noun ends ("Süddeutschen", "Trierer")."""
_ARTICLES = frozenset("der die das den dem des ein eine einen einem einer eines".split())
_POSSESSIVES = frozenset(
    f"{stem}{ending}" for stem in ("mein", "dein", "sein", "ihr", "unser", "euer", "eur")
    for ending in ("", "e", "en", "em", "er", "es")
) | {"dessen", "deren"}
"""Possessive determiners: the capitalised word after one is a noun the words tables may not know
("ihre Amtsführung"), never a name; the bold of "Wer verteidigt Klöckner?" was on it."""
SHORTEST_PART = 5
"""The shortest known stem a compound may end in: shorter tails ("amt", "rat") end names too."""
SHORTEST_HEAD = 3
"""The fewest letters before that tail: "Vizechef" is "vize" and "chef"."""


def common_nouns(language: Language, texts: Iterable[str], knows: Callable[[str], bool]) -> frozenset[str]:
    """The stems of the article's capitalised words that are common nouns, for a language that
    capitalises nouns; empty for any other. `knows` tells a stem the word tables hold."""
    if language.code not in NOUNS_CAPITALISED:
        return frozenset()
    stop = language.stop_words
    runs: list[list[str]] = []
    possessed: set[str] = set()
    for text in texts:
        tokens = list(_TOKEN.finditer(text))
        run: list[str] = []
        for position, token in enumerate(tokens):
            word = token.group()
            # An abbreviation in capitals ("SVB", "BR") names a body more often than not.
            capital = position > 0 and word[:1].isupper() and not word.isupper() and word.lower() not in stop
            if capital and run and text[tokens[position - 1].end():token.start()] == " ":
                run.append(word)
                continue
            runs.append(run)
            run = [word] if capital else []
            if capital and tokens[position - 1].group().lower() in _POSSESSIVES:
                possessed.add(language.stem(fold(word.lower())))
            # After an article the first word is the noun it goes with ("die Aufsicht
            # Liquiditätsrisiken überwache": subject and object side by side, no name), unless it
            # is inflected as an adjective opening a name ("der Süddeutschen Zeitung").
            if capital and tokens[position - 1].group().lower() in _ARTICLES and not _ADJECTIVE_ENDING.search(word):
                runs.append(run)
                run = []
        runs.append(run)
    written = {word for run in runs for word in run}
    single: set[str] = set()
    in_names: set[str] = set()
    for run in runs:
        for part in _split_after_genitive(run, written):
            stems = [language.stem(fold(word.lower())) for word in part]
            (in_names if len(stems) > 1 else single).update(stems)
    return frozenset(stem for stem in single - in_names if stem in possessed or _known_tail(stem, knows) or (
        stem.endswith(_FEMININE) and _known_tail(language.stem(stem[:-len(_FEMININE)]), knows)
    ))


def _split_after_genitive(run: list[str], written: set[str]) -> list[list[str]]:
    """A run of capitalised words cut after a name in the genitive, whose form without its "s" the
    article writes too: "Sebastian Hendels | Karriere", "Trumps | Berater Corey Lewandowski"; not
    "Thomas Müller", whose "Thoma" it never writes."""
    for at, word in enumerate(run[:-1]):
        if word.endswith("s") and word[:-1] in written:
            return [run[:at + 1], *_split_after_genitive(run[at + 1:], written)]
    return [run]


def _known_tail(stem: str, knows: Callable[[str], bool]) -> bool:
    """Whether the stem is known, or a compound ending in a known stem: "regionalbank", "fed-vizechef"."""
    last = stem.rpartition("-")[2]
    if knows(last):
        return True
    return any(knows(last[start:]) for start in range(SHORTEST_HEAD, len(last) - SHORTEST_PART + 1))
