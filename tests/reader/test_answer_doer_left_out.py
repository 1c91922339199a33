""""Who did it?" is declined when the sentence tells the act only in the passive, naming no doer.

"Who found the body?" was answered by "The body of a woman has been found on the beach", the
beach in bold: the report says the body was found, not by whom. A passive with "by", or the act
told in the active voice, still answers.
"""

from __future__ import annotations

import pytest

from bot.reader.answer.doer_left_out import asked_act, told_without_doer
from bot.reader.article import Article
from bot.reader.pipeline import ask
from bot.reader.text.language import words

FOUND = Article(
    title="Body found on beach",
    paragraphs=(
        "The body of a woman has been found on Harbour beach.",
        "Coastguard teams arrived shortly after 4pm on Wednesday.",
        "Her identity is not yet known, police said.",
    ),
    language="en",
)

FOUND_BY = Article(
    title="Body found on beach",
    paragraphs=(
        "The body of a woman was found by a dog walker on Harbour beach.",
        "Coastguard teams arrived shortly after 4pm on Wednesday.",
    ),
    language="en",
)


def test_who_did_an_act_told_only_in_the_passive_is_declined() -> None:
    declined = ask(FOUND, "Who found the body?")
    assert not declined.found, f"answered (score {declined.score:.2f})"
    assert ask(FOUND, "What was found on the beach?").found


def test_a_passive_naming_its_doer_still_answers() -> None:
    answer = ask(FOUND_BY, "Who found the body?")
    assert answer.found, f"declined (score {answer.score:.2f})"


@pytest.mark.parametrize(
    ("question", "act"),
    [("Who found the body?", "found"), ("Who has stolen the car?", "stolen"), ("Who was the winner?", None),
     ("Who did she meet?", None), ("What was found?", None)],
)
def test_the_act_a_who_question_asks_about(question: str, act: str | None) -> None:
    assert asked_act(question) == act


@pytest.mark.parametrize(
    ("sentence", "without_doer"),
    [("The car was stolen on Monday.", True), ("The car was stolen by two men on Monday.", False),
     ("Two men stole the car, which was stolen again later.", False), ("The car is red.", False),
     ("Thieves are stealing cars.", False)],
)
def test_an_act_told_without_its_doer(sentence: str, without_doer: bool) -> None:
    assert told_without_doer(words(sentence), lambda word: word.lower() in {"stolen", "stole", "stealing"}) is without_doer
