"""How many times: a sentence saying "nine times" answers it before one that only holds a number.

"How many times did the caller phone their house?" counts phone calls, so the ranking put first
"the caller phoned 911, announced …", whose own word "phoned" and a number (a phone number) it
holds, over "He called the Finneys' home number nine times in the two months after the attack",
which answers in the question's own unit. A runner-up telling a number of times ("nine times",
"twice", "trois fois", "dos veces", "dreimal") goes first when the best sentence tells none and the
runner-up scores at least `TIMES_SHARE` of it. A multiplier ("three times as many", "trois fois
plus") tells no occurrences.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import counts_occurrences, is_number
from bot.reader.text.language import fold

_HOW_OFTEN = re.compile(r"\bwie oft\b")
"""German asks how many times as "how often" ("Wie oft rief er an?")."""
_TIMES = re.compile(
    r"\b(?:(?P<alone>once|twice|thrice|une fois|una vez)|(?P<count>[\w,.]+)\s+(?:times|fois|veces|Mal)"
    r"|(?P<joined>\w+)mal)\b"
    r"(?!\s+(?:as|more|less|fewer|higher|lower|larger|bigger|smaller|greater|the|that|than|plus|moins|más|menos|so|mehr)\b)",
    re.IGNORECASE,
)
"""A number of times, not a multiplier ("three times as many", "trois fois plus")."""
TIMES_SHARE = 0.3
"""How close to the best sentence's score a runner-up telling a number of times must come to go first."""


def asks_times(question: str, code: str) -> bool:
    """Whether the question counts occurrences."""
    return counts_occurrences(question, code) or bool(_HOW_OFTEN.search(fold(question.lower())))


def tells_times(text: str) -> bool:
    """Whether the sentence tells a number of times something happened."""
    return any(found["alone"] or is_number(found["count"] or found["joined"]) for found in _TIMES.finditer(text))


def times_told_first(order: list[int], texts: list[str], scores: list[float]) -> list[int]:
    """The ranking with the best-scoring sentence telling a number of times put first, when the first
    tells none and that one scores at least `TIMES_SHARE` of it (see the module); its length kept."""
    if not order or tells_times(texts[order[0]]):
        return order
    bar = TIMES_SHARE * scores[order[0]]
    telling = [i for i, text in enumerate(texts) if scores[i] > 0 and scores[i] >= bar and tells_times(text)]
    if not telling:
        return order
    first = max(telling, key=lambda i: scores[i])
    return [first, *(i for i in order if i != first)][:len(order)]
