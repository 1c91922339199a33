"""Build the table of German nouns that name no place: `placeless_de.txt.gz`.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.places_de --omw DIR

German capitalises every noun, so "in" before a capitalised word opens a place as often as not:
"in Dutzenden dieser Betriebe", "in Zeiten des Virus", "aus Sicherheitsgründen". The answer stage
reads a word its word tables know as a common noun (`common_nouns`), but those tables know
"Deutschland", "Hamburg" and "Peru" too. A list of places kept as places only the ones it held, and
lost places the word tables know from the thesaurus (fresh pages, German top-1 189 -> 187), so the
table lists the other side: nouns none of whose senses is a named place on Earth, as
`bench.tables.places` reads one (and continents and islands). They are the German Wiktionary lemmas
of the Open Multilingual Wordnet (`omwn/omw-data`, `wns/wikt/wn-wikt-deu.tab`, CC BY-SA 3.0; `DIR`
is a copy of that repository); a word the table lacks stays a place, as before.

Written to `bot/reader/data/placeless_de.txt.gz`: one stem a line, sorted, so a rebuild gives the
same file.
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from nltk.corpus import wordnet as wn

from bench.tables.omw import SOURCES, english_synsets, read_lemmas
from bench.tables.places import LAND_ROOTS, PLACE_ROOTS, SKY_ROOTS, _a_place
from bot.reader.text.language import fold, language_for

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "placeless_de.txt.gz"


def placeless_stems(omw: Path) -> list[str]:
    """The stems (the bot's own, so the table meets the article as it is read) of the German one-word
    nouns of WordNet synsets none of which is a named place, less every place's stem."""
    lemmas = read_lemmas(omw, SOURCES["de"])
    synsets = english_synsets(synset_id for synset_id in lemmas if synset_id.endswith("-n"))
    places = {wn.synset(name) for name in (*PLACE_ROOTS, *LAND_ROOTS)}
    skies = {wn.synset(name) for name in SKY_ROOTS}
    nouns: set[str] = set()
    named: set[str] = set()
    for synset_id, synset in synsets.items():
        words = {fold(lemma.lower()) for lemma in lemmas[synset_id] if lemma[:1].isupper()}
        (named if _a_place(synset, places, skies) else nouns).update(words)
    # "Hamburger" and "Spanier" stem as "Hamburg" and "Spanien" do: a stem shared with a place is kept.
    stem = language_for("de").stem
    placed = {stem(word) for word in named}
    return sorted({stem(noun) for noun in nouns - named} - placed)


def main(argv: list[str] | None = None) -> None:
    """Write the table and say how many stems it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, required=True, help="a copy of the omwn/omw-data repository")
    stems = placeless_stems(parser.parse_args(argv).omw)
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write("".join(f"{stem}\n" for stem in stems).encode("utf-8"))
    print(f"{len(stems):,} stems -> {OUT}")


if __name__ == "__main__":
    main(argv=None)
