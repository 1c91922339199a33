"""The phrase inside an answer sentence that answers: the date, number, name or place asked for.

A reader asking "when did it open?" wants "next Tuesday" to stand out of the quoted sentence. The
asked kind comes from the question's opening words (`kinds.asks`); the phrase is the run of words
of that kind in the sentence that the question does not already say (asking "when did the bridge
open in Cologne" is not answered by "Cologne"). Among several runs, the one nearest to the words
the question shares with the sentence wins, since the answer usually stands beside them. Most
places are no name, so "where" with no named place marks the phrase a preposition opens right
after the asked words ("where is it stored?" -> "stored in granules in the cytoplasm"). A question
of no known kind, or a sentence with no such run, gets no phrase: the sentence alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from bot.reader.answer.apposed_holder import holder_in_apposition
from bot.reader.answer.categories import asked_category_noun, noun_whose_name_is_asked
from bot.reader.answer.dates import (
    MONTHS_AND_DAYS, MONTHS_ANY_FORM, is_calendar_word, is_season_or_day_part, is_time_of_day, relative_days,
    times_ahead,
)
from bot.reader.answer.kinds import (
    ALIAS_GIVEN, FREQUENCY, HASHTAG, LABELS, ORDINAL, PLACE_WORDS, POSSESSIVE, SCORE, VENUES, YEAR,
    asks_an_organisation, asks_clock_time, at_clock, counted_words, is_day_number, is_number, is_number_word, relative_period, stuff_amount_asked, works_at,
)
from bot.reader.answer.measures import (
    AMOUNT_MEASURES, CURRENCY_SIGNS, MEASURE_KINDS, UNITS, bound_start, is_scale, measure_spans,
)
from bot.reader.answer.nationality import reads_as_nationality
from bot.reader.answer.defined import definition
from bot.reader.answer.followup import person_asked_about
from bot.reader.answer.place_names import is_place_name, placeless_stems
from bot.reader.answer.roles import qualifies_people, role_phrase
from bot.reader.answer.withheld import NOUNS_CAPITALISED
from bot.reader.answer.speech import reporting_terms
from bot.reader.answer.reason_phrase import reason_span
from bot.reader.answer.relative_doer import doer_before_relative
from bot.reader.answer.terms import LIGHT_WORDS, question_terms, stop_words_for
from bot.reader.answer.title_holder import holder_after_title
from bot.reader.quotes.lexicon import HONORIFICS, ROLE_NOUNS, TITLE_WORDS
from bot.reader.text.language import Language, fold, folded_words, words

_TOKEN = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?(?![\d.])|[$€£¥]?\d[\d.,:]*\d(?:[a-zA-Z%]+)?%?|[$€£¥]?\d[a-zA-Z%½¼¾]*|\w[\w'’-]*", re.UNICODE)
"""Words and numbers; a number grouped in thousands by spaces is one ("555 000 euros", as French and
Swiss pages write it), else its bold was the last group alone ("000 euros")."""
_RELATIVE = frozenset(
    "next last this early late mid anfang mitte ende kommenden nächsten vergangenen diesen fin début ce cette este esta "
    "próximo próxima pasado pasada".split()
)
"""Words that belong to a date phrase when they stand right before it ("next Tuesday", "Mitte Juni",
"fin mai 2016", "este jueves")."""
_LARGE_NUMBERS = frozenset("million millions millon milliard milliarde billion trillion".split())
_ONE = frozenset("a one un une una uno ein eine".split())
"""The article that counts one of a large number: "a million", "un millón", "eine Million"."""
_JOINERS = frozenset({"of", "de", "von", "del", "du"})
"""What may sit between two words of one name ("Bank of England")."""
_DIMENSION = re.compile(
    r"\s+(wide|long|tall|high|deep|across|thick|breit|lang|hoch|tief|large|haut|profond|ancho|largo|alto|profundo)\b"
)
"""The dimension after a length ("40 km wide")."""
_WHO = re.compile(r"^\W*(?:and |und |et |y )?(?:who|whom|wer|wen|wem|qui|qui[eé]n(?:es)?)\b", re.I)
"""Questions asking who did something, which a group of people answers as well as a name."""
_GROUPS = folded_words(
    "team teams group scientists researchers astronomers physicists biologists engineers experts officials "
    "authorities investigators doctors students workers volunteers developers designers consortium coalition "
    "committee panel police staff crew collaboration gruppe forscher wissenschaftler experten behörden polizei "
    "équipe chercheurs scientifiques astronomes ingénieurs groupe equipo investigadores científicos astrónomos "
    "expertos ingenieros grupo"
)
"""Nouns naming a group of people: "Who made the model?" -> "An international team of scientists"."""
_GROUP_ENDINGS = ("team", "gruppe", "forscher", "wissenschaftler")
"""German compounds ending in one are groups too ("Forscherteam")."""
_GROUP_VERBS = {
    "en": frozenset("has have had is are was were will would can could did built made found created developed".split()),
    "de": frozenset("hat haben hatte hatten ist sind war waren wird werden wurde wurden".split()),
    "fr": frozenset("a ont avait avaient est sont était étaient va vont".split()),
    "es": frozenset("ha han había habían es son fue fueron va van".split()),
}
"""Words right after a group that make it the subject: an auxiliary (or an English past form)."""
LONGEST_GROUP = 6
"""Words a group's noun phrase may run to: "An international team of scientists"."""
_NAME_ARTICLES = frozenset("the der dem la le les los las".split())
"""Articles that may follow a joiner inside a name ("Notices of the Royal Astronomical Society")."""
_COUNTS_OF_TIMES = frozenset("once twice thrice einmal zweimal dreimal".split())
"""Number words that already hold their unit: "twice denied" is "twice", not a count of denials."""
_TIMES_COUNTED = frozenset("time times mal fois vez veces".split())
"""Words a question counts times by ("how many times", "wie viele Male", "combien de fois")."""
_BREAKS = re.compile(r"[,;:()\[\]\"“”«»„]")
"""Punctuation that ends a run: "Lt. Matt Harris, Columbus Police" holds two names, not one."""
_QUOTATION_OPENING = re.compile(r"[\"“„«‘]\s*$")
"""A quotation mark right before a word: the quotation's first word is capitalised as a sentence's
first word is ("told Newsweek: “Although the researchers…")."""
_CLOCK_PHRASE = re.compile(
    r"\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.\s?m\.?|[AP]M\b|[ap]m\b|Uhr\b|heures?\b|horas?\b|h(?:\d{2})?\b)"
    r"(?:\s+(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST)\b)?"
    r"|\b(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+Uhr\b"
)
"""A time of day with its time zone: "9 a.m. ET", "10:30 pm", "20 Uhr", "14h30", "13:00 horas", "fünf Uhr"."""
_BEFORE_YEARS = frozenset("in since until by during through from".split())
"""Words that make a year after them the time of a deed, not a count or an amount ("growth in 2019 will be")."""
_DETERMINERS = frozenset("the a its their his her der die das den dem le la les el los las il".split())
"""Words before a year that make it a label: "the 2020 Sentra" is a model, not a time."""
_THIS_YEAR = re.compile(
    r"\b(?:this year|dieses jahr|diesem jahr|cette année|cette annee|este año|este ano)\b", re.I
)
"""A question that names the year as the current one: the answer is a day or a month in it."""
_WHOSE = re.compile(r"^\W*(?:and )?whose\b", re.I)
_AGENT_WORDS = frozenset({"by", "von", "par", "por"})
"""The word before the doer of a passive verb, or before the doer's title: "designed by Tiffany &
Co.", "caught by receiver Jordan Norwood"."""
_WHERE = re.compile(r"\b(?:where|wo|woher|wohin|où|d[oó]nde|ad[oó]nde)\b", re.I)
"""Question words asking for a place in any form, not only a named one ("where do they live?" is
answered by "in marine waters"); "what country" asks for a name."""
_PREPOSITIONS = {
    "en": frozenset(
        "in at on among amongst near inside within from into onto through throughout between under beneath behind "
        "along".split()
    ),
    "de": frozenset("in im am an auf aus bei nach unter über zwischen hinter neben vor".split()),
    "fr": frozenset("dans à au aux en sur sous chez entre parmi près".split()),
    "es": frozenset("en desde entre sobre bajo tras dentro cerca".split()),
}
"""Words that open a phrase of place, per language."""
_WHITHER = re.compile(r"\bad[oó]nde\b|\ba d[oó]nde\b|\bwohin\b|\bwhere\b.*\bto\W*$", re.I)
"""A question asking where to ("¿Adónde viaja?", "Wohin fährt er?", "Where did they move to?")."""
_TOWARDS = {
    "en": frozenset({"to", "into", "towards"}),
    "de": frozenset({"nach", "zu", "zum", "zur", "ins"}),
    "fr": frozenset({"à", "au", "aux", "vers"}),
    "es": frozenset({"a", "al", "hacia"}),
}
"""Words that open the phrase of where someone goes, per language."""
_ASKS_ORIGIN = re.compile(r"\bwhere\b.*\bfrom\W*$|\bwoher\b|\bd'o[uù]\b|\bd[eo]sde d[oó]nde\b|\bde d[oó]nde\b", re.I)
"""A question asking where someone or something comes from ("Where is she from?", "Woher kommt er?",
"D'où vient-il ?", "¿De dónde es?")."""
_FROM_WORDS = frozenset({"from", "aus", "desde", "de", "d'"})
"""The word before a place that is an origin ("from Lima", "aus Köln", "desde Quito", "de Lyon")."""
_ORIGINS = frozenset({"to", "from"})
"""Place words that before an article more often lead to a direction or an origin than to a place:
"to the West", "from the Greek"."""
_BEFORE_ARTICLE = {"en": frozenset({"to"}), "es": frozenset({"a"})}
"""Words that open a phrase of place only before an article or possessive: "to the nucleus", not
"to form"."""
_PLACE_PHRASE_WORDS = frozenset(
    "the a an of and or its their his her our all some any other "
    "der die das den dem des le la les l de du el los las del "
    "sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer son sa ses leur leurs su sus nuestra nuestro".split()
)
"""Function words that may stand inside a phrase of place ("in the depths of the oceans and seas", "a
su región natal de Magallanes")."""
_NOT_PLACES = frozenset("terms regard order addition fact general particular part turn time height".split())
"""Nouns that make a prepositional phrase a manner of speaking, not a place ("in terms of")."""
_VERB_ENDING = re.compile(r"ed$")
"""An English past participle, which ends the phrase: "in the government compared"."""
MAX_PLACE_WORDS = 5
"""Content words a phrase of place may hold after its preposition ("in a sail loft on Dock Street")."""
ALL_UNITS = frozenset().union(*(units for measure, units in UNITS.items() if measure != "factor"))
"""Words that make a number a measure; a factor's "times" is left out, as "three times" also counts
how often ("How many times did Kim meet Trump?")."""
_MEASURED_UNITS = ALL_UNITS - UNITS["share"] - UNITS["age"]
_UNITS_AFTER_A_COUNT = ALL_UNITS | _TIMES_COUNTED | UNITS["factor"]
"""Words after a count that belong to it in bold: a unit or "times", not the thing counted."""
_PERCENT_AFTER = re.compile(r"[ \u00a0\u202f]?%")
"""A per cent sign set apart from its number, as French and German write it ("4,3 %")."""
"""Units after a number that make it a measure, which counts no people or things ("seven years");
a share may ("over 60 percent" of them)."""
AFTER_FIRST = 0.5
"""Extra distance for a run standing before the asked words rather than after them."""
POSSESSOR = 1.0
"""Extra distance for a name in the possessive ("Nortman's punt"), unless the question asks whose."""
BY_AGENT = 1.0
"""Distance taken off a name right after "by" ("designed by Tiffany & Co.")."""
FROM_ORIGIN = 3.0
"""Distance taken off a place right after "from" when the question asks where from: "came all the
way from Puerto Rico", not the "New York" of the same sentence nearer the question's name."""
CLAUSE = 1.0
"""Extra distance when punctuation separates a run from the asked word."""
_RELATIVE_CLAUSE = re.compile(r",\s*(?:which|who|whose|where|that)\s[^,;]*,")
"""A relative clause between commas ("The talks, which began on Monday, were suspended on Friday"):
a date inside it dates the clause's act, not the act of the words outside it."""
COORDINATED = 10.0
"""Extra distance for a name right after or before an asked word and "and" / "or" ("with Dave Logan
on play-by-play and Ed McCaffrey on color"): the next item of a list, not the one the asked word
belongs to (on SQuAD 1.1's name questions 6 bolds went right and 1 wrong)."""
_APPOSITION = re.compile(r",\s*(?:(?:[a-z][\w'’-]*\s+){0,%d}(?:[A-Z][\w'’.-]*\s+){0,3})?[\w'’-]+\s*," % 5)
"""A short phrase between commas right after a name, lower case but for the name of what it is
part of at its end, or a title in capitals alone: the apposition that describes the name ("Kurt
Volker, former special envoy to Kyiv, and Tim Morrison, another aide"; "Jane Roe, a spokeswoman for
Acme Foods, said"; "said David Udell, Group President, Asia Pacific")."""
_SOMEONE_ELSE = re.compile(
    r"^\W*(?:and )?whom? (?:did|does|do|has|had|have|is|was|will|would|can|could|should) (?:he|she)\b|\bhim\b", re.I
)
"""A question whose "he", "she" or "him" is not the one asked for ("Who did he lose to?", "Which team
beat him?"); in "Who said his law ...?" the "his" is the one asked for."""
MAIN_MENTIONS = 3
"""Times a surname must be named to be the article's main person."""
_WHO_DID_TO = re.compile(
    r"^\W*(?:and )?who (?!(?:is|was|are|were|be|been|became|becomes|serves|served|heads|headed|leads|led|runs|ran"
    r"|chairs|chaired|manages|managed|coaches|coached|owns|owned|did|does|do|has|had|have|will|would|can|could"
    r"|else)\b)(?:[a-z]+(?:ed|s)|took|made|gave|met|beat|won|hit|told|sent|shot|fought|sold|bought|struck|caught"
    r"|saw|left|kept|threw|drove|chose|stole|spoke|wrote|brought|taught|paid|sued|attacked)\b", re.I
)
"""English "Who mocked the US president?": the question's title names whom it was done to, so the
name after that title in the sentence ("U.S. President Donald Trump") is no answer; "who is the
president?", "who leads Emirates?" ask for the holder."""
_PLACE_BEFORE = frozenset("in near into across".split())
"""Words before a name that make it a place ("reported in China"): where something happened,
not who did it, so no answer to "who". Not "at", which comes before a body as often ("a vote at
Digital Spy", "vice president at Blue Origin")."""
_WENT_TO_OR_FROM = frozenset("to from toward towards".split())
"""Words before a known place's name that make it where someone went or came from, not who."""
LONE_WORD = 3
"""How many words farther a two-word name may stand than a lone capitalised word and still win:
a person is named with a first and last name ("Matt Harris"), a place or body often in one word."""
LONE_SURNAME = 1
"""The same for a word the article has used as a surname ("Kevin McAleenan"): news names a person
in full once and by surname after that ("McAleenan resigned")."""


