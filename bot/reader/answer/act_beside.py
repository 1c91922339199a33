"""Whether an article tells a "why" question's act of what the question names, not only somewhere.

"Pourquoi le maire de Soumy a-t-il démissionné ?" asks the reason for an act (`why_verbs`). The
article may hold a bridge to the act in a sentence about something else: French "partis" (political
parties) stems as "partir" does, a bridge of "quitter" and "démissionner"; Spanish "dejar" bridges to
"poner", "lugar" and "hablar" through its many senses. Found anywhere, such a bridge let the "why" be
answered by a sentence that merely names the mayor. So a bridge counts only in a sentence holding
another of the question's words, or beside one in its paragraph ("Il a quitté ses fonctions" after
the sentence naming the mayor); the act's own word, or its verb in another tense (`verb_family`),
counts anywhere, as before.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np


def told_beside(act_at: np.ndarray, named_at: np.ndarray, paragraph_of: np.ndarray) -> bool:
    """Whether a sentence holding the act (`act_at`, per sentence) holds one of the question's other
    words (`named_at`), or stands next to a sentence of its paragraph that does."""
    beside = named_at.copy()
    same_before = paragraph_of[1:] == paragraph_of[:-1]
    beside[1:] |= named_at[:-1] & same_before
    beside[:-1] |= named_at[1:] & same_before
    return bool((act_at & beside).any())


VOWELS = frozenset("aeiouéèêíóú")
FAMILY_LETTERS = 1
"""How many letters an article's stem may run past the act's stem cut of its vowel: "perd" of "perder"
and "perdi" of "perdió", "demission" and "demissionn"; more joins other words ("perdon", "perdur")."""
SHORTEST_FAMILY_STEM = 4


def verb_family(acts: list[str], vocabulary: Iterable[str]) -> list[str]:
    """The article's stems of the acts' verbs in other inflections: the stemmer leaves a tense's
    vowel ("perdió" -> "perdi", "perder" -> "perd"), so the stems differ and share a first part."""
    bases = {act.rstrip("".join(VOWELS)) for act in acts}
    bases = {base for base in bases if len(base) >= SHORTEST_FAMILY_STEM}
    return [term for term in vocabulary for base in bases if term.startswith(base) and len(term) - len(base) <= FAMILY_LETTERS]
