"""Declining a question about another detail of the article's topic.

A reader asking "How much is a season ticket at the stadium?" about a page on a new stadium finds
sentences holding "stadium" and a sum of money, but the sums are what the stadium cost and what
parking costs: the article's topic word is in every sentence, the detail asked (a season ticket)
in none. Words the article repeats throughout (`index.TOPIC_SHARE`) tell what it is about, not the
detail; the bot says the article doesn't say and shows the closest sentence as a hint, and still
answers the question whose detail a sentence gives.
"""

from __future__ import annotations

from bot.reader.article import Article
from tests.reader.test_answer import ask
from tests.reader.test_answer_other_events import answered_with

STADIUM = Article(
    title="City opens new riverside stadium",
    paragraphs=(
        "The city opened its new riverside stadium on Saturday with a friendly match against Porto.",
        "The stadium cost $310 million to build and holds 42,000 fans.",
        "Three people were arrested outside the stadium after the match, police said.",
        "Mayor Jane Ortiz said the stadium would host concerts from next summer.",
        "Parking near the stadium costs $15 a car on match days.",
    ),
    language="en",
)


def test_a_sum_of_another_detail_of_the_topic_is_no_answer() -> None:
    """Both sums are the stadium's; neither is a season ticket's."""
    answer = ask(STADIUM, "How much is a season ticket at the stadium?")
    assert not answer.found, answer.sentences[0].text
    assert answer.closest is not None and "$" in answer.closest.text
    answered_with(STADIUM, "How much did building the stadium cost?", "The stadium cost $310 million")