_MAKING = re.compile(
    r"\b(?:creat|invent|wr[io]t|discover|found|design|develop|buil[dt]|made|make|form|coin|compos|devis|pioneer"
    r"|erfand|erfunden|entwickel|entdeck|gegr[uü]nde|schr[ie]+b"
    r"|cr[ée]{1,2}|d[ée]couv|fond|[ée]cri|dise[nñ]|escrib)",
    re.IGNORECASE,
)
"""The verbs of making or finding something new, whose "who" is a person far more often than a
body: "Who created pyenv?", "Who found the bug?", "Who formed the theory of gravitation?"."""
_DEGREES = ("°", "º", " °", " Grad")
"""Signs after a number that make it a temperature or an angle: "supérieure à 1000°" holds no year."""


TITLE_REACH = 4
"""Words a title may run to between the body it belongs to and the name it introduces."""


def _heads_a_title(texts: list[str], run: list[int], runs: list[list[int]]) -> bool:
    """Whether the run is the body a title belongs to, with the title's holder named right after
    ("Salesforce founder and co-CEO Marc Benioff", "Amnesty spokesman John Smith"): the word after
    it is a role noun in lower case, and another run of two words or more follows within
    TITLE_REACH words."""
    after = run[-1] + 1
    if after >= len(texts) or not texts[after].islower() or texts[after] not in ROLE_NOUNS["en"]:
        return False
    return any(len(other) > 1 and after < other[0] <= after + TITLE_REACH for other in runs)


def _common_noun(language: Language, token: str, kinds: set[str], names: Names) -> bool:
    """Whether a capitalised word is a common noun (`Names.common`) that answers none of the asked
    kinds: no name, and no place when it names none (`placeless_stems`): "in Dutzenden dieser
    Betriebe" and "in Zeiten des Virus" named no place for "Wo ...?" (a German trial, 28)."""
    stem = language.stem(fold(token.lower()))
    if stem not in names.common:
        return False
    return "name" in kinds or stem in placeless_stems(language.code)


def _fits(token: str, first: bool, previous: str, in_run: bool, kinds: set[str], code: str) -> bool:
    """Whether a word can be part of an answer of the asked kinds at this place in the sentence."""
    lowered = fold(token.lower())
    # A middle initial inside a name ("Silvia S. Martins", "George W. Bush").
    capitalised = token[0].isupper() and (len(token) > 1 or in_run) and not first
    month = is_calendar_word(token) or (lowered in MONTHS_ANY_FORM and token[0].isupper())  # "Feb. 14"
    prefix, _, year = lowered.partition("-")
    decade = prefix in _RELATIVE and bool(YEAR.match(year))  # "mid-2020s", "late-2019"
    day = in_run and (lowered.isdigit() or bool(ORDINAL.match(lowered)))  # "June 9", "June 9th"
    # "yesterday", "next year's"; not "ago" alone, which needs its "66 million years" before it
    relative = (lowered in relative_days(code) and lowered != "ago") or relative_period(lowered, previous)
    if "date" in kinds and (YEAR.match(lowered) or decade or month or day or relative or is_time_of_day(code, token)
                            or is_season_or_day_part(code, token, previous)):
        return True
    if "number" in kinds and (any(c.isdigit() for c in token) or is_number_word(token)):
        # "(Nov. 18)" is a day, as `kinds.offers` reads it; "the 50th anniversary" a rank; "in 2019" a year
        # "type 2 immune responses" labels a kind, as `kinds.labelled` reads it
        return fold(previous) not in MONTHS_ANY_FORM and not ORDINAL.match(lowered) and not (
            YEAR.match(lowered) and previous in _BEFORE_YEARS
        ) and previous.lower() not in LABELS
    if "name" in kinds and capitalised and lowered not in MONTHS_AND_DAYS:
        return True
    return "place" in kinds and not month and (
        is_place_name(code, token) or capitalised and (in_run or previous in PLACE_WORDS or fold(previous) in VENUES)
    )


_COMPANY_ASKED = re.compile(
    r"^\W*(?:and )?(?:what|which) (?:\w+ )?(?:company|companies|firm|firms|business|businesses|corporation"
    r"|contractor|manufacturer|supplier|startup)\b"
)
"""A question asking which company, which a place's name does not answer. Not every organisation
noun (`kinds.asks_an_organisation`): a team, a club or a government is often named by its city or
country ("Denver", "Britain"), and reading a place as no answer to all of them lost two right
bolds of SQuAD 1.1 (`bench.bold`)."""
_PLACE_AFTER = frozenset("town city village region district province county country".split())
"""English nouns after a name that make it a place ("installed in Lindi town", "Lindi Region")."""


def _a_place(code: str, texts: list[str], run: list[int], places: frozenset[str]) -> bool:
    """Whether a name reads as a place: before a noun of a place ("Lindi town"), or every word a
    place's name, known (`place_names`) or written so elsewhere in the text (`Names.places`). Not
    by "in" before it, which as often stands before a company ("invested $10bn in OpenAI")."""
    after = texts[run[-1] + 1].lower() if run[-1] + 1 < len(texts) else ""
    return (code == "en" and after in _PLACE_AFTER) or all(
        is_place_name(code, texts[p]) or POSSESSIVE.sub("", texts[p]) in places for p in run
    )


def _one_known_place(code: str, texts: list[str], run: list[int]) -> bool:
    """Whether a run is one word, a known place's name (`place_names`). A longer name ending in a
    place is a body's or a person's ("BBC National Orchestra of Wales", "Archduke Sigismund of
    Austria")."""
    return len(run) == 1 and is_place_name(code, POSSESSIVE.sub("", texts[run[0]]))


def _headed_by(texts: list[str], run: list[int], heads: set[int]) -> bool:
    """Whether the run follows an asked noun heading a name and its "of": "University of | Pennsylvania"."""
    return run[0] > 1 and run[0] - 2 in heads and texts[run[0] - 1].lower() == "of"


_INDEFINITE = frozenset("a an".split())


def _qualifies_a_noun(language: Language, texts: list[str], run: list[int]) -> bool:
    """Whether a lone English capitalised word stands before a lower-case word after "a" or "an",
    or is a nationality before one: a nationality or a kind qualifying a noun ("an American flag",
    "a Democratic senator", "to see if American funds were misappropriated"), no one's name, which
    takes no indefinite article. A nationality before a verb is a people who did it ("the French
    said", "the British voted"), so a reporting verb or a word in -ed after it keeps it."""
    start = run[0]
    if language.code != "en" or len(run) != 1 or start + 1 >= len(texts) or not texts[start + 1].islower():
        return False
    if start > 0 and texts[start - 1].lower() in _INDEFINITE:
        return True
    after = texts[start + 1]
    return reads_as_nationality(texts[start]) and not after.endswith("ed") and not (
        set(question_terms(language, after)) & reporting_terms(language.code))


def _dated_event(texts: list[str], position: int) -> bool:
    """Whether the word at `position` opens a name after a place word, "the" and a year: "at the 2019
    Los Angeles Auto Show", "in the 2012 Olympics" (an event held in a place, and where a thing was
    shown)."""
    return (
        position > 2 and bool(YEAR.match(texts[position - 1])) and texts[position - 2].lower() == "the"
        and texts[position - 3].lower() in PLACE_WORDS and texts[position - 3].lower() not in _ORIGINS
    )


_TITLES_AND_HONORIFICS = TITLE_WORDS | HONORIFICS


def _name_goes_on(language: Language, sentence: str, tokens: list[re.Match[str]], position: int) -> bool:
    """Whether a sentence's capitalised first word opens a name that goes on in the next word: "Nagla
    Rizk, directora ...", "Hossam El-Hamalawy publicó ...", whose first name no other sentence
    names. Not a function word ("The", "Les"), a title ("President Trump"), nor in a language that
    capitalises every noun ("Familienministerin Manuela Schwesig")."""
    if language.code in NOUNS_CAPITALISED or position + 1 >= len(tokens):
        return False
    token, following = tokens[position].group(), tokens[position + 1].group()
    lowered = token.lower()
    return (
        token[:1].isupper() and not token.isupper() and following[:1].isupper() and len(following) > 1
        and sentence[tokens[position].end():tokens[position + 1].start()] == " "
        and lowered not in stop_words_for(language.code) and not is_calendar_word(token)
        and fold(lowered) not in _TITLES_AND_HONORIFICS and lowered not in ROLE_NOUNS.get(language.code, frozenset())
    )


def _year_of_a_day(sentence: str, tokens: list[re.Match[str]], run: list[int], position: int) -> bool:
    """Whether the word at `position` is the year of the month and day the run ends with, after
    their comma: "Nov. 15, 2019" is one date, not "Nov. 15" and "2019" (whose nearer half, with
    the day before it, was bolded as "15, 2019")."""
    day = tokens[position - 1].group()
    return (
        len(run) >= 2 and day.isdigit() and len(day) <= 2 and bool(YEAR.match(tokens[position].group()))
        and sentence[tokens[position - 1].end():tokens[position].start()] == ", "
    )


_AND_A_HALF = ["and", "a", "half"]
_EMPLOYER_BEFORE = frozenset("for at with by bei für fur chez pour para en con".split())
"""Words before the body someone works or studies at: "an engineer for SpaceX", "bei Siemens"."""


def _after_employer_word(texts: list[str], start: int) -> bool:
    """The run follows "for" or "at", with or without an article: "at the MIT-Harvard Broad Institute"
    as much as "at Google" (a researcher's employer, not the "Innovators Under 35" list beside him)."""
    before = start - 2 if start > 1 and texts[start - 1].lower() in _NAME_ARTICLES else start - 1
    return before >= 0 and texts[before].lower() in _EMPLOYER_BEFORE


