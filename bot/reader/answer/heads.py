"""Who heads a body: a sentence answers only when it names someone as that body's leader.

"Who heads NASA?" on a page that names no head of NASA was answered by "appropriators directed
NASA to ...": the sentence shares the body's name and a verb the role bridges reach, yet names
no one who leads it. "Who heads TNO?" got "... Reuters Editor-in-Chief Alessandra Galloni said"
(a head, of another body) and "Who heads the Thai police?" got "Thai police have detained the
owner and the manager of Nana Backpacker Hostel" (the manager of a hostel). A sentence answers
such a question when it holds a leader's title (`roles.tsv`, "chair", "editor", ...) that no other
body claims ("the current chair Richard Hughes", "Hamas's new leader") or says who leads ("is led
by", "who heads the regional administration"). English only; the question asks in the present
("Who heads ...", "Who is the head of ...?"), since a past "Who led the attack?" asks about a deed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.reader.answer.bridges import title_words
from bot.reader.quotes.lexicon import ROLE_MODIFIERS
from bot.reader.text.language import fold

_ASKS_HEAD = re.compile(
    r"^\W*(?:and\s+)?who\s+(?:(?:currently|now)\s+)?(?:heads|leads|runs|chairs|directs|manages|"
    r"is\s+(?:currently\s+)?(?:in\s+charge\s+of|at\s+the\s+helm\s+of|(?:the\s+)?(?:current\s+)?"
    r"(?:head|leader|boss|chief|director|chair|chairman|chairwoman|president|ceo)\s+of))\s+(?P<body>[^?]+)",
    re.I,
)
_MORE_TITLES = frozenset("chair chairs editor secretary chancellor coach dean founder".split())
"""Leaders' titles `roles.tsv` does not bridge to (a bridge from "run" to "editor" would join too much)."""
_ALSO_ADJECTIVES = frozenset("premier principal chief executive head".split())
"""Titles that before a common noun describe it: "the nation's premier swing state", "the chief
concern", "head office"."""
_LEADING = frozenset("heads headed leads led chairs chaired helms manages runs".split())
"""Verbs saying who leads, as a sentence writes them ("is led by", "who heads the office")."""
_NOT_LEADING_AFTER = frozenset("to up off".split())
"""Words after a leading verb that make it another verb: "led to", "runs up", "headed off"."""
_PART_OF_TITLE = ROLE_MODIFIERS | frozenset("group global regional general co".split())
"""Capitalised words before a title that belong to it ("Group President", "Vice Chair"), no body."""
_BODY_REACH = 3
"""Words before a title that may name whose leader it is ("Reuters Editor-in-Chief", "the Trump
campaign's political director")."""
_OF = frozenset("of at for".split())
_WORD = re.compile(r"[\w'’.-]+|[,;:()—–]")
_SHARED_PREFIX = 5
"""Letters a body's word and the question's must share to be the same body ("Ukrainian", "Ukraine")."""
_QUESTION_FILLER = frozenset("the a an of and in for at".split())
_JOINING = frozenset("and or".split())
"""Words before a title that end the name claiming it: in "PhD student at the University of
Gothenburg and leader of the fieldwork" the university is of the first title, not of "leader"."""


def head_asked_of(question: str, code: str) -> frozenset[str] | None:
    """The words naming the body whose head the question asks for ("who heads the Thai police?" ->
    thai, police), or None when it asks no such thing."""
    found = _ASKS_HEAD.match(question) if code == "en" else None
    if found is None:
        return None
    if found["body"].lower().startswith(("a ", "an ")):
        return None  # "Who runs a ferry service out of ...?" asks who does it, not who leads a body
    body = {_bare(word) for word in _WORD.findall(found["body"])}
    return frozenset(word for word in body if word and word not in _QUESTION_FILLER)


def body_names(question: str) -> frozenset[str]:
    """The words of the asked body (`head_asked_of`) the question writes as a name, capitalised:
    "pyd" of "Who leads the PYD?", none of "Who runs the company?"."""
    found = _ASKS_HEAD.match(question)
    if found is None:
        return frozenset()
    return frozenset(_bare(word) for word in _WORD.findall(found["body"]) if word[:1].isupper())


