"""German nouns whose plural the stemmer parts from their singular: "Firma" / "Firmen", "Thema" /
"Themen", "Zentrum" / "Zentren", "Ministerium" / "Ministerien", "Museum" / "Museen".

The German stemmer cuts the plural's "-en" or "-n" but keeps the singular's "-a" or "-um", so the
two are different terms ("firma" / "firm"), and the bridge tables, keyed by the singular's term,
give the plural nothing ("Welche Firmen beteiligen sich?" found no "Unternehmen": "firm" is keyed
only as the verb "sich firmen lassen"). The singular's term less its ending is the plural's; the
plural's term plus an ending may be the singular's. Only "-ium", "-eum" and "-rum" are read as the
Latin "-um": "Raum", "Baum" or "Irrtum" form their plurals otherwise.

A noun ending in a vowel makes its plural in "-s" ("Auto" / "Autos", "Foto" / "Fotos", "Handy" /
"Handys", "Kamera" / "Kameras"), which the stemmer keeps after a vowel: "Wie viele Autos ...?" found
none of the bridges of "Auto" ("Fahrzeug", "Wagen").

A compound in "-mann" makes its plural in "-leute" ("Fachmann" / "Fachleute", "Kaufmann" /
"Kaufleute", "Feuerwehrmann" / "Feuerwehrleute"): "Was hatten die Fachleute erwartet?" found none of
the bridges of "Fachmann" ("Experte"), which the tables key by the singular.
"""

from __future__ import annotations

import re

CODES = frozenset({"de"})
_SINGULAR = re.compile(r"^(?P<plural>\w{3,}?)(?:a|(?<=[ier])um)$")
_ENDINGS = ("a", "um")
_SHORTEST = 4
_VOWELS = frozenset("aiouy")
"""The last letters of a singular whose plural adds "-s" ("Kamera", "Taxi", "Auto", "Tabu", "Handy");
a final "-e" the stemmer cuts."""
"""Letters a plural's term must keep, so short words ("oma", "opa") are left alone."""
_PEOPLE = {"mann": "leut", "leut": "mann"}
"""The stemmed tails of a compound's singular and plural for people ("fachmann", "fachleut")."""
_SHORTEST_FIRST_PART = 3
"""Letters before that tail: "Leute" and "Mann" alone are other words ("Leute" is no plural of "Mann")."""


def other_number(term: str, code: str) -> tuple[str, ...]:
    """The term of the same noun in the other number, as the stemmer writes it: "firm" for
    "firma", "firma" and "firmum" for "firm" (a term no article holds does no harm)."""
    if code not in CODES:
        return ()
    tail = term[-4:]
    if tail in _PEOPLE and len(term) - len(tail) >= _SHORTEST_FIRST_PART:
        return (term[:-4] + _PEOPLE[tail],)
    singular = _SINGULAR.match(term)
    if singular and len(singular.group("plural")) >= _SHORTEST:
        return (singular.group("plural"), *_s_plural(term))
    if len(term) >= _SHORTEST and not term.endswith(_ENDINGS):
        return (*(term + ending for ending in _ENDINGS if ending == "a" or term[-1] in "ier"), *_s_plural(term))
    return _s_plural(term)


def _s_plural(term: str) -> tuple[str, ...]:
    """The other number of a noun ending in a vowel, whose plural adds "-s": "auto" / "autos"."""
    if term.endswith("s") and term[-2:-1] in _VOWELS and len(term) > _SHORTEST:
        return (term[:-1],)
    return (term + "s",) if term[-1:] in _VOWELS and len(term) >= _SHORTEST else ()