def _joins(texts: list[str], position: int, kinds: set[str], code: str) -> bool:
    """Whether the word at `position`, right after a run, joins it to a name that goes on after it:
    "of" in "Bank of England", "of the" in "Monthly Notices of the Royal Astronomical Society", or
    a number to its half ("two and a half")."""
    word = texts[position].lower()
    after = texts[position + 1] if position + 1 < len(texts) else ""
    if "number" in kinds and _AND_A_HALF in (
        [t.lower() for t in texts[position:position + 3]], [t.lower() for t in texts[position - 1:position + 2]]
    ):
        return True  # "two and a half years": one number, not "two" and "half"
    if word in _JOINERS:
        if after.lower() in _NAME_ARTICLES and position + 2 < len(texts):
            return _fits(texts[position + 2], False, after.lower(), True, kinds, code)
        return bool(after) and _fits(after, False, word, True, kinds, code)
    return (
        word in _NAME_ARTICLES and texts[position - 1].lower() in _JOINERS and bool(after)
        and _fits(after, False, word, True, kinds, code)
    )


def _labels_a_name(texts: list[str], position: int) -> bool:
    """A year between a determiner and a name ("The 2020 Sentra goes on sale in late January") names
    a model or an edition; the sentence's time is elsewhere."""
    following = texts[position + 1] if position + 1 < len(texts) else ""
    return (
        position > 0 and bool(YEAR.match(texts[position])) and texts[position - 1].lower() in _DETERMINERS
        and following[:1].isupper()
    )


def _names_a_number(texts: list[str], position: int) -> bool:
    """Whether the number at `position` is a name's: it follows a name word inside the sentence
    ("Japan's Nikkei 225", "the Boeing 787"; a month or day before it makes it a date instead), or
    is a code spelled with a capital ("N225", "F-35")."""
    previous = texts[position - 1] if position > 1 else ""
    token = texts[position]
    return (token[:1].isupper() and any(c.isdigit() for c in token)) or (
        token[:1].isdigit() and previous[:1].isupper() and previous[1:].isalpha()
        and fold(previous.lower()) not in MONTHS_AND_DAYS | MONTHS_ANY_FORM
    )


def _named_after_noun(language: Language, texts: list[str], thing: list[str]) -> set[int]:
    """The positions of the capitalised words right after the asked noun in lower case, a name it
    entitles whole though the question says some of its words: "the journal BMJ Case Reports" for
    "Which journal printed the report?"."""
    entitled: set[int] = set()
    for position in range(1, len(texts)):
        if texts[position][:1].isupper() and (
            position - 1 in entitled
            or (bool(thing) and texts[position - 1].islower()
                and question_terms(language, texts[position - 1])[:1] == thing)
        ):
            entitled.add(position)
    return entitled


_LIST_BREAK = re.compile(r"[,;]")


def _extends_asked_name(run: list[int], given: list[int], sentence: str, tokens: list[re.Match[str]]) -> bool:
    """Whether the run is the rest of a name the question already gave: asked about "the police",
    "Columbus" and "Department" in "Columbus Police Department" are not an answer, nor its short
    form in brackets ("Silicon Valley Bank (SVB)"). A comma between ends that name: "der
    Universität Osnabrück, Jochen Oltmer" names a person."""
    for neighbour, side in ((run[0] - 1, run[0]), (run[-1] + 1, run[-1])):
        if neighbour in given and neighbour > 0 and tokens[neighbour].group()[:1].isupper():
            first, second = sorted((neighbour, side))
            if not _LIST_BREAK.search(sentence, tokens[first].end(), tokens[second].start()):
                return True
    return False


_CONTRAST = r"\s(?:while|whereas|but|während|aber|mais|alors que|pero|mientras)\s"
"""Words opening a clause about another thing: "..., while Sony's console launched at $400"."""
_CLAUSE_CUT = re.compile(rf"[,;:](?=\s)|[()–—]|{_CONTRAST}", re.IGNORECASE)
"""Where a sentence passes from one clause to the next: "the One X costs $500, while Sony's console
launched at $400" gives each console its own price."""


_DATE_CLAUSE_CUT = re.compile(rf";|(?<!\d)[–—](?!\d)|{_CONTRAST}", re.IGNORECASE)
"""Where a sentence passes to another clause between a date and the asked words, commas aside (a
date holds its own: "April 12, 1961"): "The store opened in May; it closed in 2019"."""


_OWNER_WORDS = {
    "de": frozenset({"der", "des"}), "fr": frozenset({"de", "du", "des"}), "es": frozenset({"de", "del"}),
}
"""The words that join an owner to its noun ("der Aufsichtsrat der Deutschen Bank", "le conseil de
Renault", "el directorio del Banco Central"); English is left to its own rules."""


_ASKS_PASSIVELY = re.compile(
    r"^\W*(?:and )?who(?:m)? (?:is|was|were|are|has been|have been|had been|will be|gets?|got)"
    r" (?:\w+ly )?(?:\w+(?:ed|en|wn)|shot|hit|put|hurt|cut|caught|taught|sent|built|left|lost|held|kept|brought"
    r"|bought|fought|told|sold|found|struck|led|fed|bred|spent|met)\b|\b(?:wurden?|worden|été|fue|fueron|sido)\b",
    re.I,
)
"""A "who" question asking whom an act was done to ("Who was arrested?", "Wer wurde festgenommen?"):
the name after "by" did it, and is no answer."""
_NAMES_THE_DOER = re.compile(r"\b(?:by|von|par|por)\b", re.I)
"""A question naming the doer with "by" ("Who was it published by?")."""
_ASKED_ACT = re.compile(
    r"^\W*(?:and )?(?:who|wer|qui|qui[eé]n(?:es)?) (?:(?:is|was|were|are|has|have|had|did|does|do|will|would|could|can|hat|hatte|wird|a|avait|va|ha|había|va a)\s+)?"
    r"(?:\w+ly\s+)?(?P<act>[^\W\d]+)",
    re.I,
)
"""The verb of a question asking who did something ("Who is publishing the memoir?", "Wer hat das
Buch verlegt?"): the word after "who" and its auxiliary."""
ACT_REACH = 4
"""How many words before "by" the question's verb may stand for the name after it to be its doer
("published next month by Arcade Publishing")."""


def _after_agent_word(texts: list[str], run: list[int], acted: list[int]) -> bool:
    """Whether the name stands right after "by" ("von", "par", "por") with the question's verb a few
    words before (positions `acted`): the doer of the passive act the question asks about."""
    by = run[0] - 1
    return by >= 1 and texts[by].lower() in _AGENT_WORDS and any(by - ACT_REACH <= p < by for p in acted)


def _with_capitals_after(sentence: str, tokens: list[re.Match[str]], run: list[int]) -> list[int]:
    """The run with the capitalised words right after it, no punctuation between, which a body's
    name may hold though the question gives them ("Arcade Publishing" for "Who is publishing ...?")."""
    end = run[-1]
    while (
        end + 1 < len(tokens) and end - run[0] < _LONGEST_NAME and tokens[end + 1].group()[:1].isupper()
        and not _BREAKS.search(sentence, tokens[end].end(), tokens[end + 1].start())
    ):
        end += 1
    return list(range(run[0], end + 1))


def _owns_asked_noun(code: str, texts: list[str], run: list[int], shared: list[int]) -> bool:
    """Whether a name stands right after a noun the question gives and an owner's word ("des",
    "de la", "del"): it says whose that noun is, not who did what is asked."""
    owner_words = _OWNER_WORDS.get(code)
    if not owner_words:
        return False
    at = run[0] - 1
    if at >= 1 and code != "de" and texts[at].lower() in ("la", "l'", "los", "las", "les"):
        at -= 1
    return at >= 1 and texts[at].lower() in owner_words and at - 1 in shared


_RANGE_FROM = frozenset({"from", "von", "de", "desde"})
_RANGE_TO = frozenset({"to", "bis", "nach", "à", "jusqu'à", "jusqu’à", "a", "hasta"})
"""The words of a stretch between two places: "desde Arica a Punta Arenas", "von Kiel bis Passau"."""


def _range_end(texts: list[str], sentence: str, tokens: list[re.Match[str]], start: int, end: int) -> int:
    """Where a place's phrase ends: past the second place when the first opens a stretch between
    two ("desde Arica a Punta Arenas" answers "where", not "Arica"), else at `end`."""
    if start == 0 or texts[start - 1].lower() not in _RANGE_FROM or end + 2 >= len(texts):
        return end
    if texts[end + 1].lower() not in _RANGE_TO or _BREAKS.search(sentence, tokens[end].end(), tokens[end + 1].start()):
        return end
    last = end + 1
    while last + 1 < len(texts) and last - end <= _LONGEST_NAME and texts[last + 1][:1].isupper() and (
        sentence[tokens[last].end():tokens[last + 1].start()] == " "
    ):
        last += 1
    return last if last > end + 1 else end


def _without_next_clause(code: str, texts: list[str], run: list[int]) -> list[int]:
    """A name run cut before a capitalised function word that ends it: the article opening the next
    clause where a page lost a full stop ("Elizabeth Holmes El juicio comenzó"), which no name ends in.
    Not in English: on SQuAD it cut two names whose gold answer ends in such a word."""
    stop = stop_words_for(code)
    end = len(run)
    while end > 1 and texts[run[end - 1]].istitle() and texts[run[end - 1]].lower() in stop:
        end -= 1
    return run[:end]


def _scaled_unit_after(texts: list[str], end: int) -> bool:
    """Whether a scale word ends the amount and "de" joins its unit to it: "1,5 millones de euros",
    "un billón de pesos" (French glues the unit to its "d'": "milliard d'euros" is one word)."""
    return (
        end + 2 < len(texts) and is_scale(fold(texts[end].lower())) and texts[end + 1].lower() == "de"
        and fold(texts[end + 2].lower()) in ALL_UNITS
    )


def _a_day(texts: list[str], run: list[int]) -> bool:
    """Whether a run of a "how many" answer is a date's day: it holds a month's name, or one stands
    right after it ("5. April"; `_fits` already leaves out a year after one, "April 1754", and after
    "in")."""
    after = [run[-1] + 1] if run[-1] + 1 < len(texts) else []
    return any(fold(texts[p].lower().rstrip(".")) in MONTHS_ANY_FORM for p in [*run, *after])


_LABEL_GAP = re.compile(r"\s*(?:(?:of|de|des|du|del|der|von)\s+(?:the\s+)?|d['’])?", re.IGNORECASE)
"""What may stand between an amount and the question word labelling it: nothing, or "of" ("58
percent of women", "13 Prozent der Stimmen", "20 % des électeurs", "el 30 % de los votos" keeps its
article apart)."""


def _inside(span: tuple[int, int, str], other: tuple[int, int, str]) -> bool:
    """Whether a span of characters lies within another, longer one."""
    return other[0] <= span[0] and span[1] <= other[1] and other[1] - other[0] > span[1] - span[0]


def _nearest_measure(sentence: str, measures: set[str], shared: list[int], asked: set[str]) -> tuple[int, int] | None:
    """The amount of an asked measure a question word labels, else the one in the clause holding
    most of the question's words, then nearest to them ("Rs 299", "13 Prozent"); of either when two
    are asked ("how long": "two hours" or "300 km"). A length takes the dimension after it when the
    question did not say it ("How big is it?" -> "230 million light-years wide")."""
    offered = measure_spans(sentence, is_number)
    spans = [span for measure in measures for span in offered.get(measure, ())]
    if not spans:
        return None
    # "80.000 kilómetros cuadrados" is an area, not the length inside it, when both are asked.
    spans = [span for span in spans if not any(_inside(span, other) for other in spans)]
    bounds = [0, *(cut.start() for cut in _CLAUSE_CUT.finditer(sentence)), len(sentence)]

    def attached(span: tuple[int, int, str]) -> tuple[bool, int, int]:
        """Whether a question word labels the amount, standing right after it as in a list ("94.0%
        white, 3.3% black and 2.7% Asian") or after "of" ("58 percent of women (as opposed to 41
        percent of men)" for "What share of women ...?"); then how many of them share its clause (more first);
        then how far the nearest one is."""
        labelled = any(s > span[1] and _LABEL_GAP.fullmatch(sentence[span[1]:s]) for s in shared)
        clause = next((a, b) for a, b in zip(bounds, bounds[1:]) if a <= span[0] < b)
        inside = sum(clause[0] <= s < clause[1] for s in shared)
        return not labelled, -inside, min((abs(span[0] - s) for s in shared), default=0)

    start, end, _ = min(spans, key=attached)
    dimension = _DIMENSION.match(sentence, end) if "distance" in measures else None
    if dimension and fold(dimension.group(1).lower()) not in asked:
        end = dimension.end()
    return bound_start(sentence, start), end


