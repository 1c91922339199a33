"""Named places the answer stage knows by name alone, with no preposition before them.

A "where" answer often names its place bare: "Brest's harbour was closed", "the Vistula froze",
"Oslo hosted the talks". The bold of `phrase` read a place only after "in", "at", "from" and the
like, so such a place went unmarked. `places_en.txt.gz` (built by `bench/tables/places.py` from
WordNet's named places) lists one-word English place names; a capitalised word of an English
sentence that is one of them is the bold of a "where" answer wherever it stands. Only the bold
reads it: counted as a place when ranking (`kinds.offers`), it cost SQuAD 2.0 answers to sentences
listing other places (bench/reworded/README.md, trial 23where). English only: the names are
WordNet's spellings, and a German text capitalises every noun.

German's table (`placeless_de.txt.gz`, `bench/tables/places_de.py`) works the other way round: there
every noun after "in" or "aus" was a place ("in Dutzenden dieser Betriebe", "in Zeiten des Virus"),
and the article's common nouns the table lists as naming no place are no longer offered as places.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from bot.reader.text.language import fold

DATA = Path(__file__).resolve().parent.parent / "data"
PLACES = DATA / "places_en.txt.gz"
PLACELESS = {"de": DATA / "placeless_de.txt.gz"}
"""Per language, nouns that name no place (`bench/tables/places_de.py`)."""


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The table's folded, lower-case names, read once."""
    with gzip.open(PLACES, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def is_place_name(code: str, token: str) -> bool:
    """Whether a word of a text in this language is a known place's name: capitalised, English, listed."""
    return code == "en" and token[:1].isupper() and fold(token.lower()) in _place_names()


@lru_cache(maxsize=None)
def placeless_stems(code: str) -> frozenset[str]:
    """The stems of the language's nouns that name no place ("dutzend", "zeit"); none for a language
    without a table. In German the word tables know "Hamburg" and "Spanien" as they know "Dutzend"
    and "Zeit", so only this tells which of the article's common nouns after "in" or "aus" is no place."""
    if code not in PLACELESS:
        return frozenset()
    with gzip.open(PLACELESS[code], "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())
