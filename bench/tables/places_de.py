"""Build the table of German place names the answer stage keeps as places: `places_de.txt.gz`.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.places_de --omw DIR

German capitalises every noun, so "in" before a capitalised word opens a place as often as not:
"in Dutzenden dieser Betriebe", "in Zeiten des Virus", "aus Sicherheitsgründen". The answer stage
reads a word its word tables know as a common noun (`common_nouns`), but those tables know
"Deutschland", "Hamburg" and "Peru" too, so a common noun is kept as a place only when it names
one here. The names are the German Wiktionary lemmas that the Open Multilingual Wordnet
(`omwn/omw-data`, `wns/wikt/wn-wikt-deu.tab`, CC BY-SA 3.0; `DIR` is a copy of that repository)
gives for a WordNet synset that `bench.tables.places` reads as a named place on Earth.

Written to `bot/reader/data/places_de.txt.gz`: one folded, lower-case name a line, sorted, so a
rebuild gives the same file.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from nltk.corpus import wordnet as wn

from bench.tables.omw import SOURCES, english_synsets, read_lemmas
from bench.tables.places import PLACE_ROOTS, SKY_ROOTS, _a_place
from bot.reader.text.language import fold

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "places_de.txt.gz"
LAND_ROOTS = ("continent.n.01", "island.n.01")
"""Land WordNet files under neither location nor landform: "Asien" and "Afrika", "Sizilien"
(fruit "aus Asien" came from no place)."""


def place_names(omw: Path) -> list[str]:
    """The folded German one-word names of WordNet's named places."""
    lemmas = read_lemmas(omw, SOURCES["de"])
    synsets = english_synsets(synset_id for synset_id in lemmas if synset_id.endswith("-n"))
    places = {wn.synset(name) for name in (*PLACE_ROOTS, *LAND_ROOTS)}
    skies = {wn.synset(name) for name in SKY_ROOTS}
    return sorted({
        fold(lemma.lower()) for synset_id, synset in synsets.items() if _a_place(synset, places, skies)
        for lemma in lemmas[synset_id] if lemma[:1].isupper()
    })


def main(argv: list[str] | None = None) -> None:
    """Write the table and say how many names it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, required=True, help="a copy of the omwn/omw-data repository")
    names = place_names(parser.parse_args(argv).omw)
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write("".join(f"{name}\n" for name in names).encode("utf-8"))
    print(f"{len(names):,} place names -> {OUT}")


if __name__ == "__main__":
    main(argv=None)
