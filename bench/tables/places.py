"""Build the table of one-word place names the answer stage reads a place by: `places_en.txt.gz`.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.places

A "where" answer often names its place with no preposition before it ("Brest's harbour", "the
Vistula froze", "Oslo hosted the talks"), and `kinds.offers` read a place only after "in", "at",
"from"...: a sentence naming a city by itself counted as naming no place. WordNet lists named
places as instances (Brest is an instance of "city", the Vistula of "river"): every one-word,
capitalised lemma (not an abbreviation such as "AL", which is also Al Gore's name) of an instance synset under a location, a body of water or a landform is kept,
unless the word is also a common noun more often than a place (a lower-case lemma of a
non-instance sense, and the word's first sense, WordNet's commonest, no place: "Reading", "Bath",
"Orange", capitalised in headlines as often as they name a town; "China" and "Chile" stay) or
names a person in at least as many senses as a place ("Lincoln", "Victoria", "Houston").

Written to `bot/reader/data/places_en.txt.gz`: one folded, lower-case name a line, sorted, so a
rebuild gives the same file. WordNet 3.0 is Princeton's (README.md, "Data tables").
"""

from __future__ import annotations

import gzip
from pathlib import Path

from nltk.corpus import wordnet as wn

from bot.reader.text.language import fold

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "places_en.txt.gz"
PLACE_ROOTS = ("location.n.01", "body_of_water.n.01", "geological_formation.n.01")
"""Synsets whose instances are places: cities and countries sit under location, rivers and seas
under body of water, mountains and valleys under geological formation."""
SKY_ROOTS = ("constellation.n.02", "sign_of_the_zodiac.n.01", "celestial_body.n.01")
"""Regions of the sky, which WordNet also files under location ("Leo", a first name as often)."""


def _under(synset, roots: set) -> bool:
    """Whether a synset is, through instance and class links, below one of the roots."""
    return any(above in roots for above in synset.closure(lambda s: s.instance_hypernyms() + s.hypernyms()))


def _a_place(synset, places: set, skies: set) -> bool:
    """Whether a synset is a named place on Earth."""
    return bool(synset.instance_hypernyms()) and _under(synset, places) and not _under(synset, skies)


def place_names() -> list[str]:
    """The folded one-word place names, as the module docstring chooses them."""
    places = {wn.synset(name) for name in PLACE_ROOTS}
    skies = {wn.synset(name) for name in SKY_ROOTS}
    person = {wn.synset("person.n.01")}
    candidates = {
        lemma for synset in wn.all_synsets("n") if _a_place(synset, places, skies)
        for lemma in synset.lemma_names() if lemma[0].isupper() and not lemma.isupper() and "_" not in lemma and "-" not in lemma
    }
    kept = []
    for lemma in candidates:
        senses = wn.synsets(lemma, "n")
        common = any(
            not s.instance_hypernyms() and any(n.name().islower() for n in s.lemmas() if n.name().lower() == lemma.lower())
            for s in senses
        )
        placed = sum(_a_place(s, places, skies) for s in senses)
        people = sum(bool(s.instance_hypernyms()) and _under(s, person) for s in senses)
        first = _a_place(senses[0], places, skies)
        if (first or not common) and placed > people:
            kept.append(fold(lemma.lower()))
    return sorted(set(kept))


def main() -> None:
    """Write the table and say how many names it holds."""
    names = place_names()
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write("".join(f"{name}\n" for name in names).encode("utf-8"))
    print(f"{len(names):,} place names -> {OUT}")


if __name__ == "__main__":
    main()
