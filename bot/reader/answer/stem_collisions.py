"""Words the stemmer folds into an unrelated word's stem, given a term of their own.

Snowball cuts English words by their endings alone, so "department" stems to "depart",
"officer" to "offic" (the stem of "office"), "authority" to "author" and "experiment" to "experi"
(that of "experience"). A question and a sentence then meet on a word neither uses ("When did the
ship depart?" met "the Department of Transportation"), and the bridge table, built on the same
stems, gives the shared stem the links of both words in one line cut to a fixed length: "depart"
held "section", "division" and "interdepartmental", and no room was left for "leave". Each word
listed here keeps its own term wherever terms are made (questions, sentences and the tables built
from them), so "depart" is linked to "leave" and "officer" to "police".
"""

from __future__ import annotations

OWN_TERMS: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "en": {
        "depart": (("department", "department"),),
        "offic": (("officer", "officer"),),
        "author": (("authorit", "authoriti"),),
        "univers": (("universit", "universiti"),),
        "experi": (("experiment", "experiment"),),
        "busi": (("business", "business"),),
        "intern": (("internation", "internation"),),
    },
}
"""Per language, a stem the stemmer gives unrelated words -> (the beginning of the word that is
another word, its own term). "internation" is also what `spelling.py` reads "internationalise" as."""


def own_term(code: str, word: str, stem: str) -> str:
    """The term of a word (lower case, accents folded) whose stem is `stem`: its own where the
    stemmer joins it to an unrelated word ("department" -> "department", not "depart"), else the stem."""
    for start, term in OWN_TERMS.get(code, {}).get(stem, ()):
        if word.startswith(start):
            return term
    return stem
