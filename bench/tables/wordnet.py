"""Build the English lexical bridges from WordNet 3.0: stem -> related stems, with a weight.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.wordnet

A reader asks "how much did the retailer earn" about a sentence saying "the company made": the
words differ but WordNet knows them as synonyms, derived forms or close hypernyms. The table maps
each word's stem (the bot's own Snowball stem, accents folded, as `question_terms` makes it) to
the stems of

- its synonyms (lemmas sharing a synset) and derivationally related forms ("invent" ->
  "inventor", "decide" -> "decision"), and adjectives' pertainyms ("Chinese" -> "China"), weight 1;
- the lemmas one hypernym step up or down ("retailer" <-> "merchant"), weight 0.5,

taking only a word's commonest senses (the first few synsets WordNet lists, which it orders by
frequency), since rare senses join words a reader would never swap ("bank" -> "depository").
Written to `bot/reader/data/bridges_en_wordnet.tsv.gz`: one stem a line, then `related:weight`
pairs. WordNet 3.0 is Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

import gzip
from collections import defaultdict
from pathlib import Path

from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "bridges_en_wordnet.tsv.gz"
SENSES = 3
"""How many of a word's commonest synsets (per part of speech) it is bridged through."""
CLOSE, HYPERNYM = 1.0, 0.5
MAX_RELATED = 24
"""A stem's related stems are cut to this many (the closest first), keeping the table small."""


def _stem(word: str) -> str | None:
    """The bot's stem of a single-word lemma, or None for phrases and stop words."""
    if "_" in word or "-" in word or not word.isalpha():
        return None
    terms = question_terms(language_for("en"), word)
    return terms[0] if len(terms) == 1 else None


def build() -> dict[str, dict[str, float]]:
    from nltk.corpus import wordnet as wn

    related: dict[str, dict[str, float]] = defaultdict(dict)

    def link(a: str | None, b: str | None, weight: float) -> None:
        if a and b and a != b and related[a].get(b, 0.0) < weight:
            related[a][b] = weight

    for word in {name for name in wn.all_lemma_names() if _stem(name)}:
        stem = _stem(word)
        for pos in "nvar":
            for synset in wn.synsets(word, pos=pos)[:SENSES]:
                for lemma in synset.lemmas():
                    other = _stem(lemma.name())
                    link(stem, other, CLOSE)
                    link(other, stem, CLOSE)
                    if lemma.name().lower() == word:
                        for form in (*lemma.derivationally_related_forms(), *lemma.pertainyms()):
                            link(stem, _stem(form.name()), CLOSE)
                            link(_stem(form.name()), stem, CLOSE)
                for near in (*synset.hypernyms(), *synset.hyponyms()[:12]):
                    for lemma in near.lemmas()[:3]:
                        link(stem, _stem(lemma.name()), HYPERNYM)
    return related


def write(related: dict[str, dict[str, float]], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for stem in sorted(related):
        closest = sorted(related[stem].items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_RELATED]
        lines.append(stem + "\t" + " ".join(f"{other}:{weight:g}" for other, weight in closest))
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")


def main() -> None:
    related = build()
    write(related, OUT)
    pairs = sum(min(len(v), MAX_RELATED) for v in related.values())
    print(f"{len(related)} stems, {pairs} bridges -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
