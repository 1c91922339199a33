"""A reader names a group's members where the article names the group, or the other way round:
WordNet's member holonyms and meronyms ("jury" <-> "juror", "police" <-> "officer")."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from tests.reader.test_answer import best_text

TRIAL = Article(
    title="Fraud trial ends after six weeks",
    paragraphs=(
        "The judge decided on Monday to hear the last witness by video link.",
        "On Friday the jury decided that Smith was guilty of fraud.",
        "On Saturday officers arrested four protesters outside the court.",
        "A chart of the missing money arrested the attention of the lawyers.",
    ),
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("What did the jurors decide?", "On Friday the jury decided"),
        ("Who did the police arrest?", "On Saturday officers arrested"),
    ],
)
def test_a_member_word_finds_the_sentence_naming_its_group(question: str, sentence: str) -> None:
    assert best_text(TRIAL, question).startswith(sentence)
