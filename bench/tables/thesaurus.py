"""Build German and Spanish synonym bridges from the OpenThesaurus projects.

    python -m bench.tables.thesaurus --language de --thesaurus FILE

The German and Spanish wordnet lemmas in `bridges_{de,es}_omw.tsv.gz` come from Wiktionary and
miss much of what a reader swaps ("Mandate" / "Sitze", "falleció" / "murió"). Two synonym
dictionaries fill in, both under the GNU LGPL 2.1:

- German: OpenThesaurus (Daniel Naber and contributors, openthesaurus.de), its plain-text export
  `openthesaurus.txt` (one set a line, words separated by ";"), as copied into the GitHub
  repository `PSeitz/germansynonyms` (export of 2015-03-23);
- Spanish: OpenThesaurus Tesauro Español (Marcelo Garrone and contributors, snapshot of
  2012-01-11), the MyThes file `es/th_es_v2.dat` of the GitHub repository
  `LibreOffice/dictionaries` (first line its encoding, then "word|count" and one line per
  meaning, "(category)|synonym|synonym...").

Register and region notes in brackets ("(ugs.)") are dropped, and so are entries of more than
one word. Words of one set bridge to each other: weight 1 in a set of at most `SMALL_SET` words,
`LARGE_SET_WEIGHT` up to `LARGE_SET`, none beyond (such sets list loosely related expressions and
would make most of the table). Stems are the bot's own (`question_terms`). Written to
`bot/reader/data/bridges_<language>_thesaurus.tsv.gz`.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from bench.tables.wordnet import MAX_RELATED, write
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

DATA = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
SMALL_SET = 8
LARGE_SET_WEIGHT = 0.7
LARGE_SET = 16
_NOTE = re.compile(r"\([^)]*\)")


def synonym_sets(path: Path) -> Iterator[list[str]]:
    """Each set of synonyms in an OpenThesaurus text export or a MyThes `.dat` file."""
    raw = path.read_bytes()
    first, _, rest = raw.partition(b"\n")
    if first.strip().upper().startswith((b"ISO", b"UTF")):
        head = ""
        for line in rest.decode(first.strip().decode("ascii")).splitlines():
            fields = line.split("|")
            if len(fields) == 2 and fields[1].strip().isdigit():
                head = fields[0]
            elif head and len(fields) > 1:
                yield [head, *fields[1:]]
        return
    for line in raw.decode("utf-8").splitlines():
        if not line.startswith("#"):
            yield line.split(";")


def build(code: str, path: Path) -> dict[str, dict[str, float]]:
    language = language_for(code)
    related: dict[str, dict[str, float]] = defaultdict(dict)
    for entries in synonym_sets(path):
        stems = set()
        for entry in entries:
            entry = _NOTE.sub("", entry).strip()
            if entry and " " not in entry:
                stems.update(question_terms(language, entry)[:1])
        if len(stems) > LARGE_SET:
            continue
        weight = 1.0 if len(stems) <= SMALL_SET else LARGE_SET_WEIGHT
        for stem in stems:
            for other in stems - {stem}:
                related[stem][other] = max(related[stem].get(other, 0.0), weight)
    return related


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("de", "es"), required=True)
    parser.add_argument("--thesaurus", type=Path, required=True, help="openthesaurus.txt (de) or th_es_v2.dat (es)")
    args = parser.parse_args()
    out = DATA / f"bridges_{args.language}_thesaurus.tsv.gz"
    related = build(args.language, args.thesaurus)
    write(related, out)
    pairs = sum(min(len(v), MAX_RELATED) for v in related.values())
    print(f"{len(related)} stems, {pairs} bridges -> {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
