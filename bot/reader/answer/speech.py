""""What did Mourinho say?": answered with that person's own quotations, or declined.

Keyword matching alone answers such a question with any sentence holding "said" and a name, often
someone else's statement ("Tottenham said in a statement: ..."). The quotes stage already knows
who said each quotation, so a question asking what someone said is answered with their quotes
first. When the article quotes nobody by that name, the keyword answer stands only if its sentence
names the person (reported speech: "Arroyo said the government has done it before"); otherwise the
article doesn't say what they said.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bot.reader.answer.dates import RELATIVE_DAYS, is_calendar_word
from bot.reader.answer.terms import question_terms
from bot.reader.quotes.lexicon import LEXICONS, ORGANISATION_WORDS, STYLE_TITLES
from bot.reader.quotes.quotations import Quote
from bot.reader.text.document import Sentence
from bot.reader.text.language import Language, fold, language_for, words

_DE_TOPIC = r"(?:\s+(?:über|zu|zum|zur|gegen|von|vom)\s.+?)"
"""What a German "Was sagte er über die UNO?" asks about, after whom it asks about."""
_SAID = {
    "en": re.compile(
        r"^\W*(?:and )?what (?:did|does|do|has|have|had|will) (?P<who>.+?) "
        r"(?:say|said|tell|told|add|added|think|claim|argue|announce|write|mean|reply|respond)\b", re.I),
    "de": re.compile(
        r"^\W*(?:und )?was (?:(?:sagte|sagt|meinte|meint|erklärte|erklärt|schrieb|antwortete) (?P<who>.+?)"
        rf"(?P<topic>{_DE_TOPIC})?|(?:hat|hatte) (?P<who_had>.+?)(?P<topic_had>{_DE_TOPIC})? "
        r"(?:gesagt|gemeint|erklärt|geschrieben|geantwortet))\W*$",
        re.I),
    "fr": re.compile(
        r"^\W*(?:et )?(?:qu['’](?:a|est-ce qu['’](?:a|ont)) (?:dit|déclaré|répondu|écrit|affirmé|expliqué)"
        r"|que (?:dit|déclare|répond|pense)|qu['’]en (?:dit|pense)) (?P<who>.+?)\W*$", re.I),
    "es": re.compile(
        r"^\W*(?:y )?qu[ée] (?:dijo|dice|ha dicho|declaró|respondió|escribió|afirmó|explicó|opina|opinó|piensa)"
        r" (?P<who>.+?)\W*$",
        re.I),
}
_NAME = re.compile(r"\b[^\W\d_][\w'’.-]*", re.UNICODE)
_STYLE_TITLES = frozenset(fold(title) for title in STYLE_TITLES)
QUOTES_SHOWN = 2


def _asked_who(question: str, language: str) -> str | None:
    """The words for whoever a "what did X say" question asks about, or None for another question.
    A German "Was hat X ...?" or French "Qu'a ... X ?" asks what X said only with a verb of saying:
    "Was hat Olbrechtsky entworfen?" and "Qu'a dessiné Dupont ?" ask what X made."""
    pattern = _SAID.get(language)
    match = pattern.match(question.strip()) if pattern else None
    if match is None:
        return None
    return match.group("who") or match.groupdict().get("who_had")


_TOPIC_OPENERS = {
    "en": frozenset("about on regarding concerning in at to".split()),
    "de": frozenset("über zu zum zur gegen von vom nach bei beim im am".split()),
    "fr": frozenset("sur de du des à au aux propos lors pendant dans".split()),
    "es": frozenset("sobre de del acerca en a al ante durante tras".split()),
}
"""Words that end whom a "what did X say" question asks about and open what about, where and when
("¿Qué dijo la policía sobre los fraudes?", "Qu'a dit le ministre de la Santé ?" asks the minister)."""


def speaker_asked(question: str, language: str) -> str:
    """The words naming whom a "what did X say" question asks about, named or not ("la policía",
    "der neue Präsident"), without what about; "" for another question or a pronoun ("what did
    she say?" asks about someone the turn before named)."""
    who = _asked_who(question, language) or ""
    tokens = who.split()
    openers = _TOPIC_OPENERS.get(language, frozenset())
    cut = next((position for position, token in enumerate(tokens) if position and token.lower() in openers), len(tokens))
    asked = " ".join(tokens[:cut])
    return "" if asked.lower() in _PRONOUNS else asked


def asks_only_what_was_said(question: str, language: str) -> bool:
    """"What did X say?", "Was sagte X?" with nothing after: the verb of saying is the question's
    frame, not a word the answer must hold; any reporting verb ("pledged", "warned") tells what was
    said. After "what did the coach tell the team to…" the verb is part of what is asked."""
    if _asked_who(question, language) is None:
        return False
    return not question_terms(language_for(language), topic_of(question, language))


@lru_cache(maxsize=None)
def reporting_terms(code: str) -> frozenset[str]:
    """The stems of the language's reporting verbs ("say", "warn"), as question terms."""
    language = language_for(code)
    verbs = LEXICONS.get(code, LEXICONS["en"]).verbs
    return frozenset(term for verb in verbs for term in question_terms(language, verb))


_SAID_ON = frozenset({"on", "am", "le", "el"})
"""The word that may stand between a reporting verb and its day: "said on Monday", "sagte am Montag"."""
_SAID_IN = frozenset({"in", "on", "via", "im", "dans", "sur", "en"})
_SAID_IN_ARTICLES = frozenset({"a", "an", "the", "einer", "einem", "un", "une", "la", "una"})
"""Where a source spoke, between the verb and the day: "said in a statement Monday", "posted on
Twitter Tuesday": a preposition, perhaps an article, and one word."""


def _is_day(token: str) -> bool:
    return is_calendar_word(token) or fold(token.lower()) in RELATIVE_DAYS


def _where_said(tokens: list[str], start: int) -> int:
    """How many words from `start` say where a source spoke ("in a statement", "on Twitter"): a
    preposition, perhaps an article, and one word that is no day; 0 when they say nothing of it."""
    if start + 1 >= len(tokens) or tokens[start].lower() not in _SAID_IN or _is_day(tokens[start + 1]):
        return 0
    return 3 if tokens[start + 1].lower() in _SAID_IN_ARTICLES else 2


def days_of_saying(language: Language, text: str) -> frozenset[str]:
    """The stems of the dates in a sentence that only say when someone spoke: the day right after a
    reporting verb ("officials said Monday the victim ...", "announced on Tuesday", "posted on
    Twitter Tuesday"). News dates its sources' words this way, so that day does not answer when the
    reported event happened ("The death occurred Saturday" does)."""
    verbs = LEXICONS.get(language.code, LEXICONS["en"]).verbs
    tokens = words(text)
    days: set[str] = set()
    for position, token in enumerate(tokens[:-1]):
        if token.lower() not in verbs:
            continue
        after = position + 1 + _where_said(tokens, position + 1)
        if after < len(tokens) and tokens[after].lower() in _SAID_ON:
            after += 1
        if after < len(tokens) and _is_day(tokens[after]):
            days.add(language.stem(fold(tokens[after].lower())))
    return frozenset(days)


_POSSESSIVES = {"en": frozenset("his her their its my our your".split())}
"""Words before a role, not a name: "his GP", "her MP", "their CEO"."""
_ROLE_ABBREVIATIONS = {"en": frozenset("gp mp mep pm da dj gm vp md ceo cfo coo cto cmo".split())}
"""All-capitals words that abbreviate a role after "the" too ("the GP"), where "the FBI" is a name."""


_NOUN_ARTICLES = {"de": frozenset("der die das des dem den ein eine einer eines einem einen".split())}
"""German writes every noun with a capital: after an article the word is a noun, not a name ("Was
sagte der Sprecher des Kremls?" asks about no one called Sprecher; "die Kanzlerin Merkel" keeps
Merkel)."""


def _is_name_word(word: str, after_possessive: bool, roles: frozenset[str]) -> bool:
    """A capitalised word of a name; after a possessive an all-capitals word abbreviates a role
    ("What did his GP first think he had?" asks about his doctor, whom the article calls "his
    doctor": read as a person named GP, the answer was declined for not quoting anyone so named),
    as a known role's abbreviation does anywhere ("What did the GP think at first?")."""
    abbreviation = len(word) > 1 and word.isupper()
    return word[:1].isupper() and not (abbreviation and (after_possessive or word.lower() in roles))


def asked_speaker(question: str, language: str) -> frozenset[str]:
    """The capitalised name words of the person a "what did X say" question asks about (folded),
    or nothing when it asks about no named person ("what did she say", "what did the report say",
    "what did his GP think")."""
    found = _NAME.findall(_asked_who(question, language) or "")
    possessive = bool(found) and found[0].lower() in _POSSESSIVES.get(language, frozenset())
    roles = _ROLE_ABBREVIATIONS.get(language, frozenset())
    articles = _NOUN_ARTICLES.get(language, frozenset())
    return frozenset(
        fold(word.lower()) for position, word in enumerate(found)
        if _is_name_word(word, possessive, roles) and not _after_article(found[:position], articles)
    )


def _after_article(before: list[str], articles: frozenset[str]) -> bool:
    """Whether a word follows an article with only lower-case words between: German "der neue
    Präsident" and "die frühere Kanzlerin" name a post as "der Präsident" does, not a person."""
    for word in reversed(before):
        if word.lower() in articles:
            return True
        if not word.islower():
            return False
    return False


_PRONOUNS = frozenset("he she they him her them er sie il elle ils elles él ella ellos ellas".split())


_SUBJECT_DROPPED = {
    "es": re.compile(
        r"^\W*(?:y )?qu[ée] (?:dijo|dice|ha dicho|declaró|respondió|contestó|replicó|escribió|afirmó|explicó)"
        r"(?: (?:a|al|sobre|de|del|acerca de|ante)\b[^?]*)?\W*$", re.I),
}
"""A Spanish "¿y qué dijo?" or "¿y qué respondió a los pilotos?" leaves its subject out, as Spanish
does when it is the person just named: what follows the verb, if anything, is to whom or about what."""


def asks_what_a_pronoun_said(question: str, language: str) -> bool:
    """"What did she say?": a follow-up about someone the previous answer named, in Spanish also
    with no pronoun at all (`_SUBJECT_DROPPED`)."""
    who = _asked_who(question, language)
    if who is not None and who.lower() in _PRONOUNS:
        return True
    dropped = _SUBJECT_DROPPED.get(language)
    return dropped is not None and dropped.match(question.strip()) is not None


def speaker_named_in(text: str, quotes: Sequence[Quote]) -> frozenset[str]:
    """The name words of the first person quoted in the article whom `text` (the previous answer)
    names: "Harbour Rovers appointed Lena Vogt ..., a day after sacking Tom Reid", Vogt and the club
    quoted -> Vogt, whom "what did she say?" asks about."""
    named = _names(text)
    # a body that speaks (`Harbour Rovers`, `NASA`) is no he or she
    speakers = {frozenset(_speaker_names(quote.speaker)) for quote in quotes if quote.speaker and not _is_body(quote.speaker)}
    # A speaker the text names in full goes first: "el alcalde de Bédar, Ángel Collados" names the
    # mayor, and only in part a speaker read as "Gallardos y Bédar".
    mentioned = [(not speaker <= named, min(text.lower().find(word) for word in speaker & named), speaker)
                 for speaker in speakers if speaker & named]
    return min(mentioned, key=lambda found: found[:2])[2] if mentioned else frozenset()


def _is_body(speaker: str) -> bool:
    words = speaker.split()
    return speaker.isupper() or any(word.lower() in ORGANISATION_WORDS for word in (words[0], words[-1]))


def _names(text: str) -> set[str]:
    return {fold(word.lower()) for word in _NAME.findall(text)}


def _speaker_names(speaker: str) -> set[str]:
    """A quote's speaker's name words without the title they are shown with: `Prince Andrew` is not the
    Prince Harry a question asks about."""
    return _names(speaker) - _STYLE_TITLES



def quotes_by(speaker: frozenset[str], quotes: Sequence[Quote], sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Per quotation of the person named, in article order, the sentences it runs over: a quote
    going on for three sentences may say what the question asks about in its third."""
    found: list[list[Sentence]] = []
    for quote in quotes:
        if quote.speaker and speaker & _speaker_names(quote.speaker) and all(quote.sentence not in run for run in found):
            found.append(_sentences_of(quote, sentences))
    return found


POST_REACH = 3
"""How many words before a speaker's name may give their post ("so der neue Präsident Rainer de
Meijer", "el presidente Luis Abinader")."""


def speaker_by_post(post: str, quotes: Sequence[Quote], sentences: Sequence[Sentence], language: Language) -> frozenset[str]:
    """The name words of the speaker quoted in the article whom a post names ("der neue Präsident",
    "la vicepresidenta"): the post's noun (its last word) is in the quote's role, or stands right
    before the speaker's name in a sentence of the article. Nothing when no one or more than one
    speaker holds it: "What did the minister say?" on a page quoting two ministers asks the reader's
    minister, whom the question does not name."""
    asked = question_terms(language, post)
    if not asked:
        return frozenset()
    noun = asked[-1]
    holders = {
        quote.speaker for quote in quotes
        if quote.speaker and (_names_post(noun, question_terms(language, quote.role or "")) or any(
            _names_post(noun, _words_before(sentence.text, quote.speaker, language)) for sentence in sentences
        ))
    }
    return frozenset(_speaker_names(holders.pop())) if len(holders) == 1 else frozenset()


BODY_IN_POST = 5
"""The fewest letters of an asked noun that, opening a word of a speaker's post, make the post one
of that body's: "el portavoz policial" and "Polizeisprecher" speak for "la policía", "die Polizei"."""


def _names_post(noun: str, post: Sequence[str]) -> bool:
    """Whether a speaker's post (its terms) holds the asked noun, or a word it opens (the body's
    adjective or a compound it leads): "What did the police say?" asks its spokesman."""
    return noun in post or (len(noun) >= BODY_IN_POST and any(term.startswith(noun) for term in post))


def _words_before(text: str, name: str, language: Language) -> list[str]:
    """The terms of the `POST_REACH` words before a name in a text, none when it is not there."""
    at = text.find(name)
    return question_terms(language, " ".join(words(text[:at])[-POST_REACH:])) if at > 0 else []


def _sentences_of(quote: Quote, sentences: Sequence[Sentence]) -> list[Sentence]:
    """The quote's first sentence and those after it whose opening words it quotes."""
    run = [quote.sentence]
    quoted = _plain(quote.text)
    for sentence in sentences[quote.sentence.index + 1:]:
        opening = " ".join(_plain(sentence.text).split()[:_OPENING_WORDS])
        if not opening or opening not in quoted:
            break
        run.append(sentence)
    return run


_OPENING_WORDS = 4
_MARKS = re.compile(r"[\"“”«»„‘’'\s]+")


def _plain(text: str) -> str:
    """Lower case, quotation marks and runs of spaces as one space: a quote's text and its
    sentences compare alike."""
    return _MARKS.sub(" ", text.lower()).strip()


def topic_of(question: str, language: str) -> str:
    """What a "what did X say about …" question asks X about: the words after its verb ("about
    legalization"); nothing for "what did X say?"."""
    pattern = _SAID.get(language)
    match = pattern.match(question.strip()) if pattern else None
    if match is None:
        return ""
    inside = match.groupdict().get("topic") or match.groupdict().get("topic_had")
    return inside.strip() if inside else question.strip()[match.end():]


_ABOUT = {"en": frozenset("about on regarding concerning".split()), "de": frozenset("über zu zum zur gegen von vom".split())}
"""Words that open a topic asked of a speaker ("about salmonella", "über die UNO"), by language."""


def asks_about(topic: str, language: str) -> bool:
    """Whether a topic (`topic_of`) names a thing the speaker spoke about ("about salmonella"), not
    what the words did or said ("held back the third quarter", "the system does"): only such a
    topic, touched by none of the speaker's words, tells that the article does not say."""
    first = next(iter(words(topic.lower())), "")
    return first in _ABOUT.get(language, frozenset())


_ADDING = {
    "en": re.compile(r"\b(?:add|adds|added)\b", re.I),
    "de": re.compile(r"\b(?:fügte|fügt|ergänzte|ergänzt|hinzugefügt)\b", re.I),
    "fr": re.compile(r"\bajout(?:e|é|a|ait)\b", re.I),
    "es": re.compile(r"\b(?:añadió|añade|agregó|agrega)\b", re.I),
}
"""Verbs of adding to what was said: "What did he add?" asks for the quotation "he added"."""


def added_first(question: str, said: Sequence[Sequence[Sentence]], language: str) -> list[Sequence[Sentence]]:
    """For "What did he add?" (a "what did X say" question whose verb is one of adding,
    `_ADDING`), the quotations told with such a verb ("…,” he added.") first, in article order;
    else the quotations as they were. A reader asking what someone added wants the words that
    came after the first ones, not the first ones again."""
    adding = _ADDING.get(language)
    if adding is None or _asked_who(question, language) is None or not adding.search(question):
        return list(said)
    return sorted(said, key=lambda run: not any(adding.search(sentence.text) for sentence in run))


def best_first(said: Sequence[Sequence[Sentence]], relevance: Sequence[float] | None) -> list[Sentence]:
    """For each quotation its sentence the question's topic matches best (`relevance`, per
    sentence index: "what did X say about the costs?"; its first sentence on a tie), the best
    matching quotations first, then in article order; QUOTES_SHOWN of them. With no topic
    (`relevance` None), each quotation's first sentence in article order."""
    if relevance is None:
        return [run[0] for run in said][:QUOTES_SHOWN]
    best = [max(run, key=lambda sentence: relevance[sentence.index]) for run in said]
    return sorted(best, key=lambda sentence: -relevance[sentence.index])[:QUOTES_SHOWN]


_OPINION = frozenset({"think", "mean", "meint", "meinte", "gemeint"})
"""Verbs of a "what did X say" question asking an opinion, which a sentence may give with no
reporting verb ("Lopez believes the merger would save jobs")."""


def tells_what_was_said(question: str, text: str, language: str) -> bool:
    """Whether a sentence may tell what the question asks someone said: it has a reporting verb
    ("said", "warned", "sagte") or an "according to" ("According to RedMonk's Stephens, “…”",
    "Burkert zufolge"), or the question asks what they think."""
    if {word.lower() for word in _NAME.findall(question)} & _OPINION:
        return True
    return _reports(_lowered_words(text), text, language)


def _lowered_words(text: str) -> set[str]:
    """The sentence's words in lower case, without the full stop a word ending it keeps ("U.S." is
    one word to `_NAME`): "..., Mayor Vitali Klitschko said." reports speech."""
    return {word.lower().rstrip(".") for word in _NAME.findall(text)}


def _reports(lowered: set[str], text: str, language: str) -> bool:
    """Whether a sentence (`text`, its words `lowered`) reports speech: a reporting verb, or an
    "according to" ("According to RedMonk's Stephens, “…”", "Burkert zufolge")."""
    lexicon = LEXICONS.get(language, LEXICONS["en"])
    return bool(lowered & (lexicon.verbs | lexicon.by_after)) or re.search(lexicon.by, text, re.IGNORECASE) is not None


def reports_speech_of(speaker: frozenset[str], sentence: Sentence, language: str, before: str = "") -> bool:
    """Whether a sentence names the person asked about beside a reporting verb ("Arroyo said the
    government has done it before"), so it can tell what they said; naming them is not enough
    ("Chad Wolf has been named acting secretary"). A sentence opening with "she" or "he" after
    one naming them (`before`, the article's sentence before it) speaks of them too: news go on
    "Nadia Mokoena … signed books." / "She said that her next novel …". Neither holds when someone
    else speaks first there (`_another_speaks_first`)."""
    lowered = _lowered_words(sentence.text)
    opening = _NAME.match(sentence.text.lstrip())
    named = (speaker & {fold(word) for word in lowered} and not _another_speaks_first(speaker, sentence.text, language)) or (
        opening is not None and opening.group().lower() in _PRONOUNS
        and speaker & {fold(word) for word in _lowered_words(before)}
        and not _another_speaks_first(speaker, before, language)
    )
    return bool(named) and _reports(lowered, sentence.text, language)


def _another_speaks_first(speaker: frozenset[str], text: str, language: str) -> bool:
    """Whether a sentence names someone else with a reporting verb ahead of the person asked about,
    who speaks nowhere in it: "This week Ed told Now magazine that he hoped he could set up Taylor
    with Orlando Bloom." tells what Ed said, and so does the "He said ..." after it; "What did
    Taylor Swift say about the idea?" is answered by neither. "Smith told reporters that Jones
    said ..." still tells what Jones said."""
    verbs = LEXICONS.get(language, LEXICONS["en"]).verbs
    found = _NAME.findall(text)
    speaks = [word[0].isupper() and following.lower() in verbs for word, following in zip(found, found[1:])]
    if any(said and fold(word.lower()) in speaker for word, said in zip(found, speaks)):
        return False
    first = next((position for position, word in enumerate(found) if fold(word.lower()) in speaker), len(found))
    return any(speaks[:first])
