"""Word links a new reader needed (issue 14, item 1): an adjective and the scale it measures on
("heavy" and "weight", "old" and "age"), never a scale named by its opposite ("absent" and
"presence"); an English closed compound's head ("phones" for the article's "smartphones"), only for
a question word the article never uses; and "grow" among the words for a figure going up."""

from __future__ import annotations

from bot.reader.answer.bridges import bridges_for
from bot.reader.answer.closed_compounds import closed_heads
from bot.reader.answer.terms import question_terms
from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of
from bot.reader.text.language import language_for

PHONES = Article(
    title="A maker's year",
    paragraphs=(
        "The company sold 41 million smartphones last year, most of them in Asia. "
        "Its laptops sold less well, and its chief executive left in March.",
        "Its headphones, launched in 2018, were a small part of the business.",
    ),
    language="en",
)


def _term(word: str) -> str:
    return question_terms(language_for("en"), word)[0]


def test_an_adjective_reaches_the_scale_it_measures_on() -> None:
    for adjective, scale in (("heavy", "weight"), ("old", "age"), ("tall", "height")):
        assert dict(bridges_for("en").of(_term(adjective))).get(_term(scale)) == 1.0


def test_an_adjective_does_not_reach_a_scale_named_by_its_opposite() -> None:
    assert _term("presence") not in dict(bridges_for("en").of(_term("absent")))
    assert _term("ability") not in dict(bridges_for("en").of(_term("unable")))


def test_a_closed_compound_the_tables_lack_is_found_by_its_head_when_both_parts_are_words() -> None:
    heads = closed_heads(["smartphon", "smartwatch", "understand", "thousand", "newsstand"], bridges_for("en").knows,
                         language_for("en").stop_words)
    assert heads.get("phone") == ["smartphon"] and heads.get("watch") == ["smartwatch"]
    assert "stand" not in heads and "sand" not in heads


def test_a_question_word_the_article_never_uses_reaches_the_compound_it_heads() -> None:
    index = answer_index_of(PHONES)
    assert _term("smartphones") in dict(index.links(_term("phones")))
    answer = index.answer("How many phones did the company sell?")
    assert answer.sentences and "41 million smartphones" in answer.sentences[0].text


def test_a_question_word_the_article_uses_keeps_to_it() -> None:
    index = answer_index_of(PHONES)
    assert _term("headphones") not in dict(index.links(_term("laptops")))
    assert _term("smartphones") not in dict(answer_index_of(PHONES).links(_term("headphones")))


def test_growing_is_a_figure_going_up() -> None:
    assert _term("rise") in dict(bridges_for("en").of(_term("grew")))
    assert _term("increase") in dict(bridges_for("en").of(_term("growth")))
