"""Build the English lexical bridges from WordNet 3.0: stem -> related stems, with a weight.

    NLTK_DATA=../shared/nltk_data python -m bench.tables.wordnet

A reader asks "how much did the retailer earn" about a sentence saying "the company made": the
words differ but WordNet knows them as synonyms, derived forms or close hypernyms. The table maps
each word's stem (the bot's own Snowball stem, accents folded, as `question_terms` makes it) to
the stems of

- its synonyms (lemmas sharing a synset) and derivationally related forms ("invent" ->
  "inventor", "decide" -> "decision"), and adjectives' pertainyms ("Chinese" -> "China") with the
  pertainym's own synonyms ("American" -> "America", "US", "USA"), weight 1;
- the lemmas one hypernym step up or down ("retailer" <-> "merchant"), weight 0.5; of each sense
  the broader word before the narrower ones, so a common noun's many narrower words never push its
  verb's broader word out of the line ("murder" -> "kill", pushed out by "assassination" and
  "filicide" until 2026-12-01);
- a noun's group or its members (member holonyms and meronyms: "jurors" <-> "jury", "police" ->
  "officer"), weight 0.45, added last and only where a line has room and no closer link, so they
  never push a synonym or hypernym out ("officer" is full and gets no "police"),

taking only a word's commonest senses (the first few synsets WordNet lists, which it orders by
frequency), since rare senses join words a reader would never swap ("bank" -> "depository").
A part of speech the word almost never takes in WordNet's sense-tagged texts is left out the same
way (`RARE_SHARE`: "go" is never a noun there, and its noun sense "a tour of duty" joined "tour").
A common word has more related stems than a line keeps (`MAX_RELATED`); those of its commonest
sense come first ("fire" -> "sack" before "ardour"), not the first in the alphabet.
A verb of two words whose second is a particle (`phrasal.PARTICLES`: "kick_off", "lay_off") is a
stem too, written as `phrasal.pair_term` makes it ("kick_off", "lay_off"), with a line of its own;
one-word lines leave such verbs out (see `closest`). So is a light verb and the word after it
(`phrasal.LIGHT_VERBS`: "take_part" -> "participate", "take_place" -> "happen", "give_birth").
A short adjective's regular comparative and superlative, where WordNet's `morphy` takes them back
to it and no line has them yet, get a line of their own to the adjective at weight 1 ("highest" ->
"high", "biggest" -> "big"): Snowball keeps them apart, so "When was the river at its highest?"
missed "an all-time high" (added 2026-12-02 with "across", "round" and "forward" as particles:
"come_across" -> "find"; the committed table is the earlier one with those lines added, because a
full rebuild, of the code before the change too, adds "call" to 101 lines ("term" -> "call"), which costs the reworded
dev question "What is the longest jail term he could get?").
An adjective gets the scale it tells a value on (WordNet's attribute relation, `ATTRIBUTE_RANK`:
"heavy" -> "weight", "old" -> "age", "tall" -> "height"; added 2026-12-02, links33, the committed
table again the earlier one with the lines this adds, as a rebuild of the code before and after
the change differs; reworded dev: "Is Europa bigger than our Moon?" now finds "is slightly smaller
than Earth's Moon", declined before, nothing lost at top-1). A noun's parts and wholes (part meronyms and holonyms at `MEMBER`: "share" -> "stock",
"Aachen" -> "Germany") were tried with it: a reader's "vehicle" found the sentences naming its
"dashboard" and "trunk", one reworded question lost from the top three, and "share" -> "stock"
never fitted on "share"'s full line, so they were left out.
An adjective's similar adjectives (WordNet's `similar_to`: "ashamed" <-> "embarrassed") were tried
at 0.45 where a line has room (2026-12-01): one more reworded question right, but SQuAD 2.0 dev
lost 4 answers at top-1 (links such as "military" -> "warlike", "first" -> "firstborn").
A multiword verb's link to the forms derived from its one-word synonyms ("kick_out" -> "expel" ->
"expulsion") was tried at 0.5 (later the same day): 510 lines longer, and SQuAD 1.1 and 2.0, the
reworded set and the fresh pages gave the same answers (bold one fewer), so it was left out.
A noun's close siblings (co-hyponyms under a kind with at most 12 narrower words, at 0.4, up to 4 a
line, where it has room) were tried on 2026-12-02 for "Who owns the quarry?" against "owns the mine"
(both an "excavation"): the table grew from 1.23 to 1.52 MB, the reworded dev share won two questions
and lost two (one of them the unanswerable "What processor will the new laptop use?", answered),
and the siblings were mostly noise ("quarry" -> "martyr" through its sense "prey",
"lawyer" -> "educator", "critic", both a "professional"), while "quarry" never reached "mine" within
the 4 kept; so they were left out.
Written to `bot/reader/data/bridges_en_wordnet.tsv.gz`: one stem a line, then `related:weight`
pairs. WordNet 3.0 is Princeton's (a BSD-like licence; notice in README.md).
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from bot.reader.answer.phrasal import PARTICLES, light_pair, pair_term, verb_term
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import language_for

if TYPE_CHECKING:
    from nltk.corpus.reader.wordnet import Lemma, Synset

OUT = Path(__file__).resolve().parents[2] / "bot" / "reader" / "data" / "bridges_en_wordnet.tsv.gz"
SENSES = 3
"""How many of a word's commonest synsets (per part of speech) it is bridged through."""
CLOSE, HYPERNYM = 1.0, 0.5
BROADER = 2
"""A hypernym step's rank is the sense's rank times this, a narrower word's one more: of one
sense the broader word is kept first, and the senses keep their order."""
MEMBER = 0.45
"""A group and its members ("jury" <-> "juror", "police" <-> "officer"): below a hypernym step, so
these come after a line's closer stems and never push one out of it."""
ATTRIBUTE_RANK = -1
"""An adjective and the scale it tells a value on (WordNet's attribute relation: "heavy" -> "weight",
"old" -> "age", "big" -> "size", "far" -> "distance"; not a scale named by the adjective's opposite,
`_named_by_antonym`) are joined at `CLOSE`, as a derived form is
("long" -> "length"): "How heavy was he?" is answered by "his weight was 243 pounds". The link is
sorted as if of a sense before the commonest, ahead of a line's other links of its weight: "heavy"
has 24 synonyms and derived forms of rarer senses ("ponderous", "sullen") that filled its line
before "weight" got in. From the noun the link runs at `HYPERNYM`, as to a narrower word: "age"
names a scale "old" and "young" both sit on."""
MAX_RELATED = 24
"""A stem's related one-word stems are cut to this many (the closest first), keeping the table small."""
MAX_PAIRS = 6
"""A multiword verb's related multiword verbs ("lay_off" -> "give_up") are cut to this many, after the others."""
RARE_SHARE = 0.01
"""A word used as a part of speech in less than this share of its uses in WordNet's sense-tagged
texts is joined to no other word as that part of speech: "go" is a noun in none of its 598 tagged
uses, yet its noun senses ("a tour of duty", "ecstasy") joined "tour" <-> "go" and "go" -> "xtc",
words a reader never swaps ("the tour" and "tickets go on sale"); "make" is a noun ("brand") in 1 of
1,613. At 5 % ("die" is a noun, a dice cube, in 7 of 151) SQuAD 1.1 lost a few questions."""
MIN_TAGGED = 20
"""A word tagged fewer times than this is too rare for its counts to say which senses are rare."""


