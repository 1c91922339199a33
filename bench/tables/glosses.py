"""Build weak English bridges from WordNet 3.0 definitions: a word <-> the head word of its gloss.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.glosses

A reader asks "how many people died" about a sentence counting "fatalities". WordNet files
"fatality" under "death" as a hyponym of one of its many senses, too far down the list for
`bench/tables/wordnet.py` to follow from "die", but its definition says it outright: "a death
resulting from an accident or a disaster". The definition's genus (the head of its first phrase,
the word the rest narrows down) is the word's closest plain paraphrase. This table links, weight
`GENUS` in both directions,

- each single-word lemma of a word's commonest synsets with the genus of that synset's gloss:
  a noun gloss's first noun ("a death ..." -> "death"), or the noun after a light head ("the
  event of dying" -> "dying"); a verb gloss's first verb, or the content word after a light verb
  ("make final; ..." -> "final", "give a nickname to" -> "nickname");
- the same lemmas with the genus's derived forms ("death" -> "die"), so "died" reaches
  "fatalities" though no sense of "die" names it.

A genus is what a definition narrows, so it joins words more loosely than a hypernym step;
`GENUS` weighs it below `wordnet.HYPERNYM`, at the weight the bot ranks by but never counts as
evidence that the article speaks of a question's word. A genus heading more than `MAX_HEADED` glosses
("move", "person") is left out, and so are proper names ("Okinawa", a campaign); a word keeps
its `MAX_RELATED` commonest links (by SemCor counts). Written to
`bot/reader/data/bridges_en_glosses.tsv.gz` in the WordNet table's format. WordNet 3.0 is
Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

from bench.tables.wordnet import MAX_RELATED, SENSES, _stem, write
from bot.reader.answer.bridges import WEAK_BRIDGE

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "bridges_en_glosses.tsv.gz"
GENUS = WEAK_BRIDGE
"""Weight of a link between a word and its gloss's genus (or that genus's derived forms): weak
enough to rank sentences without vouching for a question's word (`bridges.WEAK_BRIDGE`)."""
MAX_HEADED = 30
"""A genus heading more glosses than this ("move", "remove", "person") narrows nothing down."""
LIGHT_HEADS = frozenset({
    "act", "action", "activity", "event", "state", "quality", "condition", "process", "result",
    "instance", "kind", "sort", "type", "part", "piece", "amount", "number", "one", "someone",
    "something", "somebody", "thing", "way", "manner", "fact", "practice", "group", "set",
    "member", "form", "person", "people", "any", "lack", "use",
})
"""Nouns heading a gloss that say nothing of their own ("the act of preventing ..."): the noun
after their "of" is the genus."""
LIGHT_VERBS = frozenset({
    "be", "become", "make", "give", "cause", "get", "have", "take", "put", "bring", "come", "go",
    "do", "let", "keep", "set", "provide", "engage", "undergo", "perform", "carry", "render",
})
"""Verbs heading a verb gloss that say nothing of their own: the content word after them is the genus."""
STATE_VERBS = frozenset({"be", "become", "make", "get", "render", "keep"})
"""Light verbs whose genus may be the adjective after them ("make final")."""
SKIPPED = frozenset({
    "a", "an", "the", "or", "and", "of", "to", "in", "on", "for", "with", "by", "from", "at",
    "into", "as", "its", "his", "her", "their", "one's", "oneself", "someone", "something", "up",
    "out", "about", "off", "over", "be", "being", "not", "very", "especially", "usually", "often",
    "esp", "e.g.", "etc", "that", "which", "who", "is", "are", "was", "certain", "some", "any",
})
_WORD = re.compile(r"[a-z][a-z'-]*")


def _first_phrase(definition: str) -> list[str]:
    """The words of a gloss up to its first semicolon or bracket, lower case."""
    head = re.split(r"[;(]", definition, maxsplit=1)[0].lower()
    return _WORD.findall(head)


