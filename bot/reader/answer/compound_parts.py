"""Compounds whose parts are synonyms: "Selbsterwärmung" finds "Selbsterhitzung", "der wichtigste
Kunde" finds "Volkswagen, den Hauptkunden".

`AnswerIndex.links` joins a compound to its head and to the compounds sharing its head; a reader
who says the same thing with a synonym in one of the parts got neither ("Selbsterwärmung" and
"Selbsterhitzung" share only "selbst"), and a reader who writes as two words what the article writes
as one with a synonym for the first ("wichtigste Kunde", "Hauptkunden") matched only the head, at a
compound's weight, and lost to a sentence holding the words "wichtigsten Kunden" that named no one.
Only full-weight links (synonyms and derived forms) swap a part: a looser one would join too much
("Haupt" -> "Birne" at 0.7, slang for a head, would make a "Hauptkunde" a "Birnenkunde").
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping

SWAPPED_PART = 0.8
"""Bridge weight between a compound and one with a synonym in place of one of its parts: the same
thing said another way, below the word itself."""
LINKING = ("", "s", "es", "n", "en")
"""Letters that join a German, Dutch or Scandinavian modifier to its head ("Tageszeitung",
"Sonnenschein"): tried off a modifier before looking it up, and on a synonym put in its place."""

Related = Callable[[str], Iterable[tuple[str, float]]]


def synonyms(related: Related, stem: str) -> set[str]:
    """The stems a full-weight link joins to the stem."""
    return {other for other, weight in related(stem) if weight >= 1.0}


def modifier_forms(modifier: str) -> set[str]:
    """The modifier as written and without a linking ending ("tages" -> "tage", "tag")."""
    return {modifier[: len(modifier) - len(ending)] for ending in LINKING if ending and modifier.endswith(ending)} | {modifier}


def swapped_parts(term: str, related: Related, known: Collection[str], shortest: int) -> list[tuple[str, float]]:
    """The article's words that are the term with its head or its modifier swapped for a synonym,
    each part at least `shortest` letters: "selbsterwarm" -> "selbsterhitz"."""
    found: dict[str, float] = {}
    for cut in range(shortest, len(term) - shortest + 1):
        modifier, head = term[:cut], term[cut:]
        for other in synonyms(related, head):
            if modifier + other in known:
                found[modifier + other] = SWAPPED_PART
        for form in modifier_forms(modifier):
            for other in synonyms(related, form):
                for ending in LINKING:
                    if other + ending + head in known:
                        found[other + ending + head] = SWAPPED_PART
    found.pop(term, None)
    return list(found.items())


def written_as_one(terms: Collection[str], heads: Mapping[str, Iterable[str]], related: Related) -> set[str]:
    """The article's compounds that join two of the question's words, the first as written or as
    a synonym: "wichtig" and "kund" -> "hauptkund" ("Hauptkunden"), "strom" and "kund" ->
    "stromkund"."""
    found: set[str] = set()
    for head in terms:
        for compound in heads.get(head, ()):
            if not compound.endswith(head) or compound == head:
                continue
            forms = modifier_forms(compound[: -len(head)])
            for first in terms:
                if first != head and (first in forms or forms & synonyms(related, first)):
                    found.add(compound)
    return found