def _stem(word: str, pos: str = "") -> str | None:
    """The bot's stem of a single-word lemma, the term of a verb and its particle ("kick_off" ->
    `phrasal.pair_term`), or None for other phrases and stop words."""
    verb, _, particle = word.lower().partition("_")
    if pos == "v" and (particle in PARTICLES["en"] or light_pair(language_for("en"), verb, particle)):
        verb_stem = verb_term(language_for("en"), verb)
        return pair_term(verb_stem, particle) if verb_stem else None
    if "_" in word or "-" in word or not word.isalpha():
        return None
    terms = question_terms(language_for("en"), word)
    return terms[0] if len(terms) == 1 else None


def _is_pair(stem: str | None) -> bool:
    return stem is not None and "_" in stem


@lru_cache(maxsize=None)
def _frequency(synset: Synset) -> int:
    """How often the synset's lemmas are met in WordNet's sense-tagged texts."""
    return sum(lemma.count() for lemma in synset.lemmas())


def _commonest(synsets: list[Synset], count: int) -> list[Synset]:
    """The `count` commonest of related synsets (then by name): WordNet gives them in no fixed
    order, so a plain slice made a different table on each run."""
    return sorted(synsets, key=lambda synset: (-_frequency(synset), synset.name()))[:count]


def build() -> tuple[dict[str, dict[str, float]], dict[str, dict[str, int]]]:
    """Stem -> related stem -> weight, and stem -> related stem -> the rank (0 for the commonest)
    of the sense of the word that joins them, doubled for a hypernym step and one more for a narrower
    word (`BROADER`), so of each sense a line keeps the broader words first."""
    from nltk.corpus import wordnet as wn

    related: dict[str, dict[str, float]] = defaultdict(dict)
    ranks: dict[str, dict[str, int]] = defaultdict(dict)

    @lru_cache(maxsize=None)
    def sense_rank(name: str, pos: str, synset: str) -> int:
        """Where the synset stands among the lemma's senses: "sack" for "fire" is its 4th verb sense."""
        names = [found.name() for found in wn.synsets(name, pos=pos)]
        return names.index(synset) if synset in names else len(names)

    @lru_cache(maxsize=None)
    def tagged(name: str, pos: str | None = None) -> int:
        """How often the word is met (as this part of speech) in WordNet's sense-tagged texts."""
        return sum(lemma.count() for lemma in wn.lemmas(name, pos))

    def rare(lemma: Lemma) -> bool:
        """Whether the lemma's part of speech is a rare one for its word (see `RARE_SHARE`)."""
        name, pos = lemma.name().lower(), lemma.synset().pos()
        total = tagged(name)
        return total >= MIN_TAGGED and tagged(name, "a" if pos == "s" else pos) < RARE_SHARE * total

    def link(a: str | None, b: str | None, weight: float, rank: int) -> None:
        if not a or not b or a == b:
            return
        if related[a].get(b, 0.0) < weight:
            related[a][b] = weight
        ranks[a][b] = min(ranks[a].get(b, rank), rank)

    words = sorted(name for name in wn.all_lemma_names() if _stem(name) or _stem(name, "v"))
    for word in words:
        for pos in "nvar":
            stem = _stem(word, pos)
            for rank, synset in enumerate(wn.synsets(word, pos=pos)[:SENSES] if stem else ()):
                if any(lemma.name().lower() == word and rare(lemma) for lemma in synset.lemmas()):
                    continue
                for lemma in synset.lemmas():
                    if rare(lemma):
                        continue
                    other = _stem(lemma.name(), synset.pos())
                    link(stem, other, CLOSE, rank)
                    link(other, stem, CLOSE, sense_rank(lemma.name(), synset.pos(), synset.name()))
                    if lemma.name().lower() == word:
                        for form in (*lemma.derivationally_related_forms(), *lemma.pertainyms()):
                            if rare(form):
                                continue
                            form_stem = _stem(form.name(), form.synset().pos())
                            link(stem, form_stem, CLOSE, rank)
                            form_rank = sense_rank(form.name(), form.synset().pos(), form.synset().name())
                            link(form_stem, stem, CLOSE, form_rank)
                        for pertained in lemma.pertainyms() if pos == "a" else ():
                            # What the adjective pertains to, by any of its names: "American" -> "US".
                            for name in pertained.synset().lemmas():
                                link(stem, _stem(name.name(), name.synset().pos()), CLOSE, rank)
                for near in synset.hypernyms():
                    for lemma in near.lemmas()[:3]:
                        link(stem, _stem(lemma.name(), near.pos()), HYPERNYM, BROADER * rank)
                for near in _commonest(synset.hyponyms(), 12):
                    for lemma in near.lemmas()[:3]:
                        link(stem, _stem(lemma.name(), near.pos()), HYPERNYM, BROADER * rank + 1)
    for word in words:
        stem = _stem(word, "a")
        for rank, synset in enumerate(wn.synsets(word, pos="a")[:SENSES] if stem else ()):
            if any(lemma.name().lower() == word and rare(lemma) for lemma in synset.lemmas()):
                continue
            for scale in synset.attributes():
                if _named_by_antonym(scale, synset):
                    continue
                for lemma in scale.lemmas()[:3]:
                    noun = _stem(lemma.name(), "n")
                    link(stem, noun, CLOSE, ATTRIBUTE_RANK)
                    link(noun, stem, HYPERNYM, BROADER * rank + 1)
    members = [
        (stem, _stem(lemma.name()), rank)
        for word in words
        for rank, synset in enumerate(wn.synsets(word, pos="n")[:SENSES])
        for group in (*synset.member_holonyms(), *_commonest(synset.member_meronyms(), 12))
        for lemma in group.lemmas()[:3]
        if (stem := _stem(word))
    ]
    for stem, member, rank in members:
        if member not in related[stem]:
            link(stem, member, MEMBER, rank)
    for word in words:
        base = _stem(word, "a")
        for form in _graded(word) if base and tagged(word, "a") and _short(word) else ():
            form_stem = _stem(form)
            if form_stem and form_stem not in related and wn.morphy(form, "a") == word:
                link(form_stem, base, CLOSE, 0)
    return related, ranks