def _is(word: str, pos: str) -> str | None:
    """The word's dictionary form as `pos` when WordNet knows it so and it is not mainly an
    adjective or adverb ("small" in "a small cube" is no genus)."""
    from nltk.corpus import wordnet as wn

    lemma = wn.morphy(word, pos)
    if lemma is None:
        return None
    own = sum(found.count() for found in wn.lemmas(lemma, pos=pos))
    other = sum(found.count() for p in "asr" for found in wn.lemmas(word, pos=p))
    return lemma if own >= other else None


def genus(synset) -> tuple[str, str] | None:
    """The head word of a synset's gloss and its part of speech, or None when none is found."""
    from nltk.corpus import wordnet as wn

    pos = synset.pos()
    words = _first_phrase(synset.definition())
    if pos == "n":
        for i, word in enumerate(words):
            if word in SKIPPED:
                continue
            lemma = _is(word, "n")
            if lemma is None:
                continue
            if lemma in LIGHT_HEADS and i + 1 < len(words) and words[i + 1] == "of":
                for after in words[i + 2:]:
                    if after in SKIPPED:
                        continue
                    for tried in ("n", "v"):
                        found = _is(after, tried)
                        if found:
                            return found, tried
                    return None
                return None
            return (lemma, "n") if lemma not in LIGHT_HEADS else None
        return None
    if pos == "v":
        for i, word in enumerate(words):
            if word in SKIPPED:
                continue
            lemma = _is(word, "v")
            if lemma is None:
                return None
            if lemma not in LIGHT_VERBS:
                return lemma, "v"
            # "make final", "become final": the adjective is the meaning; "provide with
            # sufficient funds": the noun is.
            tries = ("a", "v", "n") if lemma in STATE_VERBS else ("v", "n")
            for after in words[i + 1:]:
                if after in SKIPPED or after in LIGHT_VERBS:
                    continue
                for tried in tries:
                    found = _is(after, tried) if tried != "a" else wn.morphy(after, tried)
                    if found:
                        return found, tried
            return None
    return None


def _derived(lemma: str, pos: str) -> set[str]:
    """The derived forms of a word in its commonest sense of that part of speech ("death" -> "die")."""
    from nltk.corpus import wordnet as wn

    synsets = wn.synsets(lemma, pos=pos)[:1]
    return {form.name() for s in synsets for found in s.lemmas() if found.name().lower() == lemma
            for form in found.derivationally_related_forms()}


def build() -> dict[str, dict[str, float]]:
    """Stem -> stems linked through a gloss genus -> weight, each stem's commonest words first."""
    from nltk.corpus import wordnet as wn

    related: dict[str, dict[str, float]] = defaultdict(dict)
    frequency: dict[str, int] = defaultdict(int)

    def link(a: str | None, b: str | None) -> None:
        if a and b and a != b:
            related[a][b] = GENUS
            related[b][a] = GENUS

    heads = {synset: genus(synset) for synset in wn.all_synsets() if synset.pos() in "nv"}
    headed = Counter(heads.values())
    for synset, head in heads.items():
        if head is None or headed[head] > MAX_HEADED:
            continue
        lemmas = [found for found in synset.lemmas()
                  if _stem(found.name()) and not found.name()[0].isupper()
                  and synset in wn.synsets(found.name(), pos=synset.pos())[:SENSES]]
        if not lemmas:
            continue
        targets = {_stem(head[0]), *map(_stem, _derived(*head))} - {None}
        for found in lemmas:
            stem = _stem(found.name())
            frequency[stem] = max(frequency[stem], found.count())
            for target in targets:
                link(stem, target)
    return {stem: dict(sorted(others.items(), key=lambda kv: (-frequency.get(kv[0], 0), kv[0])))
            for stem, others in related.items()}


def main() -> None:
    related = build()
    write(related, OUT, {stem: {other: rank for rank, other in enumerate(others)} for stem, others in related.items()})
    pairs = sum(min(len(v), MAX_RELATED) for v in related.values())
    print(f"{len(related)} stems, {pairs} bridges -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
