"""Build English paraphrase bridges from PPDB 1.0's lexical paraphrases (XL): stem -> stems, weighted.

    git -C /work/.mirror/mfaruqui+retrofitting/repo show HEAD:lexicons/ppdb-xl.txt > /tmp/ppdb-xl.txt
    python -m bench.tables.ppdb [--lexicon /tmp/ppdb-xl.txt]

WordNet joins words by sense, and misses the words news uses for one thing that WordNet files apart:
"discussions" / "talks", "residents" / "locals", "chief" / "head", "revenue" / "earnings". PPDB
(Ganitkevitch, Van Durme & Callison-Burch 2013) learned its paraphrases from bilingual text: two
English words translated by the same foreign word. Its lexical XL set, as the retrofitting project
(Faruqui et al. 2015) packed it, has one line a word: the word, then its paraphrases, best first.

The table keeps, per stem (the bot's own, as `question_terms` makes it), the paraphrases

- that are mutual: each word among the other's first `MUTUAL` paraphrases (a pair one way only, or
  further down a line, is mostly noise: "revenue" -> "recipes", "year" -> "general", "sunni");
- whose stems both head a line of WordNet's table (PPDB's lines hold French, Spanish, German and
  misspelt words: "année", "obtenir", "thejoint"), are neither stop words nor numbers, are no stem
  the stemmer gives unrelated words (`stem_collisions.OWN_TERMS`: "offic" is "office" and
  "officer") and are not one family (`FAMILY`: "party" -> "part", "new" -> "news");
- that WordNet's table does not already join at full weight (they would add nothing), nor make
  siblings, two kinds of one broader word ("ship" and "boat", both a "vessel": "How many ships
  sank?" is not answered by "14 boats sank");

each at `WEIGHT`, cut to `PER_STEM` a line, the best-ranked first (10,333 stems, 18,892 links).
A looser cut (a pair in a line's first three one way, or mutual anywhere: 42,176 stems, 129,616
links, 0.55 MB) won 10 reworded dev questions at top-1, lost 8, and declined 7 fewer of those the
article cannot answer; bench/HISTORY.md has every variant tried.

Written to `bot/reader/data/bridges_en_ppdb.tsv.gz` in the WordNet table's format. PPDB is shared under
CC BY 3.0 (paraphrase.org); the table carries that licence (README.md).
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

from bench.tables.wordnet import HYPERNYM, write
from bot.reader.answer.stem_collisions import OWN_TERMS
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "bot" / "reader" / "data"
OUT = DATA / "bridges_en_ppdb.tsv.gz"
WORDNET = DATA / "bridges_en_wordnet.tsv.gz"
DEFAULT_LEXICON = Path("/tmp/ppdb-xl.txt")
MUTUAL = 3
"""A pair is kept when each word is among the other's first this many paraphrases: one way only, or
further down, the noise grows ("revenue" -> "recipes", "year" -> "general")."""
WEIGHT = 0.7
"""Below a WordNet synonym (1) and below the index's close link (`THING_LINK`, 0.75), above a
hypernym step (0.5)."""
FAMILY = 5
"""Two stems sharing this many first letters are one word's family, which the index matches already."""
PER_STEM = 8
"""A stem's paraphrase stems are cut to this many, the best-ranked first."""


def _stem(word: str) -> str | None:
    """The bot's term of a single alphabetic word that is no stop word nor an ambiguous stem, else None."""
    if not word.isalpha():
        return None
    terms = question_terms(language_for("en"), word)
    if len(terms) != 1 or terms[0] in OWN_TERMS["en"] or len(terms[0]) < 3:
        return None
    return terms[0]


def read_lexicon(path: Path) -> dict[str, dict[str, int]]:
    """Stem -> its paraphrase stems -> their best rank (0 first) in the lines of the words sharing the stem."""
    ranked: dict[str, dict[str, int]] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            word, *others = line.split()
            stem = _stem(word)
            if stem is None:
                continue
            kept = ranked.setdefault(stem, {})
            for rank, paraphrase in enumerate(others):
                other = _stem(paraphrase)
                if other is not None and other != stem and rank < kept.get(other, len(others)):
                    kept[other] = rank
    return ranked


def _wordnet_links() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Per stem, the stems WordNet's table already joins to it at full weight, and those one step
    broader or narrower (`wordnet.HYPERNYM`, read at or below it)."""
    joined: dict[str, set[str]] = {}
    steps: dict[str, set[str]] = {}
    with gzip.open(WORDNET, "rt", encoding="utf-8") as handle:
        for line in handle:
            stem, _, rest = line.rstrip("\n").partition("\t")
            pairs = [(other, float(weight)) for other, _, weight in (pair.rpartition(":") for pair in rest.split())]
            joined[stem] = {other for other, weight in pairs if weight >= 1}
            steps[stem] = {other for other, weight in pairs if weight <= HYPERNYM}
    return joined, steps


def _one_family(stem: str, other: str) -> bool:
    """Whether one stem begins the other or both share their first `FAMILY` letters: a word's family
    is matched by its beginning already (`index.PREFIX`), and PPDB's "different" forms of one stem
    are mostly other words ("party" -> "part", "new" -> "news")."""
    return stem.startswith(other) or other.startswith(stem) or stem[:FAMILY] == other[:FAMILY]


def paraphrases(ranked: dict[str, dict[str, int]]) -> dict[str, dict[str, float]]:
    """Stem -> kept paraphrase stem -> weight (see the module's docstring)."""
    synonyms, steps = _wordnet_links()
    table: dict[str, dict[str, float]] = {}
    for stem, others in ranked.items():
        if stem not in synonyms:
            continue
        kept = {
            other: WEIGHT for other, rank in sorted(others.items(), key=lambda item: (item[1], item[0]))
            if other in synonyms and other not in synonyms[stem] and not _one_family(stem, other)
            and not steps[stem] & steps[other] and max(rank, ranked.get(other, {}).get(stem, MUTUAL)) < MUTUAL
        }
        if kept:
            table[stem] = dict(list(kept.items())[:PER_STEM])
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lexicon", type=Path, default=DEFAULT_LEXICON, help="PPDB's lexicon, one word and its paraphrases a line")
    table = paraphrases(read_lexicon(parser.parse_args().lexicon))
    write(table, OUT)
    print(f"{len(table)} stems, {sum(map(len, table.values()))} bridges -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
