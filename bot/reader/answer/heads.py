"""Who heads a body: a sentence answers only when it names someone as that body's leader.

"Who heads NASA?" on a page that names no head of NASA was answered by "appropriators directed
NASA to ...": the sentence shares the body's name and a verb the role bridges reach, yet names
no one who leads it. "Who heads TNO?" got "... Reuters Editor-in-Chief Alessandra Galloni said"
(a head, of another body) and "Who heads the Thai police?" got "Thai police have detained the
owner and the manager of Nana Backpacker Hostel" (the manager of a hostel). A sentence answers
such a question when it holds a leader's title (`roles.tsv`, "chair", "editor", ...) that no other
body claims ("the current chair Richard Hughes", "Hamas's new leader") or says who leads ("is led
by", "who heads the regional administration"). The question asks in the present ("Who heads
...", "Who is the head of ...?"), since a past "Who led the attack?" asks about a deed. French and
Spanish ask it by a verb too ("Qui dirige l'Office fédéral de l'agriculture ?", "¿Quién preside la
Cámara de Diputados?", "¿Quién está al frente de ...?"): in a new-user trial the first got a sentence
naming the office and no one at its head, the second one naming a commission of the Chamber, while
"al presidente de la Cámara de Diputados, Sergio Massa" went second. A "who is the president of"
question is read there by `posts`.
"""

from __future__ import annotations

import re

from bot.reader.answer.bridges import title_words
from bot.reader.quotes.lexicon import ROLE_MODIFIERS
from bot.reader.text.language import fold

_ASKS_HEAD = re.compile(
    r"^\W*(?:and\s+)?who\s+(?:(?:currently|now)\s+)?(?:heads|leads|runs|chairs|directs|manages|"
    r"is\s+(?:currently\s+)?(?:in\s+charge\s+of|at\s+the\s+helm\s+of|(?:the\s+)?(?:current\s+)?"
    r"(?:head|leader|boss|chief|director|chair|chairman|chairwoman|president|ceo)\s+of))\s+(?P<body>[^?]+)",
    re.I,
)
_ASKS_HEAD_ROMANCE = {
    "fr": re.compile(
        r"^\W*(?:et\s+)?qui\s+(?:(?:dirige|préside|pilote)\s+|est\s+à\s+la\s+tête\s+(?:de\s+|du\s+|des\s+|d['’]))"
        r"(?P<body>[^?]+)",
        re.I,
    ),
    "es": re.compile(
        r"^\W*(?:y\s+)?quién\s+(?:(?:dirige|preside|encabeza|lidera)\s+|está\s+al\s+frente\s+(?:de\s+|del\s+))"
        r"(?P<body>[^?]+)",
        re.I,
    ),
}
"""A French or Spanish question asking who leads a body, by a verb in the present ("Qui dirige ...",
"¿Quién preside ...?", "¿Quién está al frente de ...?")."""
_MORE_TITLES = {
    "en": frozenset("chair chairs editor secretary chancellor coach dean founder".split()),
    "fr": frozenset("présidente directrice dirigeante patronne secrétaire maire ministre chancelier chancelière "
                    "gouverneur préfet préfète roi reine".split()),
    "es": frozenset("presidenta directora titular alcalde alcaldesa secretario secretaria ministro ministra canciller "
                    "gobernador gobernadora rey reina".split()),
}
"""Leaders' titles `roles.tsv` does not bridge to (a bridge from "run" to "editor" would join too much);
in French and Spanish also those of a government, a ministry, a town or a realm ("le nouveau premier
ministre conservateur Antonis Samaras" for "Qui dirige le nouveau gouvernement grec ?")."""
_ALSO_ADJECTIVES = frozenset("premier principal chief executive head".split())
"""Titles that before a common noun describe it: "the nation's premier swing state", "the chief
concern", "head office"."""
_LEADING = {
    "en": frozenset("heads headed leads led chairs chaired helms manages runs".split()),
    "fr": frozenset("dirige dirigé dirigée dirigeait préside présidé présidée présidait".split()),
    "es": frozenset("dirige dirigido dirigida dirigía preside presidido presidida presidía encabeza encabezado "
                    "encabezada lidera liderado liderada".split()),
}
"""Verbs saying who leads, as a sentence writes them ("is led by", "who heads the office", "dirigée
par", "presidida por")."""
_AT_THE_HEAD = re.compile(r"\bà la tête d|\bal frente d", re.I)
"""French "à la tête de" and Spanish "al frente de": who leads, said without a verb of leading."""
_NOT_LEADING_AFTER = frozenset("to up off".split())
"""Words after a leading verb that make it another verb: "led to", "runs up", "headed off"."""
_PART_OF_TITLE = ROLE_MODIFIERS | frozenset("group global regional general co".split())
"""Capitalised words before a title that belong to it ("Group President", "Vice Chair"), no body."""
_BODY_REACH = 3
"""Words before a title that may name whose leader it is ("Reuters Editor-in-Chief", "the Trump
campaign's political director")."""
_OF = {"en": frozenset("of at for".split()), "fr": frozenset("de du des".split()), "es": frozenset("de del".split())}
"""The words after a title that open whose leader it is ("the manager of ...", "le directeur de
l'Office", "el presidente de la Cámara")."""
_WORD = re.compile(r"[\w'’.-]+|[,;:()—–]")
_SHARED_PREFIX = 5
"""Letters a body's word and the question's must share to be the same body ("Ukrainian", "Ukraine")."""
_QUESTION_FILLER = frozenset("the a an of and in for at le la les l de du des d et en el los las del y".split())
_ONE = ("a ", "an ", "un ", "une ", "una ")


