"""The post a French or Spanish "who is the X" question asks for: "¿Quién es el alcalde de Turre?".

Such a question is answered by a sentence naming the holder of that post ("el alcalde de Bédar,
Ángel Collados"). A sentence that holds the question's place but not the post ("el presidente de la
Junta de Andalucía, Juanma Moreno, ... en el parque de bomberos de Turre") names someone else, so
the answer index declines it (`AnswerIndex._post_left_out`).
"""

from __future__ import annotations

import re

from bot.reader.text.language import fold

_POST_ASKED = {
    "es": re.compile(
        r"^\W*(?:y )?quien(?:es)? (?:es|era|fue|sera|son|eran|fueron) (?:el|la|los|las) "
        r"(?:(?:nuev[oa]s?|actual(?:es)?|primer[oa]?|antigu[oa]s?|ex) )?([a-z]+)\b(?! (?:que|quien|quienes|cuyo|cuya)\b)"
    ),
    "fr": re.compile(
        r"^\W*(?:et )?qui (?:est|etait|a ete|sera|sont|etaient) (?:le |la |l'|les )"
        r"(?:(?:nouvel(?:le)?|nouveau|actuel(?:le)?|premier|premiere|ancien(?:ne)?|ex) )?([a-z]+)\b(?! (?:qui|que|qu'|dont)\b)"
    ),
}
"""A French or Spanish "who is the X" question, accents folded; the group is the post's noun: a leading
"nuevo", "actual", "primer" or "ancien" is read past ("primer ministro": the post is the minister's).
After a possessive ("son partenaire", "su abogado") it asks of a tie to someone, which a sentence
tells in many words ("son complice"), not of a post. Nor does one whose noun a relative clause follows
("Qui est la scientifique qui évalue les stocks ?", "¿Quién es el juez que lleva el caso?"): the clause
tells the person, and the page may call her a "chercheuse" that no bridge joins to the noun."""


def asked_post(question: str, code: str) -> str:
    """The noun of the post a French or Spanish "who is the X" question asks for, or "": "alcalde" of
    "¿Quién es el alcalde de Turre?", "maire" of "Qui est le maire de Lyon ?"."""
    pattern = _POST_ASKED.get(code)
    found = pattern.match(fold(question.lower()).replace("’", "'")) if pattern else None
    return found.group(1) if found else ""