def _named_by_antonym(scale: Synset, synset: Synset) -> bool:
    """Whether an adjective's scale is named by its opposite ("unable" -> "ability", "absent" ->
    "presence", "dark" -> "light"): joined at full weight, the question's "absent" would find the
    article's "presence", which says the other thing."""
    opposites = {antonym.name() for lemma in synset.lemmas() for antonym in lemma.antonyms()}
    return any(form.name() in opposites for lemma in scale.lemmas() for form in lemma.derivationally_related_forms())


def _short(word: str) -> bool:
    """Whether an adjective is short enough to take "-er" and "-est": one syllable ("high",
    "large"), or two ending in "y" ("early"); WordNet's `morphy` also takes "abjectest" back to "abject"."""
    syllables = len(re.findall(r"[aeiouy]+", word.removesuffix("e")))
    return syllables <= 1 or (syllables == 2 and word.endswith("y"))


def _graded(word: str) -> tuple[str, ...]:
    """The regular comparative and superlative an adjective may take ("high" -> "higher",
    "highest"; "big" -> "bigger"; "early" -> "earliest"), for WordNet's `morphy` to confirm: the
    stemmer keeps "highest" apart from "high", and WordNet lists few such forms as words of their own."""
    if word.endswith("e"):
        return word + "r", word + "st"
    if word.endswith("y"):
        return word[:-1] + "ier", word[:-1] + "iest"
    return word + "er", word + "est", word + word[-1] + "er", word + word[-1] + "est"


