"""Whether a sentence states the purpose of what it tells: the answer to a bare "why?" about it.

After "Quelle est la position du président ?" is answered by "... il a balayé l'idée, estimant qu'il
faut repousser l'âge légal, afin de garantir l'équilibre du système", a reader's "et pourquoi ?"
asks for the aim the sentence already gives. A purpose is no cause word (`kinds.gives_reason`), and
as a sign for ranking a "why" question it pulled sentences of other aims first (`reasons.py`); read
only in the sentence just shown, it is the reason the reader asks for.
"""

from __future__ import annotations

import re

_PURPOSES = {
    "en": r"\b(?:in order (?:to|that)|so as to|so that|in an effort to|in a bid to|with the aim of|aimed at)\b",
    "fr": r"\b(?:afin\b|pour que|pour qu['’]|dans le but de|en vue de|de sorte que|de manière à)",
    "es": r"\b(?:para que|a fin de|con el fin de|con el objetivo de|con el propósito de|con la intención de)\b",
    "de": r"\b(?:damit|um\b[^.;]*\bzu\b|mit dem Ziel)",
}
_SIGNS = {code: re.compile(pattern, re.IGNORECASE) for code, pattern in _PURPOSES.items()}


def states_purpose(code: str, text: str) -> bool:
    """Whether the sentence gives an aim in its language's words ("afin de", "para que", "so that")."""
    sign = _SIGNS.get(code)
    return sign is not None and sign.search(text) is not None


TOLD_PURPOSE_EN = re.compile(
    r"\b(?:in order (?:to|that|for)|so as to|so that|in an effort to|in a bid to|as a means to|with the aim of"
    r"|for the purpose of|causing|caused by|(?:necessary|needed|designed|intended|meant|aimed|used) to"
    r"|to (?:prevent|avoid|ensure))\b"
    r"|(?:^|[,;:(—–]\s*)to\s+(?!(?:the|a|an|his|her|their|its|this|that|these|those|my|our|your|every|each|all"
    r"|some|any|him|them|me|us|it|one|be|date|day|now|whom|which|what|who)\b)[a-z]{3,}",
    re.IGNORECASE,
)
"""An English reason given as a purpose, with no cause word: "in order to counteract the constant
flooding", "..., to spearhead the regeneration", "To avoid interference with ...", "necessary to
guard against armed groups"; "to prevent", "to avoid" and "to ensure" anywhere ("chose only people
who had ... to prevent them from panicking"). The "why" rule (`AnswerIndex._no_reason_near`) counts it as a reason;
the ranking does not (an infinitive is in most sentences). Broader than `states_purpose`, which reads
only the sentence just shown: here a bare "to" clause and "caused by" count, in a best sentence's reach. Without it the rule declined 19 of
SQuAD 1.1's answerable "why" questions, 18 of them with the right sentence, for 3 it cannot answer."""
