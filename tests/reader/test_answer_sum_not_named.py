"""A "how much X" question naming a sum of money (revenue, rent, profit) about an article that
never names that sum nor a close synonym of it is declined: "How much revenue did Home Depot
report for the quarter?" got "$2.53 in per-share earnings" (reworded dev), another sum."""

from __future__ import annotations

from bot.reader.article import Article
from bot.reader.pipeline import ask

RESULTS = Article(
    title="Northwind beats forecasts",
    paragraphs=(
        "Northwind Retail reported $2.53 in per-share earnings for the third quarter.",
        "Its shares closed at $185.25 on Tuesday, up 0.35%.",
        "The chain plans to open stores in Ohio next year.",
    ),
    language="en",
)


def test_a_sum_the_article_never_names_is_declined() -> None:
    assert not ask(RESULTS, "How much revenue did Northwind report for the quarter?").found


def test_a_sum_the_article_names_is_answered() -> None:
    answer = ask(RESULTS, "How much did Northwind earn per share?")
    assert answer.found and "$2.53" in answer.sentences[0].text