def head_asked_of(question: str, code: str) -> frozenset[str] | None:
    """The words naming the body whose head the question asks for ("who heads the Thai police?" ->
    thai, police), or None when it asks no such thing."""
    asks = _ASKS_HEAD if code == "en" else _ASKS_HEAD_ROMANCE.get(code)
    found = asks.match(question) if asks is not None else None
    if found is None:
        return None
    if found["body"].lower().startswith(_ONE):
        return None  # "Who runs a ferry service out of ...?" asks who does it, not who leads a body
    body = {_bare(word.rsplit("'", 1)[-1].rsplit("’", 1)[-1]) for word in _WORD.findall(found["body"])}
    return frozenset(word for word in body if word and word not in _QUESTION_FILLER)


def names_a_head(sentence: str, body: frozenset[str], code: str = "en") -> bool:
    """Whether the sentence names someone as leader of the body asked about, or of no body it says."""
    if code != "en" and _AT_THE_HEAD.search(sentence):
        return True
    tokens = _WORD.findall(sentence)
    titles = title_words(code) | _MORE_TITLES.get(code, frozenset())
    leading = _LEADING.get(code, frozenset())
    for i, token in enumerate(tokens):
        lowered = token.lower()
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if lowered in leading and following not in _NOT_LEADING_AFTER:
            return True
        parts = re.split(r"[-–]", lowered)
        if lowered in _ALSO_ADJECTIVES and following.isalpha() and following == tokens[i + 1] and following not in titles | _OF["en"]:
            continue
        if any(part in titles for part in parts) and _leads_body(tokens, i, body, code):
            return True
    return False


def _leads_body(tokens: list[str], at: int, body: frozenset[str], code: str = "en") -> bool:
    """Whether the title at `at` is of the body asked about or of none named: the capitalised words
    just before it ("Reuters Editor-in-Chief") or after its "of" ("the manager of Nana Backpacker
    Hostel") name whose leader it is; the question may write that body by its initials ("TUMAS" for
    "president of the Taskforce of United Methodists ..."). French and Spanish name the body after
    the title only ("le directeur de l'OFAG"), a capitalised word before it being the sentence's."""
    before: list[str] = []
    for position in range(at - 1, max(-1, at - 1 - _BODY_REACH) if code == "en" else at - 1, -1):
        token = tokens[position]
        if not token[0].isalnum():
            break
        if token[0].isupper() and position > 0 and _bare(token) not in _PART_OF_TITLE:  # a first word is capitalised anyway
            before.insert(0, _bare(token))
    after: list[str] = []
    if at + 2 < len(tokens) and tokens[at + 1].lower() in _OF.get(code, _OF["en"]):
        for token in tokens[at + 2:at + 2 + _BODY_REACH + 1]:
            token = token.rsplit("'", 1)[-1].rsplit("’", 1)[-1] if code != "en" else token
            if not token or not token[0].isalnum():
                break
            if token[0].isupper():
                after.append(_bare(token))
    claimed = before + after
    initials = [("".join(word[0] for word in words)) for words in (before, after) if len(words) > 1]
    return not claimed or any(_same_word(word, asked) for word in claimed for asked in body) or any(
        asked.startswith(letters) for letters in initials for asked in body)


def _bare(word: str) -> str:
    """The word folded, without a possessive ending or a full stop: "Hamas's" -> "hamas"."""
    word = fold(word.lower()).rstrip(".")
    return re.sub(r"['’]s?$", "", word)


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= _SHARED_PREFIX and a[:_SHARED_PREFIX] == b[:_SHARED_PREFIX])


HEAD_SHARE = 0.4
"""How close to the best sentence's score a runner-up naming a head must come to go first."""


def head_named_first(
    order: list[int], texts: list[str], scores: list[float], body: frozenset[str], code: str = "en"
) -> list[int]:
    """The ranking with its first sentence naming a head put first, when the best one names none
    and that one scores at least `HEAD_SHARE` of it: "Who chairs the budget council?" is answered
    by "It has four members, including the current chair Tom Reed", not by the sentence that
    repeats "budget council"."""
    if not order or names_a_head(texts[order[0]], body, code):
        return order
    for i in order[1:]:
        if scores[i] >= HEAD_SHARE * scores[order[0]] and names_a_head(texts[i], body, code):
            return [i, *(j for j in order if j != i)]
    return order
