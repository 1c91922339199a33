"""What the counts of a sentence count, read from the words after each number.

German capitalises every noun, so the thing a number counts is the capitalised word after it, past
a word of magnitude ("42 Milliarden Dollar") or a lower-case adjective ("134 tote Menschen").
English, French and Spanish are read by the run of content words after the number, up to a stop
word or a punctuation mark ("600,000 Israelis live in ...": "Israelis live"; "five Indian fighter
jets": all three, so a question counting jets finds its word). A "how many" question
counting one thing is not answered by a sentence whose every count names another: "Wie viele
Häuser wurden von der Flut zerstört?" by "134 Menschen kamen ... durch die Flut ums Leben", "How
many settlements are there?" by "More than 600,000 Israelis live in settlements ..., alongside
more than three million Palestinians". An English, French or Spanish count of a unit counts that
unit ("nearly 500 metres away" counts metres, no women), and a parent "of four" children. Where a
count's noun cannot be read (a German unit, "Prozent der Bevölkerung", a number at the end, "mit
2:0", a count whose noun is left out: "12 were killed", "30 injured", "39 morts"), the sentence is
not judged: its number may be the answer in other words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.reader.answer.dates import MONTHS_ANY_FORM
from bot.reader.answer.kinds import YEAR, dotted_ordinals, is_number
from bot.reader.answer.measures import UNITS
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language, fold, folded_words, language_for, words

NOUNS_COUNTED = frozenset({"de"})
"""Languages whose counted noun is read by its capital letter."""
PHRASES_COUNTED = frozenset({"en", "fr", "es"})
"""Languages whose counted noun is read as the run of content words after the number."""
_LONGEST_PHRASE = 4
"""Content words after a number read as what it counts ("three main broadcast television partners")."""
_CLAUSE_BREAK = re.compile(r"[;()\[\]{}—–\"“”«»]|[,.:](?:\s|$)|\s-\s")
"""Marks that end what a number counts: "26 civilians, women and children" counts civilians."""
_LEFT_OUT_NOUN = re.compile(r"(?:ed|ing|é|ée|és|ées|ado|ados|ada|adas|ido|idos|ida|idas)$")
"""Endings of a participle standing for its noun ("30 injured", "2 blessés", "35 desaparecidos")
or of a verb after the number ("three missing"): what it counts is not written. Past the first
word such an ending is read on ("two plastid-dividing rings")."""
_MEASURED = re.compile(r"\d\s?[°′″]")
"""A number with a sign of angle or temperature ("35° 47′ 28″ north latitude"): a measure, not a
count of the words after it."""
_PRONOUNS = frozenset("one un une uno una".split())
"""Number words that as often stand for a thing as count one ("one of them", "one fossil's comb-rows")."""
_RANGE_WORDS = frozenset("or to and ou et a o y".split())
"""Words joining a count to the other end of its range ("nine or fifteen nights", "de 10 a 12")."""
_LEFT_OUT_WORDS = folded_words("dead morts muertos muertas tote")
"""Adjectives standing for the people they describe ("12 dead", "39 morts")."""
_MAGNITUDE_WORDS = frozenset(
    "tausend million millionen milliarde milliarden billion billionen hundert "
    "thousand thousands millions billions trillion hundred hundreds dozen dozens bn "
    "mille milliers milliard milliards centaines mil millon millones".split()
)
_TIMES = UNITS["factor"]
"""Words multiplying what follows them ("18 times the number of tuft cells"), which count nothing."""
_UNIT_WORDS = frozenset().union(*UNITS.values()) | frozenset({"mann", "stuck"})
"""Units of measure, and the words German counts anything by, which stay uninflected after a
number: "mit 500 Mann" (soldiers, a crew), "200 Stück"."""
_LONGEST_ADJECTIVES = 2
"""Lower-case words a count may stand before its noun: "134 tote Menschen", "drei weitere verletzte Soldaten"."""
_ADJECTIVE_ENDING = re.compile(r"^[a-zäöüß]+(?:e|en|er|es|em)$")
"""A lower-case word inflected as an adjective before its noun ("tote", "weiteren")."""


def counted_nouns(code: str, text: str, readable: bool = False) -> list[str] | None:
    """The nouns the sentence's counts name, one per count, as written; None when the language is
    not read so, when the sentence has no count, or when any count's noun cannot be read (with
    `readable`, the nouns of the counts that can be read: what the sentence surely counts)."""
    if code in PHRASES_COUNTED:
        return _counted_phrases(code, text, readable)
    if code not in NOUNS_COUNTED:
        return None
    text = _compound_heads_only(text)
    tokens = words(text)
    skipped = dotted_ordinals(code, text)
    nouns: list[str] = []
    for position, token in enumerate(tokens):
        lowered = fold(token.lower())
        if position in skipped or not is_number(lowered) or YEAR.match(lowered) or lowered in _MAGNITUDE_WORDS:
            continue
        noun = _noun_after(tokens, position)
        if noun is None and not readable:
            return None
        nouns += [noun] if noun else []
    return nouns or None


_COMPOUND_PART = re.compile(r"(?<![\w-])[^\W\d_]+-(?=[A-ZÄÖÜ])")
"""A hyphenated compound's first part ("Abo-" of "Abo-Kunden", "US-" of "US-Soldaten"), not after
a number's hyphen ("49-Euro-Ticket" names no 49 tickets)."""


