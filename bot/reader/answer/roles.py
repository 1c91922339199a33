"""The person a sentence names by a role, not a name: the answer to "who" when no name is given.

"Who was holding the baby?" about "... wrapped in an American flag held by his father" has no
person's name to set in bold, and the one capitalised word ("American") is a nationality, not a
person: "his father" is who. German capitalises every noun, so its capitalised words are no sign
of a name at all: "Wer hilft ...?" about "... steht Ihnen ein Anwalt für Steuerstrafrecht zur
Seite" is answered by the role, "ein Anwalt für Steuerstrafrecht".
"""

from __future__ import annotations

import re

from bot.reader.quotes.lexicon import GENDERED_NOUNS, ROLE_MODIFIERS, ROLE_NOUNS, YOUNG_NOUNS
from bot.reader.text.language import fold

_PERSON_WORDS = {
    "en": ROLE_NOUNS["en"] | frozenset(GENDERED_NOUNS) | YOUNG_NOUNS | frozenset(
        "parent parents mom dad grandparent neighbor neighbour friend victim suspect witness passenger "
        "resident student worker employee nurse soldier firefighter".split()
    ),
    "de": ROLE_NOUNS["de"] | frozenset(
        "polizei berater beraterin experte expertin helfer helferin vater mutter ärzte anwälte".split()
    ),
}
"""Nouns for a person by what they are or do, in lower case; German compounds ending in one count
("Steueranwalt")."""
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
_LONGEST_MODIFIERS = 2


def _is_person_word(code: str, word: str) -> bool:
    lowered = fold(word.lower())
    words = frozenset(fold(w) for w in _PERSON_WORDS.get(code, frozenset()))
    if lowered in words:
        return True
    return code == "de" and any(len(w) >= _SHORTEST_COMPOUND_HEAD and lowered.endswith(w) for w in words)


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
        if k > 0 and token.start() not in anchors and _is_person_word(code, token.group())
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
        if code == "en" and (before.lower() in ROLE_MODIFIERS or before[:1].isupper()) and start - 1 > 0:
            start -= 1
            continue
        break
    end = tokens[role].end()
    complement = _COMPLEMENT.get(code)
    if complement and (match := complement.match(sentence, end)):
        end = match.end()
    return tokens[start].start(), end
