"""Build the English antonym table from WordNet 3.0: stem -> the stems of its antonyms.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.antonyms

A favourite of SQuAD 2.0's unanswerable questions swaps one word of the paragraph for its opposite
("What did North Korea test off its west coast?" about "off its east coast"): every other word
matches, so coverage alone answers it. The decline model (`bot/reader/answer/decline.py`) weighs
whether a question word the best sentence lacks has an antonym the sentence holds. Lemma antonyms
of every synset, both ways, stemmed as `question_terms` stems (single words only). Written to
`bot/reader/data/antonyms_en.tsv.gz`: one stem a line, then its antonyms' stems. WordNet 3.0 is
Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from bench.tables.wordnet import _stem

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "antonyms_en.tsv.gz"


def build() -> dict[str, set[str]]:
    from nltk.corpus import wordnet as wn

    opposite: dict[str, set[str]] = defaultdict(set)
    for synset in wn.all_synsets():
        for lemma in synset.lemmas():
            stem = _stem(lemma.name())
            for antonym in lemma.antonyms():
                other = _stem(antonym.name())
                if stem and other and stem != other:
                    opposite[stem].add(other)
                    opposite[other].add(stem)
    return opposite


def main() -> None:
    opposite = build()
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("".join(f"{stem}\t{' '.join(sorted(opposite[stem]))}\n" for stem in sorted(opposite)))
    print(f"{len(opposite)} stems -> {OUT} ({OUT.stat().st_size / 1e3:.0f} kB)")


if __name__ == "__main__":
    main()
