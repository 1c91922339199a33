"""What the counts of a German sentence count, read from the noun after each number.

German capitalises every noun, so the thing a number counts is the capitalised word after it, past
a word of magnitude ("42 Milliarden Dollar") or a lower-case adjective ("134 tote Menschen"). A
"how many" question counting one thing is not answered by a sentence whose every count names
another: "Wie viele Häuser wurden von der Flut zerstört?" by "134 Menschen kamen ... durch die Flut
ums Leben", "Wie viele Zuschauer waren in der Halle?" by "... muss die nächsten fünf Spiele
zuschauen". Where a count's noun cannot be read (a unit, "Prozent der Bevölkerung", a number at the
end, "mit 2:0"), the sentence is not judged: its number may be the answer in other words.
"""

from __future__ import annotations

import re

from bot.reader.answer.kinds import YEAR, dotted_ordinals, is_number
from bot.reader.answer.measures import UNITS
from bot.reader.text.language import fold, words

NOUNS_COUNTED = frozenset({"de"})
"""Languages whose counted noun is read by its capital letter."""
_MAGNITUDE_WORDS = frozenset("tausend million millionen milliarde milliarden billion billionen hundert".split())
_UNIT_WORDS = frozenset().union(*UNITS.values()) | frozenset({"mann", "stuck"})
"""Units of measure, and the words German counts anything by, which stay uninflected after a
number: "mit 500 Mann" (soldiers, a crew), "200 Stück"."""
_LONGEST_ADJECTIVES = 2
"""Lower-case words a count may stand before its noun: "134 tote Menschen", "drei weitere verletzte Soldaten"."""
_ADJECTIVE_ENDING = re.compile(r"^[a-zäöüß]+(?:e|en|er|es|em)$")
"""A lower-case word inflected as an adjective before its noun ("tote", "weiteren")."""


def counted_nouns(code: str, text: str) -> list[str] | None:
    """The nouns the sentence's counts name, one per count, as written; None when the language is
    not read so, when the sentence has no count, or when any count's noun cannot be read."""
    if code not in NOUNS_COUNTED:
        return None
    tokens = words(text)
    skipped = dotted_ordinals(code, text)
    nouns: list[str] = []
    for position, token in enumerate(tokens):
        lowered = fold(token.lower())
        if position in skipped or not is_number(lowered) or YEAR.match(lowered) or lowered in _MAGNITUDE_WORDS:
            continue
        noun = _noun_after(tokens, position)
        if noun is None:
            return None
        nouns.append(noun)
    return nouns or None


def _noun_after(tokens: list[str], position: int) -> str | None:
    """The capitalised noun a count at `position` names, or None when it names none or a unit."""
    following = position + 1
    while following < len(tokens) and fold(tokens[following].lower()) in _MAGNITUDE_WORDS:
        following += 1
    adjectives = 0
    while following < len(tokens) and _ADJECTIVE_ENDING.search(tokens[following]) and adjectives < _LONGEST_ADJECTIVES:
        following += 1
        adjectives += 1
    if following >= len(tokens) or not tokens[following][:1].isupper():
        return None
    noun = tokens[following]
    return None if fold(noun.lower()) in _UNIT_WORDS or noun.isupper() else noun


_FEMININE = re.compile(r"(?<=[a-zäöüß]{3})(?:innen|in)$")
"""The ending of a German noun for women ("Ukrainerinnen", "Ärztin"), which the stemmer keeps."""


def general_form(noun: str) -> str:
    """The noun as a question names the whole group: "89.500 Ukrainerinnen und Ukrainer" counts the
    "Ukrainer" a "Wie viele Ukrainer …?" asks about, as "Ärztinnen" counts "Ärzte"."""
    return _FEMININE.sub("", noun)
