"""Follow-ups in a chat (follow-up session 32): a follow-up pointing back with a pronoun whose best
sentence is the one just shown, holding none of its words and nothing else of the kind it asks, is
answered by the next sentence that holds its words, or declined, never by the same sentence again;
a question with "he" or "she" that alone finds a sentence about that person holding more of its
own words asks anew. The articles here are written for the tests."""

from __future__ import annotations

from bot.reader.answer.followup import Turn, question_to_match
from bot.reader.answer.in_turn import _asked_anew_of_someone
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of, ask
from tests.support.reading import chat_turn


def _article(*paragraphs: str) -> Article:
    return Article(title="Test", paragraphs=paragraphs, language="en", url=None)


ECONOMISTS = _article(
    "Three economists share what they will watch in the coming year.",
    "Ana Ortiz",
    "Chief economist, Harbour Capital",
    "My biggest worry for next year is a collapse of the housing market in the big cities.",
    "Prices have risen faster than wages for a decade.",
    "Tom Reyes",
    "Professor of economics, Lakeside University",
    "I expect interest rates to rise twice before the summer.",
)


def test_a_pronoun_follow_up_gets_the_sentence_holding_its_words_not_the_one_shown_again() -> None:
    who, turn = chat_turn(ECONOMISTS, "Who is Ana Ortiz?")
    worry, _ = chat_turn(ECONOMISTS, "What worries her most?", turn)
    assert worry != who
    assert "housing market" in worry


CLINIC = _article(
    "A nurse has been diagnosed with measles a day after flying home to Leeds from a clinic abroad.",
    "The patient is being treated in isolation at Leeds General Infirmary, the health board said on Monday.",
    "The board said the risk to others was very low.",
)


def test_a_follow_up_the_article_cannot_answer_is_declined_rather_than_shown_the_same_sentence() -> None:
    treated, turn = chat_turn(CLINIC, "Where is the patient being treated?")
    assert "Leeds General Infirmary" in treated
    moved, _ = chat_turn(CLINIC, "Where will she be moved to?", turn)
    assert moved != treated


def test_a_follow_up_asking_another_kind_of_the_same_sentence_still_gets_it() -> None:
    treated, turn = chat_turn(CLINIC, "Where is the patient being treated?")
    when, _ = chat_turn(CLINIC, "And when did they say so?", turn)
    assert when == treated



PROFILE = _article(
    "Dana Cole runs Brightline, a ticketing firm in Oslo, and grew up in Tromsø in the far north of Norway.",
    "Cole was named to the Trade Journal's 40 Under 40 list this year, an honour she calls humbling.",
    "Brightline sells tickets for concerts and football matches in Norway and Sweden.",
)


def _anew(question: str, previous: Turn) -> bool:
    index = answer_index_of(PROFILE)
    return _asked_anew_of_someone(index, question, index.document.sentences[0], previous, ask(PROFILE, question))


def test_a_question_with_she_asked_anew_about_the_article_s_person_stands_alone() -> None:
    previous = Turn("Where did the chief executive grow up?", (PROFILE.paragraphs[0],))
    assert _anew("What honour did she get from the Trade Journal?", previous)


def test_a_question_with_it_leans_on_the_thing_just_spoken_of() -> None:
    previous = Turn("What does Brightline do?", (PROFILE.paragraphs[0],))
    assert not _anew("What honour did it get from the Trade Journal?", previous)


def test_a_german_follow_up_without_er_or_sie_borrows_no_nouns_of_the_answer() -> None:
    previous = Turn("Wann soll das Angebot starten?", ("Das Angebot startet im März mit Werbeformen in Berlin.",))
    assert "Berlin" not in question_to_match("Und welche Leitung braucht man dafür?", previous, "de")
    assert "Berlin" in question_to_match("Und wo wohnt er?", previous, "de")
