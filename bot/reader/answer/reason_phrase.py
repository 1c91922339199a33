"""The words of a sentence that give the reason a "why" question asks, to set in bold.

"Why did the Methodist Protestant Church split?" is answered by "... split into two conferences
because of tensions over slavery and the power of bishops in the denomination": the reader reads
the bold words first, so they are the reason itself, from the word after "because of" to the end
of its clause (the next comma, semicolon, dash or the sentence's end), not the act the question
already names. A sentence whose reason is told by no marker read here (a quotation, a purpose, a
consequence of the sentence before) gets no bold rather than a guess.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import PUNISHED_FOR

CLAUSE_OPENERS = {
    "en": (
        r"\b(?:because(?: of)?|due to(?! be\b)|owing to|thanks to|as a result of|in (?:response|reaction) to"
        r"|in the wake of|in protest (?:at|against|over)|for fear (?:of|that)|on the (?:grounds|basis) of|amid"
        r"|out of|citing|blamed on|attributed to|stem(?:s|med|ming)? from|driven by|after facing|after receiving"
        r"|in order to|so as to|so that|in an effort to|in a bid to)\s"
    ),
    "de": r"\b(?:weil|denn|wegen|aufgrund|infolge|angesichts|mangels|zumal)\s|(?:^|[,;:–-]\s*)da\s",
    "fr": r"\b(?:parce qu(?:e\s|')|car\s|puisqu(?:e\s|')|à cause d(?:e\s|u\s|es\s|')|en raison d(?:e\s|u\s|es\s|')"
          r"|grâce au?\s|suite à\s|à la suite d(?:e\s|u\s|es\s|')|faute d(?:e\s|')|du fait d(?:e\s|u\s|es\s|'))",
    "es": r"\b(?:porque|ya que|puesto que|dado que|debido a(?:l)?|a causa d(?:e|el)|gracias a(?:l)?|a raíz d(?:e|el))\s",
}
"""The words that open a clause of reason, per language: where the bold starts, and (with the words
that name a cause without opening its clause, `reasons._NAMING_CAUSES`) whether a sentence gives one."""
_SIGNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in CLAUSE_OPENERS.items()}
_CLAUSE_END = re.compile(r"\s*(?:[,;:—–()]|\s-\s|[.!?][\"”»']?\s*$)")
SHORTEST = 2
"""Words a reason needs: "because it" alone is a clause cut short, no reason to read first."""


def reason_span(code: str, sentence: str) -> tuple[int, int] | None:
    """Start and end (characters within `sentence`) of the reason its first reason marker opens,
    the marker left out; None when the language is not read here, no marker is found, or what
    follows it is shorter than `SHORTEST` words."""
    sign = _SIGNS.get(code)
    found = sign.search(sentence) if sign else None
    if found is None and code == "en":
        found = PUNISHED_FOR.search(sentence)  # "after his arrest for anti-Soviet activity"
    if found is None:
        return None
    start = found.end()
    ended = _CLAUSE_END.search(sentence, start)
    end = ended.start() if ended else len(sentence.rstrip())
    if len(sentence[start:end].split()) < SHORTEST:
        return None
    return start, end
