"""An adjective a reader uses for the country it pertains to, named otherwise in the article
("American" -> "US", through WordNet's pertainym and that country's other names); and a best
sentence that only restates the question with a word pointing back where the answer would stand,
shown after the sentence it points at."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask
from tests.reader.test_answer import best_text

MILL = Article(
    title="Old mill changes hands",
    paragraphs=(
        "A Canadian investor had bid for the mill in spring, and the town council had bid as well.",
        "In the end a US firm bought the mill for an undisclosed sum.",
    ),
)


def test_an_adjective_finds_the_country_it_pertains_to_by_another_name() -> None:
    assert best_text(MILL, "Which American company bought the mill?").startswith("In the end a US firm bought the mill")


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


def test_the_bold_answer_is_in_the_sentence_pointed_at_when_it_is_shown_first() -> None:
    article = Article(
        title="Why the test failed",
        paragraphs=(
            "The test passed alone and failed in the full suite.",
            "Sarah Jones added the lru_cache decorator to the staticfiles finders in 2019. "
            "This made the finders get cached after their first access.",
            "Since this test was running last, the change to the setting was not taking effect.",
        ),
    )
    answer = ask(article, "Who made the finders get cached after their first access?")
    first = answer.sentences[0].text
    assert first.startswith("Sarah Jones added")
    assert answer.phrase is not None and first[answer.phrase[0]:answer.phrase[1]] == "Sarah Jones"
