"""Words a reader uses for the article's that WordNet joins only beyond synonyms: the country an
adjective pertains to by any of its names ("American" -> "US") and an adjective's similar ones
("ashamed" -> "embarrassed"); and a best sentence that only restates the
question with a word pointing back where the answer would stand, shown after the sentence it
points at."""

from __future__ import annotations

import pytest

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.reader.test_answer import best_text

MILL = Article(
    title="Old mill changes hands",
    paragraphs=(
        "A Canadian investor had bid for the mill in spring, and the town council had bid as well.",
        "In the end a US firm bought the mill for an undisclosed sum.",
        "The miller told reporters he was embarrassed by the state of the building.",
        "Staff were unsure about the building's future.",
    ),
)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("Which American company bought the mill?", "In the end a US firm bought the mill"),
        ("Who was ashamed of the building?", "The miller told reporters he was embarrassed"),
    ],
)
def test_a_word_joined_beyond_synonyms_finds_its_sentence(question: str, sentence: str) -> None:
    assert best_text(MILL, question).startswith(sentence)


CACHE = Article(
    title="A test that failed on stage",
    paragraphs=(
        "The test passed alone and failed in the full suite.",
        "Django was using the lru_cache decorator for the construction of the staticfiles finders. "
        "This means they were being cached after their first access. "
        "Since this test was running last, the change to the setting was not taking effect.",
    ),
)


def test_a_sentence_pointing_back_is_shown_after_the_sentence_it_points_at() -> None:
    answer = ask(CACHE, "What made the finders get cached after their first access?")
    texts = [s.text for s in answer.sentences]
    assert texts[:2] == [
        "Django was using the lru_cache decorator for the construction of the staticfiles finders.",
        "This means they were being cached after their first access.",
    ]


def test_a_sentence_pointing_back_that_says_more_is_shown_alone_first() -> None:
    answer = ask(CACHE, "What was not taking effect?")
    assert answer.sentences[0].text.startswith("Since this test was running last")