def _compound_heads_only(text: str) -> str:
    """The text with each hyphenated compound cut to its head, the noun a count names: "sechs
    Millionen neue Abo-Kunden" counts "Kunden", not "Abo" (read so, "Wie viele neue Abokunden
    erwartet die Bahn?" met a count of other things and was declined on an untuned FAZ page)."""
    shorter = _COMPOUND_PART.sub("", text)
    while shorter != text:
        text, shorter = shorter, _COMPOUND_PART.sub("", shorter)
    return text


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


def _counted_phrases(code: str, text: str, readable: bool = False) -> list[str] | None:
    """The words each count of an English, French or Spanish sentence names, one phrase per count
    (a run of numbers, "12 000", is one count); None when the sentence has no count or any count's
    words cannot be read (with `readable`, the phrases of the counts that can be). A year, a day beside a month ("July 25 call") and "one" count nothing; a
    sentence giving an angle or a temperature by its sign is not read."""
    if _MEASURED.search(text):
        return None
    stop = language_for(code).stop_words
    phrases: list[str] = []
    for clause in _CLAUSE_BREAK.split(text):
        lowered = [fold(token.lower()) for token in words(clause)]
        for position in _counts_in(lowered):
            phrase = _phrase_after(lowered, position, stop) or _children_of(lowered, position)
            if phrase is None and not readable:
                return None
            phrases += [phrase] if phrase else []
    return phrases or None


def _counts_in(lowered: list[str]) -> Iterator[int]:
    """The positions of a clause's counts (its words lower case, accents folded): the first number
    of a run ("12 000" is one count), not a year, a day beside a month ("July 25 call") or a "one"
    standing for a thing ("one of them")."""
    for position, token in enumerate(lowered):
        if not is_number(token) or (position and is_number(lowered[position - 1])):
            continue
        if token in _PRONOUNS and not (position + 1 < len(lowered) and is_number(lowered[position + 1])):
            continue
        beside = {lowered[p] for p in (position - 1, position + 1) if 0 <= p < len(lowered)}
        if not (YEAR.match(token) or beside & MONTHS_ANY_FORM):
            yield position


def _phrase_after(lowered: list[str], position: int, stop: frozenset[str]) -> str | None:
    """The content words after the count at `position`, past more numbers and words of magnitude
    ("8 millions de foyers") and the other end of a range ("nine or fifteen nights"), or the unit
    alone ("500 metres"); None when none follows, or a word multiplying what follows ("18 times") or
    standing for a left-out noun does."""
    following = position + 1
    while following < len(lowered):
        word = lowered[following]
        if is_number(word) or word in _MAGNITUDE_WORDS:
            following += 1
            if following < len(lowered) and lowered[following] in {"of", "de", "d"}:
                following += 1
        elif word in _RANGE_WORDS and following + 1 < len(lowered) and is_number(lowered[following + 1]):
            following += 2
        else:
            break
    phrase: list[str] = []
    while following < len(lowered) and len(phrase) < _LONGEST_PHRASE:
        word = lowered[following]
        if not phrase and word in _STOP_ADJECTIVES:
            following += 1
            continue
        if word in stop or is_number(word):
            break
        phrase.append(word)
        following += 1
    if not phrase or phrase[0] in _TIMES or phrase[0] in _LEFT_OUT_WORDS or _LEFT_OUT_NOUN.search(phrase[0]):
        return None
    return phrase[0] if phrase[0] in _UNIT_WORDS else " ".join(phrase)


