"""Words the stemmer folds into an unrelated word's stem keep a term of their own: "department" is
no "depart", "officer" no "office", so a question meets the sentence that uses its word."""

from __future__ import annotations

import pytest

from bot.reader.answer.bridges import bridges_for
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

FERRY = Article(
    title="Ferry service resumes after storm",
    paragraphs=(
        "The Department of Transportation said on Sunday that the ferry had been inspected and was safe to sail again "
        "after the storm.",
        "The ferry left the harbour at 9 a.m. on Monday with 212 passengers on board, the operator said.",
        "Officials at the Transportation Department said they would review the timetable next month.",
        "Police officers said nobody was hurt when a wave struck the pier last week.",
        "The office of the harbour master said the pier would reopen in March.",
    ),
)


@pytest.mark.parametrize(
    ("word", "other"),
    [("department", "depart"), ("officers", "office"), ("authorities", "author"), ("university", "universe"),
     ("experiments", "experience"), ("business", "busy"), ("international", "intern")],
)
def test_the_word_and_the_one_it_stems_like_are_two_terms(word: str, other: str) -> None:
    english = language_for("en")
    assert question_terms(english, word) != question_terms(english, other)


@pytest.mark.parametrize(("one", "other"), [("departments", "departmental"), ("officer", "officers"), ("office", "offices")])
def test_forms_of_one_word_keep_one_term(one: str, other: str) -> None:
    english = language_for("en")
    assert question_terms(english, one) == question_terms(english, other)


def test_the_bridge_tables_use_the_words_own_terms() -> None:
    bridges = dict(bridges_for("en").of("polic"))
    assert "officer" in bridges
    assert "department" not in dict(bridges_for("en").of("depart"))


def test_depart_finds_the_sentence_saying_left_not_the_department() -> None:
    answer = ask(FERRY, "When did the ferry depart?")
    assert answer.found
    assert answer.sentences[0].text.startswith("The ferry left the harbour")
