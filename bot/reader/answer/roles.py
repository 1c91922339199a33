"""The person a sentence names by a role, not a name: the answer to "who" when no name is given.

"Who was holding the baby?" about "... wrapped in an American flag held by his father" has no
person's name to set in bold, and the one capitalised word ("American") is a nationality, not a
person: "his father" is who. German capitalises every noun, so its capitalised words are no sign
of a name at all: "Wer hilft ...?" about "... steht Ihnen ein Anwalt für Steuerstrafrecht zur
Seite" is answered by the role, "ein Anwalt für Steuerstrafrecht". People named so in the plural
answer as well ("Who did the writer ask?" -> "two female Dallas police officers"), and a capitalised
word that only says which of them or where from ("Dallas", "a senator from Ohio") is no one's name.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import is_number_word
from bot.reader.quotes.lexicon import GENDERED_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, YOUNG_NOUNS
from bot.reader.text.language import fold

_PERSON_WORDS = {
    "en": ROLE_NOUNS["en"] | frozenset(GENDERED_NOUNS) | YOUNG_NOUNS | frozenset(
        "parent parents mom dad grandparent neighbor neighbour friend victim suspect witness passenger "
        "resident student worker employee nurse soldier firefighter patient".split()
    ),
    "de": ROLE_NOUNS["de"] | frozenset(
        "polizei berater beraterin experte expertin helfer helferin vater mutter ärzte anwälte".split()
    ),
}
"""Nouns for a person by what they are or do, in lower case; German compounds ending in one count
("Steueranwalt")."""
_PLURAL_ENDINGS = (("ies", "y"), ("men", "man"), ("es", ""), ("s", ""))
"""English plural endings and what the singular ends in instead."""
QUALIFIER_REACH = 2
"""Lower-case words that may stand between a capitalised word and the people it qualifies
("Dallas police officers")."""
_SHORTEST_COMPOUND_HEAD = 5
"""German role nouns at least this long head a compound ("Fachanwalt", "Teamleiter"); shorter ones
("chef") count only as whole words, the cautious choice: their compounds are untried."""
_OPENERS = {
    "en": frozenset("the a an his her their its our my your this that".split()),
    "de": frozenset(
        "ein eine einem einer einen eines der die das dem den des sein seine seinem seiner ihr ihre ihrem ihrer".split()
    ),
}
"""Words that open the role's phrase: its article or the possessive before it."""
_COMPLEMENT = {"de": re.compile(r"\s+(?:für|fur|vom|von|der|des)\s+[A-ZÄÖÜ][\w-]*(?:\s+(?:und|oder)\s+[A-ZÄÖÜ][\w-]*)*")}
"""What a German role's phrase goes on with: its field ("Anwalt für Steuerstrafrecht und Strafrecht")."""
_WORD = re.compile(r"\w[\w'’-]*")
_BREAK = re.compile(r"[,;:()\[\]—–]")
_WHO = re.compile(r"^\W*(?:and )?(?:who|whom)\b", re.I)
_LONGEST_MODIFIERS = 4
_DESCRIBING = frozenset("female male young elderly local fellow off-duty".split())
"""English words describing people before their role that belong to the answer ("two female police
officers"), as a number of them does."""


def _is_person_word(code: str, word: str) -> bool:
    lowered = fold(word.lower())
    words = frozenset(fold(w) for w in _PERSON_WORDS.get(code, frozenset()))
    if lowered in words:
        return True
    return code == "de" and any(len(w) >= _SHORTEST_COMPOUND_HEAD and lowered.endswith(w) for w in words)


def is_people_word(code: str, word: str) -> bool:
    """Whether a word names people by a role, in the singular or, in English, the plural ("officers",
    "policemen", "nurses"). Group nouns ("team", `phrase._GROUPS`) are left out: "Dempsey and his
    team" does not tell what Dempsey is."""
    lowered = fold(word.lower())
    if _is_person_word(code, lowered):
        return True
    return code == "en" and any(
        lowered.endswith(ending) and _is_person_word(code, lowered[: len(lowered) - len(ending)] + singular)
        for ending, singular in _PLURAL_ENDINGS
    )


def asks_who(code: str, question: str) -> bool:
    """Whether an English question asks who did something, which people named by a role answer."""
    return code == "en" and _WHO.match(question) is not None


def people_in(code: str, text: str) -> list[str]:
    """The words of a text naming people by a role (`is_people_word`)."""
    return [token.group() for token in _WORD.finditer(text) if is_people_word(code, token.group())]


def qualifies_people(code: str, texts: list[str], run: list[int]) -> bool:
    """Whether a lone English capitalised word (a run of one) says which people or where from, not
    who: before a people noun, at most `QUALIFIER_REACH` lower-case words ahead ("two female Dallas
    police officers"), or after "from" behind one ("a Republican senator from Ohio"). Shown alone
    in bold for "who", it reads as the answer ("Dallas", "Ohio"); the role is who."""
    if code != "en" or len(run) != 1:
        return False
    position = run[0]
    for ahead in range(position + 1, min(position + 1 + QUALIFIER_REACH, len(texts))):
        if is_people_word(code, texts[ahead]):
            return True
        if not texts[ahead].islower():
            break
    return position > 1 and texts[position - 1].lower() == "from" and is_people_word(code, texts[position - 2])


def role_phrase(code: str, sentence: str, anchors: list[int]) -> tuple[int, int] | None:
    """Start and end (characters within `sentence`) of the phrase naming a person by a role
    nearest the question's words (their start offsets in `anchors`) and not one of them, from its
    article or possessive ("his father", "ein Anwalt für Steuerstrafrecht"), or None when no role
    is named."""
    if code not in _PERSON_WORDS:
        return None
    tokens = list(_WORD.finditer(sentence))
    # A role the question names is whom it asks about, not the answer: "Who trains teachers?"
    roles = [
        k for k, token in enumerate(tokens)
        if k > 0 and token.start() not in anchors and is_people_word(code, token.group())
    ]
    if not roles:
        return None
    role = min(roles, key=lambda k: min((abs(tokens[k].start() - a) for a in anchors), default=0))
    start = role
    while start > 0 and role - start < _LONGEST_MODIFIERS and not _BREAK.search(
        sentence, tokens[start - 1].end(), tokens[start].start()
    ):
        before = tokens[start - 1].group()
        if before.lower() in _OPENERS[code]:
            start -= 1
            break
        if code == "en" and (
            before.lower() in _DESCRIBING or is_number_word(before)
            or (start - 1 > 0 and (before.lower() in ROLE_MODIFIERS or before[:1].isupper()))
        ):
            start -= 1
            continue
        break
    end = tokens[role].end()
    complement = _COMPLEMENT.get(code)
    if complement and (match := complement.match(sentence, end)):
        end = match.end()
    return tokens[start].start(), end