def _group_subject(code: str, sentence: str, tokens: list[re.Match[str]]) -> tuple[int, int] | None:
    """A group of people doing the sentence's deed, as its subject: a noun phrase ending in a group
    noun ("An international team of scientists", "Researchers") right before a verb ("has created",
    "found"), from its determiner or the start of its clause, at most `LONGEST_GROUP` words."""
    texts = [token.group() for token in tokens]
    for position in range(len(texts) - 1):
        word, following = fold(texts[position].lower()), fold(texts[position + 1].lower())
        group = word in _GROUPS or (code == "de" and word.endswith(_GROUP_ENDINGS))
        verb = following in _GROUP_VERBS.get(code, frozenset()) or (code == "en" and following.endswith("ed"))
        if not group or not verb or _BREAKS.search(sentence, tokens[position].end(), tokens[position + 1].start()):
            continue
        start = position
        while start > 0 and position - start + 1 < LONGEST_GROUP and texts[start].lower() not in _DETERMINERS:
            before = texts[start - 1]
            if _BREAKS.search(sentence, tokens[start - 1].end(), tokens[start].start()) or (
                code != "de" and before[:1].isupper() and start - 1 > 0 and before.lower() not in _DETERMINERS
            ):
                break
            start -= 1
        return tokens[start].start(), tokens[position].end()
    return None


def _place_phrase_end(language: Language, sentence: str, tokens: list[re.Match[str]], opener: int) -> int | None:
    """The last word of the phrase of place a preposition opens, or None when it holds no place:
    nothing, a time ("in 1259", "in May"), a manner of speaking ("in terms of"). The phrase runs on
    over determiners, "of", "and" and further prepositions ("in a sail loft on Dock Street") but
    stops at punctuation, at any other function word, at an English participle ("in the government
    compared") and after MAX_PLACE_WORDS content words."""
    openers = _PREPOSITIONS.get(language.code, frozenset())
    texts = [token.group().lower() for token in tokens]
    end, content = opener, 0
    for following in range(opener + 1, len(texts)):
        word = texts[following]
        if _BREAKS.search(sentence, tokens[following - 1].end(), tokens[following].start()):
            break
        if word in _NOT_PLACES or any(c.isdigit() for c in word) or fold(word) in MONTHS_AND_DAYS:
            return None
        if word in language.stop_words and word not in _PLACE_PHRASE_WORDS and word not in openers:
            break
        if word in openers and tokens[following - 1].group()[:1].isupper() and following - 1 > opener:
            break  # a named place ends it: "a su región natal de Magallanes | en su segundo viaje"
        if language.code == "en" and _VERB_ENDING.search(word) and texts[following - 1] not in _DETERMINERS:
            break
        if word not in _PLACE_PHRASE_WORDS and word not in openers:
            content += 1
            if content > MAX_PLACE_WORDS:
                break
        end = following
    while end > opener and (texts[end] in _PLACE_PHRASE_WORDS or texts[end] in openers):
        end -= 1
    return end if end > opener else None


def _place_phrase(
    language: Language, sentence: str, tokens: list[re.Match[str]], shared: list[int], whither: bool = False
) -> tuple[int, int] | None:
    """For "where" when no place is named: the phrase a preposition opens ("in the stems", "among
    the plankton") right after one of the question's words ("found in the stems" asked "where is it
    found?"), the first such in the sentence. A phrase elsewhere in the sentence is as often the
    setting of something else ("In the past, ...", "by hiding in a river") as the answer, and a
    wrong bold misleads more than none. A phrase of only the question's own words is no answer.
    Asked where to (`whither`), a word of direction opens it too ("viaja el lunes a su región natal")."""
    openers = _PREPOSITIONS.get(language.code, frozenset()) | (_TOWARDS.get(language.code, frozenset()) if whither else frozenset())
    for position in sorted(shared):
        token = tokens[position]
        if position + 2 >= len(tokens) or _BREAKS.search(sentence, token.end(), tokens[position + 1].start()):
            continue
        text, following = tokens[position + 1].group().lower(), tokens[position + 2].group().lower()
        if text in openers or (text in _BEFORE_ARTICLE.get(language.code, ()) and following in _DETERMINERS):
            opener = position + 1
            end = _place_phrase_end(language, sentence, tokens, opener)
            if end is not None:
                opener, end = _past_asked_words(language, sentence, tokens, shared, opener, end)
            if end is not None and any(
                p not in shared and question_terms(language, tokens[p].group()) for p in range(opener + 1, end + 1)
            ):
                return tokens[opener].start(), tokens[end].end()
    return None


def _past_asked_words(
    language: Language, sentence: str, tokens: list[re.Match[str]], shared: list[int], opener: int, end: int
) -> tuple[int, int | None]:
    """The phrase of place that follows one holding only the question's words: "posted materials
    from the campaign on the wall by the dining table" asked "where did he put up the campaign
    materials?" is answered from "on", not from "from the campaign"."""
    openers = _PREPOSITIONS.get(language.code, frozenset())
    for k in range(opener + 1, end + 1):
        if tokens[k].group().lower() in openers:
            between = [p for p in range(opener + 1, k) if question_terms(language, tokens[p].group())]
            if between and all(p in shared for p in between):
                return k, _place_phrase_end(language, sentence, tokens, k)
            break
    return opener, end


@dataclass(frozen=True)
class Names:
    """The article's names, from `names_in`."""

    words: frozenset[str] = frozenset()
    """Capitalised words the text uses inside a sentence, stop words aside: names. Any sentence's
    first word is capitalised, so only these say that "McAleenan resigned" opens with one."""
    surnames: frozenset[str] = frozenset()
    """Those of them that follow another name word ("Kevin McAleenan"): a person's surname, which
    later sentences use alone."""
    main: str = ""
    """The surname the article names most often, at least MAIN_MENTIONS times ("Beek" of "James Van
    Der Beek"): the person a question's "he" or "she" most likely stands for."""
    alone: frozenset[str] = frozenset()
    """Name words the text also uses with no other name word beside them: a surname after its
    first mention ("Askar"), a one-word body ("Mojang"), a city ("Denver"); not a first name."""
    common: frozenset[str] = frozenset()
    """Stems of capitalised words that are common nouns in a language capitalising every noun
    (`common_nouns`): a name starts at none of them ("Vertriebsleiter | Robert Weiss")."""
    places: frozenset[str] = frozenset()
    """Name words the text writes before a noun of a place ("Lindi town", "Lindi Region",
    `_PLACE_AFTER`): the place's name wherever else it stands ("towns, like Lindi")."""

    def a_persons(self, texts: list[str], run: list[int]) -> bool:
        """Whether a run of name words reads as a person's first name and surname: two words, the
        last used alone elsewhere as a surname ("Ammar Askar" ... "Askar said"), the first never
        ("Denver Broncos" is no person: "Denver" stands alone too; "Los Angeles Times" is three)."""
        first, last = texts[run[0]], POSSESSIVE.sub("", texts[run[-1]])
        return len(run) == 2 and last in self.surnames and last in self.alone and first not in self.alone


_COORDINATED = re.compile(r"\s+(?:and|or|und|oder|et|ou|y|o)\s+", re.I)
"""What stands between two items listed side by side ("on play-by-play and Ed McCaffrey")."""
_CLAUSE_WORDS = frozenset("is was are were be been has had have will would who which that".split())
"""Words that make the phrase between commas a clause ("the game was televised by CBS"), no apposition."""
_VERB_FORM = re.compile(r"(?:ed|ing)$")


def _in_apposition(sentence: str, name_end: int, asked_end: int) -> bool:
    """Whether the asked word (ending at `asked_end`) stands inside the apposition right after a name:
    a short phrase between commas with no verb in it."""
    apposition = _APPOSITION.match(sentence, name_end)
    if apposition is None or asked_end > apposition.end():
        return False
    inside = apposition.group().strip(", ").split()
    return not _VERB_FORM.search(inside[0]) and not _CLAUSE_WORDS.intersection(inside)


def _owner_apposed(sentence: str, tokens: list[re.Match[str]], texts: list[str], run: list[int], runs: list[list[int]]) -> bool:
    """Whether the run is a possessor ("Donald Trump's") opening an apposition, just after a comma
    that ends another name of the sentence ("Steve Wynn, Donald Trump's hotelier buddy, ...")."""
    if not POSSESSIVE.search(texts[run[-1]]) or not run[0]:
        return False
    before = run[0] - 1
    return sentence[tokens[before].end():tokens[run[0]].start()].strip() == "," and any(
        other[-1] == before for other in runs)


def _opens_quotation(sentence: str, tokens: list[re.Match[str]], position: int) -> bool:
    start = tokens[position - 1].end() if position else 0
    return bool(_QUOTATION_OPENING.search(sentence, start, tokens[position].start()))


def names_in(language: Language, sentences: Iterable[str]) -> Names:
    words: set[str] = set()
    surnames: set[str] = set()
    alone: set[str] = set()
    opening: set[str] = set()
    """Capitalised words opening a sentence with no name word after them: alone if a name elsewhere."""
    mentions: Counter[str] = Counter()
    places: set[str] = set()
    for sentence in sentences:
        tokens = list(_TOKEN.finditer(sentence))
        named = [
            position > 0 and token.group()[:1].isupper() and not _opens_quotation(sentence, tokens, position)
            and bool(question_terms(language, token.group()))
            for position, token in enumerate(tokens)
        ]
        if len(tokens) > 1 and not named[1]:
            opening.add(POSSESSIVE.sub("", tokens[0].group()))
        for position in range(1, len(tokens)):
            if not named[position]:
                continue
            token = tokens[position].group()
            words.update((token, POSSESSIVE.sub("", token)))  # "GM's plant": "GM" opening a sentence is a name
            if language.code == "en" and position + 1 < len(tokens) and tokens[position + 1].group().lower() in _PLACE_AFTER:
                places.add(token)
            mentions[POSSESSIVE.sub("", token)] += 1
            if named[position - 1]:
                surnames.add(token)
            elif not tokens[position - 1].group()[:1].isupper() and (
                position + 1 == len(tokens) or not named[position + 1]
            ):
                alone.add(POSSESSIVE.sub("", token))
    main = next((name for name, count in mentions.most_common() if name in surnames), "")
    alone |= opening & set(mentions)
    return Names(
        frozenset(words), frozenset(surnames), main if mentions[main] >= MAIN_MENTIONS else "", frozenset(alone),
        places=frozenset(places),
    )


_ALIAS_END = re.compile(r"\s*(?:[,;:()\[\]\"“”«»„.!?]|\s[–—-]\s|$)")
_LONGEST_ALIAS = 6
"""Words an other name may run to: past them the phrase is a clause, not a name."""


def _alias(sentence: str) -> tuple[int, int] | None:
    """The other name a sentence gives: the words after "also known as", "dubbed", "formerly", up
    to the next comma, bracket, quotation mark or dash ("also known as **the Berm**, is located")."""
    cue = ALIAS_GIVEN.search(sentence)
    if cue is None:
        return None
    start = cue.end()
    while start < len(sentence) and sentence[start] in " \"“”«»„'‘’":
        start += 1
    end = _ALIAS_END.search(sentence, start)
    stop = end.start() if end else len(sentence)
    if stop <= start or len(sentence[start:stop].split()) > _LONGEST_ALIAS:
        return None
    return start, stop


def _member(language: Language, sentence: str, question: str, members: frozenset[str]) -> tuple[int, int] | None:
    """The word of the sentence naming one of the asked category nearest to the question's words
    ("What animal had he eaten?" -> "rabbit" in "after eating a wild rabbit")."""
    asked = set(question_terms(language, question))
    tokens = list(_TOKEN.finditer(sentence))
    stems = [question_terms(language, token.group()) for token in tokens]
    shared = [p for p, terms in enumerate(stems) if terms and set(terms) <= asked]
    found = [p for p, terms in enumerate(stems) if terms and terms[0] in members and p not in shared]
    if not found:
        return None
    best = min(found, key=lambda p: min((abs(p - s) for s in shared), default=0))
    return tokens[best].start(), tokens[best].end()


