"""A reader's spelling meets the article's: British and American forms of one word are one term
("kilometres" / "kilometers", "organise" / "organize", "colour" / "color")."""

from __future__ import annotations

import pytest

from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

FLIGHT = Article(
    title="What happened to the missing flight",
    paragraphs=(
        "In the earlier crash, the pilots of the Air France jet were so disoriented that they argued over which way was up.",
        "In just over four minutes, the undamaged aircraft fell more than 11 kilometres.",
        "The autopilot had disengaged because of faulty airspeed readings.",
        "Searchers in ships scoured the sea for debris on Monday.",
    ),
)


@pytest.mark.parametrize(
    ("british", "american"),
    [("kilometres", "kilometers"), ("organised", "organized"), ("colour", "color"), ("centre", "center"),
     ("licence", "license"), ("oestrogen", "estrogen"), ("analysed", "analyzed")],
)
def test_both_spellings_are_one_term(british: str, american: str) -> None:
    english = language_for("en")
    assert question_terms(english, british) == question_terms(english, american)


def test_a_word_that_only_looks_british_keeps_its_own_term() -> None:
    english = language_for("en")
    assert question_terms(english, "programmer") != question_terms(english, "programer")
    assert question_terms(english, "promise") != question_terms(english, "promize")


def test_an_american_spelling_finds_the_british_figure() -> None:
    answer = ask(FLIGHT, "How many kilometers did the Air France plane drop?")
    assert answer.found
    assert answer.sentences[0].text.startswith("In just over four minutes")
