"""An age told as the birthday reached ("she had just turned 23") answers "how old", with the
number in bold; a change told with "turned" ("turned 10 percent higher") is no age."""

from __future__ import annotations

from bot.reader.answer.kinds import is_number
from bot.reader.answer.measures import measure_spans
from bot.reader.article import Article
from bot.reader.pipeline import ask


def test_how_old_is_answered_by_the_age_she_had_just_turned() -> None:
    article = Article(
        title="Test",
        paragraphs=(
            "Lena Ortiz founded the bakery chain Ortiz & Sons in a rented garage in Tucson. "
            "She had just turned 23, and the bank had refused her a loan twice.",
            "The chain now has 40 shops in three states.",
        ),
        language="en",
    )
    answer = ask(article, "How old was Lena Ortiz when she founded the chain?")
    assert answer.found and "turned 23" in answer.sentences[0].text
    assert answer.phrase is not None and answer.sentences[0].text[answer.phrase[0]:answer.phrase[1]] == "23"


def test_a_share_price_that_turned_higher_is_no_age() -> None:
    spans = measure_spans("Shares turned 10 percent higher after the report.", is_number)
    assert "age" not in spans