_CALLED_AFTER = 7
"""Lower-case words a thing's noun may take after its preposition before the word naming it."""
_CALLED = re.compile(
    r"(?:\s+(?:of|for|de|du|des|del|en|pour|para|für|von)(?:\s+[a-záéíóúàèìòùâêîôûçñäöüß-]+){0,%d}?)?"
    r"\s+(?:(?:is|are|was|were|est|sont|était|fut|es|son|era|fue|ist|sind|war|wurde)\s+)?"
    r"(?:called|named|known as|dubbed|nicknamed|titled|entitled|genannt|namens|heißt|hieß|s'appelle|s’appelle|se llama"
    r"|mit dem (?:Titel|Namen)|unter dem (?:Titel|Namen)|appel[ée]e?s?|nomm[ée]e?s?|baptis[ée]e?s?|intitul[ée]e?s?"
    r"|llamad[oa]s?|denominad[oa]s?|conocid[oa]s? como|bautizad[oa]s?|titulad[oa]s?)\s+(?P<quote>[«„“\"‘]\s*)?"
    % _CALLED_AFTER
)
"""What may stand between a thing's noun and its name: "a parasite called Tritrichomonas muris",
"un virus appelé …", "ein Enzym namens …", "das Buch mit dem Titel «…»", "la nouvelle série baptisée
« Europe »", also after a complement of the noun, opened by a preposition, in lower case and with no comma
("un sistema de administración de procesos en segundo plano llamado Doze"; not "the company hired
a manager named Sam", whose name is the manager's)."""
_QUOTE_CLOSES = re.compile(r"[»“”\"’]")
"""What closes a name set in quotation marks after a word of naming: the whole title is the name."""
_CLOSED = re.compile(r"\s*[,(]")
"""What closes a lower-case name written right after its noun ("the hormone renin, which..."):
without it, "the hormone levels rose" names no hormone."""
_LONGEST_NAME = 4


_DETERMINERS_EN = frozenset("the a an its their his her our this that".split())
"""English words before a name written ahead of its noun ("the Olfr78 receptor"); `_DETERMINERS`
labels years in every language and lacks "an", "our", "this", "that"."""


def _name_before(
    sentence: str, tokens: list[re.Match[str]], position: int, asked: set[str], language: Language
) -> tuple[int, int] | None:
    """A name written before the thing's noun: up to three capitalised words, none of the
    question's, after an article ("the Olfr78 receptor"), or anywhere with the noun when the noun
    is part of the name ("a Nobel Prize", "Hong Kong Polytechnic University")."""
    run: list[int] = []
    k = position - 1
    while k > 0 and len(run) < 3:
        word = tokens[k].group()
        if sentence[tokens[k].end():tokens[k + 1].start()] != " " or not word[0].isupper():
            break
        if set(question_terms(language, word)) & asked:
            return None
        run.insert(0, k)
        k -= 1
    if not run and language.code == "en":
        return _name_the_noun(sentence, tokens, position, asked, language)
    if not run or language.code != "en":
        return None
    if tokens[position].group()[0].isupper():  # the noun is part of the name: "Hong Kong Polytechnic University"
        return tokens[run[0]].start(), tokens[position].end()
    if tokens[k].group().lower() not in _DETERMINERS_EN:
        return None
    if len(run) == 1 and reads_as_nationality(tokens[run[0]].group()):
        return None  # "The Indonesian pilot" names no pilot
    return tokens[run[0]].start(), tokens[run[-1]].end()


def _name_the_noun(
    sentence: str, tokens: list[re.Match[str]], position: int, asked: set[str], language: Language
) -> tuple[int, int] | None:
    """A name written before "the" and the thing's noun, with up to two words between them: "Sasha
    the black cat", "Kimberly the nurse"."""
    k = position - 1
    while k > 0 and tokens[k].group() != "the" and tokens[k].group().islower() and position - k <= 2:
        k -= 1
    if k < 1 or tokens[k].group() != "the":
        return None
    end = k - 1
    spaced = [p for p in range(end, position) if sentence[tokens[p].end():tokens[p + 1].start()] == " "]
    name = tokens[end].group()
    if len(spaced) < position - end or not name[0].isupper() or set(question_terms(language, name)) & asked:
        return None
    start = end
    while start > 0 and end - start < 2 and tokens[start - 1].group()[0].isupper() and (
        sentence[tokens[start - 1].end():tokens[start].start()] == " "
    ):
        start -= 1
    return tokens[start].start(), tokens[end].end()


def names_the_asked_thing(language: Language, sentence: str, question: str) -> bool:
    """Whether the sentence gives a name beside the noun of the thing a "what is X called" question
    asks about (`_named_thing`): "Sasha the black cat" for "What is the cat's name?"."""
    return _named_thing(language, sentence, question) is not None


def _name_apposed_before(
    sentence: str, tokens: list[re.Match[str]], position: int, asked: set[str], language: Language
) -> tuple[int, int] | None:
    """A name the thing's noun stands in apposition to, after a comma and an article ("Alicia Keys,
    the singer who ..."; "Digital Intuition®, the company's patented optimization algorithm,"): the
    capitalised words right before the comma, none of the question's; up to `_APPOSITION_WORDS`
    lower-case words may stand between the article and the noun. The noun, in lower case, must
    close the apposition (a comma, "who", "which"...): "Close to Newcastle, the largest indoor
    shopping centre in Europe" and "However, the Panthers" open the sentence's own subject after an
    opening phrase."""
    if language.code != "en" or not tokens[position].group().islower():
        return None
    if not _APPOSITION_NOUN_CLOSED.match(sentence, tokens[position].end()):
        return None
    article = next((k for k in range(position - 1, max(position - 2 - _APPOSITION_WORDS, 0), -1)
                    if tokens[k].group().lower() in ("the", "a", "an") or not tokens[k].group().islower()), None)
    if article is None or article < 1 or tokens[article].group().lower() not in ("the", "a", "an"):
        return None
    if sentence[tokens[article - 1].end():tokens[article].start()].lstrip("®™") != ", ":
        return None
    run: list[int] = []
    k = article - 1
    while k >= 0 and len(run) < _LONGEST_NAME and tokens[k].group()[:1].isupper():
        if set(question_terms(language, tokens[k].group())) & asked:
            return None
        run.insert(0, k)
        if k == 0 or sentence[tokens[k - 1].end():tokens[k].start()] != " ":
            break
        k -= 1
    return (tokens[run[0]].start(), tokens[run[-1]].end()) if run and run != [0] else None


_APPOSITION_WORDS = 4
"""Lower-case words an apposed noun may take between its article and itself ("the company's
powerful patented optimization algorithm")."""
_APPOSITION_NOUN_CLOSED = re.compile(r"\s*(?:[,;)]|[.!?]\W*$|\s(?:who|whose|which|that)\b)")
"""What ends an apposition of a noun after a name: a comma, a bracket, the sentence's end or a clause."""


