"""Multiword verbs ("kicks off", "stepped down", "called the meeting off") read as one term.

"The tour kicks off June 9th" answers "When does the tour start?", but read word by word it says
"kick" (a word for a ball) and "off" (a stop word). WordNet lists such verbs as lemmas of their
own ("kick_off" beside "inaugurate", a kind of "start"; "lay_off" beside "furlough";
"step_down" beside "resign"), and `bench/tables/wordnet.py` bridges them like any one-word verb,
under the term `pair_term` makes of them. Here a text's verb and the particle after it (right
after it, or past an object: "called it off", "called the meeting off") become that term
wherever the bridge table knows the pair, in an article's sentences and in a question alike.

A German separable verb split by a main clause ("Der Dax gab leicht um 0,2% nach", "Der Greenback
legte deutlich zu") is read as the whole verb ("nachgeben", "zulegen") where the table knows it, in
a question where the article lacks the verb alone, in a sentence where the verb alone is no term
("gab"): the particle ends the clause, and the verb is one of its words in lower case (`SEPARATED`).

A light verb and the word after it ("take part", "took place", "gave birth", "make sure") are read
the same way, where WordNet lists the pair ("take_part" beside "participate"). Alone, such a verb
says next to nothing, yet as a word it met any other use of it: "How many vessels are taking part
in the hunt?" was answered by "... taken away by helicopter" over "have been involved in the
search". So where a light verb's pair is read, the verb no longer counts on its own, in the
question and in the article's sentence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from functools import lru_cache

from bot.reader.answer import strong_verbs
from bot.reader.answer.terms import question_terms
from bot.reader.text.language import Language, fold, language_for, words

PARTICLES: dict[str, frozenset[str]] = {
    "en": frozenset("up out off down away back over through around round along across apart aside together forth forward into".split()),
}
"""Per language, the adverbs a verb takes as a particle, and "into" ("look into"). Prepositions
that mostly head a phrase of their own ("in", "on", "by", "for", "about") are left out: "signed on
Monday" is no "sign on", "passed by the Senate" no "pass_by", and "talking about it" is no
"talk_about" ("discuss"); "across" is in, for "came across" ("find", "encounter")."""
SEPARABLE: dict[str, frozenset[str]] = {"en": frozenset("up out off down away back apart aside together".split())}
"""The particles that may stand after the verb's object ("called the meeting off"); the others
after an object are mostly prepositions ("took the kids over the bridge")."""
OBJECTS: dict[str, frozenset[str]] = {"en": frozenset("it them him her us me you this that".split())}
"""An object of one word that may stand between a verb and its particle ("called it off")."""
DETERMINERS: dict[str, frozenset[str]] = {
    "en": frozenset("the a an his her its their our my your this that these those".split()),
}
"""The first of an object's two words between a verb and its particle ("called the meeting off")."""
PAST_BEFORE_A_PARTICLE: dict[str, dict[str, str]] = {
    "en": {"laid": "lay", "wound": "wind", "left": "leave", "fed": "feed", "ground": "grind", "rose": "rise"},
}
"""Past forms `terms.IRREGULAR_VERBS` leaves out because alone they are other words ("wound",
"left", "ground"); before a particle the table knows ("laid off", "left out") they are the verb."""
LIGHT_VERBS: dict[str, frozenset[str]] = {"en": frozenset("take make give pay catch keep lose hold".split())}
"""Per language, the verbs whose meaning lies mostly in the word after them ("take part", "make
sure", "pay heed", "catch fire"). "Get", "go", "come" and "have" are left out: with the word after
them they mostly make no expression ("get going", "go home", "have words")."""
MAX_GAP = 2
"""The most words between a verb and a separable particle."""
NOT_IN_WORDNET: dict[str, tuple[tuple[str, str, str], ...]] = {
    "en": (
        ("give", "evidence", "testify"), ("carry", "out", "conduct"), ("pull", "out", "withdraw"),
        ("hand", "over", "transfer"), ("lift", "off", "launch"),
    ),
}
"""Per language: a verb, the word after it, and the one-word verb the pair means, where WordNet
lacks that sense of the pair ("pull_out" is no "withdraw" there, "lift_off" no "launch") or
lacks the pair at all ("give_evidence"). Read on the question's side only."""


