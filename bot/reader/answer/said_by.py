""""Who said that?" right after an answer: whose words the sentence just shown reports.

Matched as words, "Who says so?" has none but "say", and found the next sentence holding "said",
someone else's ("He said that in his ten years of living in São Paulo ..." after "According to
Parrington, fires in the Amazon release ..."). The reader asks where the answer shown comes
from: the one its sentence names as the sayer ("According to Parrington", "Faleiros wrote"), or,
for a quotation whose sayer is named in another sentence ("“Among the 10 municipalities ...”"
after "“There is a direct relationship ...,” Faleiros wrote"), the quotation's speaker as the
quotes stage found them, in the sentence naming them.

Pure functions over the answer index and the article's quotations; the caller keeps the turn.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.reader.answer.index import Answer, AnswerIndex
from bot.reader.answer.speech import reporting_terms
from bot.reader.answer.terms import question_terms
from bot.reader.quotes.quotations import Quote
from bot.reader.text.document import Sentence
from bot.reader.text.language import Language, normalize_code, words

_WHO_SAID = {
    "en": re.compile(
        r"^(?:and |but )?(?:who(?: (?:has|had|did|does))? (?:said|says|say|claimed|claims|claim|told|tells|tell|"
        r"wrote|writes|write|reported|reports|thinks|think)(?: (?:that|so|this|it))?|according to whom|says who)$"),
    "de": re.compile(
        r"^(?:und |aber )?(?:wer (?:sagt|sagte|behauptet|behauptete|schreibt|schrieb|meint|meinte) (?:das|dies|so)"
        r"|wer hat (?:das|dies) (?:gesagt|behauptet|geschrieben|gemeint)|laut wem|sagt wer)$"),
    "fr": re.compile(
        r"^(?:et |mais )?(?:qui (?:a dit|dit|l a dit|le dit|affirme|a affirmé|écrit|a écrit)(?: (?:ça|cela|ceci))?"
        r"|selon qui|d après qui)$"),
    "es": re.compile(
        r"^(?:y |pero )?(?:quién (?:lo )?(?:dijo|dice|ha dicho|afirma|afirmó|asegura|aseguró|escribió)"
        r"(?: (?:eso|esto))?|según quién)$"),
}
"""Whole questions asking whose words the answer shown reports, after "and" or "but"."""
_ACCORDING = {"en": frozenset({"according"}), "de": frozenset({"laut", "zufolge"}),
              "fr": frozenset({"selon", "d'après"}), "es": frozenset({"según"})}
"""Words that name a sentence's source as "according to" does."""


def asks_who_said_it(question: str, language: str) -> bool:
    """Whether the question asks only who said what was just shown: "Who says so?", "Who said
    that?", "According to whom?", "Wer hat das gesagt?", "Qui a dit ça ?", "¿Quién lo dijo?"."""
    pattern = _WHO_SAID.get(normalize_code(language))
    plain = " ".join(re.sub(r"[^\w]+", " ", question.lower()).split())
    return pattern is not None and pattern.match(plain) is not None


def answer_who_said(index: AnswerIndex, question: str, shown: str, quotes: Sequence[Quote]) -> Answer | None:
    """The sentence naming who said the answer shown, with the name in bold: the shown sentence
    when it names its sayer, else the sentence naming the speaker of the quotation it is part of;
    None when neither is known, so the question is answered as any other."""
    sentences = index.document.sentences
    sentence = next((s for s in sentences if s.text == shown), None)
    if sentence is None:
        return None
    quote = next((q for q in quotes if q.speaker and _quotes_in(q, sentence, sentences)), None)
    if quote is not None and quote.speaker is not None:
        for naming in (sentence, quote.sentence, *_paragraph_of(sentence, sentences)):
            where = _name_span(naming.text, quote.speaker)
            if where is not None:
                return Answer((naming,), True, naming, 1.0, (1.0,), where)
    span = index.phrase_in(sentence, question) if _reports_speech(sentence, index.document.language) else None
    return Answer((sentence,), True, sentence, 1.0, (1.0,), span) if span is not None else None


def _reports_speech(sentence: Sentence, language: Language) -> bool:
    """Whether the sentence reports someone's words: a reporting verb ("said", "añadió") or
    "according to" (laut, selon, según); a name alone in it is no sayer ("El Congreso y Seminario
    ...", whose bold was "Seminario")."""
    lowered = {word.lower() for word in words(sentence.text)}
    return bool(set(question_terms(language, sentence.text)) & reporting_terms(language.code)
                or lowered & _ACCORDING.get(language.code, frozenset()))


def _quotes_in(quote: Quote, sentence: Sentence, sentences: Sequence[Sentence]) -> bool:
    """Whether the sentence is the quotation's first or one of the sentences it runs on into."""
    if sentence.index < quote.sentence.index:
        return False
    plain = _plain(quote.text)
    return sentence == quote.sentence or all(
        _plain(s.text)[:40] in plain for s in sentences[quote.sentence.index + 1:sentence.index + 1])


def _paragraph_of(sentence: Sentence, sentences: Sequence[Sentence]) -> list[Sentence]:
    return [s for s in sentences if s.paragraph == sentence.paragraph and s != sentence]


def _name_span(text: str, speaker: str) -> tuple[int, int] | None:
    """Where the text names the speaker: in full, else by the last word of the name ("Faleiros")."""
    for name in (speaker, speaker.split()[-1]):
        start = text.find(name)
        if start >= 0:
            return start, start + len(name)
    return None


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", text.lower()).split())
