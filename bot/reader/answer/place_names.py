"""Named places the answer stage knows by name alone, with no preposition before them.

A "where" answer often names its place bare: "Brest's harbour was closed", "the Vistula froze",
"Oslo hosted the talks". The bold of `phrase` read a place only after "in", "at", "from" and the
like, so such a place went unmarked. `places_<code>.txt.gz` (built by `bench/tables/places.py` from
WordNet's named places, and for German, French and Spanish from their Open Multilingual Wordnet
lemmas) lists one-word place names; a capitalised word of a sentence that is one of them is the
bold of a "where" answer wherever it stands, and tells that the article names a place
(`kinds.NAMED_PLACE`: not a ranking cue).

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
PLACES = {code: DATA / f"places_{code}.txt.gz" for code in ("en", "de", "fr", "es")}
PLACELESS = {"de": DATA / "placeless_de.txt.gz"}
"""Per language, nouns that name no place (`bench/tables/places_de.py`)."""


@lru_cache(maxsize=None)
def _place_names(code: str) -> frozenset[str]:
    """The language's folded, lower-case names, read once; none for a language without a table."""
    if code not in PLACES:
        return frozenset()
    with gzip.open(PLACES[code], "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def is_place_name(code: str, token: str) -> bool:
    """Whether a word of a text in this language is a known place's name: capitalised and listed."""
    return token[:1].isupper() and fold(token.lower()) in _place_names(code)


@lru_cache(maxsize=None)
def placeless_stems(code: str) -> frozenset[str]:
    """The stems of the language's nouns that name no place ("dutzend", "zeit"); none for a language
    without a table. In German the word tables know "Hamburg" and "Spanien" as they know "Dutzend"
    and "Zeit", so only this tells which of the article's common nouns after "in" or "aus" is no place."""
    if code not in PLACELESS:
        return frozenset()
    with gzip.open(PLACELESS[code], "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())
