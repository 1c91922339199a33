"""Named places the answer stage knows by name alone, with no preposition before them.

A "where" answer often names its place bare: "Brest's harbour was closed", "the Vistula froze",
"Oslo hosted the talks". The bold of `phrase` read a place only after "in", "at", "from" and the
like, so such a place went unmarked. `places_en.txt.gz` (built by `bench/tables/places.py` from
WordNet's named places) lists one-word English place names; a capitalised word of an English
sentence that is one of them is the bold of a "where" answer wherever it stands. Only the bold
reads it: counted as a place when ranking (`kinds.offers`), it cost SQuAD 2.0 answers to sentences
listing other places (bench/reworded/README.md, trial 23where). English only: the names are
WordNet's spellings, and a German text capitalises every noun.

German's table (`places_de.txt.gz`, `bench/tables/places_de.py`) works the other way round: there
every noun after "in" or "aus" was a place ("in Dutzenden dieser Betriebe", "in Zeiten des Virus"),
and the article's common nouns are no longer offered as places unless the table lists them.
"""

from __future__ import annotations

import gzip
from functools import lru_cache
from pathlib import Path

from bot.reader.text.language import fold, language_for

DATA = Path(__file__).resolve().parent.parent / "data"
LISTED = frozenset({"en", "de"})
"""Languages with a table of place names: English (`bench/tables/places.py`) and German
(`bench/tables/places_de.py`)."""


@lru_cache(maxsize=None)
def _place_names(code: str) -> frozenset[str]:
    """The language's table of folded, lower-case names, read once; none for a language without one."""
    if code not in LISTED:
        return frozenset()
    with gzip.open(DATA / f"places_{code}.txt.gz", "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


def is_place_name(code: str, token: str) -> bool:
    """Whether a word of a text in this language is a known place's name: capitalised, English, listed."""
    return code == "en" and token[:1].isupper() and fold(token.lower()) in _place_names(code)


@lru_cache(maxsize=None)
def place_stems(code: str) -> frozenset[str]:
    """The stems of the language's listed place names ("hamburg", "spani" of "Spanien"): in German,
    where the word tables know "Hamburg" and "Spanien" as they know "Dutzend" and "Zeit", they tell
    which of the article's common nouns after "in" or "aus" still name a place (`AnswerIndex`)."""
    language = language_for(code)
    return frozenset(language.stem(name) for name in _place_names(code))
