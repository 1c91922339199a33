"""A follow-up's answer from the answer index, given the turn before (see `followup` for how the
question is matched).

"What else?" shows the previous question's next sentences, none shown yet; "what happened next?"
the sentence after the one shown; a bare "why?" the
reason given in or beside the sentence just shown; "And where?" that sentence when it holds the
kind asked; "and X?" the sentence about X holding what the previous question asked; "she" the
sentences about the person the previous answer named. When the borrowed words leave no sentence to
answer, the question is asked alone, as a fresh one; its own best sentence is a candidate anyway.

No Telegram and no store: the caller keeps the turn and hands over the article's index.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.reader.answer.followup import (
    Turn, another_asked, asked_of_another, asks_about_another, asks_for_more, asks_for_someone, asks_kind_alone,
    asks_why_alone, goes_on_about, is_about, name_apposed, named_person, names_in,
    kind_described, names_asked, names_of_turn, own_words_first, person_asked_about, points_at_someone, pointing_words,
    says_it_goes_on, thing_pointed_at,
)
from bot.reader.answer.index import RUNNER_UP_SHARE, Answer, AnswerIndex
from bot.reader.answer.kinds import asks, follows_from_before, offers, tells_a_reason
from bot.reader.answer.measures import MEASURES
from bot.reader.answer.purposes import states_purpose
from bot.reader.answer.speech import asked_speaker
from bot.reader.answer.story_next import asks_what_next, sentence_after
from bot.reader.answer.terms import LIGHT_WORDS, question_terms
from bot.reader.text.document import Sentence
from bot.reader.text.language import words

_NAME = re.compile(r"(?<=[\w,;:] )[A-Z][a-z][\w'’-]*")
"""A capitalised word inside a sentence (not its first word): a name, most often."""
ASKED_PHRASE_KINDS = frozenset({"date", "number", *MEASURES})
"""Kinds a follow-up may ask ("and when ...?", "and how many ...?") that a sentence holds or not."""
PLACE_ELSEWHERE_SHARE = 0.4
"""Share of the best score a candidate needs to answer a follow-up asking where when the sentence
shown again names no place (`_place_elsewhere`): "agreed to be interviewed in Reno, Nevada" scores
0.45 of the sentence shown for "Where will that take place?"; a sentence sharing one word with the
turn before scores about a quarter."""
OWN_SUBJECT_WORDS = 2
"""Content words of its own from which a follow-up names its own subject matter (`_own_words_only_alone`)."""
FOLLOWUP_CANDIDATES = 5
"""Sentences an expanded follow-up finds, among which those sharing the question's own words go first."""
MORE_SHARE = 0.2
"""Share of the previous question's best score a sentence needs to answer "what else?": the reader
asked for more, so the bar is far below a runner-up's (`RUNNER_UP_SHARE`): another thing the council
closed scores 0.24 of "what did the town council of Marlow close?" for lacking the town's name,
while a sentence sharing one word with the question ("the city plans ..." for "how much does a plot
cost", 0.11) is no more of it."""


