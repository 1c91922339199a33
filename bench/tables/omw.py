"""Build the German, French and Spanish lexical bridges from Open Multilingual Wordnet data.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.omw --omw DIR

A German reader asks "Wer leitet die Firma?" about a sentence saying "Chef des Unternehmens": the
words differ, and no stemmer joins them. The Open Multilingual Wordnet project (GitHub
`omwn/omw-data`) lists, for each WordNet 3.0 synset, its lemmas in other languages. `DIR` is a copy
of that repository (commit f75be19e was used), and the files read from it are

- German: `wns/wikt/wn-wikt-deu.tab` (lemmas from Wiktionary, CC BY-SA 3.0);
- French: `wns/fra/wn-data-fra.tab` (WOLF, Wordnet Libre du Français, CeCILL-C) and
  `wns/wikt/wn-wikt-fra.tab`;
- Spanish: `wns/wikt/wn-wikt-spa.tab` (the Multilingual Central Repository's Spanish file, CC BY
  3.0, is too large for the snapshots this project can read).

Lemmas of one synset are synonyms (weight 1). The English WordNet (through NLTK) adds what the
per-language lists lack: two synsets whose English lemmas are derivationally related ("negotiate"
/ "negotiation") link their lemmas (weight 1), and a hypernym or hyponym step links them at 0.5,
as in `bench/tables/wordnet.py`. A lemma is bridged through its three commonest synsets, ranked
by the SemCor counts of their English lemmas, since rare senses join words a reader would never
swap. Stems are the bot's own (`question_terms`), so the table meets the question as it is read.
Written to `bot/reader/data/bridges_<code>_omw.tsv.gz`.
"""

from __future__ import annotations

import argparse
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from nltk.corpus.reader.wordnet import Synset

from bench.tables.wordnet import CLOSE, HYPERNYM, MAX_RELATED, SENSES, write
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

DATA = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data"
SOURCES: dict[str, tuple[str, ...]] = {
    "de": ("wns/wikt/wn-wikt-deu.tab",),
    "fr": ("wns/fra/wn-data-fra.tab", "wns/wikt/wn-wikt-fra.tab"),
    "es": ("wns/wikt/wn-wikt-spa.tab",),
}


def read_lemmas(omw: Path, files: tuple[str, ...]) -> dict[str, set[str]]:
    """Synset id ("00001740-n") -> its lemmas in the language, single words only."""
    lemmas: dict[str, set[str]] = defaultdict(set)
    for name in files:
        for line in (omw / name).read_text(encoding="utf-8").splitlines():
            if line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) == 3 and parts[1].endswith("lemma") and " " not in parts[2].strip():
                lemmas[parts[0]].add(parts[2].strip())
    return lemmas


def english_synsets(synset_ids: Iterable[str]) -> dict[str, Synset]:
    """The WordNet synset of each OMW id ("01009240-v"), found by its WordNet 3.0 offset.

    NLTK's copy of WordNet 3.0 (the 2021 `wordnet` package) has a few entries rewritten at another
    length, so every verb offset from 00613018 to 02423183 lies 18 bytes further on and every
    adjective offset from 01683908 one byte further: looked up as written, two thirds of OMW's
    verbs and half its adjectives were silently dropped from the tables. The drift is found, not
    written in: the ids are walked in order, and where one fails the nearest shift under which the
    next few resolve too is taken. Checked against OMW's own English Wiktionary lemmas, every
    shifted verb and adjective lands on a synset with a lemma in common.
    """
    by_pos: dict[str, list[int]] = defaultdict(list)
    for synset_id in synset_ids:
        offset, pos = synset_id.split("-")
        by_pos[pos].append(int(offset))
    found: dict[str, Synset] = {}
    for pos, offsets in by_pos.items():
        found.update({f"{offset:08d}-{pos}": synset for offset, synset in _aligned(pos, sorted(offsets))})
    return found


def _aligned(pos: str, offsets: list[int]) -> Iterator[tuple[int, Synset]]:
    """(OMW offset, synset) for the offsets of one part of speech, following the copy's drift."""
    from nltk.corpus import wordnet as wn

    tags = ("a", "s") if pos == "a" else (pos,)
    at = {synset.offset(): synset for tag in tags for synset in wn.all_synsets(tag)}
    starts = sorted(at)
    shift = 0
    for index, offset in enumerate(offsets):
        if offset + shift not in at:
            following = offsets[index + 1 : index + 1 + _AGREEING]
            near = starts[bisect_left(starts, offset + shift - _REACH) : bisect_left(starts, offset + shift + _REACH)]
            shifts = sorted((start - offset for start in near), key=lambda s: abs(s - shift))
            agreed = next((s for s in shifts if all(o + s in at for o in following)), None)
            if agreed is None:
                continue
            shift = agreed
        yield offset, at[offset + shift]


_AGREEING = 5
"""How many following ids must resolve under a new shift before it is trusted."""
_REACH = 5000
"""How far (bytes) a shift is looked for on either side of the current one."""


def build(code: str, lemmas: dict[str, set[str]]) -> tuple[dict[str, dict[str, float]], dict[str, dict[str, int]]]:
    """Stem -> related stem -> weight, and the rank (0 for the commonest) of the sense joining them."""
    language = language_for(code)

    def stem(word: str) -> str | None:
        terms = question_terms(language, word)
        return terms[0] if len(terms) == 1 and word.replace("-", "").isalpha() else None

    english = english_synsets(lemmas)
    stems = {sid: {s for s in map(stem, lemmas[sid]) if s} for sid in english}
    by_id = {s.name(): sid for sid, s in english.items()}
    frequency = {sid: sum(lemma.count() for lemma in s.lemmas()) for sid, s in english.items()}
    senses: dict[str, list[str]] = defaultdict(list)
    for sid in english:
        for s in stems[sid]:
            senses[s].append(sid)

    related: dict[str, dict[str, float]] = defaultdict(dict)
    ranks: dict[str, dict[str, int]] = defaultdict(dict)

    def link(a: str, others: set[str], weight: float, rank: int) -> None:
        for b in others:
            if a == b:
                continue
            if related[a].get(b, 0.0) < weight:
                related[a][b] = weight
            ranks[a][b] = min(ranks[a].get(b, rank), rank)

    for word, synsets in senses.items():
        for rank, sid in enumerate(sorted(synsets, key=lambda x: -frequency[x])[:SENSES]):
            synset = english[sid]
            link(word, stems[sid], CLOSE, rank)
            derived = {form.synset().name() for lemma in synset.lemmas() for form in lemma.derivationally_related_forms()}
            for name in derived:
                if name in by_id:
                    link(word, stems[by_id[name]], CLOSE, rank)
            for near in (*synset.hypernyms(), *synset.hyponyms()[:12]):
                if near.name() in by_id:
                    link(word, stems[by_id[near.name()]], HYPERNYM, rank)
    return related, ranks


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--omw", type=Path, required=True, help="a copy of the omwn/omw-data repository")
    args = parser.parse_args(argv)
    for code, files in SOURCES.items():
        related, ranks = build(code, read_lemmas(args.omw, files))
        out = DATA / f"bridges_{code}_omw.tsv.gz"
        write(related, out, ranks)
        pairs = sum(min(len(v), MAX_RELATED) for v in related.values())
        print(f"{code}: {len(related)} stems, {pairs} bridges -> {out.name} ({out.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
