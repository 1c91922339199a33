"""Whose age a sentence gives: the asked person's, or someone else's.

"How old is Drosten?" about a page saying "Drosten warned that 70-year-old patients are most at
risk" (or "die über 70-Jährigen") has an age in the sentence that names him, but the age is the
patients'. An age is told of someone by where it stands: after a name ("Eloise Parry, 21,",
"Lupita (35)"), before a name or a noun ("the 39-year-old Manning", "70-year-old patients"), or
bounding a group ("über 70-Jährige", "children aged 5", "personnes âgées de plus de 70 ans"). An age
whose owner is not in the question does not answer it; one told of no one in particular ("at age
13", "Drosten ist 48 Jahre alt", "Der 48-Jährige") may, and is kept.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import is_number
from bot.reader.answer.measures import measure_spans
from bot.reader.text.language import fold, words

_OWNER_AFTER = re.compile(r"\s+(?P<owner>[^\W\d_][\w'’-]*)")
"""The word an age written as one adjective ("70-year-old") stands before: "patients", "Manning"."""
_NAMED_BEFORE = re.compile(r"(?P<owner>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]+)\.?\s*[,(]\s*$")
"""A name an age stands after, in apposition: "Eloise Parry, 21,", "Patrick Carlineo Jr., 55,",
"Lupita (35)"."""
_GROUP_BEFORE = re.compile(
    r"(?:\b(?P<owner>[a-z]{3,}s|people|children|men|women)\s+(?:aged|over|under|older than|younger than)"
    r"|\bâgée?s\b[\w ]{0,16}|\b(?:mayores|menores) de\s+)\s*$",
    re.IGNORECASE,
)
"""Words before an age that make it bound a group of people: "children aged 5", "personnes âgées
de plus de 70 ans", "mayores de 65"."""
_GROUP_BEFORE_DE = re.compile(
    r"\b(?:über|unter|ab|bis(?: zu)?|zwischen)\s+(?:\d{1,3}-?\s+(?:bis|und)\s+)?$", re.IGNORECASE
)
"""The same before a German age as a noun: "die über 70-Jährigen", "den 70- bis 80-Jährigen"
(not "über 18 Jahre alt", a threshold said of anyone)."""
_AGED_BEFORE_DE = re.compile(
    r"\b(?P<owner>[^\W\d_][\w'’-]*),?\s+(?:im|in einem|mit einem)\s+Alter\s+(?:von|zwischen)\s+$"
)
"""The noun a German "im Alter von" age is told of: "zwei Töchter im Alter von 9 und 13 Jahren"
are the daughters' ages, not their mother's."""
_DETERMINERS = frozenset(
    "the a an his her their its this that der die das den dem des ein eine einer einen einem sein seine ihr ihre "
    "le la les un une son sa ses leur el los las una su sus".split()
)
_PEOPLE_PLURAL = frozenset({"people", "children", "men", "women", "kids", "adults", "folks"})
_MANY_ASKED = re.compile(r"\b(?:are|were|sind|waren|sont|étaient|etaient|son|eran)\b", re.IGNORECASE)
"""A plural verb in an age question ("How old are the patients?"): then a group's ages answer it."""


def _owner(text: str, start: int, end: int) -> tuple[str | None, bool]:
    """Whom the age at text[start:end] is told of, as a word of the sentence (None when it does
    not say), and whether it bounds a group rather than naming one person's age."""
    before = text[:start]
    group = _GROUP_BEFORE.search(before)
    if group:
        return group.group("owner"), True
    if "jährig" in text[start:end].lower() and _GROUP_BEFORE_DE.search(before):
        return None, True
    aged = _AGED_BEFORE_DE.search(before)
    if aged:
        return aged.group("owner"), False
    named = _NAMED_BEFORE.search(before)
    if named:
        return named.group("owner"), False
    after = _OWNER_AFTER.match(text, end) if text[start:end].lower().endswith("-old") else None
    if after:
        owner = after.group("owner")
        if owner[0].isupper():
            return owner, False
        if owner.lower() in _PEOPLE_PLURAL or owner.endswith("s"):
            return owner, True
    return None, False


def _names_someone(question: str) -> bool:
    """Whether the question names whom it asks about ("How old is Scooter Braun?", "Wie alt ist
    Drosten?"), rather than describing them ("How old is the man who admitted the threat?", "Wie
    alt ist der Patient?"): a capitalised word past the first with no article before it."""
    tokens = words(question)
    return any(
        word[:1].isupper() and tokens[position - 1].lower() not in _DETERMINERS
        for position, word in enumerate(tokens) if position > 0
    )


def _asked(owner: str, asked: set[str]) -> bool:
    """Whether the question speaks of the owner: one of its words, or of their family
    ("patient" / "patients")."""
    for word in words(owner):
        folded = fold(word.lower())
        if folded in asked or len(folded) >= 3 and any(len(other) >= 3 and other[:5] == folded[:5] for other in asked):
            return True
    return False


def age_of_another(text: str, question: str) -> bool:
    """Whether the sentence gives ages and every one is told of someone the question does not ask
    about: when it names whom it asks about, another named person; when it asks one person's age,
    a group. A question describing the person ("the man who admitted the threat") may be
    answered by any named person's age."""
    spans = measure_spans(text, is_number).get("age", [])
    if not spans:
        return False
    asked = {fold(word.lower()) for word in words(question)}
    many = _MANY_ASKED.search(question) is not None
    named = _names_someone(question)
    for start, end, _ in spans:
        owner, group = _owner(text, start, end)
        if owner is not None and _asked(owner, asked):
            return False
        if not (group and not many) and not (owner is not None and not group and named):
            return False
    return True