def answer_followup(index: AnswerIndex, question: str, matched: str, previous: Turn, language: str,
                    alone: Callable[[], Answer]) -> Answer:
    """The answer to a follow-up `question`, matched as `matched` (`followup.question_to_match`);
    `alone` asks the question as a fresh one."""
    bare_why = bool(previous.answer) and asks_why_alone(question, language)
    if bare_why:
        reason = _reason_beside(index, previous.answer[0], language)
        if reason is not None:
            return Answer((reason,), True, reason, 1.0, (1.0,), index.phrase_in(reason, question))
    if asks_for_more(question, language):
        return _more(index, matched, set(previous.answer))
    if previous.answer and asks_what_next(question, language):
        following = sentence_after(index, previous.answer[0])
        if following is None:
            return Answer((), False, _sentence_of(index, previous.answer[0]), 0.0)
        return Answer((following,), True, following, 1.0, (1.0,), None)
    if previous.answer and asks_kind_alone(question, language):
        shown = _kind_in_shown(index, question, previous)
        if shown is not None:
            return Answer((shown,), True, shown, 1.0, (1.0,), index.phrase_in(shown, question))
    answer = index.answer(matched, top=FOLLOWUP_CANDIDATES, follows_up=True)
    if bare_why:
        # "Why?" answered by the sentence just shown, which gives no reason: the article doesn't say.
        if answer.found and answer.sentences[0].text in previous.answer:
            return answer.declined()
        return answer
    fresh = alone()
    if not answer.found:
        # The borrowed words may be what no sentence holds (a long previous answer's names): the
        # question alone, as a fresh one, when it finds its answer ("When will he be sentenced?"),
        # unless that answer is about someone else than whom its "he" stands for.
        if fresh.found and not _about_another_person(index, question, previous, fresh.sentences[0], language):
            return fresh
        return _with_person_named(index, question, previous, language) or (fresh if fresh.found else answer)
    answer = _with_own_best(index, question, matched, answer, fresh)
    about = _about(index, question, previous, answer, language)
    gives = _gives(index, question, matched, answer, language)
    best, *rest = own_words_first(question, [s.text for s in answer.sentences], language, about, gives,
                                  _naming_asked(index, question, previous, answer, language))
    if _lacks_asked_kind(index, question, answer.sentences[best]) and fresh.found and fresh.phrase is not None:
        return fresh
    if not says_it_goes_on(question, language) and (_own_words_only_alone(index, question, answer.sentences[best], fresh)
                                                      or _asked_anew_of_someone(index, question, answer.sentences[best], previous, fresh)):
        return fresh
    if answer.sentences[best].text in previous.answer:
        following = _asked_kind_after(index, question, answer.sentences[best], previous) or _goes_on(
            index, question, answer.sentences[best])
        if following is not None and _about_the_one_pointed_at(index, question, previous, following, language):
            return Answer((following,), True, following, 1.0, (1.0,), index.phrase_in(following, question))
        elsewhere = _place_elsewhere(index, question, answer, [best, *rest], previous)
        if elsewhere is None:
            elsewhere = _another_elsewhere(index, question, answer, [best, *rest], previous, gives)
        if elsewhere is None and following is not None and about:
            # The next sentence is about someone else: the next candidate about the one pointed at.
            elsewhere = next((i for i in rest if about[i] and answer.sentences[i].text not in previous.answer), None)
        if elsewhere is not None:
            best, rest = elsewhere, [i for i in [best, *rest] if i != elsewhere]
    if _shown_again_for_nothing(index, question, answer.sentences[best], previous):
        other = _new_holding_own_words(index, question, answer, rest, previous, fresh)
        if other is None:
            return answer.declined()
        if other is fresh:
            return fresh
        best, rest = other, [i for i in [best, *rest] if i != other]
    if _lacks_asked_kind(index, question, answer.sentences[best]) and not _beside_shown(index, answer.sentences[best], previous):
        # "Et quand le PDG a-t-il été nommé ?": the sentence its words find names the PDG but holds
        # no date, and the question alone finds none that does: the article doesn't say. Beside the
        # answer shown, the story may go on with a time told in words ("After a year, ...").
        return answer.declined()
    thing = _thing_pointed_at(index, question, previous, language)
    if thing and index.lacks_words_of(thing, answer.sentences[best]) and not _beside_shown(
            index, answer.sentences[best], previous) and not _stands_alone(index, question, answer.sentences[best], fresh):
        # "Who created it?" after "what does WASI focus on?": a sentence that neither names WASI
        # nor goes on from the answer shown is about something else ("we have to create the Memory").
        return answer.declined()
    kept = [best] + [i for i in rest if answer.strengths[i] >= RUNNER_UP_SHARE][:1]
    of_another = asked_of_another(question, previous.question, language)
    phrase = _own_phrase_in(index, question, answer.sentences[best], previous) or (
        of_another and index.phrase_in(answer.sentences[best], of_another)) or (
        answer.phrase if best == 0 else index.phrase_in(answer.sentences[best], matched))
    return replace(answer, sentences=tuple(answer.sentences[i] for i in kept),
                   strengths=tuple(answer.strengths[i] for i in kept), phrase=phrase)


def _new_holding_own_words(index: AnswerIndex, question: str, answer: Answer, rest: list[int], previous: Turn,
                           fresh: Answer) -> int | Answer | None:
    """For a follow-up with words of its own whose best sentence is the one just shown, holding none
    of them nor a bridge to one: the next candidate not shown that holds one, else the question's
    own best answer when it is new and holds one, else None (the article doesn't say). The turn
    before's words found their own answer again: "What worries him most?" after "Who is Carl
    Weinberg?" showed the line "Carl Weinberg" twice, not "My biggest worry for 2015 is ..."; "Who
    helped him?" after a wrong "Who discovered neon?" repeated the wrong sentence."""
    other = next((i for i in rest if answer.sentences[i].text not in previous.answer
                  and not index.lacks_words_of(question, answer.sentences[i])), None)
    if other is not None:
        return other
    if fresh.found and fresh.sentences[0].text not in previous.answer and not index.lacks_words_of(question, fresh.sentences[0]):
        return fresh
    return None


def _shown_again_for_nothing(index: AnswerIndex, question: str, best: Sentence, previous: Turn) -> bool:
    """Whether the best sentence is the one just shown and tells nothing the follow-up asks: the
    question points back with a pronoun ("What worries him most?") without opening with "and" (which
    may ask more of the same sentence: "¿Y qué extras traían?" and its "equipamientos adicionales"),
    and the sentence holds none of its words, nor a bridge to one, nor the kind it asks other than
    what the turn before gave in bold ("And in what year?" after "Who bought Hipcricket?" finds the
    year in the same sentence). On the chats of rounds fu24 to fu32 it chose 5 follow-ups, none on
    reworded dev's 110."""
    language = index.document.language.code
    points_back = bool(pointing_words(language) & {w.lower() for w in words(question)})
    return (best.text in previous.answer and points_back and not says_it_goes_on(question, language)
            and index.lacks_words_of(question, best) and not _gives_another(index, question, best, previous))


