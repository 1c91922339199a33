"""Which capitalised words of a German sentence are names rather than nouns.

German capitalises every noun, so a capital letter alone says nothing: the answer stage read no
names in German at all, and "Wie heißt der Samenspender?" was answered by "Das Gericht untersagte
dem Mann am Freitag jede weitere Samenspende", which names no one (issue 14). A capitalised word
inside a sentence is read as a name when the German bridge tables (`bridges`) know neither it nor,
for a compound, its parts ("Brandschutz|kontrolle", "Gemeinde|präsident" with its linking letters),
nor its feminine form's base ("Patientinnen"): "Féraud", "Krickau", "Gebag", "Hondius". The tables
hold many names as words too ("Müller", "Peter", "Berlin"), so a run of two capitalised words that
are no function words counts as well ("Peter Müller", "Trainer Krickau", "Stiftung Donorkind").
Only a question asking for a name reads these (`AnswerIndex._name_not_given`): a word wrongly read
as a name keeps an answer, as before; one missed declines it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from bot.reader.answer.dates import is_calendar_word

LINKING_ENDINGS = ("", "s", "n", "es", "en", "e")
"""Letters a German compound's first part may end in before the next ("Gemeinde|präsident",
"Kontroll|e", "Arbeit|s|platz"), left out when the part is looked up."""
FEMININE_ENDING = "inn"
"""The stem of a feminine form's ending ("Patientinnen" -> "patientinn"), whose base the tables hold."""
SHORTEST_PART = 3
"""Letters a compound's part has at least: shorter "parts" are pieces of a name ("Duis|burg")."""


@lru_cache(maxsize=65536)
def is_known_noun(stem: str, knows: Callable[[str], bool], parts: int = 3) -> bool:
    """Whether the tables know the stem, its feminine form's base, or, split into up to `parts`
    known parts, a compound of it."""
    if knows(stem) or (stem.endswith(FEMININE_ENDING) and knows(stem[: -len(FEMININE_ENDING)])):
        return True
    if parts < 2:
        return False
    for cut in range(SHORTEST_PART, len(stem) - SHORTEST_PART + 1):
        head = stem[cut:]
        first = stem[:cut]
        if any(first.endswith(ending) and knows(first[: len(first) - len(ending)] if ending else first)
               for ending in LINKING_ENDINGS) and is_known_noun(head, knows, parts - 1):
            return True
    return False


def name_positions(
    text: str, tokens: list[str], stems: list[str], stop_words: frozenset[str], knows: Callable[[str], bool],
) -> set[int]:
    """The positions of the sentence's words (`words`) that are names, as the module says: not its
    first word, no function word ("Wir" after a quotation mark opens), no month or day, no word
    right after a number ("41-Jährigen")."""
    capitalised = [
        position > 0 and token[:1].isupper() and token.lower() not in stop_words and not is_calendar_word(token)
        and not tokens[position - 1].isdigit()
        for position, token in enumerate(tokens)
    ]
    found = {position for position, is_capital in enumerate(capitalised) if is_capital and not is_known_noun(stems[position], knows)}
    for position in range(1, len(tokens)):
        # Parts of a hyphenated compound are one word, no run ("Samenspende-Skandal").
        if capitalised[position] and capitalised[position - 1] and f"{tokens[position - 1]}-{tokens[position]}" not in text:
            found |= {position - 1, position}
    return found
