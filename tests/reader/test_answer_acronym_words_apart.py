"""A reader's "chief executive" is the article's "CEO" even when the article uses "chief" elsewhere
("chief investment officer"): only a sentence holding all the words spelling the acronym out makes
the stand-in needless (`AnswerIndex._stand_ins`). "When is the SeaWorld chief executive departing?"
met neither the CEO's sentence nor any other of its words in a new-user check (fool.com1)."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import answer_index_of, ask

PARKS = Article(
    title="Theme park operator in a bad spot",
    paragraphs=(
        "Attendance across the group's 11 parks fell 4.1% in 2013.",
        "The fund's chief investment officer bought more shares in March.",
        "The park operator's CEO is stepping down in January, the board said.",
        "Analysts expect the dividend to return next year.",
    ),
    language="en",
)
SPELT = Article(
    title="Board changes",
    paragraphs=(
        "The chief executive officer of the bank resigned on Monday.",
        "The CEO of the insurer stays on until May.",
    ),
    language="en",
)


def test_the_acronym_stands_in_for_words_the_article_uses_apart() -> None:
    stand_ins = answer_index_of(PARKS).parts("When does the park operator's chief executive go?").stand_ins
    assert stand_ins["chief"] == (("ceo", 1.0),)
    assert "CEO" in ask(PARKS, "When does the park operator's chief executive go?").sentences[0].text


def test_an_article_spelling_the_acronym_out_needs_no_stand_in() -> None:
    index = answer_index_of(SPELT)
    assert index.parts("Who was the chief executive of the bank?").stand_ins == {}
