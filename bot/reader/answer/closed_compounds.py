"""English closed compounds: the article's "smartphones" for a question's "phones", "artworks" for "works".

English writes most compounds apart ("phone maker"), so the compounding languages' head links
(`index.COMPOUNDING`) are not read for it; but new things are often named in one word ("smartphone",
"artwork", "startup", "livestream"), and a reader asking about "phones" meant those. Such a word is
often in no table (WordNet 3.0 has no "smartphone"), so no bridge reaches it.

Only a word the tables do not know is split: one they know has its own links, WordNet's hypernym
among them ("spacecraft" -> "craft"), and splitting it joined words of no kinship ("thousand" ->
"sand", "broadcast" -> "cast", "commonwealth" -> "wealth": on SQuAD 1.1 dev, 5 of the 10 questions
it reached before this rule). It is split into a modifier and a head where both are words the tables know,
each at least `PART_LETTERS` letters and the modifier no stop word: "understand" gives no "stand",
"confirm" no "firm" ("con", "per", "dis" are in WordNet too). Some splits still join unrelated words
("breakfast" and "fast"), so a question's word reaches a compound only when the article never uses
the word itself (`AnswerIndex.links`). The Snowball stemmer drops a final "e" of a long word only
("phones" -> "phone", "smartphones" -> "smartphon"), so a head is also looked up with that "e".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable

PART_LETTERS = 4
"""The fewest letters of a compound's first word and of its head: three-letter ones ("con-tract",
"des-cent", "-end" of "weekend") join words of no kinship."""


def closed_heads(terms: Iterable[str], knows: Callable[[str], bool], stop_words: Collection[str]) -> dict[str, list[str]]:
    """A head stem -> the article's terms the tables do not know that are a known word followed by
    it: "phone" -> ["smartphon"], "watch" -> ["smartwatch"]."""
    heads: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        if not term.isalpha() or knows(term):
            continue
        for cut in range(PART_LETTERS, len(term) - PART_LETTERS + 1):
            modifier, head = term[:cut], term[cut:]
            if modifier in stop_words or not knows(modifier):
                continue
            for form in (head, head + "e"):
                if knows(form):
                    heads[form].append(term)
    return dict(heads)
