"""Build French loose bridges from the myThes thesaurus: the pairs another source confirms.

    python -m bench.tables.agreement --language fr --thesaurus thes_fr.dat

French had no thesaurus: its bridges came from Open Multilingual Wordnet alone (`omw.py`), which
misses much of what a reader swaps. The myThes thesaurus of Frédéric Labbé, version 2.3
(Dicollecte / Grammalecte; GNU LGPL 2.1 or later), fills in: the file `thes_fr.dat` of the GitHub
repository `LibreOffice/dictionaries` (`fr_FR/dictionaries/`), as Debian packages it in `mythes-fr`
(1:7.5.0-1: `apt-get download mythes-fr`, then `dpkg -x`). Its format: the encoding on the first
line, then "word|count" and one line per meaning, "(category)|synonym|synonym...".

Its lines are loose: a word is listed with the words of all its senses in one line ("acheter" has
"vendre" and "extorquer", "abaisser" has "tuer"), and a question asked in such a word matched the
wrong sentence. So a pair is weighed by how many sources agree on it (`evidence`): two small
entries other than the two words' own lines hold both (a myThes thesaurus lists every pair both
ways, so those say nothing; `Listed.shared`), the language's wordnet table joins the two
(`bridges_<code>_omw.tsv.gz`, either way), or they are one word family (one stem begins or ends the
other). A confirmed pair has weight 1, and a stem's line keeps its best-confirmed words first,
then those placed first in its line, `MAX_RELATED` of them; a pair only its listing gives is left
out: kept at 0.7 among a line's first 8 words, such pairs made questions the article cannot
answer look answered ("salaire" -> "budget", "né" -> "arrivé").

Even so the table is read as a loose one (`bridges.LOOSE_TABLES`: only for a question word the
article never uses): read like the wordnet table, it lost more French questions than it won. The
same rule was tried on the German and Spanish thesauri (`thesaurus.py`) and lost a question or
two on every benchmark, so they keep their own (bench/HISTORY.md, "Data tables"). Stems are the
bot's own (`question_terms`); notes in brackets and entries of more than one word are dropped.
Written to `bot/reader/data/bridges_<language>_mythes.tsv.gz`, the same bytes on every build.
"""

from __future__ import annotations

import argparse
import gzip
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from bench.tables.thesaurus import synonym_sets
from bench.tables.wordnet import CLOSE, MAX_RELATED
from bot.reader.answer.bridges import Bridges, read_table
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

DATA = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
SMALL_SET = 8
"""An entry of more words than this lumps senses together and confirms no pair (`Listed.shared`)."""
AGAIN = 2
"""How many small entries beyond the words' own lines must hold a pair for the thesaurus to confirm
itself (`Listed.shared`)."""
FAMILY = 5
"""The shortest stem that joins a longer one it begins or ends as one word family ("arbeit" /
"mitarbeit"): shorter ones begin unrelated words."""
_NOTE = re.compile(r"\([^)]*\)")


def stems_of(code: str, words: list[str]) -> list[str]:
    """The stems of an entry's one-word words, in order, each once."""
    language = language_for(code)
    found: dict[str, None] = {}
    for word in words:
        word = _NOTE.sub("", word).strip()
        if word and " " not in word:
            found.update(dict.fromkeys(question_terms(language, word)[:1]))
    return list(found)


def read_links(path: Path) -> dict[str, set[str]]:
    """A built table's links, stem -> the stems its line names, any weight, read as the bot reads it."""
    lines: dict[str, str] = {}
    if path.exists():
        read_table(path, lines)
    table = Bridges(lines)
    return {stem: {other for other, _ in table.of(stem)} for stem in lines}


def same_family(a: str, b: str) -> bool:
    """Whether one stem begins or ends the other ("arbeit" / "mitarbeit", "financ" / "financi")."""
    short, long = sorted((a, b), key=len)
    return len(short) >= FAMILY and (long.startswith(short) or long.endswith(short))


