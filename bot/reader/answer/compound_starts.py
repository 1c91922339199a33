"""Compounds read from their first part: a question's "Strom" finds the article's "Stromkunden".

`AnswerIndex.links` joins a compound to its head, the last part, which says what the compound is
("Partei" in "Regierungspartei"). A reader's plain noun is as often the first part, which says
what it is of: "Wie viele Haushalte hatten keinen Strom?" is answered by "50.000 Stromkunden sind
betroffen", "seit Jahresbeginn" tells "dieses Jahr", "der Sprecher des Kremls" is the article's
"Kremlsprecher". The link is weaker than the head's: "Haus" also begins "Haushalt", and "Mann"
"Mannschaft". On the reworded dev share (German, 200 questions) it moved top-3 from 0.84 to 0.86
and one question into first place ("Wie viele ausgebildete Retter hat der Schwimmverein?", whose
answer says "Rettungsschwimmer"); with 0.3 or 0.5 alike. The other way round, a question's
compound finding the article's first part alone, cost two unanswerable questions their decline.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MODIFIER = 0.5
"""Bridge weight between a word and the compounds it begins (below a head's `COMPOUND`, 0.6)."""


def compounds_by_start(terms: Iterable[str], shortest: int) -> dict[str, list[str]]:
    """Each beginning of a term that leaves at least `shortest` letters on either side -> the
    terms: "strom" -> "stromkund", "stromausfall"; "jahr" and "jahres" -> "jahresbeginn"."""
    found: dict[str, list[str]] = defaultdict(list)
    for term in terms:
        for end in range(shortest, len(term) - shortest + 1):
            found[term[:end]].append(term)
    return found