SEPARATED: dict[str, frozenset[str]] = {
    "de": frozenset("ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück zusammen".split()),
}
"""Per language, the particles a main clause parts from their verb and sets at its end ("gab ...
nach", "legte ... zu", "kündigte ... an"); "um" and "durch" are left out, as a clause as often ends
on them as a preposition's ("worum es geht")."""
STRONG_PAST: dict[str, dict[str, str]] = {"de": strong_verbs.PAST}
"""Per language, the past forms of common strong verbs, which no stemmer takes back to the verb a
separated particle joins ("gab ... nach" is "nachgeben", "zog ... an" "anziehen")."""
_CLAUSE_END = re.compile(r"[;!?()\[\]\"“”„«»–—]|[,.:](?:\s|$)")
"""Marks that end a clause, where a separated particle stands (not a number's "0,2" or "19.378")."""
_FINITE_ENDING = re.compile(r"(?:test|tet|ten|te|st|t|en|e)$")
"""The endings of a weak verb's finite forms ("legte", "kündigten", "stellt"), cut to make its infinitive."""
MIN_WHOLE = 5
"""The fewest letters of a separated verb's whole stem, cut or not: shorter ones join a particle to
unrelated words."""


def pair_term(verb_term: str, particle: str) -> str:
    """The term of a verb and its particle: the verb's term, an underscore, the particle as written."""
    return f"{verb_term}_{particle}"


def verb_term(language: Language, word: str) -> str | None:
    """The term of a word that may be a particle's verb: its stem even where the word alone is a
    stop word ("called", in "called off"), None for a word of several terms."""
    lowered = word.lower()
    lowered = PAST_BEFORE_A_PARTICLE.get(language.code, {}).get(lowered, lowered)
    terms = question_terms(language, lowered)
    if not terms and lowered.isalpha():
        return language.stem(fold(lowered))
    return terms[0] if len(terms) == 1 else None


@lru_cache(maxsize=None)
def _light_terms(code: str) -> frozenset[str]:
    """The terms of `LIGHT_VERBS`, as `verb_term` makes them."""
    language = language_for(code)
    return frozenset(term for verb in LIGHT_VERBS.get(code, ()) if (term := verb_term(language, verb)))


@lru_cache(maxsize=1 << 16)
def _light_verb(code: str, word: str) -> str | None:
    """The term of a form of a light verb ("took" -> "take"), None for any other word."""
    if not _light_terms(code):
        return None
    term = verb_term(language_for(code), word)
    return term if term in _light_terms(code) else None


def _is_light(code: str, pair: str) -> bool:
    """Whether a pair's term is a light verb's and a word's ("take_part"), not a particle's ("make_up")."""
    verb, _, word = pair.partition("_")
    return verb in _light_terms(code) and word not in PARTICLES.get(code, ())


def light_pair(language: Language, verb: str, word: str) -> bool:
    """Whether a verb and the word after it may be a light verb's expression ("took part", "give
    birth"): the verb one of `LIGHT_VERBS`, the word one of the language's words that is no
    particle and no stop word."""
    return (
        word.isalpha() and word not in PARTICLES.get(language.code, ()) and _light_verb(language.code, verb) is not None
        and bool(question_terms(language, word))
    )