def _gives_another(index: AnswerIndex, question: str, sentence: Sentence, previous: Turn) -> bool:
    """Whether the sentence holds the kind the question asks, other words than those the turn
    before gave in bold ("2011" for "And in what year?" after "Who bought Hipcricket?")."""
    span = index.phrase_in(sentence, question)
    return span is not None and sentence.text[span[0]:span[1]] != _answered(index, previous)


def _with_person_named(index: AnswerIndex, question: str, previous: Turn, language: str) -> Answer | None:
    """A follow-up with "she" or "he" matched with only the name of the person it stands for, when
    neither it alone nor with all the borrowed words finds an answer: "How old was she then?" after
    "When was the interview with Dana Whitlow filmed?" is answered by "She had just turned 23",
    which names her in the sentence before and holds none of the previous question's other words
    (interview, filmed), so with them it scores too low. None when the question points at no one,
    no name is known, or that finds nothing either."""
    if not points_at_someone(question, language):
        return None
    person = _person_pointed_at(index, question, previous, language) or names_asked(previous, language)
    if not person:
        return None
    answer = index.answer(f"{question} {person}")
    return answer if answer.found else None


def _about_another_person(index: AnswerIndex, question: str, previous: Turn, sentence: Sentence, language: str) -> bool:
    """Whether the sentence is not about whom the follow-up's "she" or "he" stands for
    (`_person_pointed_at`): "When did it get dark for him?" after the quotation of Alberto
    Shiguematsu, asked alone, finds the story's opening "the sky above São Paulo went dark" on
    Monday, not "According to Shiguematsu, the sky went dark around 3:15 PM". False when the
    question points at no one or no name is known."""
    person = _person_pointed_at(index, question, previous, language)
    before = _before(index, sentence) or alone_before(index, sentence)
    return bool(person) and not is_about(person, sentence.text, before, language)


def _own_phrase_in(index: AnswerIndex, question: str, sentence: Sentence, previous: Turn) -> tuple[int, int] | None:
    """For a follow-up asking who: the name its own words put in bold. The borrowed words carry the
    previous answer's names, which then count as named by the question and are never bold, while
    such a follow-up often asks for another person of that same sentence ("Who stars in it with
    her?": "Annette Bening", not "a comedian"; "Who founded it?": "Mark Zuckerberg"). So for one
    asking how many or how much with words of its own: they say what is counted, while the
    borrowed words reach the count just given ("and how many of them were kids?" after "More than
    9,000 Palestinians have been killed, including over 3,600 children": "3,600 children"). None
    when it asks neither, finds none, or finds the one the previous answer gave, whom its pronoun
    stands for ("Who is his grandson?" must not bold the grandfather)."""
    kinds = asks(question)
    counts = bool(kinds & ({"number"} | set(MEASURES))) and bool(question_terms(index.document.language, question))
    if "name" not in kinds and not counts:
        return None
    span = index.phrase_in(sentence, question)
    if span is None or previous.answer and sentence.text[span[0]:span[1]] == _answered(index, previous):
        return None
    return span


def _beside_shown(index: AnswerIndex, sentence: Sentence, previous: Turn) -> bool:
    """Whether the sentence is one shown last or the next one in its paragraph, going on from it;
    or the next paragraph's first after a shown sentence that is a paragraph of its own, as news
    writes a story one sentence to a paragraph ("In the early 2010s, Sweden swapped a mandatory
    military service ...", then "But just seven years later, it ... brought back military draft"
    for "When was it brought back?")."""
    if sentence.text in previous.answer:
        return True
    before = _before(index, sentence) or alone_before(index, sentence)
    return bool(previous.answer) and bool(before) and before in previous.answer


def alone_before(index: AnswerIndex, sentence: Sentence) -> str:
    """The sentence before a paragraph's first one when it is a paragraph of its own, else ""."""
    sentences = index.document.sentences
    position = sentence.index
    if position == 0 or sentences[position - 1].paragraph == sentence.paragraph:
        return ""
    before = sentences[position - 1]
    alone = position < 2 or sentences[position - 2].paragraph != before.paragraph
    return before.text if alone else ""


def _own_words_only_alone(index: AnswerIndex, question: str, best: Sentence, fresh: Answer) -> bool:
    """Whether the question, with at least `OWN_SUBJECT_WORDS` words of its own, alone answers with a
    sentence holding them (as written or by a bridge) while the best one of the borrowed words
    holds none: "Who is the lawyer representing them?" after a question on the lawmakers' march
    asks something new about the article's main people, which the sentence naming their lawyer
    tells, not the one on the march again. With fewer the question leans on the turn before: "What
    did she say?" has none, and one ("Where did he work before?") is found alone in any sentence
    holding "work". The caller asks only for a question taken for a follow-up by its pronoun: one
    opening with "and" says it goes on ("And in what year did they win it?")."""
    language = index.document.language
    own = set(question_terms(language, question)) - LIGHT_WORDS.get(language.code, frozenset())
    return (len(own) >= OWN_SUBJECT_WORDS and fresh.found and index.lacks_words_of(question, best)
            and not index.lacks_words_of(question, fresh.sentences[0]))


