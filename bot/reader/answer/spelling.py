"""One spelling for the words British and American English write differently ("organise" / "organize").

A reader writes "kilometers" about an article's "kilometres", or "organise" about "organize"; the
Snowball stemmer keeps the spellings apart ("kilometr" / "kilomet"), and the bridge tables join
them only as synonyms, which count below the word itself and leave a question looking less covered
than it is. `spelling_en.tsv` (built by `bench/tables/spelling.py` from WordNet's pairs of lemmas
of one synset, one or two regular rewrites apart) maps the British stem to the American one, so
question and sentence meet on one term.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

TABLES = {"en": Path(__file__).resolve().parent.parent / "data" / "spelling_en.tsv"}


@lru_cache(maxsize=None)
def spellings_for(code: str) -> dict[str, str]:
    """The language's stem -> the stem of its other spelling, read once; empty for other languages."""
    path = TABLES.get(code)
    if path is None:
        return {}
    lines = path.read_text(encoding="utf-8").splitlines()
    return dict(line.split("\t") for line in lines)


def one_spelling(code: str, stem: str) -> str:
    """The stem as the language's one spelling writes it ("organis" -> "organ")."""
    return spellings_for(code).get(stem, stem)
