""""Who said that?" after an answer names whose words the answer shown reports (`said_by`). The
articles here are written for the tests."""

from __future__ import annotations

import pytest

from bot.reader.answer.followup import Turn
from bot.reader.answer.said_by import answer_who_said, asks_who_said_it
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of, ask_in_turn, quotes_of


def _article(*paragraphs: str) -> Article:
    return Article(title="Floods in the valley", paragraphs=paragraphs, language="en", url=None)


FLOOD = _article(
    "The river burst its banks in the north of the valley on Sunday.",
    "According to Ana Ruiz, the river rose two metres in a single night.",
    "\"The water came faster than anyone expected,\" Tom Berg, who runs the bakery on the high street, said. "
    "\"We lost everything in an hour.\"",
    "He said that in his ten years on the street he had never seen the river so high.",
    "The town council has opened the school gym for families who had to leave their homes.",
)


@pytest.mark.parametrize(("question", "language"), [
    ("Who says so?", "en"), ("And who said that?", "en"), ("According to whom?", "en"),
    ("Wer hat das gesagt?", "de"), ("Qui a dit ça ?", "fr"), ("¿Y quién lo dijo?", "es"),
])
def test_asking_only_who_said_it(question: str, language: str) -> None:
    assert asks_who_said_it(question, language)


@pytest.mark.parametrize("question", ["Who said the river would rise?", "Who says the council is to blame?", "Who?"])
def test_a_question_with_words_of_its_own_asks_more(question: str) -> None:
    assert not asks_who_said_it(question, "en")


def _who_said(shown: str) -> tuple[str, str]:
    answer = ask_in_turn(FLOOD, "Who said that?", Turn("How high did the river rise?", (shown,)))
    assert answer.found and answer.phrase is not None
    text = answer.sentences[0].text
    return text, text[answer.phrase[0]:answer.phrase[1]]


def test_the_source_the_shown_sentence_names() -> None:
    text, bold = _who_said("According to Ana Ruiz, the river rose two metres in a single night.")
    assert text.startswith("According to Ana Ruiz") and bold == "Ana Ruiz"


def test_the_speaker_of_a_quotation_named_in_the_sentence_before() -> None:
    text, bold = _who_said("\"We lost everything in an hour.\"")
    assert "Tom Berg" in text and bold == "Tom Berg"


def test_no_source_when_the_shown_sentence_reports_no_one() -> None:
    shown = "The town council has opened the school gym for families who had to leave their homes."
    assert answer_who_said(answer_index_of(FLOOD), "Who said that?", shown, quotes_of(FLOOD)) is None