def _own_words_held(index: AnswerIndex, question: str, sentence: Sentence) -> int:
    """How many of the question's own words (light verbs aside) the sentence holds, as written or by a bridge."""
    language = index.document.language
    own = set(question_terms(language, question)) - LIGHT_WORDS.get(language.code, frozenset())
    return sum(1 for term in own if not index.lacks_words_of(term, sentence))


def _asked_anew_of_someone(index: AnswerIndex, question: str, best: Sentence, previous: Turn, fresh: Answer) -> bool:
    """Whether a question with "he" or "she" asks anew about the article's person: alone it finds a
    sentence about whom the pronoun may stand for, holding at least `OWN_SUBJECT_WORDS` of its own
    words and more of them than the best one of the borrowed words ("What honour did he get from
    the SportsBusiness Journal?" after "Where did the chief executive grow up?" found where he grew
    up again, not "I am very honored to be on the SBJ 40 Under 40 list"). Not for "it" or "that
    threshold", which point at the thing just spoken of ("Whose models does it use?")."""
    language = index.document.language.code
    if (not fresh.found or fresh.sentences[0] == best or not points_at_someone(question, language)
            or _about_another_person(index, question, previous, fresh.sentences[0], language)):
        return False
    alone = _own_words_held(index, question, fresh.sentences[0])
    return alone >= OWN_SUBJECT_WORDS and alone > _own_words_held(index, question, best)


def _stands_alone(index: AnswerIndex, question: str, best: Sentence, fresh: Answer) -> bool:
    """Whether a question taken for a follow-up only by "the bank" (`kind_described`) brings at
    least `OWN_SUBJECT_WORDS` words of its own besides it, and alone finds the same best sentence:
    "How much did the bank pay over the currency-rigging charges?" asks anew about the article's
    own bank, which the answer names "JPMorgan", not by a name the turn before wrote near "banks"
    ("Dimon warned that banks ..."). "Who founded the company?" has one word of its own and
    leans on the turn before."""
    language = index.document.language
    kind = set(question_terms(language, " ".join(kind_described(question, language.code))))
    own = set(question_terms(language, question)) - LIGHT_WORDS.get(language.code, frozenset()) - kind
    return len(own) >= OWN_SUBJECT_WORDS and fresh.found and fresh.sentences[0] == best


def _with_own_best(index: AnswerIndex, question: str, matched: str, answer: Answer, fresh: Answer) -> Answer:
    """The expanded question's candidates and, last, the question's own best sentence when none of
    them is it and it holds the question's own words: borrowed words outweigh a follow-up's own
    ("What processor did he use?" after two questions on speeds finds the speeds again), while
    "I use a Skylake processor" is found by the question alone. Last, so a candidate of the
    expanded question sharing the question's words still goes first ("and how much did it cost?":
    the cost of what was asked about, not another). Not when it is about something else
    (`_elsewhere`)."""
    if (not fresh.found or fresh.sentences[0] in answer.sentences or index.lacks_words_of(question, fresh.sentences[0])
            or _elsewhere(index, question, matched, fresh.sentences[0])):
        return answer
    return replace(answer, sentences=(*answer.sentences, fresh.sentences[0]), strengths=(*answer.strengths, 0.0))


def _elsewhere(index: AnswerIndex, question: str, matched: str, sentence: Sentence) -> bool:
    """Whether the question's own best sentence is about something else than the turn before: it
    holds fewer than `OWN_SUBJECT_WORDS` of the question's own words (as written or by a bridge)
    and none of the words the question borrowed (`matched`) as written (a bridge reaches too far:
    "book" to "work"). One word alone is as often about something else, yet shares more with the
    question than the sentence its pronoun points at, which then went first (`own_words_first`):
    "Who wrote it?" after "Who translated the book?" found "My Name as Though It Were Written on the
    Surface of the Moon", a work of another artist, before the sentence naming the book's author.
    Only for that sentence: one the expanded question found may hold the borrowed words by a bridge
    or go on about them with a pronoun (a writer's former post, "former Lifewire Editor-in-Chief",
    for "Where did he work before?")."""
    language = index.document.language
    own = set(question_terms(language, question)) - LIGHT_WORDS.get(language.code, frozenset())
    borrowed = set(question_terms(language, matched)) - set(question_terms(language, question))
    held = [term for term in own if not index.lacks_words_of(term, sentence)]
    return len(held) < OWN_SUBJECT_WORDS and not borrowed & set(question_terms(language, sentence.text))


