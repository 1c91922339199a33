"""A sentence saying an act failed or is banned answers a question asking what was not done.

"Which commissioner did the Senate not reconfirm?" asks what "the Senate failed to reconfirm
Democratic Commissioner Jessica Rosenworcel" tells; read as a plain statement, the question's "not"
made it look like SQuAD 2.0's negated non-questions and it was declined.
"""

from __future__ import annotations

import pytest

from bot.reader.answer.decline import negated_sentence
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import words

HEARING = Article(
    title="Agency loses its last members",
    paragraphs=(
        "The chair of the transport agency will step down in January, he said on Monday.",
        "On Friday, the Senate failed to confirm board member Maria Lopez for a second term.",
        "The agency will be led by two members until new ones are named.",
        "New rules also bar the agency from raising fees this year.",
    ),
    language="en",
)


def test_a_negated_question_is_answered_by_a_sentence_saying_the_act_failed() -> None:
    answer = ask(HEARING, "Which board member did the Senate not confirm?")
    assert answer.found, f"declined (score {answer.score:.2f})"
    assert answer.sentences[0].text.startswith("On Friday, the Senate failed to confirm")


@pytest.mark.parametrize(
    ("sentence", "negates"),
    [
        ("the Senate failed to confirm her", True),
        ("She refused to comment.", True),
        ("The rules ban pubs and bars from playing loud music.", True),
        ("Biden stopped short of calling for a ceasefire.", True),
        ("The Senate confirmed her.", False),
        ("He banned the book.", False),
        ("They came from Leeds to fail the test.", False),
    ],
)
def test_verbs_that_negate_the_act_after_them(sentence: str, negates: bool) -> None:
    assert negated_sentence("en", words(sentence), sentence) is negates