Entry = tuple[frozenset[str], frozenset[str]]
"""A distinct entry's stems (a myThes head with its line's words) and the heads whose lines gave it."""


@dataclass
class Listed:
    """What a thesaurus says of its words: whom each word's entries name, and which entries hold it."""

    position: dict[str, dict[str, int]]
    """Stem -> the stems its lines name -> the best place one took among them (1 the first)."""
    holding: dict[str, list[Entry]]
    """Stem -> the distinct entries that hold it."""

    def shared(self, a: str, b: str) -> int:
        """How many distinct entries of at most `SMALL_SET` words hold both stems, leaving out the
        two words' own lines: a myThes thesaurus lists every pair both ways, so those say nothing
        new, and a long line lumps a word's senses together."""
        return sum(1 for stems, heads in self.holding.get(a, ())
                   if b in stems and len(stems) <= SMALL_SET and heads - {a, b})


def gather(code: str, path: Path) -> Listed:
    """Every listed pair with its best place, and every distinct entry (`synonym_sets` gives each
    myThes meaning line with its head word first)."""
    position: dict[str, dict[str, int]] = defaultdict(dict)
    entries: dict[frozenset[str], set[str]] = defaultdict(set)
    for head_word, *words in synonym_sets(path):
        head = stems_of(code, [head_word])
        if not head:
            continue
        others = [stem for stem in stems_of(code, words) if stem != head[0]]
        entries[frozenset((head[0], *others))].add(head[0])
        for place, other in enumerate(others, start=1):
            _note(position[head[0]], other, place)
    holding: dict[str, list[Entry]] = defaultdict(list)
    for stems, heads in entries.items():
        for stem in stems:
            holding[stem].append((stems, frozenset(heads)))
    return Listed(position, holding)


def _note(places: dict[str, int], other: str, place: int) -> None:
    places[other] = min(places.get(other, place), place)


def evidence(a: str, b: str, listed: Listed, wordnet: dict[str, set[str]]) -> int:
    """How many sources beyond the one listing agree that `b` stands for `a` (0 to 3): the
    thesaurus again (two entries other than the words' own lines hold both), the wordnet table
    (either way), the word family."""
    again = listed.shared(a, b) >= AGAIN
    in_wordnet = b in wordnet.get(a, ()) or a in wordnet.get(b, ())
    return int(again) + int(in_wordnet) + int(same_family(a, b))


def build(code: str, path: Path) -> dict[str, list[tuple[str, float]]]:
    """Stem -> its confirmed bridges, best first."""
    listed = gather(code, path)
    wordnet = read_links(DATA / f"bridges_{code}_omw.tsv.gz")
    related: dict[str, list[tuple[str, float]]] = {}
    for stem in sorted(listed.position):
        scored = []
        for other, place in listed.position[stem].items():
            agree = evidence(stem, other, listed, wordnet)
            if agree:
                scored.append((-agree, place, other))
        related[stem] = [(other, CLOSE) for _, _, other in sorted(scored)[:MAX_RELATED]]
    return related


def write(related: dict[str, list[tuple[str, float]]], out: Path) -> tuple[int, int]:
    """One line a stem with bridges, in order; the same bytes on every build. Returns how many
    lines and bridges were written."""
    lines = [f"{stem}\t{' '.join(f'{other}:{weight:g}' for other, weight in kept)}\n"
             for stem, kept in sorted(related.items()) if kept]
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as handle:
        handle.write("".join(lines).encode("utf-8"))
    return len(lines), sum(len(kept) for kept in related.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("es", "fr"), required=True)
    parser.add_argument("--thesaurus", type=Path, required=True,
                        help="a myThes .dat file: thes_fr.dat (or th_es_v2.dat)")
    args = parser.parse_args()
    out = DATA / f"bridges_{args.language}_mythes.tsv.gz"
    stems, bridges = write(build(args.language, args.thesaurus), out)
    print(f"{stems} stems, {bridges} bridges -> {out} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
