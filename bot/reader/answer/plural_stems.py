"""German nouns whose plural the stemmer parts from their singular: "Firma" / "Firmen", "Thema" /
"Themen", "Zentrum" / "Zentren", "Ministerium" / "Ministerien", "Museum" / "Museen".

The German stemmer cuts the plural's "-en" or "-n" but keeps the singular's "-a" or "-um", so the
two are different terms ("firma" / "firm"), and the bridge tables, keyed by the singular's term,
give the plural nothing ("Welche Firmen beteiligen sich?" found no "Unternehmen": "firm" is keyed
only as the verb "sich firmen lassen"). The singular's term less its ending is the plural's; the
plural's term plus an ending may be the singular's. Only "-ium", "-eum" and "-rum" are read as the
Latin "-um": "Raum", "Baum" or "Irrtum" form their plurals otherwise.
"""

from __future__ import annotations

import re

CODES = frozenset({"de"})
_SINGULAR = re.compile(r"^(?P<plural>\w{3,}?)(?:a|(?<=[ier])um)$")
_ENDINGS = ("a", "um")
_SHORTEST = 4
"""Letters a plural's term must keep, so short words ("oma", "opa") are left alone."""


def other_number(term: str, code: str) -> tuple[str, ...]:
    """The term of the same noun in the other number, as the stemmer writes it: "firm" for
    "firma", "firma" and "firmum" for "firm" (a term no article holds does no harm)."""
    if code not in CODES:
        return ()
    singular = _SINGULAR.match(term)
    if singular and len(singular.group("plural")) >= _SHORTEST:
        return (singular.group("plural"),)
    if len(term) >= _SHORTEST and not term.endswith(_ENDINGS):
        return tuple(term + ending for ending in _ENDINGS if ending == "a" or term[-1] in "ier")
    return ()