def separated_verbs(language: Language, text: str, known: Callable[[str], bool]) -> list[tuple[str, tuple[str, ...]]]:
    """Each verb a clause of the text parts from its particle whose whole stem is `known` (or that
    stem cut by one or two letters, as `Bridges.near` reads it: "zulegte" stems to "zulegt", the
    table has "zuleg"): that stem, and the verb's and the particle's own terms. The verb is the
    first word of the clause in lower case that makes a known stem with the particle."""
    particles, strong = SEPARATED[language.code], STRONG_PAST.get(language.code, {})
    found = []
    for clause in _CLAUSE_END.split(text):
        tokens = words(clause)
        if len(tokens) < 3 or tokens[-1] not in particles:
            continue
        particle = tokens[-1]
        for token in tokens[1:-1]:
            if not token.isalpha() or not token.islower() or token in particles:
                continue
            if token not in strong and not question_terms(language, token):
                continue  # "Um wie viel legte er zu?": "viel" is no verb
            infinitives = (strong[token],) if token in strong else (_FINITE_ENDING.sub("", token) + "en", token)
            wholes = [language.stem(fold(particle + infinitive)) for infinitive in infinitives]
            term = next((whole[:len(whole) - cut] for whole in wholes for cut in (0, 1, 2)
                         if len(whole) - cut >= MIN_WHOLE and known(whole[:len(whole) - cut])), None)
            if term is not None:
                found.append((term, (verb_term(language, token) or token, *question_terms(language, particle))))
                break
    return found


def separated_forms(language: Language, texts: Iterable[str], known: Callable[[str], bool]) -> dict[str, list[str]]:
    """For a language parting verbs from their particles, each whole verb the texts part -> the
    terms of its finite forms there ("festnehm" -> "nahm" of "Die Polizei nahm 14 Personen fest").
    The sentence keeps "nahm" as its term (`with_phrasal_verbs`); a question's "festgenommen", or
    its bridge "verhaftet", reaches it through the whole verb."""
    found: dict[str, list[str]] = {}
    if language.code not in SEPARATED:
        return found
    for text in texts:
        for whole, own in separated_verbs(language, text, known):
            if own[0] not in found.setdefault(whole, []):
                found[whole].append(own[0])
    return found


def phrasal_verbs(language: Language, text: str, known: Callable[[str], bool]) -> list[tuple[str, tuple[str, ...]]]:
    """Each multiword verb of the text whose term is `known`: its term, and the terms its words
    have alone (the verb's; a particle such as "away" has one too)."""
    if language.code in SEPARATED:
        return separated_verbs(language, text, known)
    particles = PARTICLES.get(language.code)
    if not particles:
        return []
    separable = SEPARABLE[language.code]
    objects, determiners = OBJECTS[language.code], DETERMINERS[language.code]
    tokens = [token.lower() for token in words(text)]
    found = []
    for i, particle in enumerate(tokens):
        if i == 0:
            continue
        if particle not in particles:
            verb = _light_verb(language.code, tokens[i - 1])
            # After a determiner the light verb is a noun: "the pay rise", "a catch phrase".
            if verb and (i < 2 or tokens[i - 2] not in determiners) and light_pair(language, tokens[i - 1], particle):
                if known(pair := pair_term(verb, particle)):
                    found.append((pair, (verb, *question_terms(language, particle))))
            continue
        starts = [i - 1]
        # Past an object, a particle before a determiner is a preposition: "kicked the ball off the line".
        if particle in separable and (i + 1 == len(tokens) or tokens[i + 1] not in determiners):
            if i >= 2 and tokens[i - 1] in objects:
                starts.append(i - 2)
            if i >= MAX_GAP + 1 and tokens[i - 2] in determiners:
                starts.append(i - 3)
        for start in starts:
            if start > 0 and tokens[start - 1] in determiners:
                continue  # a noun: "called the show off" is no "show off"
            verb = verb_term(language, tokens[start])
            if verb and known(pair_term(verb, particle)):
                found.append((pair_term(verb, particle), (verb, *question_terms(language, particle))))
                break
    return found


def with_phrasal_verbs(language: Language, text: str, terms: list[str], known: Callable[[str], bool]) -> list[str]:
    """A sentence's terms and the terms of its multiword verbs, less a light verb's own term where
    its pair is read ("took" of "took place"). A German verb parted from its particle is read whole
    only where the verb alone is no term ("gab" of "gab ... nach"): beside "tritt" of "tritt das
    Amt an", "antritt" made the sentence longer and "Wie alt ist Baerbock?" met her daughters'
    ages instead, and in place of "tritt" it cost a question on the untuned pages."""
    found = phrasal_verbs(language, text, known)
    if language.code in SEPARATED:
        found = [(pair, own) for pair, own in found if own[0] not in terms]
    for pair, own in found:
        if _is_light(language.code, pair) and own[0] in terms:
            terms = terms.copy()
            terms.remove(own[0])
    return terms + [pair for pair, _ in found]