def _lacks_asked_kind(index: AnswerIndex, question: str, sentence: Sentence) -> bool:
    """Whether a follow-up asks a date or an amount ("How many were hurt?") the sentence its
    borrowed words found does not hold: the question's own best answer, holding one ("About 25
    other people were wounded"), goes before "The prime minister condemned the attack", which
    the previous question's words chose."""
    return bool(asks(question) & ASKED_PHRASE_KINDS) and index.phrase_in(sentence, question) is None


def _kind_in_shown(index: AnswerIndex, question: str, previous: Turn) -> Sentence | None:
    """For "And where?" or "When was that?": the sentence just shown when it holds the kind asked,
    other words than the ones it gave in bold ("Scobel ist Jahrgang 1981 und wurde in Dresden
    geboren.": 1981 for "Wann wurde er geboren?", Dresden for "Und wo?"). Matched with the words
    of the turn before, the question finds that turn's first answer again, which holds none."""
    shown = _sentence_of(index, previous.answer[0])
    span = index.phrase_in(shown, question) if shown else None
    if shown is None or span is None or shown.text[span[0]:span[1]] == _answered(index, previous):
        return None
    return shown


def _asked_kind_after(index: AnswerIndex, question: str, shown: Sentence, previous: Turn) -> Sentence | None:
    """For a follow-up asking a date or an amount ("And when did he stop taking it?") whose best
    sentence is the one just shown, holding none, or only the one it gave in bold ("And how old is
    he now?" after "nine years old" for his age on his first trip to sea): the next sentence of its
    paragraph when that one holds it ("by the time he was weaned off treatment a year later"), as a
    story goes on; showing the same sentence again tells the reader nothing."""
    if not asks(question) & ASKED_PHRASE_KINDS:
        return None
    span = index.phrase_in(shown, question)
    if span is not None and shown.text[span[0]:span[1]] != _answered(index, previous):
        return None
    sentences = index.document.sentences
    following = sentences[shown.index + 1] if shown.index + 1 < len(sentences) else None
    if following is None or (following.paragraph != shown.paragraph and not _names_one_of(shown, following)):
        return None
    return following if index.phrase_in(following, question) is not None else None


def _place_elsewhere(index: AnswerIndex, question: str, answer: Answer, order: list[int],
                     previous: Turn) -> int | None:
    """For a follow-up asking where whose best sentence is the one just shown, naming no place:
    the first other candidate naming one ("What has she agreed to do?", then "Where will that take
    place?": "agreed to be interviewed in Reno, Nevada", below the sentence shown again). Not for a
    time or an amount, told in more ways than are read ("vers midi", "hace más de cuatro años"),
    nor a name, which the sentence shown holds in the person it is about. None when the question
    asks no place, the shown sentence names one, or no candidate scoring enough does."""
    if "place" not in asks(question):
        return None
    language = index.document.language

    def names_place(i: int) -> bool:
        return bool(offers(language, answer.sentences[i].text)["place"])

    if names_place(order[0]):
        return None
    return next((i for i in order[1:] if answer.strengths[i] >= PLACE_ELSEWHERE_SHARE
                 and answer.sentences[i].text not in previous.answer and names_place(i)), None)


def _another_elsewhere(index: AnswerIndex, question: str, answer: Answer, order: list[int], previous: Turn,
                       gives: list[bool] | None) -> int | None:
    """For "and X?" whose best sentence is the one just shown, lacking a word of X (as written or by
    a bridge): the next candidate not shown, scoring at least `RUNNER_UP_SHARE` of the best and
    holding the kind the previous question asked when one was (`gives`); a runner-up shown beside
    the answer may be it. The sentence shown first answered the previous question about its own
    subject: "How much will interest payments cost next year?", then "And in ten years?" is the
    "within a decade, more than $900 billion" beside it, not the "$390 billion next year" again. A
    candidate of the shown sentence's paragraph goes first, as a story sets such facts side by side
    ("one-tenth of what the government will pay in interest this year", further on, holds "year"
    but answers nothing). None when no candidate does."""
    another = question_terms(index.document.language, another_asked(question, index.document.language.code))
    if not any(index.lacks_words_of(term, answer.sentences[order[0]]) for term in another):
        return None
    shown = answer.sentences[order[0]]
    others = [i for i in order[1:] if answer.sentences[i].text != previous.answer[0]
              and answer.strengths[i] >= RUNNER_UP_SHARE and (gives is None or gives[i])]
    beside = [i for i in others if answer.sentences[i].paragraph == shown.paragraph]
    return next(iter(beside + others), None)