def _named_thing(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """The name a sentence gives the thing a "what X" question asks for, beside X's noun ("What
    parasite did the mice carry?" -> "a single-celled parasite called Tritrichomonas muris"; "the
    hormone renin, which..."; "the Olfr78 receptor"), for things too specific for the category
    table; of several, the one nearest the question's other words."""
    noun = noun_whose_name_is_asked(question, language.code) or asked_category_noun(question, language.code)
    thing = question_terms(language, noun)[:1] if noun else []
    if not thing:
        return None
    asked = set(question_terms(language, question))
    tokens = list(_TOKEN.finditer(sentence))
    stems = [question_terms(language, token.group()) for token in tokens]
    shared = [p for p, terms in enumerate(stems) if terms and set(terms) <= asked and terms[:1] != thing]
    # A person's title comes before the name ("Democratic Commissioner Jessica Rosenworcel" for
    # "which commissioner"); a thing's name before its noun as often ("the Olfr78 receptor").
    titled = noun.lower() in _PERSON_TITLES
    found = [
        span for position, terms in enumerate(stems) if terms[:1] == thing
        if (span := (titled and _name_after(language, sentence, tokens, position, asked))
            or _name_before(sentence, tokens, position, asked, language)
            or _name_after(language, sentence, tokens, position, asked)
            or _name_apposed_before(sentence, tokens, position, asked, language))
    ]
    if not found:
        return _subject_named(sentence, tokens, stems, asked) if _asks_which_did(question, noun) else None
    return min(found, key=lambda span: min((abs(span[0] - tokens[p].start()) for p in shared), default=0))


_AUXILIARIES = frozenset("is was are were has have had does did do will would can could".split())
_SUBJECT_WORDS = frozenset("the a an he she they it his her its their this that these those".split())


def _asks_which_did(question: str, noun: str) -> bool:
    """Whether an English "which X" question asks who or what did something, X being the doer
    ("Which cornerback is still looking for his first pick?"), not what it was done to ("Which
    school does Hugh McPherson swim for?": an auxiliary, then the doer)."""
    said = question.split()
    if not said or said[0].lower() != "which":
        return False
    at = next((i for i, word in enumerate(said) if word.lower().strip("?,") == noun), None)
    if at is None or at + 1 >= len(said):
        return False
    following = said[at + 1].lower()
    doer = said[at + 2] if at + 2 < len(said) else ""
    return not (following in _AUXILIARIES and (doer.lower() in _SUBJECT_WORDS or doer[:1].isupper()))


def _subject_named(
    sentence: str, tokens: list[re.Match[str]], stems: list[list[str]], asked: set[str]
) -> tuple[int, int] | None:
    """The name a sentence opens with, two capitalised words or more, none of the question's: who
    did what a "which X did it?" question asks ("Denzel Ward is still waiting for his first
    interception" for "Which cornerback is still looking for his first pick?")."""
    run = 0
    while run < min(len(tokens), _LONGEST_NAME) and tokens[run].group()[:1].isupper() and (
        run == 0 or sentence[tokens[run - 1].end():tokens[run].start()] == " "
    ):
        run += 1
    if run < 2 or not all(stems[k] for k in range(run)) or any(set(stems[k]) & asked for k in range(run)):
        return None
    return tokens[0].start(), tokens[run - 1].end()


def _name_after(
    language: Language, sentence: str, tokens: list[re.Match[str]], position: int, asked: set[str]
) -> tuple[int, int] | None:
    """A name written after the thing's noun: after "called", "named"... up to four words; right
    after the noun, capitalised words, or one lower-case word closed by a comma or a bracket."""
    noun = tokens[position]
    called = _CALLED.match(sentence, noun.end())
    apposed = not called and sentence.startswith(", ", noun.end())
    after = called.end() if called else noun.end() + (2 if apposed else 1)
    run = [k for k in range(position + 1, len(tokens)) if tokens[k].start() == after][:1]
    if not run or (not called and not apposed and sentence[noun.end():after] != " "):
        return None
    if apposed:
        return _apposed_name(sentence, tokens, run[0], asked, language)
    if called and called.group("quote"):
        closing = _QUOTE_CLOSES.search(sentence, after)
        end = len(sentence[:closing.start()].rstrip()) if closing else after
        return (after, end) if end > after else None
    stop = stop_words_for(language.code)
    first = tokens[run[0]].group()
    if set(question_terms(language, first)) & asked or first.lower() in stop:
        return None
    if not called and not first[0].isupper():
        # In German a word after the noun in lower case is no name ("der Verband residieren, der ...").
        closed = _CLOSED.match(sentence, tokens[run[0]].end()) and language.code not in NOUNS_CAPITALISED
        return (tokens[run[0]].start(), tokens[run[0]].end()) if closed else None
    while len(run) < _LONGEST_NAME and run[-1] + 1 < len(tokens):
        following = tokens[run[-1] + 1].group()
        if sentence[tokens[run[-1]].end():tokens[run[-1] + 1].start()] != " " or following.lower() in stop:
            break
        if not (called or following[0].isupper()):
            break
        run.append(run[-1] + 1)
    return tokens[run[0]].start(), tokens[run[-1]].end()


_WHO_IS_NAMED = re.compile(r"^\W*(?:[Aa]nd )?[Ww]ho (?:is|was) ((?:[A-Z][\w.'’-]*\s*)+)\W*$")
"""English "Who is Kurt Volker?": the question is a name alone, and the reader wants what the article
says that person is, not another name of the sentence."""
_POST_OF_NAMED = re.compile(
    r"^\W*(?:[Aa]nd )?[Ww]hat (?:is|was) ((?:[A-Z][\w.'’-]*\s*)+?)['’]s? "
    r"(?P<post>job|occupation|profession|position|post|title|role)\W*$"
)
"""English "What is Steve Menet's job?": the same as "Who is Steve Menet?", with a word for the post
that the article seldom writes ("Steve Menet, Senior Vice President of Sales for Dräger")."""


def person_described(question: str) -> re.Match[str] | None:
    """The match of an English question asking what a named person is ("Who is Kurt Volker?", "What
    is Steve Menet's job?"): group 1 is the name, group "post" the word for the post if any."""
    return _WHO_IS_NAMED.match(question) or _POST_OF_NAMED.match(question)
_DESCRIPTION = re.compile(
    r",\s*(?=\S)(?!(?:who|whom|which|that|said|says|told|and|but|or|as|in|on|at|after|before|when|while"
    r"|will|would|shall|should|can|could|may|might|must|is|was|are|were|has|had|have|did|does)\b)(?=\D)"
    r"([^,;:()\[\]\"“”«».!?]+?)\s*(?=[,;:()\"“”.!?]|\s[–—-]\s|$)"
)
"""The apposition right after a name: from its comma to the next comma, bracket, quotation mark or
the sentence's end ("Kurt Volker, former special envoy to Kyiv, and"; "said Aseem Prakash, founding
director of the Center for Environmental Politics at the University of Washington."). A clause
("Volker, who ...") or an age (", 42,") is none, nor the sentence's verb after a name set off by
commas ("Sweden's Minister of Justice, Gunnar Strömmer, will meet with ...")."""
LONGEST_DESCRIPTION = 14
"""Words an apposition is bolded whole up to; a longer one is cut at its last preposition within them."""
_ROLE_MODIFIERS = frozenset("former deputy acting senior top vice assistant associate interim founding then".split())
"""Lower-case words that may stand before a title ahead of a name ("former special envoy")."""


def _description(sentence: str, tokens: list[re.Match[str]], name: str) -> tuple[int, int] | None:
    """What the sentence says the named person is: the apposition after their name, else the title
    written right before it ("White House Press Secretary Stephanie Grisham", "host Tom Bergeron")."""
    asked = name.split()
    texts = [POSSESSIVE.sub("", m.group()) for m in tokens]
    for last in (p for p, text in enumerate(texts) if text == asked[-1]):
        after = _DESCRIPTION.match(sentence, tokens[last].end())
        if after and (not after.group(1)[:1].isupper() or _holds_role(after.group(1))):
            end = _description_end(after.group(1))
            if end:
                return after.start(1), after.start(1) + end
        first = last
        while first > 0 and texts[first - 1] in asked:
            first -= 1
        role = _title_before(sentence, tokens, first) or _title_apposed_before(sentence, tokens[first].start())
        if role:
            return role
    return None


_BEFORE_APPOSED_NAME = re.compile(r"(?:^|[,;:(]\s*)(?P<title>[^,;:()\[\]\"“”«».!?]+?),\s*$")
"""The clause right before a name set off by a comma: "Sweden's Minister of Justice, | Gunnar Strömmer,"."""


def _title_apposed_before(sentence: str, name_start: int) -> tuple[int, int] | None:
    """The title written before a name and a comma ("Sweden's Minister of Justice, Gunnar Strömmer,
    will meet ..."), when that clause holds a post (`_holds_role`) in at most LONGEST_DESCRIPTION
    words, or None."""
    found = _BEFORE_APPOSED_NAME.search(sentence, 0, name_start)
    if not found or len(found.group("title").split()) > LONGEST_DESCRIPTION or not _holds_role(found.group("title")):
        return None
    return found.span("title")


def describes(sentence: str, name: str) -> bool:
    """Whether the sentence says what the named person is, beside the name (`_description`)."""
    return _description(sentence, list(_TOKEN.finditer(sentence)), name) is not None


def _holds_role(description: str) -> bool:
    """Whether an apposition opening with a capital says what the person is ("Research and Advocacy
    Director for the Middle East", "Washington State Department of Health public information
    officer", "Senior Vice President of Sales for Dräger"), not the next name of a list ("Sondland,
    Volker and Hill"): it holds a role noun or a title that is no honorific."""
    return any(word.lower() in _POSTS for word in _TOKEN.findall(description))


_DESCRIPTION_CUT = re.compile(r"\s(?:on|in|at|with|during|after|before|for|over)\s")
"""Prepositions a long apposition is cut before: what follows says where or when, not who."""
_PERSON_TITLES = ROLE_NOUNS["en"] | TITLE_WORDS
_POSTS = _PERSON_TITLES - HONORIFICS


def _description_end(description: str) -> int | None:
    """Where an apposition ends as bold: whole up to LONGEST_DESCRIPTION words, a longer one before
    its last preposition within them ("a top national security aide to Vice President Pence | on
    Trump's July 25 phone call with ..."), none when it has no such place to stop."""
    if len(description.split()) <= LONGEST_DESCRIPTION:
        return len(description)
    head = " ".join(description.split()[:LONGEST_DESCRIPTION])
    cuts = [m.start() for m in _DESCRIPTION_CUT.finditer(head) if len(head[:m.start()].split()) > 1]
    return cuts[-1] if cuts else None


def _title_before(sentence: str, tokens: list[re.Match[str]], name: int) -> tuple[int, int] | None:
    """The title right before the name at token `name`, with the capitalised or modifying words
    before it ("White House Press Secretary", "former special envoy"); no honorific ("Dr.")."""
    start = name
    while (
        start > 0 and name - start < LONGEST_DESCRIPTION
        and sentence[tokens[start - 1].end():tokens[start].start()] == " "
    ):
        word = tokens[start - 1].group()
        lowered = word.lower()
        if not (word[:1].isupper() or lowered in _ROLE_MODIFIERS or lowered in ROLE_NOUNS["en"]):
            break
        start -= 1
    titled = [p for p in range(start, name) if tokens[p].group().lower() in _PERSON_TITLES]
    if not titled or tokens[name - 1].group().lower() in HONORIFICS or titled[-1] != name - 1:
        return None
    return tokens[start].start(), tokens[name - 1].end()


_ELAPSED = re.compile(
    r"\b(?:(?:\d[\d.,]*|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty"
    r"|hundred|thousand|million|billion|few|several|some|many|couple|of)\s+){0,3}"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)"
    r"\s+(?:later|earlier|ago|afterwards?|before)\b",
    re.I,
)
"""A time told from another one ("a year later", "66 million years ago"): the answer to "when" that
names no date."""


def _elapsed(sentence: str, anchors: list[int]) -> tuple[int, int] | None:
    """The elapsed-time phrase of the sentence nearest to the question's words, for "when" in a
    sentence that gives no date ("by the time he was weaned off treatment a year later"), or a time
    ahead ("expected to run out in some 15 years", `dates.times_ahead`)."""
    found = [match.span() for match in _ELAPSED.finditer(sentence)] + times_ahead(sentence)
    if not found:
        return None
    return min(found, key=lambda span: min((abs(span[0] - a) for a in anchors), default=0))


def _apposed_name(
    sentence: str, tokens: list[re.Match[str]], first: int, asked: set[str], language: Language
) -> tuple[int, int] | None:
    """A name set off by commas right after the thing's noun ("his wife, Kimberly, had suffered"):
    capitalised words, none of the question's, closed by a comma or the sentence's end."""
    run = [first]
    while (
        len(run) < _LONGEST_NAME and run[-1] + 1 < len(tokens)
        and sentence[tokens[run[-1]].end():tokens[run[-1] + 1].start()] == " "
    ):
        run.append(run[-1] + 1)
    while run and not tokens[run[-1]].group()[:1].isupper():
        run.pop()
    if not run or any(not tokens[k].group()[:1].isupper() for k in run):
        return None
    if any(set(question_terms(language, tokens[k].group())) & asked for k in run):
        return None
    closed = _APPOSITION_CLOSED.match(sentence, tokens[run[-1]].end())
    return (tokens[run[0]].start(), tokens[run[-1]].end()) if closed else None


_OWNER = re.compile(r"['’]s?$")
"""A word ending in a possessive, as "Apple's" or "Heights'" inside "Wichita Heights' Aidan Gantenbein"."""
_APPOSITION_CLOSED = re.compile(r"\s*(?:[,;)]|[.!?]\W*$)")
"""What closes a name set off after its noun: a comma, a bracket, or the sentence's end."""


_HOLDING_VIEWS = {"en": frozenset("doubt think believ disput deni disagre question fear hope expect".split())}
"""Stems of English verbs of holding a view, which ask who said something as a reporting verb does
("Who doubts that tourists are to blame?")."""


def _reporter(
    language: Language, sentence: str, tokens: list[re.Match[str]], texts: list[str], people: list[list[int]],
    shared: list[int], question: str,
) -> list[int] | None:
    """For "Who says …?" or "Who doubts …?" (the verb right after "who"): the person (or else the
    first name not opening a phrase of place) before the sentence's reporting verb when every
    question word the sentence holds stands after that verb, in what was said ("Norman Ratcliffe,
    an ecologist from the Antarctic Survey in Cambridge, United Kingdom, told New Scientist that the
    evidence blaming tourists …"); the names nearer those words are where the speaker works or whom
    they told, not who said it."""
    reporting = reporting_terms(language.code)
    asked_verb = _WHO.sub("", question).split()[:1]
    saying = reporting | _HOLDING_VIEWS.get(language.code, frozenset())
    if not shared or not asked_verb or not saying & set(question_terms(language, asked_verb[0])):
        return None
    verb = next((p for p, token in enumerate(texts) if reporting & set(question_terms(language, token))), None)
    if verb is None or min(shared) < verb:
        return None
    places = _PREPOSITIONS.get(language.code, frozenset()) | {"the", "of", "for", "to"}
    before = [run for run in people if run[-1] < verb and (run[0] == 0 or texts[run[0] - 1].lower() not in places)]
    if not before:
        return None
    # "San Francisco mayor Ed Lee said": the name right before the verb; after an apposition
    # ("Norman Ratcliffe, an ecologist …, United Kingdom, told") the name that opens the clause.
    set_off = sentence[tokens[before[-1][-1]].end():tokens[verb].start()].strip() == ","
    return before[0] if set_off else before[-1]


_ABBREVIATION = re.compile(r"\b[A-Z]{2,6}\b")


def _spelled_out(texts: list[str], question: str) -> list[int]:
    """Positions of the capitalised words whose first letters spell an abbreviation the question
    writes: "the European Union's foreign policy chief" names the question's own "EU" ("Who is the
    EU's top diplomat?"), so the answer is the name beside it, not "European Union"."""
    found: list[int] = []
    for abbreviation in set(_ABBREVIATION.findall(question)):
        size = len(abbreviation)
        for start in range(len(texts) - size + 1):
            run = texts[start:start + size]
            if all(word[:1].isupper() for word in run) and "".join(word[0] for word in run) == abbreviation:
                found.extend(range(start, start + size))
    return found


_WHOSE_NOUN = re.compile(r"^\W*(?:and\s+)?whose\s+([^\W\d_]+)", re.IGNORECASE)
_POSSESSOR = re.compile(r"\b((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*)['’]s?\b((?:\s+[\w'’-]+){1,5})")
"""A name in the possessive and the words after it: "Edeline Lee’s London Fashion Week show"."""