_STOP_ADJECTIVES = frozenset({"new", "old", "other", "more", "further", "different", "nouveaux", "otros", "otras"})
"""Adjectives the stop lists hold that stand between a count and its noun ("1.5 million new homes",
"35 more bills", "otros 20 heridos"), read past: as stop words they left the count unread, so a "how
much will the homes cost" question took "plans to build 1.5 million new homes" for a price; kept in
the phrase, "35 new bills" was a count of something "How many houses does the new government want
to build?" names."""


_NO_ONE_COUNTED = frozenset().union(*(units for measure, units in UNITS.items() if measure not in ("share", "age")))
"""Units whose count is a measure of something, never of people: "three times the size of Greater
London", "800 000 hectares", "5 million dollars", "three months"; not a share ("59% of voters" may be how many
people) nor an age."""


def counts_only_measures(code: str, text: str) -> bool:
    """Whether every count of an English, French or Spanish sentence is a measure or a multiplier
    (`_NO_ONE_COUNTED`), so it counts no one: "How many people died in the fires?" is not answered
    by "The fire seared an area three times the size of Greater London ... over 800 000 hectares",
    whose numbers the general "people" would otherwise let through as any role counted. False
    when the sentence has no count or one count names anything else or nothing ("12 were killed")."""
    if code not in PHRASES_COUNTED or _MEASURED.search(text):
        return False
    found = False
    for clause in _CLAUSE_BREAK.split(text):
        lowered = [fold(token.lower()) for token in words(clause)]
        for position in _counts_in(lowered):
            following = position + 1
            while following < len(lowered) and (is_number(lowered[following]) or lowered[following] in _MAGNITUDE_WORDS):
                following += 1
            unit = lowered[following] if following < len(lowered) else ""
            if unit not in _NO_ONE_COUNTED:
                return False
            found = True
    return found


def counts_only_things(code: str, text: str) -> bool:
    """Whether every count of an English, French or Spanish sentence names a thing that is no unit
    ("plans to build 1.5 million new homes"), so none of its numbers is a sum, a length or another
    measure: "How much will the new homes cost?" is not answered by it. False when the sentence
    has no count, or a count whose noun cannot be read or is a unit ("6 million Lira")."""
    phrases = counted_nouns(code, text) if code in PHRASES_COUNTED else None
    return bool(phrases) and not any(phrase.split()[0] in _UNIT_WORDS for phrase in phrases or ())


_PARENTS = folded_words("mother father parent mum mom dad grandmother grandfather grandparent")
"""People news describe by how many children they have, the children left unsaid: "the mother of
four who sells food", "a father of two"."""


def _children_of(lowered: list[str], position: int) -> str | None:
    """"children" when the count at `position` follows a parent and "of" ("mother of four"), else
    None: "How many women were attacked?" is not answered by the size of one woman's family."""
    before = lowered[max(0, position - 2):position]
    return "children" if len(before) == 2 and before[0] in _PARENTS and before[1] == "of" else None


_ANYONE = "people persons person personnes personne gens personas persona individuals"
"""The words a question counts people by, whom a sentence counts by any role ("three astronauts",
"killing 26 civilians") that no bridge joins to them."""


def counts_anyone(language: Language, counted: str) -> bool:
    """Whether the thing a "how many" question counts (its term) is people in general."""
    return any(counted in question_terms(language, word) for word in _ANYONE.split())


_FEMININE = re.compile(r"(?<=[a-zäöüß]{3})(?:innen|in)$")
"""The ending of a German noun for women ("Ukrainerinnen", "Ärztin"), which the stemmer keeps."""


def general_form(noun: str) -> str:
    """The noun as a question names the whole group: "89.500 Ukrainerinnen und Ukrainer" counts the
    "Ukrainer" a "Wie viele Ukrainer …?" asks about, as "Ärztinnen" counts "Ärzte"."""
    return _FEMININE.sub("", noun)
