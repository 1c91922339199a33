""""call" and "named" are words a question hinges on ("What did Christie call him?", "Who called the
council?"), not stop words: only a question asking what something is called drops them."""

from __future__ import annotations

import pytest

from bot.reader.answer.terms import kind_nouns_for, question_terms
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import language_for

CHRISTIE = Article(title="Christie takes aim at Trump", paragraphs=(
    "Former New Jersey governor Chris Christie spoke to voters in Manchester on Tuesday evening.",
    "Christie said Trump was unfit for office and should not be the nominee.",
    "Christie first met Trump in 2002, when both men were active in New Jersey politics.",
    "Christie endorsed Trump in 2016 and later led his transition team before the two fell out.",
    "Later in the evening, Christie called Trump a coward who hides from debates.",
    "Christie also said he would stay in the race until the primary in New Hampshire.",
    "Residents called the council to complain about the noise from the building site.",
    "The party named Christie its campaign chairman in New Hampshire last spring.",
), language="en")


@pytest.mark.parametrize("question, expected", [
    ("What did Christie call Trump?", "a coward"), ("What did Christie call him?", "a coward"),
    ("Who called the council?", "Residents"), ("What did the party name Christie?", "campaign chairman"),
])
def test_a_question_about_calling_finds_the_calling(question: str, expected: str) -> None:
    answer = ask(CHRISTIE, question)
    assert answer.found and expected in answer.sentences[0].text


def test_call_is_a_content_word_but_a_word_asking_for_a_name() -> None:
    english = language_for("en")
    assert question_terms(english, "What did Christie call him?") == ["christi", "call"]
    assert "call" in kind_nouns_for("name", "en")