def _goes_on(index: AnswerIndex, question: str, shown: Sentence) -> Sentence | None:
    """For a follow-up pointing back with a pronoun and asking no kind of thing ("What did they think
    of it?") whose best sentence is the one just shown, holding none of the follow-up's own words
    nor a bridge to one: where the story goes on, rather than the same sentence again. That is the
    first later sentence of its paragraph holding one of the follow-up's words ("Does it have
    pictures?" after the sentence introducing a book: "... disappointed by the lack of glossy
    historical images", four sentences on), else the next one ("We recently traveled to Google's offices in London to try Stadia",
    then "We called it “an incredible feat ...”"), or the next paragraph's first when the one shown
    is a paragraph of its own, as news write a story on, one sentence to a paragraph. Without a
    pronoun the follow-up may ask more of the same sentence: "¿Y qué extras traían?" and the one
    listing "equipamientos adicionales"."""
    pointing = pointing_words(index.document.language.code)
    language = index.document.language
    own = set(question_terms(language, question)) - LIGHT_WORDS.get(language.code, frozenset())
    if asks(question) or not pointing & {w.lower() for w in words(question)} or not index.lacks_words_of(question, shown):
        return None
    sentences = index.document.sentences
    following = sentences[shown.index + 1] if shown.index + 1 < len(sentences) else None
    if following is None:
        return None
    if following.paragraph != shown.paragraph:
        return following if alone_before(index, following) == shown.text else None
    later = [s for s in sentences[shown.index + 1:] if s.paragraph == shown.paragraph]
    holding = next((s for s in later if own and not index.lacks_words_of(" ".join(own), s)), None)
    return holding or later[0]


def _about_the_one_pointed_at(index: AnswerIndex, question: str, previous: Turn, following: Sentence,
                              language: str) -> bool:
    """Whether the sentence after the one shown may be about whom the follow-up's "she" or "he"
    stands for (`_person_pointed_at`): it names them or goes on with a personal pronoun. "¿Y qué
    dijo ella?" after "La diputada Ana Pérez pidió explicaciones a la Mesa del Congreso" is not
    answered by the next paragraph, "La Mesa del Congreso dijo …": a body is no "ella". True when
    the question points at no one or no name is known."""
    person = _person_pointed_at(index, question, previous, language)
    shown = _sentence_of(index, previous.answer[0]) if previous.answer else None
    return not person or is_about(person, following.text, shown.text if shown else "", language)


def _person_pointed_at(index: AnswerIndex, question: str, previous: Turn, language: str) -> str:
    """The name a follow-up's "she" or "he" stands for: the name a "who is X?" asked about (its bold
    is what X is: "Botschafter"), else the previous answer's bold name, or the name written beside
    its bold description (`_named_beside_answered`); "" when the question points at no one."""
    if not previous.answer or not points_at_someone(question, language):
        return ""
    return (person_asked_about(previous.question, language) or named_person(_answered(index, previous), language)
            or _named_beside_answered(index, previous, language))


def _names_one_of(shown: Sentence, following: Sentence) -> bool:
    """Whether the next paragraph's first sentence names someone the sentence shown names, so it
    goes on about them: news break a paragraph at each quotation ("... former White House Russia
    adviser Fiona Hill." then "\"And I asked, well, on whose authority?\" said Hill, who will
    testify Thursday.")."""
    return bool(set(_NAME.findall(following.text)) & set(_NAME.findall(shown.text)))


def _about(index: AnswerIndex, question: str, previous: Turn, answer: Answer, language: str) -> list[bool] | None:
    """Which candidates are about the person "she" stands for: those naming the previous answer's
    bold name, or, after "who ...?" or "which minister ...?" with no name in bold, the answer's own
    sentence and the next one going on with a pronoun, or, after "what did X say?" answered by a
    quotation with nothing in bold, those about X ("Which state is he from?" after Lankford's
    quotation: "Senator James Lankford, an Oklahoma Republican", not "the United States still has
    plenty of borrowing capacity"); None when the question points at no one.
    For an "it" standing for the thing the previous question named, those naming it in full and
    holding a word of the question ("What is Clipboard AI?", then "Whose models does it use?": the
    sentence on Clipboard AI's "third-party models", not another's "AI models"): a sentence not
    naming it is about something else, as `thing_pointed_at` says, and one naming it but nothing
    asked as written ("Brickwork is a small build tool" for "who created it?") tells nothing of it."""
    if not previous.answer:
        return None
    if not points_at_someone(question, language):
        thing = _thing_pointed_at(index, question, previous, language)
        if not thing:
            return None
        return [_names_all(index, thing, s) and _shares_words(index, question, s) for s in answer.sentences]
    person = _person_pointed_at(index, question, previous, language)
    if person:
        # A paragraph of one sentence goes on in the next paragraph's "She said …", as news write.
        return [is_about(person, s.text, _before(index, s) or alone_before(index, s), language) for s in answer.sentences]
    if asks_for_someone(previous.question):
        return [goes_on_about(s.text, _before(index, s), previous.answer[0], language) for s in answer.sentences]
    speaker = " ".join(asked_speaker(previous.question.split("?")[0], language)) if not _answered(index, previous) else ""
    if speaker:
        # A quotation answered "What did Lankford say …?": "he" is Lankford, whom it may not name.
        return [is_about(speaker, s.text, _before(index, s) or alone_before(index, s), language) for s in answer.sentences]
    return None


