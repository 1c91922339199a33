"""Whether the best sentence tells the act a "who" question asks about only in the passive, with no doer.

"Who found the body?" was answered by "The body of a woman has been found on Penarth beach", the
beach's name in bold: the sentence tells that the body was found, not by whom, and a report that
leaves the doer out of its passive usually does not know or will not say (a body found, signs
erected, a car stolen). A passive with "by" names the doer ("was found by a dog walker"), and a
sentence telling the act in the active voice as well ("a walker found it") is not read so. English
only: the question's verb is the word right after "who".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

_ASKS_DOER_EN = re.compile(
    r"^\W*(?:and\s+)?who\s+(?:(?:has|have|had)\s+)?(?:first\s+|actually\s+|originally\s+|really\s+)?([a-z]+)\b",
    re.IGNORECASE,
)
_NO_ACT = frozenset(
    "is was are were be been will would can could should shall may might must did does do has have had "
    "else exactly".split()
)
"""Words after "who" that are no act done to something ("Who was ...?", "Who did ...?" ask otherwise)."""
_PASSIVE_AUXILIARIES = frozenset("is are was were be been being get gets got gotten".split())
_BEFORE_PLACES = frozenset("in on at near from to into across off outside inside".split())
"""Words before a place's name: "found on Penarth beach" names where, not who."""
AUXILIARY_REACH = 2
"""Words before the participle its auxiliary may stand: "was found", "has been quickly found"."""
AGENT_REACH = 8
"""Words after the participle its "by" may stand: "was found on the beach on Sunday by a walker"."""


def asked_act(question: str) -> str | None:
    """The verb of an English "who did it" question ("found" of "Who found the body?"), or None."""
    found = _ASKS_DOER_EN.match(question)
    if not found or found.group(1).lower() in _NO_ACT:
        return None
    return found.group(1)


def told_without_doer(tokens: list[str], is_act: Callable[[str], bool]) -> bool:
    """Whether the sentence's words (`tokens`) hold the act (`is_act` tells its words), each time
    as a passive participle with no "by" after it (not a form in "-ing": "are making"), and name no
    one who might have done it some other way ("not identified ... until the work of Isaac Newton",
    "the beloved city of Isaac Bashevis Singer"): no name but the first word's and places'."""
    lowered = [token.lower() for token in tokens]
    named = any(
        token[:1].isupper() and lowered[position - 1] not in _BEFORE_PLACES and not tokens[position - 1][:1].isupper()
        for position, token in enumerate(tokens) if position
    )
    if named or not _PASSIVE_AUXILIARIES & set(lowered):
        return False  # the act's words are looked up only in a sentence that may tell it so
    positions = [position for position, token in enumerate(tokens) if is_act(token)]
    return bool(positions) and all(
        not lowered[position].endswith("ing")  # "are making": the act done, not undergone
        and _PASSIVE_AUXILIARIES & set(lowered[max(position - AUXILIARY_REACH, 0):position])
        and "by" not in lowered[position + 1:position + 1 + AGENT_REACH]
        for position in positions
    )


def acts_of(terms_of: Callable[[str], list[str]], act: str, links: Collection[str]) -> Callable[[str], bool]:
    """A test of a sentence's word: is it the act, in any of its forms (`terms_of` stems it), or a
    word the act's bridges reach (`links`)."""
    wanted = {*terms_of(act), *links}
    return lambda token: bool(wanted & set(terms_of(token)))
