"""The post a "who is the X" question asks for: "¿Quién es el alcalde de Turre?", "Who is the standards commissioner?".

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


_HOLDER_ASKED_EN = re.compile(
    r"^\W*(?:and )?who(?:'s| is| was| will be| would be) (?:the|its|their) "
    r"(?:(?:new|current|former|acting|interim|top) )?(?:[a-z]+ ){0,2}?([a-z]+)(?: (?:of|at|for|in|on) [^?]*)?\W*$"
)
"""An English "who is the X" question, lower case: the group is the post's head noun, the last word
before its complement ("commissioner" of "Who is the standards commissioner?", "head" of "Who is the
head of the firm?"). A relative clause after the noun ("Who is the man who ...") is no post asked."""


def asked_holder_en(question: str) -> str:
    """The head noun of the post an English "who is the X" question asks the holder of, or "". Kept
    apart from `asked_post`, whose post a best sentence must hold (`AnswerIndex._post_left_out`):
    English news names a holder by many posts' words, so it only picks the sentence naming one."""
    found = _HOLDER_ASKED_EN.match(fold(question.lower()).replace("’", "'"))
    return found.group(1) if found else ""
