"""Build the English spelling table from WordNet 3.0: a British spelling's stem -> the American one's.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.spelling

A reader asks "How many kilometers did the plane fall?" about "fell more than 11 kilometres", or
"When do the cells organise?" about "they begin to organize". The Snowball stemmer keeps the two
spellings apart ("kilometr" / "kilomet", "organis" / "organ"), so the bridge tables join them only
as synonyms, which the ranking and the decline model count below the same word. WordNet lists
both spellings as lemmas of one synset ("organize, organise"; "kilometer, kilometre"; "colour,
color"); a pair is kept when one spelling turns into the other by one of the regular British ->
American rewrites of `REWRITES` (-ise/-ize, -isation/-ization, -yse/-yze, -our/-or, -tre/-ter,
-ence/-ense, -ogue/-og, -ll-/-l-, ae/oe -> e, -mme/-m), one or two of them. Sharing a synset is what makes a rewrite a
spelling rather than another word ("prize" and "prise" share none for the reward). A British
stem that a WordNet lemma no rewrite turns into another lemma also stems to is left out, so the map never renames an
unrelated word. Written to `bot/reader/data/spelling_en.tsv`: `british_stem<TAB>american_stem`.
WordNet 3.0 is Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from bot.reader.text.language import fold, language_for

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "spelling_en.tsv"
REWRITES: tuple[tuple[str, str], ...] = (
    ("is", "iz"), ("ys", "yz"), ("our", "or"), ("tre", "ter"), ("ence", "ense"), ("ogue", "og"), ("ll", "l"),
    ("ae", "e"), ("oe", "e"), ("mme", "m"),
)
"""Regular British -> American spelling rewrites ("organisational", "licenced", "manoeuvre"), each
applied at one place of a lemma at a time; only a pair of one synset counts, so "is" -> "iz" in
"list" makes no pair."""


def rewrites(word: str) -> set[str]:
    """Every spelling one or two rewrites of `REWRITES` make of a British word ("manoeuvre" ->
    "maneuver" takes two)."""
    once = _rewritten(word)
    return (once | {twice for other in once for twice in _rewritten(other)}) - {word}


def _rewritten(word: str) -> set[str]:
    """Every spelling one rewrite of `REWRITES` at one place makes of a word."""
    found = set()
    for british, american in REWRITES:
        for match in re.finditer(re.escape(british), word):
            found.add(word[:match.start()] + american + word[match.end():])
    return found


def build() -> dict[str, str]:
    """British stem -> American stem, for pairs of lemmas of one synset one rewrite apart."""
    from nltk.corpus import wordnet as wn

    stem = language_for("en").stem
    stems_of_lemmas: dict[str, set[str]] = defaultdict(set)
    pairs: set[tuple[str, str]] = set()
    for synset in wn.all_synsets():
        names = {lemma.name().lower() for lemma in synset.lemmas() if lemma.name().isalpha()}
        for name in names:
            stems_of_lemmas[stem(fold(name))].add(name)
            pairs.update((name, american) for american in rewrites(name) & names)
    lemmas = set().union(*stems_of_lemmas.values())
    british = {name for names in stems_of_lemmas.values() for name in names if rewrites(name) & lemmas}
    found: dict[str, str] = {}
    for name, american in sorted(pairs):
        british_stem, american_stem = stem(fold(name)), stem(fold(american))
        if british_stem == american_stem or not stems_of_lemmas[british_stem] <= british:
            continue
        found.setdefault(british_stem, american_stem)
    return found


def main() -> None:
    found = build()
    OUT.write_text("".join(f"{british}\t{found[british]}\n" for british in sorted(found)), encoding="utf-8")
    print(f"{len(found)} stems -> {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