def _owner_asked(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """For an English "whose X" question, the name whose possessive owns the asked noun within five
    words: "Whose show did Lady Starmer go to?" sets "Edeline Lee" in bold in "Lady Starmer attended
    Edeline Lee’s London Fashion Week show", not the whole run of capitals nor nothing."""
    asked = _WHOSE_NOUN.match(question) if language.code == "en" else None
    if asked is None:
        return None
    noun = question_terms(language, asked.group(1))
    question_words = set(question_terms(language, question))
    for owner in _POSSESSOR.finditer(sentence):
        owned = question_terms(language, owner.group(2))
        if noun and noun[0] in owned and not set(question_terms(language, owner.group(1))) & question_words:
            return owner.start(1), owner.end(1)
    return None


_ASKS_WHAT_CALLED = re.compile(
    r"^\W*(?:and\s+)?what (?:did|does|do|has|have|had) .+ (?:call|dub|label|nickname)(?:ed|led)?\b"
    r"|^\W*(?:und\s+)?wie (?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten|hat .+ (?:genannt|bezeichnet))\b"
    r"|^\W*(?:et\s+)?comment .+ (?:appel|qualifi|surnomm)\w*"
    r"|^\W*(?:y\s+)?c[oó]mo (?:llam|calific|denomin|apod)\w*",
    re.IGNORECASE,
)
_QUOTED_TERM = re.compile(r"[\"“„«]([^\"“”„«»]{2,80})[\"”“»]")
_CALLING_BEFORE = re.compile(
    r"\b(?:as|als|called|calls|calling|call|dubbed|dubs|labell?ed|named|nicknamed|termed|comme|de|como|llamó|llama|llamaba)\s*$",
    re.IGNORECASE,
)
"""The word right before a quoted term that makes it a name given ("referred to as “Malvinas”",
"Puerto Rico als „Insel des Mülls“"): not any quotation, which is as often someone's words."""
CALLED_MAX_WORDS = 8
"""The most words of a quoted term that answers what someone called something ("Insel des Mülls")."""


def name_given(language: Language, sentence: str, question: str) -> tuple[int, int] | None:
    """For "What did X call Y?" ("Wie nannte der Komiker Puerto Rico?", "¿Cómo llamó …?"), the first
    short quoted term of the sentence given as a name (`_CALLING_BEFORE`) that holds none of the
    question's words: "einen Witz über Puerto Rico als "Insel des Mülls"", "identified the former
    president as "a one-man crime wave""."""
    if not _ASKS_WHAT_CALLED.search(question):
        return None
    asked = set(question_terms(language, question))
    for quoted in _QUOTED_TERM.finditer(sentence):
        term = quoted.group(1).strip(" ,.")
        if not _CALLING_BEFORE.search(sentence, 0, quoted.start()):
            continue
        if term and len(words(term)) <= CALLED_MAX_WORDS and not set(question_terms(language, term)) & asked:
            start = quoted.start(1) + quoted.group(1).index(term)
            return start, start + len(term)
    return None


def answer_phrase(
    language: Language, sentence: str, question: str, kinds: set[str], titles: frozenset[str] = frozenset(),
    names: Names = Names(), members: frozenset[str] = frozenset(), bridged: Mapping[str, frozenset[str]] | None = None,
) -> tuple[int, int] | None:
    """Start and end (characters within `sentence`) of the phrase answering `question`, or None.

    `titles` are stems of the titles a "who runs X" question asks for ("ceo"): the name beside one
    answers, and the title itself is not part of the name. `names` (from `names_in`) are the
    article's names, which count as names at the start of a sentence too. `members` are stems of
    the words naming one of the category a "what X" question asks for ("rabbit" for "what animal"):
    asked no other kind, the one nearest to the question's words is the answer. `bridged` maps a
    question term the sentence lacks to the sentence's terms standing for it (the index's bridges):
    what a "how many" question counts may be written so, and "how many kids" sets in bold the count
    beside "children", not the one beside the name the sentence also counts."""
    if kinds == {"cause"}:
        return reason_span(language.code, sentence)
    kinds = kinds - {"cause"}
    if kinds == {"alias"}:
        return _alias(sentence)
    if kinds == {"name"} and (
        holder := _owner_asked(language, sentence, question)
        or holder_after_title(language, sentence, question) or holder_in_apposition(language, sentence, question)
        or doer_before_relative(language, sentence, question)
    ):
        return holder
    named = person_described(question) if language.code == "en" else None
    if named:
        described = _description(sentence, list(_TOKEN.finditer(sentence)), named.group(1).strip())
        described = described or definition(language.code, sentence, named.group(1).strip())
        if described or not named.groupdict().get("post"):
            return described
    asked_name = person_asked_about(question, language.code) if language.code != "en" else ""
    if asked_name and all(word[:1].isupper() for word in asked_name.split()):
        # "Wer ist Leonid Slutsky?": what the sentence says he is ("der Vorsitzende der LDPR").
        defined = definition(language.code, sentence, asked_name)
        if defined:
            return defined
    if not kinds:
        found = _member(language, sentence, question, members) if members else None
        return found or name_given(language, sentence, question) or holder_in_apposition(language, sentence, question) or (
            _named_thing(language, sentence, question))
    asked = set(question_terms(language, question)) | titles
    tokens = [m for m in _TOKEN.finditer(sentence)]
    texts = [m.group() for m in tokens]
    shared = [p for p, token in enumerate(texts) if (terms := question_terms(language, token)) and set(terms) <= asked]
    shared = sorted({*shared, *_spelled_out(texts, question)})
    # "Which university...?" about "Hong Kong Polytechnic University": the asked noun heads the name.
    thing = question_terms(language, asked_category_noun(question, language.code))[:1] if kinds <= {"name", "place"} else []
    heads = {p for p in shared if p > 0 and texts[p][:1].isupper() and question_terms(language, texts[p])[:1] == thing}
    # A common noun the question gives ("für Busse und Bahnen, Katharina Wagner") begins no name.
    given = [
        p for p in shared if not titles & set(question_terms(language, texts[p])) and p not in heads
        and language.stem(fold(texts[p].lower())) not in names.common
    ]
    entitled = _named_after_noun(language, texts, thing)
    if kinds == {"date"} and asks_clock_time(question) and (clock := _CLOCK_PHRASE.search(sentence)):
        return clock.span()
    if kinds == {"score"}:
        # A record is the first ("At 4-7, including 2-6 in the AFC"), a game's score the last: a
        # report gives the halftime lead or the season's record before it ("a 31–0 halftime lead
        # ... to win 31–24", "a 12–4 record, ... defeating them 20–18").
        scores = list(SCORE.finditer(sentence))
        return (scores[0] if "record" in question.lower() else scores[-1]).span() if scores else None
    if kinds == {"frequency"}:
        found = FREQUENCY.search(sentence)
        return found.span() if found else None
    if kinds == {"hashtag"}:
        tagged = HASHTAG.search(sentence)
        return tagged.span() if tagged else None
    if kinds == {"number"} and stuff_amount_asked(question, language.code):
        # "How much snow fell?": "a foot" or "two feet", the amount with its unit, not "two" alone.
        measured = _nearest_measure(sentence, set(AMOUNT_MEASURES), [tokens[p].start() for p in shared], set())
        if measured:
            return measured
    if kinds & MEASURE_KINDS:
        said = {fold(word.lower()) for word in _TOKEN.findall(question)}
        # "What is the cheapest a smartwatch gets?": the amount beside "smartwatches", not the one
        # after "you can even get".
        light = LIGHT_WORDS.get(language.code, frozenset())
        content = [p for p in shared if not set(question_terms(language, texts[p])) <= light] or shared
        return _nearest_measure(sentence, kinds & MEASURE_KINDS, [tokens[p].start() for p in content], said)
    runs: list[list[int]] = []
    for position, token in enumerate(texts):
        skipped = position in shared and position not in entitled
        if skipped or ("date" in kinds and _labels_a_name(texts, position)) or (
            "number" in kinds and at_clock(texts, position)
        ) or ("date" in kinds and sentence.startswith(_DEGREES, tokens[position].end())):
            continue
        in_run = bool(runs) and runs[-1][-1] == position - 1 and (not (
            position and _BREAKS.search(sentence, tokens[position - 1].end(), tokens[position].start())
        ) or ("date" in kinds and _year_of_a_day(sentence, tokens, runs[-1], position)))
        previous = texts[position - 1].lower() if position else ""
        before = texts[position - 2].lower() if position > 1 else ""
        if "place" in kinds and previous in _DETERMINERS and before not in _ORIGINS:
            previous = before  # the place word before its article: "in the Red Sea"
        elif "place" in kinds and _dated_event(texts, position):
            previous = texts[position - 3].lower()  # "at the 2019 Los Angeles Auto Show"
        # A sentence's first word is a name when the asked noun heads it: "American Airlines offered ...".
        first = (
            (position == 0 or _opens_quotation(sentence, tokens, position)) and token not in names.words
            and position + 1 not in heads and not _name_goes_on(language, sentence, tokens, position)
        )
        if not in_run and names.common and (kinds & {"name", "place"}) and _common_noun(language, token, kinds, names):
            continue  # "Die Ermittlungen sollen nach Angaben des ... Mario Mannweiler": no name at "Angaben"
        if _fits(token, first, previous, in_run, kinds, language.code):
            if in_run:
                runs[-1].append(position)
            else:
                runs.append([position])
        elif in_run and _joins(texts, position, kinds, language.code):
            runs[-1].append(position)
    if "date" in kinds and _THIS_YEAR.search(question):
        # "Wann fangen die Eisheiligen dieses Jahr an?" about "Auch 2024 beginnen sie am 11. Mai": the
        # question gives the year, so the year alone answers nothing; the day does.
        runs = [run for run in runs if not (len(run) == 1 and YEAR.match(texts[run[0]]))] or runs
    counted_phrase = counted_words(question, language.code) if "number" in kinds else []
    if counted_phrase:
        # "How many stores...?": an amount of money ("$2.53") or a share ("5%") counts no stores, nor,
        # unless the question counts a unit ("how many years"), a number of units ("seven years").
        counts_units = bool(set(counted_phrase) & ALL_UNITS)
        runs = [
            run for run in runs
            if texts[run[0]][:1] not in CURRENCY_SIGNS and not texts[run[-1]].endswith("%")
            and (counts_units or run[-1] + 1 == len(texts) or fold(texts[run[-1] + 1].lower()) not in _MEASURED_UNITS)
        ]
        # A share in words ("40 Prozent") may count the votes of "36 Prozent der Stimmen", but beside a
        # count of things ("knapp 1.000 Artikel") it is a part of them, not how many there are.
        runs = [
            run for run in runs if run[-1] + 1 == len(texts) or fold(texts[run[-1] + 1].lower()) not in UNITS["share"]
        ] or runs
    if counted_phrase:
        # "Mit wie vielen Soldaten ...?" about "am 5. April 1754 mit 500 Mann": a day counts nothing.
        runs = [run for run in runs if not _a_day(texts, run)] or runs
        # "How many volunteers ...?" about "15 healthy volunteers — once after ...": "once" counts times,
        # the answer only when times are what is counted ("How many times did they meet?").
        if not _TIMES_COUNTED & {fold(word.lower()) for word in counted_phrase}:
            runs = [run for run in runs if fold(texts[run[0]].lower()) not in _COUNTS_OF_TIMES] or runs
    named = [run for run in runs if "number" in kinds and _names_a_number(texts, run[0]) and not (
        texts[run[0]][:1].isdigit() and _BREAKS.search(sentence, tokens[run[0] - 1].end(), tokens[run[0]].start())
    )]
    if named and len(named) < len(runs):
        # "Japan's Nikkei 225 (N225) declined 0.3%": a name's number is no amount beside another number
        # (but "Cotchery (39 receptions" is a count after a name).
        runs = [run for run in runs if run not in named]
    elif named:
        # A code spelled with a capital counts nothing even alone: "the LC500 Convertible could arrive".
        runs = [run for run in runs if not texts[run[0]][:1].isupper()]
    # "Who is publishing the memoir?" about "Woody Allen's memoir will be published next month by
    # Arcade Publishing": the doer after "by" did the asked act, not the owner; whole, though it
    # holds the question's word ("Publishing"). "Who was arrested?" about "Peter Hall was arrested
    # by Officer Dan Reyes": the name after "by" is the one who did it, no answer.
    act = _ASKED_ACT.match(question)
    act_terms = set(question_terms(language, act["act"])) if act else set()
    acted = [p for p in shared if act_terms & set(question_terms(language, texts[p]))]
    passive = _ASKS_PASSIVELY.search(question) is not None
    doers = [
        whole for run in runs if _after_agent_word(texts, run, acted)
        and not _qualifies_a_noun(language, texts, whole := _with_capitals_after(sentence, tokens, run))
    ] if not passive and not _NAMES_THE_DOER.search(question) else []
    if passive:
        runs = [run for run in runs if not _after_agent_word(texts, run, shared)] or runs
    if kinds <= {"name", "place"}:
        runs = [
            run for run in runs
            if run[0] in entitled
            or (question_terms(language, " ".join(texts[p] for p in run))
                and not _extends_asked_name(run, given, sentence, tokens))
        ]
    if "place" in kinds and "name" in kinds and works_at(question):
        # "Where does she work?": the body after "for" or "at", not her job title ("a Software Engineer for SpaceX")
        runs = [run for run in runs if _after_employer_word(texts, run[0])] or runs
    if _WHO.match(question) and "place" not in kinds:
        runs = [run for run in runs if not (run[0] > 0 and texts[run[0] - 1].lower() in _PLACE_BEFORE)]
        # "Wen schlägt der Aufsichtsrat vor?" about "Der Aufsichtsrat der Deutschen Bank hat Alexander
        # Wynaendts nominiert": a name owning a noun the question gives is part of what it asks about.
        runs = [run for run in runs if not _owns_asked_noun(language.code, texts, run, shared)] or runs
        # A run ending in a title is a post, not who holds it: "as Chief Strategy Officer, ... said
        # Avinoam Rubinstain, CEO and founder".
        runs = [run for run in runs if texts[run[-1]].lower() not in _PERSON_TITLES] or runs
        runs = [run for run in runs if not _qualifies_a_noun(language, texts, run)]
        runs = [run for run in runs if not qualifies_people(language.code, texts, run)]
        # A known place ("Johannesburg", "New Mexico") answers "where", not "who": after "to" or
        # "from" it is where someone went or came from ("Considered South Africa's most successful
        # romance writer, she moved to Johannesburg"), never who; elsewhere it yields to a person
        # or a body beside it, and alone it may be a state or a team that acted ("Germany").
        runs = [run for run in runs if not (
            _one_known_place(language.code, texts, run) and run[0] > 0 and texts[run[0] - 1].lower() in _WENT_TO_OR_FROM
        )]
        runs = [run for run in runs if not _one_known_place(language.code, texts, run)] or runs
        runs = doers or runs
    did_to = _WHO_DID_TO.match(question) if titles else None
    if did_to and not titles & set(question_terms(language, did_to.group().split()[-1])):
        # Not when the verb is the title itself: "Who captains the ship?" asks for the "ship captain (Greez)".
        said = set(question_terms(language, question))
        held = [run for run in runs if run[0] - 1 in shared and titles & said & set(question_terms(language, texts[run[0] - 1]))]
        runs = [run for run in runs if run not in held] if len(held) < len(runs) else runs
    if names.main and _SOMEONE_ELSE.search(question):
        # "Who did he lose to?": "he" is the article's main person, so that name is not the answer.
        runs = [run for run in runs if all(POSSESSIVE.sub("", texts[p]) != names.main for p in run)]
    if _WHO.match(question) and language.code == "en":
        # "with Salesforce founder and co-CEO Marc Benioff": the body before a title is not whom it names.
        runs = [run for run in runs if not _heads_a_title(texts, run, runs)] or runs
        # "Steve Wynn, Donald Trump's hotelier buddy, pledged": the owner in the name's apposition
        # says who the named one is; the one named did it.
        runs = [run for run in runs if not _owner_apposed(sentence, tokens, texts, run, runs)]
    if _WHO.match(question) and not any(len(run) > 1 or texts[run[0]] in names.surnames for run in runs):
        group = _group_subject(language.code, sentence, tokens)
        if group is not None:
            return group
        # No one named: a role is who ("held by his father"); in German, whose capitalised words
        # are nouns, a role beats a lone word no sentence uses as a surname.
        role = role_phrase(language.code, sentence, [tokens[p].start() for p in shared])
        if role is not None and (not runs or language.code in NOUNS_CAPITALISED):
            return role
    if not runs and "date" in kinds:
        elapsed = _elapsed(sentence, [tokens[p].start() for p in shared])
        if elapsed:
            return elapsed
        # A sentence giving no day, only the hour, answers "when" with it: "den Katastrophenfall erst
        # um 23 Uhr ausgerufen" for "Wann hat der Landrat den Katastrophenfall erklärt?".
        clock = _CLOCK_PHRASE.search(sentence)
        if clock:
            return clock.span()
    if not runs:
        where = "place" in kinds and _WHERE.search(question)
        return _place_phrase(language, sentence, tokens, shared, bool(_WHITHER.search(question))) if where else None
    anchors = [p for p in shared if titles & set(question_terms(language, texts[p]))] or shared
    if "number" in kinds:
        # The number beside the thing a "how many" question counts ("recorded calls", "British oil
        # paintings"), unless that is a unit ("how many miles": the other numbers may be miles too).
        counted = set() if set(counted_phrase) & ALL_UNITS else set(question_terms(language, " ".join(counted_phrase)))
        # The sentence may count them in its own word, right after one count alone ("3,600 children"
        # for "how many kids"; "1.7 million residents within an area of 2.6 million residents" does
        # not say which residents "how many people" asks for).
        standing = {other for term in counted for other in (bridged or {}).get(term, ())}
        counting = [
            run[-1] + 1 for run in runs
            if run[-1] + 1 < len(texts) and standing & set(question_terms(language, texts[run[-1] + 1]))
        ]
        anchors = [p for p in anchors if counted & set(question_terms(language, texts[p]))] or (
            counting if len(counting) == 1 else anchors)
    whose = bool(_WHOSE.match(question))
    from_where = "place" in kinds and bool(_ASKS_ORIGIN.search(question))
    relative_clauses = list(_RELATIVE_CLAUSE.finditer(sentence)) if "date" in kinds else []

    def gap(run: list[int], anchor: int) -> float:
        """Words between a run and one asked word, plus AFTER_FIRST on the less likely side: a name
        follows its title ("field director Ed Mangan"), a count precedes what it counts ("five
        solo tackles"); plus CLAUSE when punctuation stands between them (another list item),
        except for a date, which holds its own commas ("April 12, 1961")."""
        if anchor < run[0]:
            words, between = run[0] - anchor, (tokens[anchor].end(), tokens[run[0]].start())
            words += AFTER_FIRST if "number" in kinds else 0.0
        else:
            words, between = anchor - run[-1], (tokens[run[-1]].end(), tokens[anchor].start())
            if "name" in kinds and _in_apposition(sentence, tokens[run[-1]].end(), tokens[anchor].end()):
                return 0.0
            words += AFTER_FIRST if kinds <= {"name", "place"} else 0.0
        broken = _BREAKS if "date" not in kinds else _DATE_CLAUSE_CUT
        clause = CLAUSE if broken.search(sentence, *between) else 0.0
        if not clause and "date" in kinds and any(
            (clauses.start() < tokens[run[0]].start() < clauses.end()) != (clauses.start() < tokens[anchor].start() < clauses.end())
            for clauses in relative_clauses
        ):
            clause = CLAUSE
        if "name" in kinds and _COORDINATED.fullmatch(sentence, *between):
            clause = COORDINATED  # "on play-by-play and Ed McCaffrey": the next item of a list
        return words + clause

    def distance(run: list[int]) -> float:
        if run[-1] + 1 in heads:
            return 0.0  # the asked noun heads the run's name: "Süddeutschen Zeitung" for "Welche Zeitung"
        lone = 0
        if "name" in kinds and len(run) == 1:
            lone = LONE_SURNAME if texts[run[0]] in names.surnames else LONE_WORD
        nearest = min((gap(run, anchor) for anchor in anchors), default=0.0)
        # A possessor ("Brad Nortman's punt") is rarely the one asked for; a doer after "by" often is.
        possessive = POSSESSOR if not whose and POSSESSIVE.search(texts[run[-1]]) else 0.0
        agent = BY_AGENT if any(texts[p].lower() in _AGENT_WORDS for p in range(max(run[0] - 2, 0), run[0])) else 0.0
        origin = FROM_ORIGIN if from_where and any(
            texts[p].lower() in _FROM_WORDS for p in range(max(run[0] - 2, 0), run[0])
        ) else 0.0
        return nearest + lone + possessive - agent - origin

    # "Which university ...?" about "at the University of Pennsylvania": a name the asked noun
    # heads, before it ("Rice University") or with "of" after it, is the answer; not when the noun
    # is a person's title ("NFL Commissioner Roger Goodell": the name after it is the one asked).
    organisations = {p for p in heads if texts[p].lower() not in _PERSON_TITLES}
    headed = [run for run in runs if run[-1] + 1 in organisations or _headed_by(texts, run, organisations)]
    people = [run for run in runs if names.a_persons(texts, run)]
    if "name" in kinds and _COMPANY_ASKED.search(question.lower()):
        # "Which company built the streetlights?" about "streetlights installed in Lindi town": a
        # place is no company; with no other name, the sentence names none.
        runs = [run for run in runs if not _a_place(language.code, texts, run, names.places)]
        if not runs:
            return None
    if "name" in kinds and people and asks_an_organisation(question):
        # "Which company develops Minecraft?" about "developer Ammar Askar ... to Minecraft developer
        # Mojang": a person is no company, however near the question's words.
        runs = [run for run in runs if run not in people] or runs
    elif people and _WHO.match(question) and _MAKING.search(question):
        # "Who found the bug?", "Who created pyenv?": a person's name ("Ammar Askar") over a one-word
        # name no one is called by ("Mojang", "Python"), however near the question's words that one
        # stands. Not for other deeds, which a body does as often ("Who bought the factory?" ->
        # "AvtoZAZ", "Who did the Ottoman empire ally with?" -> "Germany").
        runs = [run for run in runs if len(run) > 1 or texts[run[0]] in names.surnames]
    reporter = _reporter(language, sentence, tokens, texts, people or runs, shared, question) \
        if "name" in kinds and _WHO.match(question) else None
    best = reporter or min(headed or runs, key=distance)
    owners = [k for k, position in enumerate(best[:-1]) if _OWNER.search(texts[position])]
    owned = best[owners[-1] + 1:] if owners else []
    if len(owned) >= 2 and all(texts[p][:1].isupper() for p in owned) and _WHO.match(question) and not whose:
        # "Wichita Heights' Aidan Gantenbein": who is the one after the team's name; not "Levi's
        # Stadium" or "People's Republic of China", names holding a possessive.
        best = owned
    if kinds <= {"name", "place"} and language.code != "en":
        best = _without_next_clause(language.code, texts, best)
    start, end = best[0], best[-1] + (best[-1] + 1 in heads)
    if _headed_by(texts, best, heads):
        start -= 2
    if start > 0 and "date" in kinds and texts[start - 1].isdigit() and len(texts[start - 1]) <= 2:
        start -= 1  # the day before its month ("12 May 2019")
    elif start > 1 and "date" in kinds and texts[start - 1] == "de" and is_day_number(texts[start - 2]):
        start -= 2  # the Spanish day before "de" and its month ("el 30 de diciembre")
    if start > 0 and "number" in kinds and fold(texts[start].lower()) in _LARGE_NUMBERS and texts[start - 1].lower() in _ONE:
        start -= 1  # "un millón", "eine Million": the article is its one
    if start > 0 and "date" in kinds and texts[start - 1].lower() in _RELATIVE and not is_day_number(texts[start]):
        start -= 1  # "este jueves", "Mitte Juni"; a day's number says which day alone ("el pasado 30 de diciembre")
    if "place" in kinds and kinds <= {"place", "name"}:
        end = _range_end(texts, sentence, tokens, start, end)
    if "number" in kinds and _scaled_unit_after(texts, end):
        end += 2  # "1,5 millones de euros": the scale's unit after "de"
    unit = texts[end + 1] if end + 1 < len(texts) else ""
    # The unit after a number ("three times", "80 Millionen Euro") is part of the answer; what it
    # counts is not: "How many games ...?" about "four games left" (the noun repeats the question,
    # or names what "And how many does Harris have?" counts).
    if (
        "number" in kinds
        and fold(unit.lower()) in _UNITS_AFTER_A_COUNT
        and (unit.islower() or language.code == "de")
        and texts[end].lower() not in _COUNTS_OF_TIMES
        and texts[end][:1] not in CURRENCY_SIGNS
        and question_terms(language, unit)
    ):
        end += 1
        counted_terms = set(question_terms(language, " ".join(counted_words(question, language.code, whole=True))))
        if end + 1 in shared and not _BREAKS.search(sentence, tokens[end].end(), tokens[end + 1].start()) and (
            not counted_terms or counted_terms & set(question_terms(language, texts[end + 1]))
        ):
            end += 1  # on to the counted word: "five solo tackles", not the verb ("1.000 Artikel reduziert")
    possessive = POSSESSIVE.search(texts[end]) if kinds <= {"name", "place"} else None
    first, last = tokens[start].start(), tokens[end].end() - (len(possessive.group()) if possessive else 0)
    if "number" in kinds:
        first = bound_start(sentence, first)
        percent = _PERCENT_AFTER.match(sentence, last)
        last = percent.end() if percent else last
    return first, last
