"""Build German synonym bridges from OpenThesaurus.

    python -m bench.tables.openthesaurus --thesaurus FILE

The German wordnet lemmas in `bridges_de_omw.tsv.gz` come from Wiktionary and miss much of what a
German reader swaps ("Mandate" / "Sitze", "leiten" / "führen"). OpenThesaurus (Daniel Naber and
contributors, <https://www.openthesaurus.de>, GNU LGPL 2.1) is a German synonym dictionary of about
31,600 sets. `FILE` is its plain-text export (`openthesaurus.txt`: one set a line, words separated
by ";"); the copy used is the one in the GitHub repository `PSeitz/germansynonyms` (export of
2015-03-23). Register and region notes in brackets ("(ugs.)") are dropped, and so are entries of
more than one word. Words of one set bridge to each other: weight 1 in a set of at most
`SMALL_SET` words, `LARGE_SET_WEIGHT` in a larger one (large sets gather loose near-synonyms), and
not at all in a set of more than `LARGE_SET` (those are lists of loosely related expressions, and
they would make most of the table).
Stems are the bot's own (`question_terms`). Written to `bot/reader/data/bridges_de_openthesaurus.tsv.gz`.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path

from bench.tables.wordnet import MAX_RELATED, write
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "bridges_de_openthesaurus.tsv.gz"
SMALL_SET = 8
LARGE_SET_WEIGHT = 0.7
LARGE_SET = 16
_NOTE = re.compile(r"\([^)]*\)")


def build(thesaurus: Path) -> dict[str, dict[str, float]]:
    german = language_for("de")
    related: dict[str, dict[str, float]] = defaultdict(dict)
    for line in thesaurus.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        stems = set()
        for entry in line.split(";"):
            entry = _NOTE.sub("", entry).strip()
            if entry and " " not in entry:
                stems.update(question_terms(german, entry)[:1])
        if len(stems) > LARGE_SET:
            continue
        weight = 1.0 if len(stems) <= SMALL_SET else LARGE_SET_WEIGHT
        for stem in stems:
            for other in stems - {stem}:
                related[stem][other] = max(related[stem].get(other, 0.0), weight)
    return related


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--thesaurus", type=Path, required=True, help="OpenThesaurus's openthesaurus.txt")
    related = build(parser.parse_args().thesaurus)
    write(related, OUT)
    pairs = sum(min(len(v), MAX_RELATED) for v in related.values())
    print(f"{len(related)} stems, {pairs} bridges -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