def read_phrasal_verbs(
    language: Language, question: str, asked: list[str], known: Callable[[str], bool], in_article: Collection[str],
    links: Callable[[str], tuple[tuple[str, float], ...]],
) -> list[str]:
    """The question's terms with each multiword verb ("kick off") read as one term in place of its
    words, where the article has that term or a word it bridges to; elsewhere the verb stays, since
    an article without either may still say it another way ("kicked the campaign into gear"); but
    a light verb ("take" of "take office") gives way to the pair there too, as it says nothing
    alone: the pair, unmet, still tells that the article may not say it. A verb that is a stop word
    alone ("called" of "Why was the launch called off?") has no term to give way: its pair is added."""
    for pair, own in phrasal_verbs(language, question, known):
        met = pair in in_article or any(other in in_article for other, _ in links(pair))
        if language.code in SEPARATED:
            # A German verb keeps its own word, and the whole is added only where the word alone is
            # not met: "Wann stimmten die Schotten ab?" is answered by "für das Gesetz stimmte", and
            # "Wie viel gab die Aktie nach?" ("gab" a stop word) by "sank um 2%".
            alone = own[0] in asked and own[0] in in_article
            asked = [*asked, pair] if met and not alone and pair not in asked else asked
        elif met:
            unread = [pair] if own[0] not in asked else []
            asked = [pair if term == own[0] else term for term in asked if term == own[0] or term not in own] + unread
        elif _is_light(language.code, pair):
            asked = [pair if term == own[0] else term for term in asked]
    return plain_verbs(language, question, asked, in_article)


@lru_cache(maxsize=None)
def _plain_terms(code: str) -> tuple[tuple[str, str, tuple[str, ...], str], ...]:
    """`NOT_IN_WORDNET` as terms: the verb's stem, the word after it as written, the pair's own
    terms, the plain verb's stem."""
    language = language_for(code)
    found = []
    for verb, particle, plain in NOT_IN_WORDNET.get(code, ()):
        (verb_term,) = question_terms(language, verb)
        (plain_term,) = question_terms(language, plain)
        found.append((verb_term, particle, tuple(question_terms(language, f"{verb} {particle}")), plain_term))
    return tuple(found)


def plain_verbs(language: Language, question: str, asked: list[str], known: Collection[str]) -> list[str]:
    """The question's terms with each pair of `NOT_IN_WORDNET` ("lift off") read as its one-word
    verb ("launch"), where the article (whose terms are `known`) uses that verb."""
    said: list[str] | None = None  # read only for a verb the article uses: most questions meet none
    for verb_term, particle, own, plain in _plain_terms(language.code):
        if plain not in known:
            continue
        if said is None:
            said = [fold(word.lower()) for word in words(question)]
        for word, after in zip(said, said[1:]):
            if after == particle and question_terms(language, word) == [verb_term]:
                asked = [term for term in asked if term not in own] + [plain]
                break
    return asked


def links_back(pairs: Iterable[str], links: Callable[[str], tuple[tuple[str, float], ...]]) -> dict[str, tuple[tuple[str, float], ...]]:
    """For an article's multiword verbs, each word they bridge to -> those verbs, with the weight:
    a question asking "start" finds the article's "kick_off" through the line of "kick_off", since
    the table keeps multiword verbs off the lines of one-word stems (`bench/tables/wordnet.py`)."""
    back: dict[str, list[tuple[str, float]]] = {}
    for pair in sorted(pairs):
        for other, weight in links(pair):
            back.setdefault(other, []).append((pair, weight))
    return {other: tuple(found) for other, found in back.items()}
