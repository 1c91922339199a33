"""A verb written with "re-" for doing it again, read as the verb itself where no table knows it.

"Was she reappointed?" asks about "the board voted to re-nominate her": a word written with a
hyphen loses its "re" (a stop word, `terms`), but one written solid keeps it, and the bridge tables,
built from a dictionary's words, have no line for "reappoint" or "renominate". So a word of the
prefix whose term the tables lack is read as the word after the prefix where they know that one
("reappoint" -> "appoint", which they join to "nominate"), in a question and in the article alike.
A word the tables know is left alone: "report", "research" and "release" are no "port" again.
"""

from __future__ import annotations

from collections.abc import Callable

PREFIXES: dict[str, tuple[str, ...]] = {"en": ("re",)}
"""Per language, the prefixes of doing something again that a word may be written solid with."""
MIN_REST = 5
"""The fewest letters of the word after the prefix: shorter rests ("reform" -> "form") are as often
another word as the same one again."""


def unprefixed(code: str, term: str, known: Callable[[str], bool]) -> str | None:
    """The term after a prefix of doing again, when the tables lack the term and know the rest
    ("reappoint" -> "appoint"); None otherwise."""
    for prefix in PREFIXES.get(code, ()):
        if term.startswith(prefix) and len(term) - len(prefix) >= MIN_REST and not known(term):
            rest = term[len(prefix):]
            if known(rest):
                return rest
    return None