def _naming_asked(index: AnswerIndex, question: str, previous: Turn, answer: Answer, language: str) -> list[bool] | None:
    """Which candidates name whom the previous question named, when a "her" of this one points
    back at them ("Why did Rushdiyah Narker start reading regency romance?", then "What is her
    book called?": "Ms Narker's book entitled ...", not another author's "so many books"). A
    weaker sign than the person an answer named in bold (`_about`): it only orders candidates
    sharing as many of the question's own words ("What's her favourite kind?": "She said she
    enjoyed historical romance, which is her favourite" names no one but holds "favourite")."""
    named = names_asked(previous, language) if previous.answer and points_at_someone(question, language) else ""
    return [is_about(named, s.text, _before(index, s), language) for s in answer.sentences] if named else None


KIND_REACH = 4
"""How many words from a name the article may write the noun of its kind ("Beta Systems, a
company based in Bergen", "the carmaker Volvo")."""


def _thing_pointed_at(index: AnswerIndex, question: str, previous: Turn, language: str) -> str:
    """What the follow-up points at as a thing: the previous question's names for "it"
    (`thing_pointed_at`), or for "the company" (`kind_described`) the first name of the previous
    question, else of its answer, that the article writes beside a noun of that kind; "" for none."""
    thing = thing_pointed_at(question, previous, language)
    kind = kind_described(question, language) if not thing else frozenset()
    if not kind:
        return thing
    return next((name for name in names_of_turn(previous, language) if _of_kind(index, name, kind)), "")


def _of_kind(index: AnswerIndex, name: str, kind: frozenset[str]) -> bool:
    """Whether a sentence of the article writes the name within `KIND_REACH` words of a noun of
    the kind ("Acme Robotics, a startup based in Oslo" for a company)."""
    named = [word.lower() for word in words(name)]
    for sentence in index.document.sentences:
        if name not in sentence.text:
            continue
        held = [word.lower().split("'")[-1] for word in words(sentence.text)]
        for start in range(len(held) - len(named) + 1):
            if held[start:start + len(named)] == named:
                near = held[max(0, start - KIND_REACH):start] + held[start + len(named):start + len(named) + KIND_REACH]
                if any(_is_of_kind(word, kind) for word in near):
                    return True
    return False


COMPOUND_HEAD = 5
"""The shortest noun of a kind that ends a compound naming one ("Familienunternehmen", "Autokonzern",
"Großstadt"); shorter ones end other words too ("Land" in "Ausland")."""


def _is_of_kind(word: str, kind: frozenset[str]) -> bool:
    """Whether the word is a noun of the kind, in the plural ("firms") or as the head of a compound."""
    return word in kind or word.rstrip("s") in kind or any(
        len(noun) >= COMPOUND_HEAD and word.endswith(noun) for noun in kind)


def _names_all(index: AnswerIndex, thing: str, sentence: Sentence) -> bool:
    """Whether the sentence holds every word of the thing's name ("Clipboard AI", not "AI" alone)."""
    language = index.document.language
    return set(question_terms(language, thing)) <= set(question_terms(language, sentence.text))


def _shares_words(index: AnswerIndex, question: str, sentence: Sentence) -> bool:
    """Whether the sentence holds a word of the question as written (stemmed; no bridge: "build"
    stands for "create" in ranking, but "a small build tool" says nothing of who created it)."""
    language = index.document.language
    own = set(question_terms(language, question)) - set(question_terms(language, " ".join(kind_described(question, language.code))))
    return bool(own & set(question_terms(language, sentence.text)))


def _gives(index: AnswerIndex, question: str, matched: str, answer: Answer, language: str) -> list[bool] | None:
    """Which candidates hold what the follow-up asks for, where its own words cannot tell: "and the
    US?" after "when did the EU ban it?" (a date), "and why was it wrong?" (a "because"), "How old
    was he then?" after the interview's date (an age: "He had just turned 21", not the sentence
    dating the interview, which the borrowed words rank first). Only for a measure: a time of day or
    a "since when" is told in more ways than a date's phrase is found by ("vers midi")."""
    if "cause" in asks(question):
        return [tells_a_reason(language, s.text) for s in answer.sentences]
    if asks_about_another(question, language) and asks(matched):
        return [index.phrase_in(s, matched) is not None for s in answer.sentences]
    if asks(question) & set(MEASURES):
        return [index.phrase_in(s, question) is not None for s in answer.sentences]
    return None


def answer_besides(index: AnswerIndex, question: str, matched: str, previous: Turn, language: str) -> Answer:
    """"Who else got an adult library card?": the question's best sentences other than those shown
    last, each scoring at least `MORE_SHARE` of its best, wherever those shown ranked; asked alone,
    the question finds the one already shown ("Author Nuhaa Bardien ... got an adult library card")
    again. For "who else", a sentence naming no one but whom the conversation named (the turn's
    names, those a follow-up borrowed from turns before too) is none either: the card may have been
    shown two turns back. "Not found" when no other sentence scores enough: the article names no
    one else."""
    shown = set(previous.answer)
    if "name" in asks(question):
        known = set(names_in(previous, language).split())
        shown |= {s.text for s in index.document.sentences if set(_NAME.findall(s.text)) and set(_NAME.findall(s.text)) <= known}
    return _more(index, matched, shown, after_shown=False)


