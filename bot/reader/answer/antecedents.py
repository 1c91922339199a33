"""Sentences that go on about what a sentence just before them names, and the name they stand for.

A passage names its subject once and then refers back to it: "He", "She", or a general noun with
a pointing article ("the company", "this stock", "the German automaker", "der Konzern",
"l'entreprise", "la empresa"). The sentence that answers a reader's question then holds the
question's other words and not the name: "Why did Volkswagen turn to electric cars?" is answered
by "The German automaker, which has focused on electric vehicles after its diesel
emissions-cheating scandal, says ...", the paragraph after the one naming Volkswagen. Such a
sentence is read as if it named what it refers to (`with_antecedents`), so it can outrank the
sentence that only names it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.reader.answer.dates import is_calendar_word
from bot.reader.answer.phrase import Names
from bot.reader.answer.speech import reporting_terms
from bot.reader.answer.terms import question_terms, stop_words_for
from bot.reader.text.document import Sentence
from bot.reader.text.language import Language, words

OPENING_PRONOUNS = {
    "en": frozenset("he she his her".split()),
    "de": frozenset("er".split()),
    "fr": frozenset("il elle".split()),
    "es": frozenset("él ella".split()),
}
"""Words that open a sentence about the person the sentence before it names: "His sentencing is
scheduled for Feb. 14" after "Patrick Carlineo Jr., 55, could face up to 10 years". "It", "its",
"they" and "their" are left out: they as often stand for a thing or a group the sentence before
names in common words ("It is likely that ...", "the talks ... They"); with them SQuAD 1.1 lost
top-3 answers, with these four it keeps them and gains a few at top-1. German "sie" is "they" as
often as "she", and French "il" opens impersonal sentences ("il faut"), but after a sentence naming
a person it is that person far more often: "Très ému, il confie au Figaro ..." after "Gilles
Simeoni a appris ce décès ..." (trial 19b's "À quel journal Simeoni s'est-il confié ?" was declined
with that sentence first)."""
OPENING_REACH = 4
"""How far into a sentence a pronoun may open it after a short phrase closed by a comma ("Très ému,
il confie", "Later, he said")."""

PERSONAL_PRONOUNS = {
    "en": frozenset("he she it they his her its their".split()),
    "de": frozenset("er sie es".split()),
    "fr": frozenset("il elle ils elles".split()),
    "es": frozenset("él ella ellos ellas".split()),
}
"""Pronouns that, opening a paragraph, go on about what the paragraph before named ("She said the
building would cost ..."); a pointing word leading a noun does not ("Esta semana, el Gobierno
italiano ..." opens a new matter)."""


def opens_with_a_pronoun(code: str, text: str) -> bool:
    """Whether the sentence's first word is a personal pronoun (`PERSONAL_PRONOUNS`)."""
    opening = words(text)[:1]
    return bool(opening) and opening[0].lower() in PERSONAL_PRONOUNS.get(code, frozenset())


_SHORT_OPENING = 4
"""Words of an opening phrase before a comma that the subject pronoun may follow ("So far, they")."""


def pronoun_opens_clause(code: str, text: str) -> bool:
    """Whether the sentence's subject is a personal pronoun: its first word, or the first after a
    short opening phrase and a comma ("So far, they have taught 2,585 students")."""
    if opens_with_a_pronoun(code, text):
        return True
    opening, comma, rest = text.partition(",")
    return bool(comma) and len(words(opening)) <= _SHORT_OPENING and opens_with_a_pronoun(code, rest)


POINTING_ARTICLES = {
    "en": frozenset("the this".split()),
    "de": frozenset("der die das dieser diese dieses den dem des diesen diesem".split()),
    "fr": frozenset("le la l ce cet cette".split()),
    "es": frozenset("el la este esta".split()),
}
"""Articles that point back at something named before when they lead a general noun ("the bank",
"this stock", "der Konzern", "l'entreprise", "esta empresa"). Plurals are left out: "the
companies" is seldom the one company named before."""
REFERRING_NOUNS = {
    "en": frozenset(
        "company firm group lender insurer retailer automaker carmaker chipmaker manufacturer maker "
        "conglomerate corporation startup airline stock agency organization organisation".split()
    ),
    "de": frozenset(
        "konzern unternehmen firma bank gruppe hersteller autobauer autohersteller versicherer händler "
        "fluggesellschaft aktie behörde organisation".split()
    ),
    "fr": frozenset(
        "entreprise société groupe banque constructeur fabricant firme assureur distributeur "
        "compagnie agence organisation".split()
    ),
    "es": frozenset(
        "empresa compañía firma grupo banco fabricante aseguradora aerolínea agencia "
        "organización".split()
    ),
}
"""General nouns a news story calls a named company, bank or agency by after naming it once (English
"bank" left out: "the north bank" of a river is no company). People
("the man", "the minister") are left out: a story names many, and "the minister" is as often a
new one as the one just named."""
DESCRIBING_WORDS = 2
"""How many words may stand between the article and the noun ("the German automaker", "the
Atlanta-based retailer")."""
SAYING_WHICH = frozenset("of that de du des del que qui von".split())
"""Words after a general noun that go on to say which thing it is: "the organization of school
events" names no company the sentence before did."""
OF_A_PEOPLE = re.compile(r"(?:an|ese|ish|ch|i|-based)$")
"""How a capitalised word between the article and the noun ends when it says where the company is
from ("the German automaker", "the Chinese firm", "the Atlanta-based retailer"), not which company
it is ("the Maling company", a name of its own)."""
_POSSESSIVE = re.compile(r"['’]s$")
REACH = 2
"""How many sentences back the name a general noun stands for may be: a sentence of quoted words
often stands between ("The bank's shares fell. 'We regret it,' a spokesman said. The lender ...")."""


def with_antecedents(
    language: Language, sentences: tuple[Sentence, ...], terms: list[list[str]], names: Names,
    knows: Callable[[str], bool],
) -> list[list[str]]:
    """Each sentence's terms, those of a sentence referring back led by the name it refers to. A
    reader asks "When will Carlineo be sentenced?", and the paragraph score alone ranks a sentence
    naming Carlineo's sentencing in passing above the one saying when it is.

    A sentence opening with a pronoun (`OPENING_PRONOUNS`) stands for the first name of the
    sentence before it in its paragraph, not for every name in it: with all of them, SQuAD 2.0 lost
    4 top-1 answers beside `Tuning.carry`. A sentence calling a company by a general noun
    (`REFERRING_NOUNS`) before naming anything itself stands for the first names of the sentences
    within `REACH` before it, also across a paragraph break (news give each sentence a paragraph of
    its own), save a first name beside a verb of saying: that is whoever spoke ("a précisé Marie
    Leroy, PDG du groupe"), most often a person, not the company ("L'action de l'entreprise a gagné
    2 %" after it is Acme's). A name is a run of capitalised words, no month or day among them
    (`_name_runs`: the first name of "In October 2012, the U.S. military raided his compound" is
    "U.S."); `knows` tells the stems of common words."""
    pronouns = OPENING_PRONOUNS.get(language.code)
    if not pronouns:
        return terms
    stop_words = stop_words_for(language.code)
    reporting = reporting_terms(language.code)

    def first_name(text: str, not_a_speaker: bool = False) -> list[str]:
        runs = _name_runs(language, text, names, stop_words, knows)
        if not runs:
            return []
        start, run = runs[0]
        tokens = words(text)
        beside = tokens[start - 1:start] + tokens[start + len(run):start + len(run) + 1]
        speaks = any(set(question_terms(language, word)) & reporting for word in beside)
        return [] if not_a_speaker and speaks else run

    led = list(terms)
    for i in range(1, len(sentences)):
        if _opens_with_pronoun(sentences[i].text, pronouns) and sentences[i - 1].paragraph == sentences[i].paragraph:
            said = first_name(sentences[i - 1].text)
        elif _calls_by_a_noun(language, sentences[i].text, names.words):
            said = [word for k in range(i - 1, max(i - REACH, 0) - 1, -1)
                    for word in first_name(sentences[k].text, not_a_speaker=True)]
        elif _calls_by_age(language.code, sentences[i].text):
            said = next((
                run for k in range(i - 1, max(i - REACH, 0) - 1, -1)
                if (run := _first_persons_name(_name_runs(language, sentences[k].text, names, stop_words, knows)))
            ), [])
        else:
            continue
        found = [term for word in said for term in question_terms(language, word)]
        led[i] = [term for term in dict.fromkeys(found) if term not in terms[i]] + terms[i]
    return led


def _name_runs(
    language: Language, text: str, names: Names, stop_words: frozenset[str], knows: Callable[[str], bool],
) -> list[tuple[int, list[str]]]:
    """The sentence's names, each with the position of its first word: its capitalised words in a row, none a common noun of a language
    capitalising nouns (`Names.common`: "Dienstag", "Zahlen"). Its first word is capitalised anyway,
    so it counts only when the article capitalises it mid-sentence too, or when it is no stop word
    and no common word ("Volkswagen unveiled ...", not "Hundreds of visitors ...")."""
    runs: list[tuple[int, list[str]]] = []
    last = -2
    for k, token in enumerate(words(text)):
        if not token[:1].isupper() or is_calendar_word(token):
            continue
        stems = question_terms(language, token)
        if any(stem in names.common for stem in stems):
            continue
        if k == 0 and token not in names.words and (
            token.lower() in stop_words or not stems or any(knows(stem) for stem in stems)
        ):
            continue
        if k == last + 1:
            runs[-1][1].append(token)
        else:
            runs.append((k, [token]))
        last = k
    return runs


def _calls_by_a_noun(language: Language, text: str, named: frozenset[str]) -> bool:
    """Whether the sentence calls something by a general noun led by a pointing article ("The German
    automaker, which ...", "helped push this stock higher") before it names anything itself. A noun
    whose phrase names its thing ("the Maling company") or goes on to say which one it is ("the
    organization of school events", "la empresa que ...") points back at nothing."""
    articles, nouns = POINTING_ARTICLES.get(language.code), REFERRING_NOUNS.get(language.code)
    if not articles or not nouns:
        return False
    originals = words(text)
    tokens = [_POSSESSIVE.sub("", token.lower()) for token in originals]
    for k, token in enumerate(tokens):
        head, _, rest = token.replace("’", "'").partition("'")
        noun_at = k if rest and head in articles and rest in nouns else None
        if token in articles:
            described = range(k + 1, min(k + 2 + DESCRIBING_WORDS, len(tokens)))
            noun_at = next((n for n in described if tokens[n] in nouns), None)
        if noun_at is not None:
            said_which = noun_at + 1 < len(tokens) and tokens[noun_at + 1] in SAYING_WHICH
            return not said_which and not any(
                word[:1].isupper() and not OF_A_PEOPLE.search(word) for word in originals[k + 1:noun_at]
            )
        if k > 0 and originals[k] in named and originals[k][:1].isupper():
            return False
    return False


AGE_DESCRIPTIONS = {
    "en": re.compile(r"^\W*The \d{1,3}-year-old\b"),
    "de": re.compile(r"^\W*(?:Der|Die) \d{1,3}-[Jj]ährige\b"),
    "fr": re.compile(r"^\W*(?:L[ea] |L['’])(?:quadra|quinqua|sexa|septua|octo|nona)génaire\b"),
    "es": re.compile(r"^\W*(?:El|La) (?:cuadra|cincu|sesent|septu|octo|nona)genari[oa]\b"),
}
"""Openings calling a person by their age, as news do the second time ("The 84-year-old filmmaker
had seen his book dropped", "Der 84-Jährige", "L'octogénaire", "La sexagenaria"): the person the
nearest sentence before names first, across a paragraph break too, so "How old is Woody Allen?" finds
the age told only there."""


def _first_persons_name(runs: list[tuple[int, list[str]]]) -> list[str]:
    """The first run that may be a person's name, at most three words none of which is written in
    capitals ("Thomas Berger", not "FC Nordstadt"); else the first run, else none."""
    people = [run for _, run in runs if len(run) <= 3 and not any(word.isupper() for word in run)]
    return people[0] if people else runs[0][1] if runs else []


def _calls_by_age(code: str, text: str) -> bool:
    """Whether the sentence opens by calling someone by their age (`AGE_DESCRIPTIONS`)."""
    pattern = AGE_DESCRIPTIONS.get(code)
    return pattern is not None and pattern.search(text) is not None


def _opens_with_pronoun(text: str, pronouns: frozenset[str]) -> bool:
    """Whether the sentence's first word is one of the pronouns, or the first word after a comma
    closing an opening phrase of a few words (`OPENING_REACH`)."""
    head = text.split(",", 1)
    opening = words(text)[:1]
    if opening and opening[0].lower() in pronouns:
        return True
    if len(head) < 2 or len(words(head[0])) >= OPENING_REACH:
        return False
    after = words(head[1])[:1]
    return bool(after) and after[0].lower() in pronouns
