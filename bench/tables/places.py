"""Build the tables of one-word place names the answer stage reads a place by: `places_<code>.txt.gz`.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.places [--omw DIR]

A "where" answer often names its place with no preposition before it ("Brest's harbour", "the
Vistula froze", "Oslo hosted the talks"), and `kinds.offers` read a place only after "in", "at",
"from"...: a sentence naming a city by itself counted as naming no place. WordNet lists named
places as instances (Brest is an instance of "city", the Vistula of "river"): every one-word,
capitalised lemma (not an abbreviation such as "AL", which is also Al Gore's name) of an instance synset under a location, a body of water or a landform is kept,
unless the word is also a common noun more often than a place (a lower-case lemma of a
non-instance sense, and the word's first sense, WordNet's commonest, no place: "Reading", "Bath",
"Orange", capitalised in headlines as often as they name a town; "China" and "Chile" stay) or
names a person in at least as many senses as a place ("Lincoln", "Victoria", "Houston").

With `--omw DIR` (a copy of GitHub `omwn/omw-data`, as `bench.tables.omw` reads it) the German,
French and Spanish tables are built too, from the same place synsets' lemmas in those languages
(Wiktionary's, WOLF's for French) and the Unicode CLDR's country and region names (`wns/cldr`): "in
Dresden", "Uglii" are found by preposition, but a German or Spanish "where" answer names its place
bare as often ("Kabul wurde angegriffen", "Alemania y Francia firmaron"). A lemma that is also one
of a synset naming no place in that language ("Essen", food as well as the town) or a person
("Victoria") is left out, as in English.

Written to `bot/reader/data/places_<code>.txt.gz`: one folded, lower-case name a line, sorted, so a
rebuild gives the same file. WordNet 3.0 is Princeton's (README.md, "Data tables").
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from nltk.corpus import wordnet as wn

from bot.reader.text.language import fold

DATA = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
OMW_SOURCES = {
    "de": ("wns/wikt/wn-wikt-deu.tab", "wns/cldr/wn-cldr-deu.tab"),
    "fr": ("wns/fra/wn-data-fra.tab", "wns/wikt/wn-wikt-fra.tab", "wns/cldr/wn-cldr-fra.tab"),
    "es": ("wns/wikt/wn-wikt-spa.tab", "wns/cldr/wn-cldr-spa.tab"),
}
"""The OMW files each language's names are read from (`bench.tables.omw.SOURCES` and the CLDR's)."""
PLACE_ROOTS = ("location.n.01", "body_of_water.n.01", "geological_formation.n.01")
"""Synsets whose instances are places: cities and countries sit under location, rivers and seas
under body of water, mountains and valleys under geological formation."""
LAND_ROOTS = ("continent.n.01", "island.n.01")
"""Land WordNet files under neither location nor landform ("Europa", "Sizilien"), read for the other
languages' tables (the English one, older, does without)."""
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


def omw_place_names(omw: Path, code: str) -> list[str]:
    """The folded one-word place names of one language's OMW lemmas: a capitalised lemma (not an
    abbreviation, no digits) of a named place's synset (continents and islands too), unless it is
    also a lemma of a synset that is no place and commoner by the English lemmas' counts ("Essen"),
    or names a person in as many synsets as a place."""
    from bench.tables.omw import english_synsets, read_lemmas

    lemmas = read_lemmas(omw, OMW_SOURCES[code])
    synsets = english_synsets(synset_id for synset_id in lemmas if synset_id.endswith("-n"))
    places = {wn.synset(name) for name in (*PLACE_ROOTS, *LAND_ROOTS)}
    skies = {wn.synset(name) for name in SKY_ROOTS}
    person = {wn.synset("person.n.01")}
    senses: dict[str, list[tuple[int, str]]] = {}
    for synset_id, synset in synsets.items():
        kind = "place" if _a_place(synset, places, skies) else (
            "person" if synset.instance_hypernyms() and _under(synset, person) else "common")
        count = sum(lemma.count() for lemma in synset.lemmas())
        for lemma in lemmas[synset_id]:
            if lemma[:1].isupper() and not lemma.isupper() and lemma.isalpha() and len(lemma) > 2 or kind == "common":
                senses.setdefault(fold(lemma.lower()), []).append((count, kind))
    kept = []
    for word, found in senses.items():
        kinds = [kind for _, kind in sorted(found, reverse=True)]
        if "place" in kinds and (kinds[0] == "place" or "common" not in kinds) and kinds.count("place") > kinds.count("person"):
            kept.append(word)
    return kept


def write(code: str, names: list[str]) -> None:
    """Write one language's table and say how many names it holds."""
    out = DATA / f"places_{code}.txt.gz"
    with gzip.GzipFile(out, "wb", mtime=0) as handle:
        handle.write("".join(f"{name}\n" for name in sorted(set(names))).encode("utf-8"))
    print(f"{len(set(names)):,} place names -> {out}")


def main(argv: list[str] | None = None) -> None:
    """Write the English table, and with `--omw` the German, French and Spanish ones."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, help="a copy of the omwn/omw-data repository")
    args = parser.parse_args(argv)
    write("en", place_names())
    for code in OMW_SOURCES if args.omw else ():
        write(code, omw_place_names(args.omw, code))


if __name__ == "__main__":
    main()