def names_body(text: str, names: frozenset[str]) -> bool:
    """Whether the text writes one of the body's name words (`body_names`), or the question names no body
    by name: a sentence whose title claims no body ("the family of former President Hamid Karzai")
    leads the asked one only where that body is named, in it or just before it. "Who leads SIGAR?"
    was answered with Karzai; "Who chairs the budget council?" keeps "It has four members,
    including the current chair Tom Reed" after the sentence naming the council."""
    return not names or any(_same_word(_bare(token), name) for token in _WORD.findall(text) for name in names)


def names_a_head(sentence: str, body: frozenset[str], named: bool = True) -> bool:
    """Whether the sentence names someone as leader of the body asked about, or of no body it says
    when the asked body is `named` in it or around it (`names_body`)."""
    tokens = _WORD.findall(sentence)
    titles = title_words("en") | _MORE_TITLES
    for i, token in enumerate(tokens):
        lowered = token.lower()
        following = tokens[i + 1].lower() if i + 1 < len(tokens) else ""
        if lowered in _LEADING and following not in _NOT_LEADING_AFTER:
            return True
        parts = re.split(r"[-–]", lowered)
        if lowered in _ALSO_ADJECTIVES and following.isalpha() and following == tokens[i + 1] and following not in titles | _OF:
            continue
        if any(part in titles for part in parts) and _leads_body(tokens, i, body, named):
            return True
    return False


def _leads_body(tokens: list[str], at: int, body: frozenset[str], named: bool) -> bool:
    """Whether the title at `at` is of the body asked about, or of none while the asked body is
    `named` around it: the capitalised words
    just before it ("Reuters Editor-in-Chief", "Committee Chairman" opening a sentence) or after its
    "of" ("the manager of Nana Backpacker Hostel"; a long name whole, "president of the National
    Treasury Employees Union chapter") name whose leader it is; the question may write that body by
    its initials ("TUMAS" for "president of the Taskforce of United Methodists ...")."""
    before: list[str] = []
    for position in range(at - 1, max(-1, at - 1 - _BODY_REACH), -1):
        token = tokens[position]
        if not token[0].isalnum() or token.lower() in _JOINING:
            break
        if token[0].isupper() and _bare(token) not in _PART_OF_TITLE and (
                position > 0 or any(_same_word(_bare(token), asked) for asked in body)):
            before.insert(0, _bare(token))  # a first word is capitalised anyway: it claims only the asked body
    after: list[str] = []
    if at + 2 < len(tokens) and tokens[at + 1].lower() in _OF:
        start = at + 3 if tokens[at + 2].lower() == "the" else at + 2
        for position in range(start, len(tokens)):
            token = tokens[position]
            if not token[0].isalnum() or (position >= start + _BODY_REACH + 1 and not token[0].isupper()):
                break
            if token[0].isupper():
                after.append(_bare(token))
    claimed = before + after
    initials = [("".join(word[0] for word in words)) for words in (before, after) if len(words) > 1]
    return (not claimed and named) or any(_same_word(word, asked) for word in claimed for asked in body) or any(
        asked.startswith(letters) for letters in initials for asked in body)


def _bare(word: str) -> str:
    """The word folded, without a possessive ending or a full stop: "Hamas's" -> "hamas"."""
    word = fold(word.lower()).rstrip(".")
    return re.sub(r"['’]s?$", "", word)


def _same_word(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= _SHARED_PREFIX and a[:_SHARED_PREFIX] == b[:_SHARED_PREFIX])


HEAD_SHARE = 0.4
"""How close to the best sentence's score a runner-up naming a head must come to go first."""


def head_named_first(order: list[int], texts: list[str], scores: list[float], body: frozenset[str],
                     named: Mapping[int, bool]) -> list[int]:
    """The ranking with its first sentence naming a head put first, when the best one names none
    and that one scores at least `HEAD_SHARE` of it: "Who chairs the budget council?" is answered
    by "It has four members, including the current chair Tom Reed", not by the sentence that
    repeats "budget council". `named` tells, per sentence of the ranking, whether the asked body is
    named in or around it (`names_body`)."""
    if not order or names_a_head(texts[order[0]], body, named[order[0]]):
        return order
    for i in order[1:]:
        if scores[i] >= HEAD_SHARE * scores[order[0]] and names_a_head(texts[i], body, named[i]):
            return [i, *(j for j in order if j != i)]
    return order
