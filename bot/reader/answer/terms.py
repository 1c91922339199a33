"""The words a question and a sentence are matched on: stemmed, accent-free content words.

Answering needs its own word list rather than `Language.terms`: the summary's stop lists drop words
a question hinges on (numbers, "second", "novel") and keep words that only phrase the question
("combien", "hat", "cuántos"). English past tenses are also mapped to their verb ("built" ->
"build"), because questions ask "when did they build" about sentences saying "they built", and no
stemmer or shared prefix joins the two; and British spellings to American ones ("kilometres" ->
"kilometers", `spelling.py`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.reader.answer.spelling import one_spelling
from bot.reader.answer.stem_collisions import own_term
from bot.reader.text.language import Language, fold, language_for, lower_case, without_apostrophe_tail, words

LIGHT_WORDS = {
    "en": frozenset(
        "get make take go come give put becom happen keep work old long far big tall larg high often quick soon heavi "
        "expens cheap cheapest priciest pricey costli dear mention".split()
    ),
    "de": frozenset("alt lang weit gross hoch oft schnell schwer stark".split()),
    "fr": frozenset("fair fer feront font fais".split()),
    "es": frozenset("hac hiz hic har hari hag haci".split()),
}
"""Stems of words that carry little of a question's content: light verbs ("get divorced" asks about
a divorce; "who works for Amnesty?" about a post there, "Director ... at Amnesty International") and the adjectives of "how old", "how long", "how quickly", "how expensive", "wie alt" (the answer is a
number, not the word); French "faire" and Spanish "hacer" in their forms ("Que fera Vox ?", "¿Qué
hará Vox?" asks what Vox will do: "hará" is found nowhere, and the question was declined), but not
"fait" or "hecho", which are as often a fact; and "mention", which asks whether the article
names a thing, not for a sentence holding the word ("Does it mention Kerr?" was declined on a page
naming him). Left out when the decline rule asks whether all of the question's content is missing."""

# sumy's English stop list has 580 words, many of them what a question hinges on ("three",
# "second", "novel", "help"); answering does better with the short list of function words below
# (plus the words questions are phrased with). Other languages' lists are short already, but
# still drop number words, which a "how many" question needs.
_ENGLISH_STOP_WORDS = frozenset(
    "i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she "
    "her hers herself it its itself they them their theirs themselves what which who whom whose this "
    "that these those am is are was were be been being have has had having do does did doing a an the "
    "and but if or because as until while of at by for with about against between into through during "
    "before after above below to from up down in out on off over under again further then once here "
    "there when where why how all any both each few more most other some such no nor not only own "
    "same so than too very s t can will just don should now d ll m o re ve y many much also would "
    "could may might must shall one name type kind anything something everything".split()
)
"""Not "call", "called" or "named": "What did Christie call him?" then matched "Christie also said
he would stay in the race", not "Christie called Trump a coward" (reworded dev top-1 0.69 -> 0.70,
wrongly declined 0.08 -> 0.07, follow-ups 0.73 -> 0.74; of SQuAD 1.1's questions holding "call"
105 of 142 right at top-1 -> 106, holding "name" or "named" 200 of 270 -> 205)."""
# sumy's lists miss auxiliaries and question words ("hat", "wurde", "combien", "ont", "cuántos"),
# which then weigh like rare content words and pull in any sentence that has them; and negations
# ("nie", "jamais", "nunca"), which the decline model reads apart (`decline.NEGATIONS`): as a content
# word "nunca" was missing from "En ninguna protesta puede faltar ...", which says it another way.
_MISSING_STOP_WORDS = {
    "de": frozenset(
        "hat haben habe hatte hatten wurde wurden war waren gibt muss sollte welche welcher welches "
        "viel viele noch schon sehr mehr darf dürfen durfte konnte mag möchte höchstens mindestens etwa "
        "diesmal wofür worüber womit wozu woran worauf wodurch wovon woraus wen wem wessen gab gäbe "
        "nie niemals".split()
    ),
    "fr": frozenset(
        "a ai as ont avait avaient était être quoi combien un une de ne plus on cette peuvent pouvait "
        "doivent devait va jamais aucun aucune".split()
    ),
    "es": frozenset(
        "qué quién quiénes cuál cuáles cuándo dónde adónde cómo cuánto cuánta cuántos cuántas "
        "han hay había habían he hemos está están estaba estaban son fueron sido podía debe deben "
        "debía nunca jamás ningún ninguna ninguno".split()
    ),
}
_NUMBER_STOP_WORDS = frozenset(
    "eins zwei drei vier fünf sechs sieben acht neun zehn erste zweite dritte neue alte "
    "deux trois quatre cinq six sept huit neuf dix premier première deuxième nouveau nouvelle "
    "fois dos tres cuatro cinco primero primera segundo segunda nuevo nueva vez veces".split()
)

# Irregular English verbs: base form, then its past forms. Forms that are also common nouns or
# other verbs ("ground", "wound", "left", "lay", "born", "fed", "rose") are left out, since mapping
# them would join unrelated words.
IRREGULAR_VERBS = """
arise arose arisen|awake awoke awoken|bear bore borne|beat beaten|become became|begin began begun|
bend bent|bite bit bitten|bleed bled|blow blew blown|break broke broken|breed bred|bring brought|
build built|burn burnt|buy bought|catch caught|choose chose chosen|cling clung|come came|creep crept|
deal dealt|dig dug|do did done|draw drew drawn|dream dreamt|drink drank drunk|drive drove driven|
eat ate eaten|fall fell fallen|feel felt|fight fought|find found|flee fled|fly flew flown|
forbid forbade forbidden|forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|
get got gotten|give gave given|go went gone|grow grew grown|hang hung|hear heard|hide hid hidden|
hold held|keep kept|kneel knelt|know knew known|lead led|lean leant|leap leapt|learn learnt|lend lent|
light lit|lose lost|make made|mean meant|meet met|pay paid|prove proven|ride rode ridden|ring rang rung|
rise risen|run ran|say said|see saw seen|seek sought|sell sold|send sent|shake shook shaken|shine shone|
shoot shot|show shown|shrink shrank shrunk|sing sang sung|spit spat|sink sank sunk|sit sat|slay slew slain|
sleep slept|slide slid|speak spoke spoken|spend spent|spin spun|spring sprang sprung|stand stood|
steal stole stolen|stick stuck|sting stung|strike struck|strive strove striven|swear swore sworn|
sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|
think thought|throw threw thrown|undergo underwent undergone|understand understood|
undertake undertook undertaken|wake woke woken|wear wore worn|weave wove woven|win won|
withdraw withdrew withdrawn|write wrote written|overcome overcame|overtake overtook overtaken|
oversee oversaw overseen|foresee foresaw foreseen|mislead misled|withstand withstood|uphold upheld
"""
_BASE_FORMS = {
    "en": {form: verb.split()[0] for verb in IRREGULAR_VERBS.split("|") for form in verb.split()[1:]},
    # French "né", "née", "nés", "nées" (born), accents dropped: "ne" is the negation's stop word and
    # the question "Quand est-il né ?" lost its verb, so any sentence naming him answered it. The
    # negation, written without the accent, is dropped before this table is read. Read as "naît",
    # the verb's form no bridge table lists: the wordnet tables join "naître" to "obtenir" ("Quand
    # Antonis Samaras est-il né ?" found "obtenu") and "naissance" to "changement".
    "fr": {"ne": "nait", "nee": "nait", "nes": "nait", "nees": "nait"},
}
_NEGATED = {"won't": "will", "can't": "can", "shan't": "shall", "ain't": "is"}
_NOT = re.compile(r"(?<=[a-z])n't$")
""""doesn't" is "does" (a stop word), and "won't" is "will", not "won" (the past of "win")."""
_DOTTED = re.compile(r"\b(?:[A-Z]\.){2,}")
"""An abbreviation written with full stops: "U.S.", "U.N.", "U.S.A."."""
MAX_ABBREVIATION = 5
_INSIDE_NAMES = frozenset({"of", "for", "and", "de", "des", "du", "der", "für", "und", "del", "y"})
"""Small words inside a name that its initials skip ("United States of America" -> "usa"); a run
may go on past them, but its initials are taken where it stops."""


DATE_WORDS = {
    "en": "date dates year years century centuries decade decades",
    "fr": "date dates jour année", "de": "datum tag seit", "es": "fecha fechas día año",
}
"""The nouns a question names its kind with when it asks for a date ("On what date do Britons
vote?", "In what year ...", "À quelle date ...", "¿En qué fecha ...?"): an article gives the date
("Dec. 12", "in 1636"), seldom the word, so matching on it only makes the question look less
covered than it is, and favours a sentence using the word for something else ("the 2012–13 school
year" for "In what year was the school formed?"). "¿Qué día ocurrió la agresión?" took "ese día" of
another sentence over "el lunes 29 de octubre". "En quelle année est-il né ?" and "¿En qué año se
fundó?" name it as the English "In what year" does. German "seit wann" asks a date with a word
the answer seldom holds ("Seit wann gibt es den Club?": "wurde 1998 gegründet"); French "depuis" and
Spanish "desde" are stop words already."""


CAUSE_WORDS = {
    "en": "cause causes reason reasons", "de": "grund gründe ursache ursachen",
    "fr": "cause causes raison raisons", "es": "causa causas motivo motivos razón razones",
}
"""The nouns a "why" question asked in other words names its kind with ("What was the cause of the
fire?", "Quelle est la cause du feu ?"): the article says "because" or "suite à l'accident", seldom
the noun, which only bridges to words of sequence and result ("suite", "résultat")."""
NAME_WORDS = {
    "en": "name names named called", "de": "heißt heisst hieß hiess heißen heissen hießen hiessen lautet lautete name namen",
    "fr": "appelle appellent appelait appelaient nom noms", "es": "llama llaman llamaba llamaban nombre nombres",
}
"""The words a question asks for a name with (`withheld.asks_a_name`: "Comment s'appelle le conducteur
?", "Quel était le nom du commandant ?", "Wie heißt der Fahrer?", "¿Cómo se llama?"): the article
gives the name, seldom these words, and "appelle la population à ..." or "aux commandes" met them
instead. English drops "name" as a stop word already, and "named" and "called" here: they are
content words elsewhere ("What did Christie call Trump?" asks for what he called him, "Who called
the police?", "Who was named coach?")."""
_KIND_NOUNS = {"date": DATE_WORDS, "cause": CAUSE_WORDS, "name": NAME_WORDS}


@lru_cache(maxsize=None)
def kind_nouns_for(kind: str, code: str) -> frozenset[str]:
    """`DATE_WORDS`, `CAUSE_WORDS` or `NAME_WORDS` as the terms `question_terms` makes of them."""
    return frozenset(question_terms(language_for(code), _KIND_NOUNS[kind].get(code, "")))


@lru_cache(maxsize=None)
def stop_words_for(code: str) -> frozenset[str]:
    """The words a question's match ignores: function words, never numbers."""
    if code == "en":
        return _ENGLISH_STOP_WORDS
    listed = language_for(code).stop_words | _MISSING_STOP_WORDS.get(code, frozenset())
    return listed - _NUMBER_STOP_WORDS


def question_terms(language: Language, text: str) -> list[str]:
    """Stemmed content words without accents, keeping numbers and number words.

    Abbreviations meet each other: "U.N." is read as "UN", and an abbreviation in capitals is kept
    even when it spells a stop word ("US"); `name_initials` joins them to the names they shorten.
    A text of one word is kept (`_TOKENS`): answering reads each word of a sentence this way.
    """
    if " " in text:
        return _terms(language, text)
    key = (language.code, text)
    found = _TOKENS.get(key)
    if found is None:
        if len(_TOKENS) >= MAX_CACHED_WORDS:
            _TOKENS.clear()
        found = _TOKENS[key] = tuple(_terms(language, text))
    return list(found)


def _terms(language: Language, text: str) -> list[str]:
    """`question_terms`, read afresh."""
    text = _DOTTED.sub(lambda found: found.group().replace(".", ""), text)
    shouting = text.isupper()
    out = []
    for word in words(text):
        abbreviation = 2 <= len(word) <= MAX_ABBREVIATION and word.isupper() and not shouting
        term = _term_of(language, word, abbreviation)
        if term is not None:
            out.append(term)
    return out


MAX_CACHED_WORDS = 100_000
"""How many words' terms `_term_of` and `question_terms` keep; each cache is emptied when it is full."""
_TERMS: dict[tuple[str, str, bool], str | None] = {}
_TOKENS: dict[tuple[str, str], tuple[str, ...]] = {}
_UNREAD = ""
"""What the cache gives for a word not read yet (a word whose term were empty would only be read again)."""


def _term_of(language: Language, word: str, abbreviation: bool) -> str | None:
    """The term of one word (None for a stop word), kept by language code and word: the same words
    come back in every question and every sentence, and reading one costs two regular expressions,
    a fold and a stem. A pure function of its arguments, so nothing of one article reaches another."""
    key = (language.code, word, abbreviation)
    term = _TERMS.get(key, _UNREAD)
    if term != _UNREAD:
        return term
    stop_words = stop_words_for(language.code)
    lowered = lower_case(word)
    lowered = _NEGATED.get(lowered) or _NOT.sub("", lowered)
    term = None
    if abbreviation or lowered not in stop_words:
        lowered = fold(language.without_elision(without_apostrophe_tail(lowered)))
        lowered = _BASE_FORMS.get(language.code, {}).get(lowered, lowered)
        if lowered and lowered != "_" and (abbreviation or lowered not in stop_words):
            stem = own_term(language.code, lowered, language.stem(lowered))
            term = one_spelling(language.code, stem) if not abbreviation else lowered
    if len(_TERMS) >= MAX_CACHED_WORDS:
        _TERMS.clear()
    _TERMS[key] = term
    return term


TAIL_INITIALS = 3
"""The fewest words a run's tail must have for its initials to count too (`name_initials`): two
letters ("us", "eu") are too often an acronym of their own."""


def name_initials(language: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The initials of each run of two to five capitalised words -> the run's terms ("United
    Nations" -> "un" -> ("unit", "nation")), for a question that abbreviates the name; and those of
    the run's tails of three words or more, since a capitalised word may open the run without
    being part of the name: "Allein der Rhein-Main-Verkehrsverbund" (German capitalises its
    nouns and a sentence's first word) is "RMV", and "Wie viele Tickets hat der RMV verkauft?"
    was declined as asking about a body the sentence does not name."""
    stop_words = stop_words_for(language.code)
    found: dict[str, tuple[str, ...]] = {}
    run: list[str] = []
    for word in [*words(text), "."]:
        if word[0].isupper() and len(word) > 1 and not word.isupper() and (run or word.lower() not in stop_words):
            run.append(word)
            continue
        if run and word.lower() in _INSIDE_NAMES:
            continue
        if 2 <= len(run) <= MAX_ABBREVIATION:
            found[fold("".join(w[0] for w in run).lower())] = tuple(question_terms(language, " ".join(run)))
        for start in range(1, len(run) - TAIL_INITIALS + 1):
            tail = run[start:start + MAX_ABBREVIATION]
            found.setdefault(fold("".join(w[0] for w in tail).lower()), tuple(question_terms(language, " ".join(tail))))
        run = []
    if language.code in LOWER_CASE_NAMES:
        for initials, terms in _initials_going_on_lower(language, text).items():
            found.setdefault(initials, terms)
    return found


LOWER_CASE_NAMES = frozenset({"fr", "es"})
"""Languages whose names of bodies go on in lower case after their first word ("Union européenne",
"Banque centrale européenne", "Organización de las Naciones Unidas" aside): "Quand l'UE a-t-elle
agi ?" is answered by "En 2001, l'Union européenne a mis en place ...", which no capitalised run
abbreviates."""
_ARTICLES_INSIDE = frozenset({"la", "le", "les", "l", "las", "los", "el"})
_ELIDED = re.compile(r"^[^\W\d_]{1,2}['’]")


def _initials_going_on_lower(language: Language, text: str) -> dict[str, tuple[str, ...]]:
    """The initials of a capitalised word and the lower-case words after it, each length from two
    to `MAX_ABBREVIATION` ("Union européenne" -> "ue", "Banque centrale européenne" -> "bc", "bce";
    "Organisation mondiale de la santé" -> "oms", past "de la") -> that run's terms."""
    stop_words = stop_words_for(language.code)
    tokens = [_ELIDED.sub("", word) or word for word in words(text)]  # "l'Union" -> "Union"
    found: dict[str, tuple[str, ...]] = {}
    for position, first in enumerate(tokens):
        if not first[0].isupper() or len(first) < 2 or first.isupper() or first.lower() in stop_words:
            continue
        run = [first]
        for word in tokens[position + 1:]:
            lowered = word.lower()
            if lowered in _INSIDE_NAMES or lowered in _ARTICLES_INSIDE:
                continue
            if not word[0].islower() or lowered in stop_words or len(run) == MAX_ABBREVIATION:
                break
            run.append(word)
            found.setdefault(fold("".join(w[0] for w in run).lower()), tuple(question_terms(language, " ".join(run))))
    return found
