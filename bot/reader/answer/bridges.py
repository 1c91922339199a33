"""Bridges: words a reader may use for the article's words, each with a weight below an exact match.

A question in the reader's own words ("how much did the retailer earn") shares few stems with the
sentence that answers it ("the company made $12.9bn"). A bridge table maps a question stem to
sentence stems that stand for it, weight 1 for a synonym or derived form and less for looser
links. The tables are built offline (`bench/tables/`) into `bot/reader/data/` and read here once,
lazily, per language:

- `bridges_en_wordnet.tsv.gz`: WordNet 3.0 synonyms, derived forms, one hypernym step;
- `bridges_en_squad.tsv.gz`: associations learned from SQuAD 1.1 training questions and the
  sentences that answer them.

Only English has tables: no openly licensed wordnet for German, French or Spanish was at hand
(Open Multilingual Wordnet is not in the shared NLTK data). Other languages get `NO_BRIDGES`.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"
TABLES: dict[str, tuple[str, ...]] = {"en": ("bridges_en_wordnet.tsv.gz", "bridges_en_squad.tsv.gz")}


class Bridges:
    """Stem -> the stems that may stand for it in a sentence, with weights in 0..1."""

    def __init__(self, related: Mapping[str, tuple[tuple[str, float], ...]]) -> None:
        self._related = related

    def of(self, stem: str) -> tuple[tuple[str, float], ...]:
        return self._related.get(stem, ())

    def __len__(self) -> int:
        return len(self._related)


NO_BRIDGES = Bridges({})


def read_table(path: Path, into: dict[str, dict[str, float]]) -> None:
    """Add one table's `stem<TAB>other:weight ...` lines, keeping the higher weight of a pair."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            stem, _, rest = line.rstrip("\n").partition("\t")
            known = into.setdefault(stem, {})
            for pair in rest.split():
                other, _, weight = pair.rpartition(":")
                value = float(weight)
                if known.get(other, 0.0) < value:
                    known[other] = value


@lru_cache(maxsize=None)
def bridges_for(code: str) -> Bridges:
    """The language's bridges, read once on first use; `NO_BRIDGES` for a language without tables."""
    names = TABLES.get(code)
    if not names:
        return NO_BRIDGES
    merged: dict[str, dict[str, float]] = {}
    for name in names:
        if (DATA / name).exists():
            read_table(DATA / name, merged)
    strings: dict[str, str] = {}
    intern = lambda s: strings.setdefault(s, s)  # noqa: E731 - one shared string per stem saves memory
    return Bridges({
        intern(stem): tuple((intern(other), weight) for other, weight in others.items())
        for stem, others in merged.items()
    })