def write(related: dict[str, dict[str, float]], out: Path, ranks: dict[str, dict[str, int]] | None = None) -> None:
    """One line a stem, its `MAX_RELATED` closest one-word stems first: by weight, then by the rank
    of the sense joining them when `ranks` has it, then alphabetically; a multiword verb's line
    then its `MAX_PAIRS` closest multiword verbs the same way."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lines = [stem + "\t" + " ".join(f"{other}:{weight:g}" for other, weight in kept)
             for stem, kept in closest(related, ranks or {}).items()]
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as handle:
        handle.write("\n".join(lines) + "\n")


def closest(related: dict[str, dict[str, float]], ranks: dict[str, dict[str, int]]) -> dict[str, list[tuple[str, float]]]:
    """Per stem, in order, the related stems its line keeps (see `write`). A one-word stem's line
    keeps no multiword verb: the answer index reads those lines backwards for the few multiword
    verbs an article uses ("start" -> "kick_off" from "kick_off" -> "start"), so the table stays
    small and a common word's line keeps room for its one-word stems."""
    kept = {}
    for stem in sorted(related):
        rank = ranks.get(stem, {})
        ordered = sorted(related[stem].items(), key=lambda kv: (-kv[1], rank.get(kv[0], 0), kv[0]))
        words = [pair for pair in ordered if not _is_pair(pair[0])][:MAX_RELATED]
        pairs = [pair for pair in ordered if _is_pair(pair[0])][:MAX_PAIRS] if _is_pair(stem) else []
        if words or pairs:
            kept[stem] = words + pairs
    return kept


def main() -> None:
    related, ranks = build()
    write(related, OUT, ranks)
    kept = closest(related, ranks)
    pairs = sum(len(v) for v in kept.values())
    verbs = sum(_is_pair(stem) for stem in kept)
    print(f"{len(kept)} stems ({verbs} multiword verbs), {pairs} bridges -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")


if __name__ == "__main__":
    main()