def _more(index: AnswerIndex, question: str, shown: set[str], after_shown: bool = True) -> Answer:
    """"What else?": the previous question's next best sentences, those ranked below the ones
    shown last (so a second "what else?" goes further down, not back to the first answer), or with
    `after_shown` false any not shown, each scoring at least `MORE_SHARE` of its best; "not found"
    when none does, so "what else?" after the only good answer says so rather than offering a
    sentence that merely shares a word."""
    answer = index.answer(question, top=FOLLOWUP_CANDIDATES + len(shown))
    below = max((i + 1 for i, s in enumerate(answer.sentences) if s.text in shown), default=0) if after_shown else 0
    fresh = [i for i, s in enumerate(answer.sentences)
             if i >= below and s.text not in shown and answer.strengths[i] >= MORE_SHARE][:2]
    if not answer.found or not fresh:
        closest = next((s for s in answer.sentences if s.text not in shown), answer.closest)
        return Answer((), False, closest, answer.score)
    first = answer.sentences[fresh[0]]
    return replace(answer, sentences=tuple(answer.sentences[i] for i in fresh),
                   strengths=tuple(answer.strengths[i] / answer.strengths[fresh[0]] for i in fresh),
                   phrase=index.phrase_in(first, question))


def _sentence_of(index: AnswerIndex, text: str) -> Sentence | None:
    return next((s for s in index.document.sentences if s.text == text), None)


def _before(index: AnswerIndex, sentence: Sentence) -> str:
    """The sentence before this one in its paragraph, "" at a paragraph's start."""
    if sentence.index == 0:
        return ""
    before = index.document.sentences[sentence.index - 1]
    return before.text if before.paragraph == sentence.paragraph else ""


def _answered_in(index: AnswerIndex, previous: Turn) -> tuple[Sentence, tuple[int, int]] | None:
    """The previous answer's first sentence and the span it gave in bold, None when none."""
    sentence = _sentence_of(index, previous.answer[0])
    span = index.phrase_in(sentence, previous.question) if sentence else None
    return (sentence, span) if sentence and span else None


def _answered(index: AnswerIndex, previous: Turn) -> str:
    """The words the previous answer's first sentence gave in bold, "" when none."""
    answered = _answered_in(index, previous)
    return answered[0].text[answered[1][0]:answered[1][1]] if answered else ""


def _named_beside_answered(index: AnswerIndex, previous: Turn, language: str) -> str:
    """The name set off by a comma beside the previous answer's bold description (`name_apposed`):
    "Who tweeted about the smoke?" puts "a São Paulo resident" in bold, and the next question's
    "him" is Alberto Shiguematsu, written just before it; "" when none."""
    answered = _answered_in(index, previous)
    return name_apposed(answered[0].text, answered[1], language) if answered else ""


def _reason_beside(index: AnswerIndex, answered: str, language: str) -> Sentence | None:
    """For a bare "why?": the sentence before the previous answer's when that answer opens as its
    consequence ("Deshalb ..."), else the answer's own sentence when it gives a reason ("because
    ...") or an aim ("afin de ...", `purposes`), else the next or the one before in its paragraph
    that gives a reason; None when none does."""
    sentence = _sentence_of(index, answered)
    if sentence is None:
        return None
    sentences = index.document.sentences
    after, before = (sentences[i] if 0 <= i < len(sentences) and sentences[i].paragraph == sentence.paragraph else None
                     for i in (sentence.index + 1, sentence.index - 1))
    if before and follows_from_before(sentence.text):
        return before
    if tells_a_reason(language, sentence.text) or states_purpose(language, sentence.text):
        return sentence
    return next((s for s in (after, before) if s and tells_a_reason(language, s.text)), None) or _why_asked_after(
        index, sentence)


def _why_asked_after(index: AnswerIndex, sentence: Sentence) -> Sentence | None:
    """For a bare "why?": the reply to a "why" the writer asks right after the answer's sentence or
    at the opening of the next paragraph ("... wanted to consolidate their toolchain, compared to
    57% of those who aren't using AI." ... / "Why would AI accelerate the desire to consolidate?
    One explanation could be ..."): the sentence after that question in its paragraph; None when
    no such question follows."""
    sentences = index.document.sentences
    following = list(sentences[sentence.index + 1:sentence.index + 2])
    opening = [s for s in sentences[sentence.index + 1:] if s.paragraph != sentence.paragraph][:1]
    for asked in dict.fromkeys(following + opening):
        reply = sentences[asked.index + 1] if asked.index + 1 < len(sentences) else None
        if reply and reply.paragraph == asked.paragraph and asked.text.rstrip().endswith("?") and "cause" in asks(asked.text):
            return reply
    return None
